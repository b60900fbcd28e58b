"""owner-overloaded: counting each person's dated actions per calendar week."""

from __future__ import annotations

from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.owner_overloaded import RULE


def _findings(
    *actions: tuple[str, str] | tuple[str, str, str], checker: Checker | None = None
) -> list[Finding]:
    items = ", ".join(
        f'{{action: "Task {i}.", who: "{a[0]}", when: "{a[1]}"'
        + (f", status: {a[2]}" if len(a) > 2 else "")
        + "}"
        for i, a in enumerate(actions)
    )
    fragment = f"needs: [{{reason: R., outcomes: [{{outcome: O., actions: [{items}]}}]}}]"
    plan = example_plan(RULE, Example(plan=fragment))
    return (checker or Checker(rules=[RULE])).check(plan)


def test_message_names_the_person_the_week_and_the_limit() -> None:
    (finding,) = _findings(*[("Mum", "2026-11-10")] * 6)
    assert finding.message == (
        "Sarah Smith has 6 actions due in the week beginning Monday 9 November 2026; this "
        "plan expects no more than 5 a week."
    )
    assert finding.path == "needs[0].outcomes[0].actions[5].who"  # the sixth, over the limit
    assert finding.suggestion is not None and finding.suggestion.startswith(
        "Check with Sarah Smith"
    )


def test_one_finding_per_person_and_week() -> None:
    findings = _findings(
        *[("Sarah", "2026-11-10")] * 6, *[("Sarah", "2026-11-17")] * 6, *[("Tom", "2026-11-10")] * 6
    )
    assert len(findings) == 3


def test_weeks_run_monday_to_sunday_across_the_new_year() -> None:
    # Thursday 31 December 2026 and Sunday 3 January 2027 are in one ISO week (2026-W53).
    dates = ["2026-12-28", "2026-12-31", "2027-01-01", "2027-01-02", "2027-01-03", "2027-01-03"]
    assert len(_findings(*[("Sarah Smith", d) for d in dates])) == 1
    dates[-1] = "2027-01-04"  # a Monday: the next week
    assert _findings(*[("Sarah Smith", d) for d in dates]) == []


def test_done_actions_and_undated_actions_do_not_count() -> None:
    assert _findings(*[("Sarah", "2026-11-10")] * 5, ("Sarah", "2026-11-10", "done")) == []
    assert _findings(*[("Sarah", "2026-11-10")] * 5, ("Sarah", "within a week")) == []
    assert len(_findings(*[("Sarah", "2026-11-10")] * 5, ("Sarah", "2026-11-10", "in_progress")))


def test_people_not_in_the_plan_are_counted_by_name() -> None:
    (finding,) = _findings(*[("Lisa Brown, Family Support Worker", "2026-11-10")] * 6)
    assert finding.message.startswith("Lisa Brown, Family Support Worker has 6 actions")
    assert _findings(*[("Lisa Brown", "2026-11-10")] * 3, *[("Kim Lee", "2026-11-10")] * 3) == []


def test_the_limit_is_an_option() -> None:
    config = Config(rules={"owner-overloaded": RuleSettings(options={"max_actions_per_week": 2})})
    checker = Checker(config, rules=[RULE])
    assert len(_findings(*[("Sarah", "2026-11-10")] * 3, checker=checker)) == 1
    assert _findings(*[("Sarah", "2026-11-10")] * 2, checker=checker) == []
