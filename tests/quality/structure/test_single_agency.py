"""single-agency: which owners count as professionals, and what counts as one agency."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.single_agency import RULE


def _findings(*whos: str, plan_type: str = "child_in_need", people: str = "") -> list[Finding]:
    actions = ", ".join(f'{{action: "Task.", who: "{w}", when: 2026-11-20}}' for w in whos)
    fragment = (
        f"{{type: {plan_type}, needs: [{{reason: R., outcomes: [{{outcome: O., "
        f"actions: [{actions}]}}]}}]{people}}}"
    )
    return Checker(rules=[RULE]).check(example_plan(RULE, Example(plan=fragment)))


@pytest.mark.parametrize(
    "whos",
    [
        ("Priya Shah",),
        ("Mum", "Priya Shah", "social worker"),
        ("Priya Shah", "Lisa Brown, Family Support Worker", "Early Help Team"),
        ("Dr Patel", "health visitor", "Hill Street Surgery", "CAMHS"),
        ("Mrs March", "SENCO - Miss Khan", "nursery"),
        ("Lisa from Barnardo's", "Jo from Barnardo's"),
        ("Mum, supported by Priya Shah", "Priya Shah"),
        ("Priya Shah", "professionals", "everyone"),
    ],
)
def test_one_agency(whos: tuple[str, ...]) -> None:
    assert [f.path for f in _findings(*whos)] == ["needs"]


@pytest.mark.parametrize(
    "whos",
    [
        ("Priya Shah", "Dr Patel"),
        ("social worker", "school"),
        ("Priya Shah", "Lisa from Women's Aid"),
        ("Lisa from Barnardo's", "Jo from Women's Aid"),
        ("Mum, supported by Lisa from Women's Aid", "Priya Shah"),
        ("Mum", "Dad", "Jean Jones"),
        ("Priya Shah", "police"),
        ("Sarah Smith and Dr Patel", "Priya Shah"),
        ("key worker",),  # a professional whose agency cannot be told
    ],
)
def test_more_than_one_agency_or_none_known(whos: tuple[str, ...]) -> None:
    assert _findings(*whos) == []


@pytest.mark.parametrize("plan_type", ["early_help", "pathway", "interim_safety"])
def test_plan_types_not_checked(plan_type: str) -> None:
    assert _findings("Priya Shah", plan_type=plan_type) == []


@pytest.mark.parametrize(
    "plan_type", ["family_help", "child_in_need", "child_protection", "looked_after"]
)
def test_plan_types_checked(plan_type: str) -> None:
    assert len(_findings("Priya Shah", plan_type=plan_type)) == 1


def test_the_suggestion_names_professionals_with_nothing_to_do() -> None:
    (finding,) = _findings("Priya Shah")
    assert finding.message == (
        "Every action for a professional in this plan sits with Northtown Children's Services; "
        "no other agency has a part in it."
    )
    assert finding.suggestion == (
        "Dr Asha Patel (Hill Street Surgery) and Ann March (Park Primary School) are in this "
        "plan's people but have no action: agree with them what they will do."
    )


def test_the_suggestion_without_other_professionals() -> None:
    people = ", people: [{name: Sarah Smith, relationship: mother}]"
    (finding,) = _findings("social worker", people=people)
    assert "children's services" in finding.message
    assert finding.suggestion is not None
    assert finding.suggestion.startswith("Ask which other agencies know Jimmy")
