"""already-achieved-outcome against outcomes as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.already_achieved_outcome import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])
OUTCOME = FIELD_PATHS["outcome"]


def _flagged(text: str) -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, OUTCOME, text)]


FLAGS = [
    ("To maintain good school attendance.", "maintain good school attendance"),
    ("Maintain good school attendance.", "Maintain good school attendance"),
    (
        "Jimmy will maintain his good relationship with his grandmother.",
        "maintain his good relationship with his grandmother",
    ),
    ("Jimmy will continue to attend school every day.", "continue to attend school every day"),
    (
        "Jimmy will continue to see his dad every Saturday.",
        "continue to see his dad every Saturday",
    ),
    ("Jimmy will remain living at home with his mother.", "remain living at home with his mother"),
    ("Jimmy's attendance to remain above 95%.", "remain above 95%"),
    (
        "Mum will keep up the good work with Jimmy's cream.",
        "keep up the good work with Jimmy's cream",
    ),
    (
        "Sarah continues to take Jimmy to all his health appointments.",
        "continues to take Jimmy to all his health appointments",
    ),
    (
        "Jimmy will continue with his swimming lessons on Saturdays.",
        "continue with his swimming lessons on Saturdays",
    ),
    ("The home conditions will be maintained.", "maintained"),
]

PASSES = [
    # Special Needs Jungle, "What makes a good outcome in an EHCP"
    "By the end of Key Stage 4 Mohammed will be able to maintain and make appropriate friendships.",
    "Continue the bedtime routine and move bedtime to 7.30pm by 1 March 2027.",
    "Jimmy will continue the bedtime routine and increase his reading to 15 minutes a night.",
    "Jimmy's attendance will continue to improve, from 85% to above 95% by July 2027.",
    "Jimmy's attendance will continue to improve.",
    "Mum will remain calm when Jimmy has a tantrum, and take him to his room to cool down.",
    "Mum will use the safety plan so that Jimmy can remain living at home.",
    "Jimmy will go to bed by 7.30pm on at least five nights a week.",
    "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027.",
    "Mum will ring Jean if she cannot remain calm.",
    "Jimmy will keep his appointments with the school nurse.",
    "Jimmy will start swimming lessons on Saturdays from January 2027.",
]


@pytest.mark.parametrize(("text", "span"), FLAGS)
def test_flags(text: str, span: str) -> None:
    assert _flagged(text) == [span]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_it_is_advice_and_points_to_strengths() -> None:
    (finding,) = CHECKER.check_field(PLAN, OUTCOME, "To maintain good school attendance.")
    assert str(finding.severity) == "advice"
    assert "strength" in (finding.suggestion or "")
