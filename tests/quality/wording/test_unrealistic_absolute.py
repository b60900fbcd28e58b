"""unrealistic-absolute against outcomes and actions as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.unrealistic_absolute import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str) -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    ("action", "Dad to abstain from alcohol at all times.", "abstain from alcohol at all times"),
    ("action", "Mum won't drink again.", "won't drink again"),
    ("outcome", "Mr Smith will stop drinking alcohol.", "stop drinking alcohol"),
    ("outcome", "Dad will stop drinking.", "stop drinking"),
    ("action", "I will never drink again.", "never drink again"),
    ("outcome", "Mum will never use drugs again.", "never use drugs again"),
    ("outcome", "Dad will give up alcohol.", "give up alcohol"),
    ("outcome", "Dad will abstain from alcohol.", "abstain from alcohol"),
    ("outcome", "Mum will be abstinent.", "be abstinent"),
    ("outcome", "Mr Smith will remain alcohol-free.", "remain alcohol-free"),
    ("outcome", "Mum will not drink alcohol.", "not drink alcohol"),
    ("action", "We won't allow friends to visit the house.", "won't allow friends to visit"),
    ("action", "Mum will not allow anyone to visit the house.", "will not allow anyone to visit"),
    ("action", "Sarah will supervise Jimmy at all times.", "at all times"),
    ("action", "Mum will keep the home clean and tidy at all times.", "at all times"),
    ("outcome", "Jimmy will be supervised 24/7.", "24/7"),
    ("outcome", "Jimmy's attendance will be 100% this term.", "100%"),
    ("outcome", "Mum will cut out alcohol completely.", "cut out alcohol completely"),
    ("outcome", "Jimmy will never be late for school.", "never be late for school"),
]

PASSES = [
    # Legal Aid Tasmania's family plan: drinking less is a limit, not abstinence
    ("action", "Counselling to help you not drink too much or use illegal drugs"),
    ("outcome", "Mum will not drink more than two units on a weekday."),
    # a safety plan's rule about one named adult
    ("action", "Jimmy will never go in a car with Mr Jones."),
    ("outcome", "Sam is looked after by Gran or Mum every evening, and is never at home alone."),
    ("action", "Contact to be supervised at all times."),
    ("action", "Mum will never hit the children again."),
    ("outcome", "Mr Smith will be sober (alcohol-free) at the times he has sole care of Daisy."),
    (
        "outcome",
        "If Mr Smith has been drinking, then Mrs Smith will leave Daisy in the care of "
        "Mrs Jones, Daisy's maternal grandmother, when she goes to work.",
    ),
    ("outcome", "Tom will be alcohol-free whenever he has sole care of Jimmy."),
    ("outcome", "Mr Smith will not drink when he is looking after Daisy."),
    ("action", "Dad will not drink alcohol the night before he has the children."),
    ("outcome", "Mum will not drink in the family home."),
    ("outcome", "There will be no alcohol around the children."),
    ("outcome", "Jimmy will never be left alone with his uncle Dave."),
    ("action", "Sarah will watch Jimmy whenever he is in the bath."),
    ("outcome", "Jimmy will be supervised at all times when he is near water."),
    ("action", "Mum won't let friends who have been drinking into the house."),
    ("outcome", "Jimmy's attendance will rise from 85% to above 95% by July 2027."),
    ("action", "Sarah will ring Jean if she has never met the new babysitter."),
    ("outcome", "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027."),
]


@pytest.mark.parametrize(("field", "text", "span"), FLAGS)
def test_flags(field: str, text: str, span: str) -> None:
    assert _flagged(text, field) == [span]


@pytest.mark.parametrize(("field", "text"), PASSES)
def test_passes(field: str, text: str) -> None:
    assert _flagged(text, field) == []


def test_suggestion_is_the_safety_bound_version() -> None:
    path = FIELD_PATHS["outcome"]
    (finding,) = CHECKER.check_field(PLAN, path, "Mr Smith will stop drinking alcohol.")
    suggestion = finding.suggestion or ""
    assert (
        "'Mr Smith will be sober (alcohol-free) at the times Mr Smith has sole care of "
        "Jimmy'" in suggestion
    )


def test_a_vow_in_the_first_person_gets_a_readable_suggestion() -> None:
    path = FIELD_PATHS["action"]
    (finding,) = CHECKER.check_field(PLAN, path, "I will never drink again.")
    assert "the parent" in (finding.suggestion or "")
    assert "{" not in (finding.suggestion or "")
