"""subjective-standard against outcomes and actions as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.subjective_standard import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str) -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    (
        "action",
        "Keep the house clean and tidy at all times: Priya will visit every week to check.",
        "clean and tidy",
    ),
    ("action", "Grandma will keep the house clean and tidy.", "clean and tidy"),
    ("outcome", "The home will be clean, tidy and free from clutter.", "clean, tidy"),
    ("outcome", "Emily's house will be clean.", "clean"),
    ("action", "Sarah will keep the kitchen clean at all times.", "clean"),
    ("outcome", "The home will be maintained to a good standard.", "good standard"),
    ("outcome", "Home conditions will be of an acceptable standard.", "acceptable standard"),
    (
        "action",
        "Mum will ensure the house is kept to a reasonable standard of hygiene.",
        "reasonable standard of hygiene",
    ),
    ("outcome", "John will have age-appropriate self-care skills.", "age-appropriate"),
    ("outcome", "Jimmy will have age appropriate boundaries.", "age appropriate"),
    ("outcome", "Jimmy's toys will be appropriate for his age.", "appropriate for his age"),
    ("action", "Sarah will make sure Jimmy has adequate clothing for the weather.", "adequate"),
    ("outcome", "Jimmy will live in suitable accommodation.", "suitable"),
    ("outcome", "Jimmy will go to bed at a suitable time.", "suitable"),
    ("outcome", "Parenting will be good enough for Jimmy to stay at home.", "good enough"),
    ("outcome", "Jimmy's bedroom will be hygienic.", "hygienic"),
    ("outcome", "Jimmy will have a healthy diet.", "healthy diet"),
    ("action", "Mum will give the children proper meals.", "proper meals"),
    ("outcome", "Jimmy will be well presented when he arrives at school.", "well presented"),
    ("outcome", "Jimmy will have good personal hygiene.", "good personal hygiene"),
    ("outcome", "Supervision of the children will be satisfactory.", "satisfactory"),
    ("outcome", "The home will be neat and tidy when Priya visits.", "neat and tidy"),
    ("outcome", "Jimmy will be dressed properly for school.", "properly"),
]

PASSES = [
    (  # a protective behaviours safety plan
        "action",
        "Sarah will teach Jimmy the proper names for body parts using the NSPCC PANTS guide.",
    ),
    (
        "outcome",
        "The family will have adequate housing, meaning a two-bedroom flat with running water "
        "and heating.",
    ),
    ("outcome", "The living-room carpet is hoovered three times a week."),
    (
        "outcome",
        "The work surfaces in the kitchen are wiped down after each meal has been prepared.",
    ),
    (
        "outcome",
        "The house will be 'clean': carpet hoovered three times a week and bins emptied "
        "every Monday.",
    ),
    ("outcome", "The kitchen will be clean (surfaces wiped and dishes washed after each meal)."),
    (
        "outcome",
        "Jimmy's home will be clean and tidy, i.e. no rubbish on the floors and the "
        "dishes washed each night.",
    ),
    (
        "action",
        "Agree with Sarah what 'clean and tidy' means for her home and write it into the plan.",
    ),
    ("outcome", "Jimmy will wear clean clothes to school every day."),
    ("action", "Sarah will change Jimmy's bedding for clean sheets every Saturday."),
    ("action", "Sarah will wipe the kitchen surfaces clean after each meal."),
    ("action", "Sarah will clean the bathroom every Sunday morning."),
    ("action", "Jimmy will tidy his toys into the box before bed."),
    ("action", "Priya will ring Sarah on Monday to find a suitable date to meet."),
    ("action", "Jean will fit a properly fitted car seat in her car by 20 November 2026."),
    ("outcome", "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027."),
    ("outcome", "Jimmy has breakfast (cereal or toast and milk) before school every day."),
    ("outcome", "Jimmy will be clean of head lice at his school nurse check."),
    ("reason", "Jimmy's home is not clean and he has had head lice three times this term."),
]


@pytest.mark.parametrize(("field", "text", "span"), FLAGS)
def test_flags(field: str, text: str, span: str) -> None:
    assert _flagged(text, field) == [span]


@pytest.mark.parametrize(("field", "text"), PASSES)
def test_passes(field: str, text: str) -> None:
    assert _flagged(text, field) == []


def test_suggestion_asks_what_you_would_see() -> None:
    (finding,) = CHECKER.check_field(
        PLAN, FIELD_PATHS["action"], "Grandma will keep the house clean and tidy."
    )
    assert "hoovered three times a week" in (finding.suggestion or "")
    (finding,) = CHECKER.check_field(
        PLAN, FIELD_PATHS["outcome"], "John will have age-appropriate self-care skills."
    )
    assert "brushes his teeth" in (finding.suggestion or "")


def test_a_local_authority_can_drop_a_word() -> None:
    config = Config(rules={RULE.slug: RuleSettings(remove=("suitable",))})
    checker = Checker(config=config, rules=[RULE])
    text = "Jimmy will live in suitable accommodation."
    assert checker.check_field(PLAN, FIELD_PATHS["outcome"], text) == []


def test_it_is_the_one_finding_on_age_appropriate() -> None:
    """vague-word and unmeasurable-outcome add nothing when this rule has named the words."""
    slugs = ("subjective-standard", "vague-word", "unmeasurable-outcome")
    rules = [rules_by_slug()[slug] for slug in slugs if slug in rules_by_slug()]
    text = "Jimmy's toys will be appropriate for his age."
    found = Checker(rules=rules).check_field(PLAN, FIELD_PATHS["outcome"], text)
    assert [f.rule for f in found] == ["subjective-standard"]
