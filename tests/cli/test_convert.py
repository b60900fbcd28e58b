"""`childplan convert` and `childplan check` on Word plans, in-process and as the installed
command."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest

from childplan.cli.main import main
from childplan.plan.fileformat import load_plan_file
from childplan.plan.model import Timescale
from childplan.plan.wordimport import read_word_plan
from childplan.quality.rules import rules_by_slug

HEADER = ("Reason for action", "Required action", "Who will do this and when")
ROWS = [
    (
        "Jimmy needs his eczema managed, so that it is causing him as little discomfort "
        "as possible.",
        "Jimmy needs to be seen by his G.P.",
        "Jimmy’s mother will make an appointment for him to be seen by his G.P. within the "
        "next five days.",
    ),
    ("", "Apply the cream four times a day", "Sarah Smith – by 4 December 2026"),
    ("Sam is often late for school.", "Monitor Sam's attendance", "school"),
]


@pytest.fixture
def word_plan(tmp_path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Child in Need Plan", 0)
    document.add_paragraph("Child's name: Jimmy Smith")
    document.add_paragraph("Date of plan: 02/11/2026")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    for row in ROWS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    document.add_heading("Contingency plan", 2)
    document.add_paragraph("If Sarah is unwell, Mary Jones (grandmother) will take Jimmy.")
    document.add_paragraph("Date of next review: 20/01/2027")
    path = tmp_path / "plan.docx"
    document.save(str(path))
    return path


def test_convert_word_to_yaml_loads_back_to_the_same_plan(
    word_plan: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "plan.yaml"
    assert main(["convert", str(word_plan), "-o", str(out)]) == 0
    assert f"Wrote {out}" in capsys.readouterr().err
    plan = load_plan_file(out).plan
    assert plan == read_word_plan(word_plan).plan
    assert plan.child.name == "Jimmy Smith"
    assert plan.date == dt.date(2026, 11, 2)
    assert plan.next_review == dt.date(2027, 1, 20)
    action = plan.needs[0].outcomes[0].actions[1]
    assert (action.who, action.when) == (
        "Sarah Smith",
        Timescale("by 4 December 2026", dt.date(2026, 12, 4)),
    )


def test_convert_to_standard_output(word_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", str(word_plan), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "childplan/1"
    assert data["plan"]["child"] == {"name": "Jimmy Smith"}


def test_yaml_to_json_to_yaml(word_plan: Path, tmp_path: Path) -> None:
    first, as_json, second = (tmp_path / name for name in ("a.yaml", "b.json", "c.yaml"))
    assert main(["convert", str(word_plan), "-o", str(first)]) == 0
    assert main(["convert", str(first), "-o", str(as_json)]) == 0
    assert main(["convert", str(as_json), "-o", str(second)]) == 0
    assert json.loads(as_json.read_text(encoding="utf-8"))["format"] == "childplan/1"
    assert second.read_text(encoding="utf-8") == first.read_text(encoding="utf-8")
    assert load_plan_file(as_json).plan == load_plan_file(first).plan


def test_check_a_word_plan(word_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(
        [
            "check",
            str(word_plan),
            "--format",
            "json",
            "--today",
            "2026-11-03",
            "--fail-on",
            "warning",
        ]
    )
    report = json.loads(capsys.readouterr().out)
    assert status == 1
    found = {(f["rule"], f["path"]) for f in report["findings"]}
    assert ("vague-word", "needs[1].outcomes[0].actions[0].action") in found
    if "owner-not-named" in rules_by_slug():
        assert ("owner-not-named", "needs[1].outcomes[0].actions[0].who") in found
    assert sum(report["summary"].values()) == len(report["findings"])


def test_check_a_word_plan_for_people(word_plan: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["check", str(word_plan), "--today", "2026-11-03", "--no-color"])
    out = capsys.readouterr().out
    assert out.startswith(f"{word_plan}: child in need plan for Jimmy Smith:")
    assert "Need 2: Sam is often late for school." in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such file"),
        (b"just some text", "is not a Word document"),
    ],
)
def test_a_word_plan_that_cannot_be_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None, message: str
) -> None:
    path = tmp_path / "plan.docx"
    if content is not None:
        path.write_bytes(content)
    assert main(["check", str(path)]) == 2
    assert main(["convert", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"childplan: {path}: {message}" in err
    assert "Traceback" not in err


def test_a_word_document_without_a_plan_table(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "letter.docx"
    document = docx.Document()
    document.add_paragraph("Dear Sarah, thank you for coming to the meeting.")
    document.save(str(path))
    assert main(["check", str(path)]) == 2
    assert f"{path}: no plan table found: expected a table with columns like" in (
        capsys.readouterr().err
    )


def _installed_command() -> str:
    beside_python = Path(sys.executable).parent / "childplan"
    found = str(beside_python) if beside_python.exists() else shutil.which("childplan")
    if found is None:
        pytest.skip("the childplan command is not installed")
    return found


def test_the_installed_command(word_plan: Path, tmp_path: Path) -> None:
    out = tmp_path / "plan.yaml"
    done = subprocess.run(
        [_installed_command(), "convert", str(word_plan), "-o", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert load_plan_file(out).plan == read_word_plan(word_plan).plan
    broken = tmp_path / "broken.docx"
    broken.write_text("not a Word document")
    done = subprocess.run(
        [_installed_command(), "check", str(broken)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stderr.strip() == (
        f"childplan: {broken}: is not a Word document (.docx), or it is damaged"
    )
