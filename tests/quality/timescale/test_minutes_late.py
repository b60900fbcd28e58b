"""minutes-late: counted in working days of the plan's nation, with the local limit."""

from __future__ import annotations

import datetime as dt

from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.timescale.minutes_late import RULE


def findings(fragment: str, today: dt.date, toml: dict[str, object] | None = None) -> list[Finding]:
    plan = example_plan(RULE, Example(plan=fragment))
    config = parse_config(toml or {}, rules_by_slug(), "childplan.toml")
    return Checker(config, rules=[RULE]).check(plan, today=today)


# A review on Wednesday 24 March 2027: in England the 5 working days are Thu 25, Tue 30,
# Wed 31, Thu 1 and Fri 2 April (Good Friday 26 and Easter Monday 29 March skipped); in
# Scotland, which has no Easter Monday, Thu 25, Mon 29, Tue 30, Wed 31, Thu 1 April.
EASTER = (
    "{{nation: {nation}, events: [{{kind: child_in_need_review, date: 2027-03-24, "
    "minutes_sent: 2027-04-02}}]}}"
)


def test_sent_on_the_fifth_working_day_after_easter_in_england() -> None:
    assert findings(EASTER.format(nation="england"), today=dt.date(2027, 4, 6)) == []


def test_the_same_day_is_late_in_scotland() -> None:
    (finding,) = findings(EASTER.format(nation="scotland"), today=dt.date(2027, 4, 6))
    assert finding.path == "events[0].minutes_sent"
    assert finding.message == (
        "The actions and notes of the child in need review on 24 March 2027 were sent on "
        "Friday 2 April 2027, 6 working days after the meeting. They should have gone out "
        "within 5 working days, by Thursday 1 April 2027."
    )


def test_not_sent() -> None:
    fragment = "{events: [{kind: child_in_need_review, date: 2027-03-24}]}"
    assert findings(fragment, today=dt.date(2027, 4, 2)) == []
    (finding,) = findings(fragment, today=dt.date(2027, 4, 5))
    assert finding.path == "events[0]"
    assert "not recorded as sent" in finding.message and "1 working day ago" in finding.message


def test_a_local_limit_of_10_working_days() -> None:
    fragment = (
        "{events: [{kind: child_in_need_review, date: 2026-10-01, minutes_sent: 2026-10-12}]}"
    )
    assert len(findings(fragment, today=dt.date(2026, 11, 10))) == 1
    local = {"timescales": {"rules": {"minutes": {"offset": 10}}}}
    assert findings(fragment, today=dt.date(2026, 11, 10), toml=local) == []


def test_switched_off_locally() -> None:
    fragment = "{events: [{kind: child_in_need_review, date: 2026-10-01}]}"
    off = {"timescales": {"rules": {"minutes": {"enabled": False}}}}
    assert findings(fragment, today=dt.date(2026, 11, 10), toml=off) == []
