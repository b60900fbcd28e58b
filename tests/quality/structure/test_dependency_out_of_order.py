"""dependency-out-of-order: dependencies across the plan, and ids that do not resolve."""

from __future__ import annotations

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.dependency_out_of_order import RULE


def _findings(actions: str) -> list[Finding]:
    fragment = f"needs: [{{reason: R., outcomes: [{{outcome: O., actions: [{actions}]}}]}}]"
    return Checker(rules=[RULE]).check(example_plan(RULE, Example(plan=fragment)))


def test_message_names_the_other_action_and_its_date() -> None:
    (finding,) = _findings(
        "{id: a, action: Book a GP appointment., who: Sarah, when: 2026-11-09}, "
        "{action: Start the cream routine., who: Dr Patel, when: 2026-11-06, depends_on: [a]}"
    )
    assert finding.path == "needs[0].outcomes[0].actions[1].when"
    assert finding.message == (
        "This action is due on Friday 6 November 2026, before the action it depends on "
        "('Book a GP appointment.', due Monday 9 November 2026)."
    )
    assert finding.suggestion == (
        "Move this action to Monday 9 November 2026 or later, or bring the other action forward."
    )


def test_each_broken_dependency_is_one_finding() -> None:
    findings = _findings(
        "{id: a, action: A., who: Sarah, when: 2026-11-09}, "
        "{id: b, action: B., who: Sarah, when: 2026-11-12}, "
        "{action: C., who: Sarah, when: 2026-11-05, depends_on: [a, b]}"
    )
    assert len(findings) == 2


def test_an_action_that_depends_on_itself() -> None:
    # (An id no action has is refused when the plan is read: tests/plan/test_fileformat.py.)
    assert _findings("{id: a, action: A., who: Sarah, when: 2026-11-09, depends_on: [a]}") == []


def test_a_long_action_is_shortened_in_the_message() -> None:
    long = "Book a GP appointment and ask for a referral to the dermatology clinic at the hospital"
    (finding,) = _findings(
        f'{{id: a, action: "{long}", who: Sarah, when: 2026-11-09}}, '
        "{action: B., who: Sarah, when: 2026-11-06, depends_on: [a]}"
    )
    assert "…" in finding.message and long not in finding.message
