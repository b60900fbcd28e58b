"""referral-only-action against actions as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.referral_only_action import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])
ACTION = FIELD_PATHS["action"]


def _flagged(text: str) -> bool:
    return bool(CHECKER.check_field(PLAN, ACTION, text))


FLAGS = [
    "Refer Emily to CAMHS.",
    "Refer to CAMHS.",
    "Make a referral to Early Help.",
    "Social worker to make a referral to CAMHS by 4 December 2026.",
    "Priya will complete a referral to the Family Support Team by 4 December 2026.",
    "Refer Mum to Change Grow Live.",
    "Signpost Sarah to the local parenting service.",
    "Signpost Mum to the Freedom Programme.",
    "Mum to self-refer to the drug and alcohol service.",
    "Referral to Women's Aid for support.",
    "Health visitor to refer to dietician.",
    "Ann March will refer Jimmy to the school counsellor.",
    "Priya will chase the CAMHS referral every two weeks until Emily is seen.",
]

PASSES = [
    "Refer Emily to CAMHS so that we can understand why she hurts herself when upset.",
    "Priya to refer Emily to CAMHS for an assessment of her low mood.",
    "Refer Jimmy to the speech and language service for an assessment of his speech.",
    "Refer Sarah to the drug service to get help with her drinking.",
    "Priya will refer Sarah to the Family Support Team so she can get help with bedtimes.",
    "Priya to complete a referral to the housing team for a larger flat.",
    "Refer Sarah to the food bank for a food parcel this week.",
    "Ann March will make a referral to the school nurse about Jimmy's weight.",
    "Signpost Sarah to the food bank and go with her on Tuesday 17 November.",
    "Priya will refer Mum to the Freedom Programme and go with her to the first session.",
    "Sarah will refer to the safety plan on the fridge when she feels angry.",
    "Sarah will refer back to the safety plan whenever she feels stressed.",
    "Make an appointment for Jimmy to be seen by his GP.",
    "If the referral is not accepted, Priya will ring Sarah the same day.",
]


@pytest.mark.parametrize("text", FLAGS)
def test_flags(text: str) -> None:
    assert _flagged(text)


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert not _flagged(text)


def test_one_finding_per_sentence_and_a_rewrite_to_finish() -> None:
    (finding,) = CHECKER.check_field(PLAN, ACTION, "Make a referral to Early Help.")
    assert finding.text == "Make a referral to Early Help."
    assert "'Make a referral to Early Help so that …'" in (finding.suggestion or "")
    assert str(finding.severity) == "advice"


def test_reads_only_actions() -> None:
    assert CHECKER.check_field(PLAN, FIELD_PATHS["outcome"], "Refer Emily to CAMHS.") == []
