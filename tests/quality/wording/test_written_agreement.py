"""written-agreement against the ways plans mention agreements, safe and not."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.written_agreement import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str = "action") -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    ("Sarah and Tom will sign a written agreement that Tom will not visit.", "written agreement"),
    ("A safety agreement will be drawn up with Sarah.", "safety agreement"),
    ("Sarah will be asked to sign an agreement about Jimmy's bedtime.", "sign an agreement"),
    ("If the written agreement is broken, we will call a meeting.", "written agreement"),
    ("The working agreement will be signed by both parents.", "working agreement"),
    ("Tom has agreed in writing not to drink when he cares for Jimmy.", "agreed in writing"),
    ("Mum to sign written agreement not to allow Dad into the home.", "written agreement"),
    ("Parents have signed a written agreement.", "written agreement"),
    ("A written agreement was put in place after the strategy discussion.", "written agreement"),
    ("Mother to keep to the signed agreement.", "signed agreement"),
    ("Written agreement to be reviewed at each core group.", "Written agreement"),
    ("The expectations agreement will be reviewed weekly.", "expectations agreement"),
    ("Priya will draw up a contract of expectations with Tom.", "contract of expectations"),
    ("The agreement will be signed at the next visit.", "agreement will be signed"),
    ("Tom will sign a written undertaking not to come to the house.", "written undertaking"),
]

PASSES = [
    "Sarah and Tom agreed at the meeting to try a 7pm bedtime.",
    "Sarah agreed to ring Jean if she feels low.",
    "Sarah is in agreement with the plan.",
    "Sarah will sign her new tenancy agreement by 4 December 2026.",
    "The tenancy agreement will be signed on Friday.",
    "The foster placement agreement will be signed by Jean.",
    "Sarah, Tom and Jean will write their own safety plan with Priya.",
    "Jimmy and Priya will write down his safety plan together.",
    "We will not use a written agreement; the plan says who will help.",
    "Priya will ask Sarah to sign the consent form for CAMHS.",
    "By agreement with Sarah, Priya will visit on Tuesdays.",
    "Sarah will sign up to the food bank.",
    "Sarah's agreement to the plan was recorded at the meeting.",
    "Tom will write down what he agreed and keep it on the fridge.",
]


@pytest.mark.parametrize(("text", "words"), FLAGS)
def test_flags(text: str, words: str) -> None:
    assert _flagged(text) == [words]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_any_family_text_is_read() -> None:
    for field in ("contingency", "bottom_lines", "worries", "monitoring"):
        assert _flagged("Sarah signed a written agreement.", field) == ["written agreement"]


def test_suggestion_names_the_child_and_the_help() -> None:
    (finding,) = CHECKER.check_field(PLAN, "contingency", "Tom will sign a written agreement.")
    assert finding.suggestion is not None
    assert "Jimmy" in finding.suggestion and "help" in finding.suggestion
