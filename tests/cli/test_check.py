"""`childplan check`: exit codes, the JSON shape of PRODUCT.md, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from childplan.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
GOOD = str(ROOT / "src/childplan/quality/example-plan.yaml")
WEAK = str(ROOT / "examples/weak-plan.yaml")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_good_plan_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", GOOD, "--today", "2026-11-10")
    assert code == 0
    assert "No problems found." in out


def test_weak_plan_exits_1_and_explains(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", WEAK, "--today", "2026-11-10", "--no-color")
    assert code == 1
    assert "child in need plan for Emily Jones" in out
    assert "Need 1: Emily needs to be referred to CAMHS." in out
    # the offending words are marked inside the field's text, with the fix below
    assert "“School to [[monitor]] Emily's attendance.”" in out
    assert "→ Say what the person will check" in out


def test_json_output_has_the_product_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", WEAK, "--format", "json", "--today", "2026-11-10")
    data = json.loads(out)
    assert code == 1
    assert set(data) == {"findings", "summary"}
    assert set(data["summary"]) == {"error", "warning", "advice"}
    assert sum(data["summary"].values()) == len(data["findings"])
    monitor = next(f for f in data["findings"] if f["text"] == "monitor")
    assert monitor == {
        "rule": "vague-word",
        "severity": "warning",
        "path": "needs[0].outcomes[0].actions[0].action",
        "text": "monitor",
        "message": "'monitor' does not say what will actually happen.",
        "suggestion": monitor["suggestion"],
        "span": [10, 17],
    }
    assert monitor["suggestion"].startswith("Say what the person will check")


def test_fail_on_sets_the_threshold(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = (
        Path(GOOD)
        .read_text()
        .replace("Make an appointment for Jimmy", "Make an appropriate appointment for Jimmy")
    )
    plan.write_text(text)
    assert run(capsys, "check", str(plan), "--today", "2026-11-10")[0] == 0  # a warning only
    assert run(capsys, "check", str(plan), "--today", "2026-11-10", "--fail-on", "warning")[0] == 1


def test_several_files_name_their_file_in_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check", GOOD, WEAK, "--format", "json", "--today", "2026-11-10")
    files = {f["file"] for f in json.loads(out)["findings"]}
    assert files == {WEAK}
    assert code == 1


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("broken.yaml", "plan: [\n", "broken.yaml, line 2: not valid YAML"),
        (
            "list.json",
            "[1, 2]",
            "list.json: expected a plan (keys 'format' and 'plan'), found a list",
        ),
        (
            "unknown.yaml",
            "format: childplan/1\nplan: {tpye: x}\n",
            "unknown.yaml, line 2: tpye: unknown key 'tpye' (did you mean 'type'?)",
        ),
        (
            "date.yaml",
            "format: childplan/1\nplan: {type: early_help, date: 30/02/2027, child: {name: J}}\n",
            "date.yaml, line 2: date: '30/02/2027' is not a real date: February 2027 has 28 days",
        ),
        ("word.docx", "not really a Word document", "word.docx"),
    ],
)
def test_unreadable_files_exit_2_with_a_one_line_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, name: str, content: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_text(content)
    code, out, err = run(capsys, "check", str(path))
    assert code == 2
    assert out == ""
    first = err.strip().splitlines()[0]
    assert first.startswith("childplan: ") and str(path) in first
    assert expected in first


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "check", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert err.strip() == f"childplan: {tmp_path / 'nope.yaml'}: no such file"


def test_readable_files_are_still_checked_when_one_is_not(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, err = run(capsys, "check", str(tmp_path / "nope.yaml"), WEAK, "--no-color")
    assert code == 2
    assert "Emily Jones" in out
    assert "no such file" in err


def test_bad_config_exits_2_naming_the_file_and_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "childplan.toml"
    config.write_text('[rules.vage-word]\nseverity = "error"\n')
    code, _, err = run(capsys, "check", GOOD, "--config", str(config))
    assert code == 2
    assert err.strip() == (
        f"childplan: {config}: rules.vage-word: no such rule (did you mean 'vague-word'?)"
    )


def test_config_is_found_in_the_current_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "childplan.toml").write_text('[rules.vague-word]\nseverity = "error"\n')
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "check", WEAK, "--format", "json", "--today", "2026-11-10")
    vague = [f for f in json.loads(out)["findings"] if f["rule"] == "vague-word"]
    assert vague and all(f["severity"] == "error" for f in vague)
    assert code == 1


def test_bad_today_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check", GOOD, "--today", "soon"])
    assert caught.value.code == 2
    assert "'soon' is not a date" in capsys.readouterr().err
