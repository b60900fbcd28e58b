"""core-group-late over Christmas, in Scotland and with local closure days.

Dates counted by hand: from Thursday 17 December 2026, 10 working days in England end on
Tuesday 5 January 2027 (18, 21, 22, 23, 24 December; 25 Christmas and 28 Boxing Day observed
are skipped; 29, 30, 31 December; 1 January skipped; 4, 5 January). In Scotland 4 January is
also a holiday, so the 10th working day is Wednesday 6 January.
"""

from __future__ import annotations

import datetime as dt

from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.timescale.core_group_late import RULE

ICPC = "{kind: initial_conference, date: 2026-12-17}"


def findings(fragment: str, today: dt.date, toml: dict[str, object] | None = None) -> list[Finding]:
    plan = example_plan(RULE, Example(plan=fragment))
    config = parse_config(toml or {}, rules_by_slug(), "childplan.toml")
    return Checker(config, rules=[RULE]).check(plan, today=today)


def cp(*events: str, nation: str = "england") -> str:
    return (
        f"{{type: child_protection, nation: {nation}, next_review: 2027-03-10, "
        f"events: [{', '.join(events)}]}}"
    )


def test_no_core_group_by_wednesday_6_january() -> None:
    (finding,) = findings(cp(ICPC), today=dt.date(2027, 1, 6))
    assert finding.path == "events[0].date"
    assert finding.message == (
        "No core group is recorded since the initial conference on 17 December 2026. The first "
        "core group should have met within 10 working days of the initial conference, by "
        "Tuesday 5 January 2027; that is 1 working day ago."
    )


def test_not_late_on_the_last_day() -> None:
    assert findings(cp(ICPC), today=dt.date(2027, 1, 5)) == []


def test_a_naive_count_would_be_wrong() -> None:
    # Counting only weekends, the 10th working day would be Thursday 31 December; the core
    # group on Tuesday 5 January is on time because of the three bank holidays.
    held = "{kind: core_group, date: 2027-01-05}"
    assert findings(cp(ICPC, held), today=dt.date(2027, 1, 8)) == []


def test_held_late_on_wednesday_6_january_in_england_but_not_in_scotland() -> None:
    held = "{kind: core_group, date: 2027-01-06}"
    (finding,) = findings(cp(ICPC, held), today=dt.date(2027, 1, 8))
    assert finding.path == "events[1].date"
    assert "11 working days after the initial conference on 17 December 2026" in finding.message
    assert findings(cp(ICPC, held, nation="scotland"), today=dt.date(2027, 1, 8)) == []


def test_closure_days_move_the_limit() -> None:
    # With 29-31 December closed: 18, 21, 22, 23, 24 (5), 4, 5, 6, 7, 8 January (10).
    held = "{kind: core_group, date: 2027-01-08}"
    closed = {"timescales": {"closures": [dt.date(2026, 12, d) for d in (29, 30, 31)]}}
    assert findings(cp(ICPC, held), today=dt.date(2027, 1, 11), toml=closed) == []
    assert len(findings(cp(ICPC, held), today=dt.date(2027, 1, 11))) == 1


def test_booked_after_the_limit() -> None:
    booked = "{kind: core_group, date: 2027-01-07}"
    (finding,) = findings(cp(ICPC, booked), today=dt.date(2026, 12, 18))
    assert finding.path == "events[1].date"
    assert finding.suggestion == "Bring the meeting forward to Tuesday 5 January 2027 or earlier."


def test_a_second_core_group_is_not_the_first() -> None:
    events = (ICPC, "{kind: core_group, date: 2027-01-05}", "{kind: core_group, date: 2027-02-16}")
    assert findings(cp(*events), today=dt.date(2027, 2, 17)) == []
