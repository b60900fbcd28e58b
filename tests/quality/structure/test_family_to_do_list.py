"""family-to-do-list: when an outcome's actions are all the family's and nobody helps."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.structure.family_to_do_list import RULE

NEED = "Jimmy needs his eczema managed."
OUTCOME = "Jimmy's skin is clear of broken patches by 15 January 2027."


def _paths(*actions: tuple[str, str | None]) -> list[str]:
    items = ", ".join(
        f'{{action: "{what}", when: 2026-11-20'
        + (f', who: "{who}"' if who is not None else "")
        + "}"
        for what, who in actions
    )
    fragment = (
        f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{OUTCOME}", actions: [{items}]}}]}}]'
    )
    plan = example_plan(RULE, Example(plan=fragment))
    return [f.path for f in Checker(rules=[RULE]).check(plan)]


@pytest.mark.parametrize(
    "owners",
    [
        ("Sarah Smith", "Sarah Smith"),
        ("Mum", "Dad"),
        ("Sarah", "Jean Jones"),
        ("Jimmy", "Mum"),
        ("Mum and Dad", "parents"),
        ("Jimmy's mother", "maternal grandmother", "Tom Smith (father)"),
        ("the family", "Sarah"),
    ],
)
def test_family_only_outcomes_are_flagged(owners: tuple[str, ...]) -> None:
    paths = _paths(*[(f"Task {i}.", who) for i, who in enumerate(owners)])
    assert paths == ["needs[0].outcomes[0]"]


@pytest.mark.parametrize(
    ("actions", "why"),
    [
        ((("Book a GP appointment.", "Mum"),), "one action is a plan, not a list"),
        ((("Task.", "Mum"), ("Show Sarah the cream.", "Dr Patel")), "a professional acts"),
        ((("Task.", "Mum"), ("Task.", "Lisa Brown, Family Support Worker")), "named worker"),
        ((("Task.", "Mum"), ("Task.", "school")), "an agency acts (owner-not-named's problem)"),
        ((("Task.", "Mum"), ("Task.", "Mum, supported by Lisa Brown")), "a helper in the who"),
        ((("Task.", "Mum"), ("Task.", "Mum with help from Jean")), "a network helper"),
        ((("Task.", "Mum"), ("Go through the cream with Dr Patel.", "Sarah")), "names the GP"),
        ((("Task.", "Mum"), ("Do it with the help of the nurse.", "Sarah")), "says who helps"),
        ((("Task.", "Mum"), ("Task.", None)), "an action with no owner"),
        ((("Task.", "Mum"), ("Task.", "Compass")), "an owner nobody can place"),
        ((("Task.", "Mum"), ("Task.", "Sarah and Priya Shah")), "shared with a professional"),
    ],
)
def test_outcomes_with_help_are_not_flagged(
    actions: tuple[tuple[str, str | None], ...], why: str
) -> None:
    assert _paths(*actions) == [], why
