"""`childplan due`: the example plan in text, JSON (PRODUCT.md's shape) and iCalendar."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from icalendar import Calendar

from childplan.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = str(ROOT / "examples/child-protection.yaml")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_lists_the_late_and_the_coming_with_reasons(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "due", EXAMPLE, "--today", "2027-01-04")
    assert code == 0
    assert "child protection plan for Leah Morgan" in out
    assert "Today is Monday 4 January 2027." in out
    assert "bank holidays in England and Wales" in out
    minutes = out.index("OVERDUE   Send the actions and notes of the initial child protection")
    core_group = out.index("upcoming  Core group meeting")
    review = out.index("upcoming  Review child protection conference")
    assert minutes < core_group < review  # most urgent first
    assert "Was due Thursday 24 December 2026, 4 working days ago." in out
    assert "Due Tuesday 5 January 2027, in 1 working day. Booked for that day." in out
    assert "Why: 10 working days after the initial conference on 17 December 2026." in out
    assert "Rule: first-core-group (statutory)." in out
    assert "Booked for Wednesday 10 March 2027." in out


def test_json_has_the_product_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "due", EXAMPLE, "--today", "2027-01-04", "--format", "json")
    data = json.loads(out)
    assert code == 0
    assert (data["today"], data["nation"]) == ("2027-01-04", "england")
    core_group = next(item for item in data["items"] if item["kind"] == "core_group")
    assert {
        key: core_group[key] for key in ("kind", "due", "status", "working_days", "rule", "reason")
    } == {
        "kind": "core_group",
        "due": "2027-01-05",
        "status": "upcoming",
        "working_days": 1,
        "rule": "first-core-group",
        "reason": "10 working days after the initial conference on 17 December 2026",
    }
    assert "Working Together" in core_group["source"]
    minutes = data["items"][0]
    assert (minutes["kind"], minutes["of"], minutes["date"], minutes["status"]) == (
        "minutes",
        "initial_conference",
        "2026-12-17",
        "overdue",
    )
    assert minutes["working_days"] == -4
    for item in data["items"]:
        assert {"kind", "due", "status", "working_days", "rule", "reason", "source"} <= set(item)


def test_nation_overrides_the_plans(capsys: pytest.CaptureFixture[str]) -> None:
    # In Scotland 4 January 2027 is a holiday too: the core group is due Wednesday 6 January
    # (see tests/timescales/test_engine.py for the count).
    _, out, _ = run(
        capsys, "due", EXAMPLE, "--today", "2027-01-04", "--format", "json", "--nation", "scotland"
    )
    data = json.loads(out)
    assert data["nation"] == "scotland"
    core_group = next(item for item in data["items"] if item["kind"] == "core_group")
    assert core_group["due"] == "2027-01-06"


def test_ics_imports_back(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["due", EXAMPLE, "--today", "2027-01-04", "--format", "ics"])
    raw = capsys.readouterr().out
    assert code == 0
    assert raw.startswith("BEGIN:VCALENDAR\r\n")
    calendar = Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and "childplan" in str(calendar["PRODID"])
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    by_summary = {str(event["SUMMARY"]): event for event in events}
    core_group = by_summary["Core group meeting (L.M.)"]
    assert core_group.decoded("DTSTART") == dt.date(2027, 1, 5)
    assert core_group.decoded("DTEND") == dt.date(2027, 1, 6)  # all day
    assert "10 working days after the initial conference" in str(core_group["DESCRIPTION"])
    review = next(e for s, e in by_summary.items() if s.startswith("Review child protection"))
    assert review.decoded("DTSTART") == dt.date(2027, 3, 10)  # the booked day, not the limit
    overdue = next(e for s, e in by_summary.items() if s.startswith("OVERDUE: Send the actions"))
    assert overdue.decoded("DTSTART") == dt.date(2026, 12, 24)
    assert len({str(event["UID"]) for event in events}) == 3
    assert "Leah" not in raw and "Morgan" not in raw  # initials only in a calendar


def test_ics_is_the_same_each_run(capsys: pytest.CaptureFixture[str]) -> None:
    """Stable UIDs and stamps: importing the file again updates entries, never doubles them."""
    main(["due", EXAMPLE, "--today", "2027-01-04", "--format", "ics"])
    first = capsys.readouterr().out
    main(["due", EXAMPLE, "--today", "2027-01-04", "--format", "ics"])
    assert capsys.readouterr().out == first


def test_nothing_due(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan:\n  type: early_help\n  date: 2026-11-02\n  child: {name: Sam Lee}\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "due", str(plan), "--today", "2026-11-03")
    assert code == 0 and "Nothing is due or booked." in out


def test_bad_dates_in_the_file_exit_2_naming_the_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan:\n  type: child_protection\n  date: 2026-12-17\n  child: {name: Leah Morgan}\n"
        "  events:\n"
        "    - {kind: initial_conference, date: 2026-12-17}\n"
        "    - {kind: review_conference, date: 2026-12-10}\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "due", str(plan), "--today", "2027-01-04")
    assert code == 2 and out == ""
    assert f"{plan}, line 7: events[1].date: a review child protection conference" in err


def test_local_settings_are_used(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The council shuts 29-31 December: the conference's notes are due 5 working days after
    # Thursday 17 December counting 18, 21, 22, 23, 24 December -> still Thursday 24th; the
    # first core group 18, 21, 22, 23, 24 (5), 4, 5, 6, 7, 8 January (10) -> Friday 8th.
    (tmp_path / "childplan.toml").write_text(
        "[timescales]\nclosures = [2026-12-29, 2026-12-30, 2026-12-31]\n"
        "[timescales.rules.minutes]\noffset = 10\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    _, out, _ = run(capsys, "due", EXAMPLE, "--today", "2027-01-04", "--format", "json")
    items = {item["kind"]: item for item in json.loads(out)["items"]}
    assert items["core_group"]["due"] == "2027-01-08"
    # 10 working days for notes, with the closures: 18, 21, 22, 23, 24 (5), 4, 5, 6, 7, 8 (10).
    assert items["minutes"]["due"] == "2027-01-08"
    assert "Changed locally to 10 working days" in items["minutes"]["source"]


def test_a_statutory_timescale_cannot_be_changed(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    config = tmp_path / "la.toml"
    config.write_text("[timescales.rules.first-core-group]\noffset = 15\n", encoding="utf-8")
    code, _, err = run(capsys, "due", EXAMPLE, "--config", str(config))
    assert code == 2
    assert "timescales.rules.first-core-group: this timescale is statutory" in err


def test_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "due", "no-such-plan.yaml", "--today", "2027-01-04")
    assert code == 2 and "no-such-plan.yaml: no such file" in err
