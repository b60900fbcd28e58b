"""action-overdue: the message counts working days, bank holidays skipped."""

from __future__ import annotations

import datetime as dt

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.timescale.action_overdue import RULE, _action


def test_overdue_across_christmas() -> None:
    # Due Wednesday 23 December 2026, checked Monday 4 January 2027: the working days since
    # are 23 (the day itself, counting back), 24, 29, 30 and 31 December: 5.
    plan = example_plan(RULE, Example(plan=_action("2026-12-23")))
    (finding,) = Checker(rules=[RULE]).check(plan, today=dt.date(2027, 1, 4))
    assert finding.path == "needs[0].outcomes[0].actions[0]"
    assert finding.message == (
        "This action was due on Wednesday 23 December 2026 (5 working days ago) and is not "
        "marked done."
    )
    assert "ask Sarah Smith what is stopping it" in (finding.suggestion or "")


def test_not_done_is_said_so() -> None:
    plan = example_plan(RULE, Example(plan=_action("2026-12-23", "not_done")))
    (finding,) = Checker(rules=[RULE]).check(plan, today=dt.date(2027, 1, 4))
    assert "is recorded as not done" in finding.message


def test_due_on_a_sunday_checked_the_next_day() -> None:
    plan = example_plan(RULE, Example(plan=_action("Sunday 8 November 2026")))
    (finding,) = Checker(rules=[RULE]).check(plan, today=dt.date(2026, 11, 9))
    assert "(less than a working day ago)" in finding.message
