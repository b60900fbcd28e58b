"""universal-need against needs and outcomes as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.universal_need import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str) -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    # Getting it right for every child (Scotland): the wellbeing wording
    ("reason", "Sam needs to develop to his full potential.", "develop to his full potential"),
    (  # a court care plan template's "Overall aim"
        "outcome",
        "The care plan should ensure that Tom’s short and long-term needs are met in a safe, "
        "stable and caring environment.",
        "safe, stable",
    ),
    (  # Manchester City Council, planning your pathway (care leavers)
        "outcome",
        "The overall purpose of a pathway plan is for all young people to feel and become Happy, "
        "Healthy, Safe and Successful as a young adult and beyond.",
        "Happy, Healthy, Safe",
    ),
    ("outcome", "Helen will be safe from physical harm.", "be safe from physical harm"),
    (
        "reason",
        "Emily needs to fulfil her educational potential.",
        "fulfil her educational potential",
    ),
    ("reason", "Jimmy needs to achieve his potential.", "achieve his potential"),
    (
        "reason",
        "Jimmy needs to be supported to reach his full potential at school.",
        "reach his full potential",
    ),
    ("outcome", "Jimmy will reach his full potential by July 2027.", "reach his full potential"),
    ("outcome", "Jimmy will be safe and well.", "be safe and well"),
    ("outcome", "Children to be safe from harm.", "be safe from harm"),
    ("reason", "Jimmy needs to be kept safe from harm.", "be kept safe from harm"),
    ("reason", "Jimmy needs to be safe.", "be safe"),
    ("outcome", "Jimmy will feel safe at home.", "feel safe"),
    ("outcome", "Jimmy will be happy at school.", "be happy"),
    ("outcome", "Jimmy will be happy when he is at school.", "be happy"),
    ("outcome", "Jimmy will grow up happy and healthy.", "grow up happy and healthy"),
    ("outcome", "Jimmy will have all his needs met.", "all his needs met"),
    ("outcome", "Jimmy's needs will be met.", "Jimmy's needs will be met"),
    ("outcome", "Jimmy will have his dental needs met.", "his dental needs met"),
    ("outcome", "Mum will meet Jimmy's emotional needs.", "meet Jimmy's emotional needs"),
    ("outcome", "Jimmy will thrive in his mother's care.", "thrive"),
    ("reason", "Jimmy needs to feel loved.", "feel loved"),
    ("reason", "Jimmy needs a safe and stable home.", "safe and stable"),
    ("outcome", "Jimmy will have a happy childhood.", "have a happy childhood"),
    ("outcome", "Jimmy will do well at school.", "do well at school"),
    ("outcome", "Jimmy will be healthy.", "be healthy"),
]

PASSES = [
    (  # Leeds Safeguarding Children Partnership, "Examples of SMART plans" (the corrected one)
        "outcome",
        "By measuring each child's achievement and comparing it with their Fischer Family Trust "
        "estimated grades it can be seen if they are meeting their potential",
    ),
    (
        "reason",
        "Kayden needs to live in a home free from domestic abuse, where he feels safe and is "
        "not frightened by arguments.",
    ),
    (
        "reason",
        "Lily needs a bed of her own and a quiet room to sleep in, so that she is safe at night.",
    ),
    (
        "outcome",
        "Sam tells Kelly Ahmed at each visit that he feels safe at home, and there are no police "
        "call-outs to the address before 4 December 2026.",
    ),
    ("reason", "We need to understand why Emily hurts herself by cutting her arms when upset."),
    ("reason", "Emily to be helped to deal with upsets without hurting herself."),
    (
        "reason",
        "Jimmy needs his eczema managed so that it causes him as little discomfort as possible.",
    ),
    (
        "outcome",
        "Jimmy will be safe when Dad has been drinking, because Mum will take him to "
        "Grandma Jean's for the night.",
    ),
    ("outcome", "Jimmy will be kept safe by Jean when Sarah is in hospital."),
    (
        "outcome",
        "Jimmy will be safe from his father's violence: Tom will not come to the house "
        "and Sarah will ring 999 if he does.",
    ),
    (
        "outcome",
        "Emily will reach her potential in reading, shown by her reading age rising from "
        "6 to 8 by July 2027.",
    ),
    (
        "outcome",
        "Jimmy will feel safe at home, and will tell his teacher so when she asks him each Friday.",
    ),
    ("outcome", "Jimmy will be happy to go to school on at least four mornings a week."),
    ("reason", "Jimmy says: 'I want to feel safe at home.'"),
    ("reason", "Jimmy was born early and has been treated for failure to thrive."),
    ("reason", "Jimmy needs to be met at the school gate by an adult he knows."),
    ("outcome", "Jimmy will be registered with a dentist and have a check-up by 1 February 2027."),
    ("outcome", "Jimmy's weight will be between the 9th and 25th centile by June 2027."),
    ("outcome", "Jimmy will be able to dress himself and put his shoes on by his fifth birthday."),
    (
        "action",
        "Jean will keep Jimmy safe by holding his hand near the road.",
    ),
]


@pytest.mark.parametrize(("field", "text", "span"), FLAGS)
def test_flags(field: str, text: str, span: str) -> None:
    assert _flagged(text, field) == [span]


@pytest.mark.parametrize(("field", "text"), PASSES)
def test_passes(field: str, text: str) -> None:
    assert _flagged(text, field) == []


def test_suggestion_names_the_child() -> None:
    (finding,) = CHECKER.check_field(PLAN, FIELD_PATHS["outcome"], "Jimmy will be safe and well.")
    assert "Jimmy" in (finding.suggestion or "")
    assert "{child}" not in (finding.suggestion or "")


def test_it_is_the_one_finding_on_a_universal_outcome() -> None:
    rules = [rules_by_slug()[slug] for slug in ("universal-need", "unmeasurable-outcome")]
    found = Checker(rules=rules).check_field(
        PLAN, FIELD_PATHS["outcome"], "Jimmy will be happy and healthy."
    )
    assert [f.rule for f in found] == ["universal-need"]
