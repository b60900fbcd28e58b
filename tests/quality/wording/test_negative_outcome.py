"""negative-outcome against outcomes as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.negative_outcome import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])
OUTCOME = FIELD_PATHS["outcome"]


def _flagged(text: str) -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, OUTCOME, text)]


def _suggestion(text: str) -> str:
    (finding,) = CHECKER.check_field(PLAN, OUTCOME, text)
    return finding.suggestion or ""


FLAGS = [
    (
        "Tom will stop hitting Jimmy as a punishment for bad behaviour.",
        "stop hitting Jimmy as a punishment",
    ),
    ("Dad will stop smacking the children.", "stop smacking the children"),
    ("Jimmy will not be exposed to domestic abuse.", "will not be exposed to domestic abuse"),
    (
        "The children will not witness arguments between their parents.",
        "will not witness arguments between their parents",
    ),
    ("Mum will no longer leave Jimmy alone in the house.", "no longer leave Jimmy alone"),
    ("Jimmy will no longer go missing from home.", "no longer go missing from home"),
    ("Dad will refrain from shouting at the children.", "refrain from shouting at the children"),
    ("There will be no arguments in front of Jimmy.", "no arguments in front of Jimmy"),
    (
        "There will be no further incidents of domestic abuse.",
        "no further incidents of domestic abuse",
    ),
    ("Jimmy won't miss any more days at school.", "won't miss any more days"),
    ("Dad not to smoke cannabis in the house.", "not to smoke cannabis"),
    ("Mum will not use physical chastisement.", "will not use physical chastisement"),
    ("Jimmy will not have any unexplained injuries.", "will not have any unexplained injuries"),
    ("Mum will ensure that Jimmy is never left alone with Mr X.", "never left alone with Mr X"),
    ("Nobody will smoke in the house.", "Nobody will smoke in the house"),
    ("Mum will avoid shouting at Jimmy.", "avoid shouting at Jimmy"),
    ("Jimmy's nosebleeds will stop.", "stop"),
]

PASSES = [
    "Mum smokes only outside the flat, and never while Sam is in her care, from 4 December 2026.",
    "Sam tells Kelly Ahmed at each visit that he feels safe at home, and there are no police "
    "call-outs to the address before 4 December 2026.",
    "Mum will pay her rent on time each month and have no arrears by June 2027.",
    "Tom will manage Jimmy's behaviour without hitting him.",
    "Managing behaviour without hitting children.",
    "Jimmy will have no more than 2 days off school this term.",
    "Jimmy will be late no more than once a fortnight.",
    "Jimmy's attendance will not fall below 95% this term.",
    "Jimmy will be seen by his GP no later than 1 December 2026.",
    "Jimmy will tell his teacher when he does not understand his work.",
    "Sarah will ring Jean if she cannot collect Jimmy from school.",
    "Jimmy will know who he can ring if he does not feel safe.",
    "Jimmy will wait with Mum at the bus stop every morning at 8.15am.",
    "Jimmy will stop at the kerb and wait for an adult before crossing.",
    "Jimmy will be able to say no when older boys ask him to carry things for them.",
    "Jimmy will tell Priya whether or not he wants to see his dad each month.",
    "Jimmy will live in a home free from violence, where the adults sort out disagreements calmly.",
    "Jimmy will say 'stop' when he wants a break from the game.",
    "Mum and Dad will sort out disagreements calmly and away from Jimmy.",
    "Mr Smith will be sober (alcohol-free) at the times he has sole care of Daisy.",
]


@pytest.mark.parametrize(("text", "span"), FLAGS)
def test_flags(text: str, span: str) -> None:
    assert _flagged(text) == [span]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_reads_only_outcomes() -> None:
    path = FIELD_PATHS["action"]
    assert CHECKER.check_field(PLAN, path, "Tom will stop hitting Jimmy.") == []


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Tom will stop hitting Jimmy.", "'Tom will manage Jimmy's behaviour without hitting'"),
        ("Mum will not use physical chastisement.", "without using physical chastisement"),
        (
            "Mr Smith will not drink when he is looking after Daisy.",
            "'Mr Smith will be sober (alcohol-free) at the times Mr Smith has sole care of",
        ),
        (
            "There will be no arguments in front of Jimmy.",
            "'The adults will sort out disagreements calmly, away from Jimmy'",
        ),
        (
            "Mum will stop letting strangers into the house.",
            "'Mum will … without letting strangers into the house'",
        ),
        ("Mum will no longer leave Jimmy alone in the house.", "When Mum goes out"),
    ],
)
def test_suggestion_gives_the_positive_version(text: str, wanted: str) -> None:
    assert wanted in _suggestion(text)


def test_unrealistic_absolute_takes_over_the_same_words() -> None:
    rules = [rules_by_slug()[slug] for slug in ("negative-outcome", "unrealistic-absolute")]
    found = Checker(rules=rules).check_field(PLAN, OUTCOME, "Mr Smith will never drink again.")
    assert [f.rule for f in found] == ["unrealistic-absolute"]
