"""action-after-outcome-date: the message counts the days, and only dated, pending actions
count."""

from __future__ import annotations

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.action_after_outcome_date import RULE


def _findings(by: str, when: str, status: str = "not_started") -> list[Finding]:
    fragment = (
        f'needs: [{{reason: R., outcomes: [{{outcome: O., by: "{by}", actions: ['
        f'{{action: A., who: Sarah, when: "{when}", status: {status}}}]}}]}}]'
    )
    return Checker(rules=[RULE]).check(example_plan(RULE, Example(plan=fragment)))


def test_message_and_path() -> None:
    (finding,) = _findings("2027-01-15", "2027-01-18")
    assert finding.path == "needs[0].outcomes[0].actions[0].when"
    assert finding.message == (
        "This action is due on Monday 18 January 2027, 3 days after its outcome should be met "
        "(Friday 15 January 2027)."
    )
    assert finding.suggestion is not None and "Friday 15 January 2027" in finding.suggestion


def test_one_day_late_is_singular() -> None:
    (finding,) = _findings("2027-01-15", "2027-01-16")
    assert "1 day after" in finding.message


def test_done_and_repeating_actions_are_left_alone() -> None:
    assert _findings("2027-01-15", "2027-02-01", status="done") == []
    assert _findings("2027-01-15", "every Monday until 1 February 2027") == []
    assert _findings("2027-01-15", "2027-02-01", status="in_progress") != []


def test_outcome_by_as_text() -> None:
    assert _findings("by the end of January 2027", "2027-02-01") != []
    assert _findings("by the end of January 2027", "2027-01-31") == []
    assert _findings("by the next review", "2027-02-01") == []  # no date to compare
