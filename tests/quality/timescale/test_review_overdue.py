"""review-overdue: the statutory and local limits, and the plan's own next review date."""

from __future__ import annotations

import datetime as dt

from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.timescale.review_overdue import RULE


def findings(fragment: str, today: dt.date, toml: dict[str, object] | None = None) -> list[Finding]:
    plan = example_plan(RULE, Example(plan=fragment))
    config = parse_config(toml or {}, rules_by_slug(), "childplan.toml")
    return Checker(config, rules=[RULE]).check(plan, today=today)


CP = (
    "{type: child_protection, next_review: 2027-03-24, "
    "events: [{kind: initial_conference, date: 2026-12-17}]}"
)


def test_first_review_conference_limit() -> None:
    # 3 months after 17 December 2026 is Wednesday 17 March 2027.
    assert findings(CP, today=dt.date(2027, 3, 17)) == []
    (finding,) = findings(CP, today=dt.date(2027, 3, 18))
    assert finding.path == "next_review"
    assert finding.message == (
        "The review child protection conference was due by Wednesday 17 March 2027 (3 months "
        "after the initial conference on 17 December 2026: the statutory limit), 1 working day "
        "ago, and none is recorded since. The next review is set for Wednesday 24 March 2027."
    )


def test_one_finding_when_both_the_limit_and_next_review_have_passed() -> None:
    assert len(findings(CP, today=dt.date(2027, 4, 1))) == 1


def test_a_local_child_in_need_interval() -> None:
    # Started Monday 2 November 2026. Every 6 weeks: due Monday 14 December 2026.
    six_weeks = {"timescales": {"rules": {"child-in-need-review": {"offset": 6, "unit": "weeks"}}}}
    assert findings("next_review: 2027-01-20", today=dt.date(2026, 12, 14), toml=six_weeks) == []
    (finding,) = findings("next_review: 2027-01-20", today=dt.date(2026, 12, 15), toml=six_weeks)
    assert "the local limit" in finding.message
    # With the default 3 months (due 2 February 2027), nothing is overdue yet.
    assert findings("next_review: 2027-01-20", today=dt.date(2026, 12, 15)) == []


def test_the_next_review_date_passed() -> None:
    (finding,) = findings("next_review: 2026-11-20", today=dt.date(2026, 11, 24))
    assert finding.message == (
        "The next review was set for Friday 20 November 2026, 2 working days ago, and no "
        "review on or after that day is recorded."
    )


def test_a_review_recorded_after_the_date_set() -> None:
    fragment = "{next_review: 2026-11-20, events: [{kind: child_in_need_review, date: 2026-11-23}]}"
    assert findings(fragment, today=dt.date(2026, 11, 24)) == []
