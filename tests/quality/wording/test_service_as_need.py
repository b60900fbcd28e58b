"""service-as-need against needs ("reason for action") as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.service_as_need import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])
REASON = FIELD_PATHS["reason"]


def _flagged(text: str, path: str = REASON) -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, path, text)]


FLAGS = [
    ("Sam needs a CAMHS assessment.", "needs a CAMHS assessment"),
    ("Sam needs to see a dentist.", "needs to see a dentist"),
    (
        "Lily needs a hearing test because she does not respond when her name is called.",
        "needs a hearing test",
    ),
    ("Emily needs to be referred to CAMHS.", "needs to be referred to CAMHS"),
    (
        "Jimmy to be referred to Speech and Language Therapy.",
        "to be referred to Speech and Language Therapy",
    ),
    (
        "Jimmy needs a referral to the speech and language service.",
        "needs a referral to the speech and language service",
    ),
    (
        "Emily would benefit from a referral to the school counsellor.",
        "would benefit from a referral to the school counsellor",
    ),
    ("Emily would benefit from counselling.", "would benefit from counselling"),
    ("Jimmy needs an ADHD assessment.", "needs an ADHD assessment"),
    ("Jimmy requires a paediatric assessment.", "requires a paediatric assessment"),
    ("Jimmy needs his speech assessed.", "needs his speech assessed"),
    ("Jimmy needs to be assessed for autism.", "needs to be assessed for autism"),
    ("Mum needs to attend a parenting course.", "needs to attend a parenting course"),
    ("Mum to attend a parenting programme.", "to attend a parenting programme"),
    (
        "Mum needs to engage with the drug and alcohol service.",
        "needs to engage with the drug and alcohol service",
    ),
    ("Jimmy needs to attend his health appointments.", "needs to attend his health appointments"),
    ("Jimmy needs to be seen by a paediatrician.", "needs to be seen by a paediatrician"),
    (
        "Jimmy needs to be seen by the school nurse for his weight.",
        "needs to be seen by the school nurse for his weight",
    ),
    ("Sarah needs a parenting course.", "needs a parenting course"),
    ("Jimmy needs an EHCP.", "needs an EHCP"),
    ("Jimmy needs a Child Protection Plan.", "needs a Child Protection Plan"),
    ("Refer to CAMHS.", "Refer to CAMHS"),
    (
        "Referral to Early Help for parenting support.",
        "Referral to Early Help for parenting support",
    ),
]

PASSES = [
    "We need to understand why Emily hurts herself by cutting her arms when upset.",
    "Emily to be helped to deal with upsets without hurting herself.",
    "Jimmy needs his eczema managed so that it causes him as little discomfort as possible.",
    "Jimmy needs to attend school every day so that he does not fall behind with reading.",
    "Jimmy needs to attend nursery 3 mornings a week so that his speech can develop.",
    "Jimmy needs a safe place to sleep.",
    "Jimmy needs a bed of his own.",
    "Jimmy needs to be met at the school gate by an adult he knows.",
    "Jimmy needs to see his father every week.",
    "Jimmy needs help to manage his anger without hurting other children.",
    "Jimmy has missed 4 of his last 6 hospital appointments, so his asthma is not controlled.",
    "Jimmy's weight is below the 2nd centile and he needs to gain weight.",
    "A referral to CAMHS was made in June; Emily is still waiting to be seen.",
    "Jimmy needs to complete his homework with help at home.",
    "Jimmy needs to engage in play with other children at nursery.",
]


@pytest.mark.parametrize(("text", "span"), FLAGS)
def test_flags(text: str, span: str) -> None:
    assert _flagged(text) == [span]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_action_fields_may_arrange_services() -> None:
    assert _flagged("Refer Emily to CAMHS by 4 December 2026.", FIELD_PATHS["action"]) == []


def test_it_is_an_error() -> None:
    (finding,) = CHECKER.check_field(PLAN, REASON, "Emily needs to be referred to CAMHS.")
    assert str(finding.severity) == "error"


def test_suggestion_asks_what_the_service_is_for() -> None:
    (finding,) = CHECKER.check_field(PLAN, REASON, "Emily needs to be referred to CAMHS.")
    assert "What need would the service meet?" in (finding.suggestion or "")


def test_suggestion_uses_the_reason_the_sentence_already_gives() -> None:
    text = "Emily needs to be referred to CAMHS because she cuts her arms when upset."
    (finding,) = CHECKER.check_field(PLAN, REASON, text)
    assert "'she cuts her arms when upset'" in (finding.suggestion or "")
