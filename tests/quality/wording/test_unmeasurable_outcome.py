"""unmeasurable-outcome against outcomes as practitioners write them."""

from __future__ import annotations

import pytest

from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.unmeasurable_outcome import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])
OUTCOME = FIELD_PATHS["outcome"]


def _flagged(text: str) -> bool:
    found = CHECKER.check_field(PLAN, OUTCOME, text)
    assert all(f.text == text.strip() for f in found), "the whole outcome is the span"
    return bool(found)


FLAGS = [
    # a Scottish child's plan copies the wellbeing indicators as headings
    "Respected: Children should be treated with respect and dignity.",
    "Included: Children should feel included and valued in their community.",
    "Sam to have safe contact with Dad.",
    "Parents to address their substance misuse.",
    "Appropriate supervision to be in place.",
    "Mum will be more patient at weekends.",
    "Sam's school attendance needs to improve.",
    "Sam's attendance needs to improve by the end of the summer term.",
    "John needs to have age-appropriate self-care skills.",
    "Mum will have a better understanding of the impact of domestic abuse.",
    "Mum will have a better understanding of domestic abuse by March 2027.",
    "Mum will show a better understanding of domestic abuse.",
    "Mum will have insight into the impact of her drinking on Jimmy.",
    "Jimmy's behaviour will improve by the next review.",
    "Jimmy's home conditions will improve.",
    "Jimmy's weight will improve.",
    "Jimmy will get better at reading.",
    "Mum will engage with services.",
    "Parents will work openly and honestly with professionals.",
    "Mum's mental health will be stable.",
    "Jimmy will feel more confident at school.",
    "Jimmy will be settled in his placement.",
    "Jimmy will attend school regularly.",
    "Mum will prioritise Jimmy's needs.",
    "Jimmy will have a consistent bedtime routine.",
    "Mum will set clear boundaries for Jimmy.",
    "Risks to Jimmy will be reduced.",
    "Jimmy's emotional well-being will be promoted.",
    "Mum will have a good understanding of Jimmy's needs.",
    "The home will be clean and tidy.",
]

PASSES = [
    # Bradford Local Offer, SMART outcomes: a supported internship is a study programme
    "Tony’s goal is to secure a supported internship by the time he leaves college.",
    "The children will live in a smoke-free home.",
    "Dad will reduce his cannabis use to weekends only, away from the children, by 1 February "
    "2027.",
    "Mum will pay her rent on time each month and have no arrears by June 2027.",
    "Sam's attendance will rise from 58% to above 92% by the end of the summer term.",
    "Sam's attendance will improve from 58% to above 92% during the Summer term.",
    "John brushes his teeth for two minutes every morning and night.",
    "Mr Brown will be able to explain to me the detrimental impact that domestic violence can "
    "have on his son's physical and emotional wellbeing.",
    "Mum will be able to name three ways her drinking has affected Jimmy by the review on "
    "10 March 2027.",
    "Mum will have a better understanding of domestic abuse, so that she can explain to Priya "
    "how it affects Jimmy.",
    "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027.",
    "Jimmy will attend school every day and arrive by 8.45am.",
    "Jimmy's weight will be between the 9th and 25th centile by June 2027.",
    "Jimmy will be in bed by 7.30pm on school nights, with a bath and a story first.",
    "Mr Smith will be sober (alcohol-free) at the times he has sole care of Daisy.",
    "Dad will be sober whenever he has contact with Jimmy.",
    "If Mr Smith has been drinking, Mrs Smith will leave Daisy in the care of Mrs Jones when "
    "she goes to work.",
    "Daisy will be looked after by Mrs Jones when Mr Smith has been drinking.",
    "Emily will tell a trusted adult when she feels like hurting herself.",
    "Medication will be stored in a locked cupboard out of Jimmy's reach.",
    "Jimmy will be able to dress himself and put his shoes on by his fifth birthday.",
    "Jimmy will have a clean bed with a sheet, duvet and pillow.",
    "Parents will use positive methods of discipline with Helen such as praising good "
    "behaviour. If Mum starts to lose her temper, she will leave the room.",
    "Jimmy will tell his teacher each Friday how safe he felt at home that week, on a scale "
    "of 1 to 10.",
    "Jimmy's SDQ score will fall from 24 to below 17 by July 2027.",
    "Shazia will achieve her expected developmental milestones.",
    "Mum will work with Priya to make a written safety plan by 1 December 2026.",
]


@pytest.mark.parametrize("text", FLAGS)
def test_flags(text: str) -> None:
    assert _flagged(text)


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert not _flagged(text)


def test_message_names_the_vague_words() -> None:
    (finding,) = CHECKER.check_field(PLAN, OUTCOME, "Sam's school attendance needs to improve.")
    assert "'improve'" in finding.message
    assert "from 58% to above 92%" in (finding.suggestion or "")


def test_an_understanding_is_pinned_down_by_what_the_person_can_say() -> None:
    text = "Mum will have a better understanding of the impact of domestic abuse."
    (finding,) = CHECKER.check_field(PLAN, OUTCOME, text)
    assert "explain to me" in (finding.suggestion or "")


def test_a_target_on_the_outcome_measures_it() -> None:
    example = next(e for e in RULE.passes if e.plan)
    plan = example_plan(RULE, example)
    assert CHECKER.check_field(plan, OUTCOME, "Sam's attendance will improve.") == []


def test_a_local_authority_can_drop_a_word() -> None:
    config = Config(rules={RULE.slug: RuleSettings(remove=("regularly",))})
    checker = Checker(config=config, rules=[RULE])
    assert checker.check_field(PLAN, OUTCOME, "Jimmy will attend school regularly.") == []


@pytest.mark.parametrize(
    ("text", "by"),
    [
        ("Jimmy will be safe and well.", "universal-need"),
        ("The home will be clean and tidy.", "subjective-standard"),
        ("Mum will complete a parenting course.", "attendance-not-change"),
        ("Dad will stop drinking.", "unrealistic-absolute"),
        ("Jimmy will no longer be frightened at home.", "negative-outcome"),
    ],
)
def test_a_more_precise_rule_takes_over(text: str, by: str) -> None:
    rules = [rules_by_slug()[slug] for slug in ("unmeasurable-outcome", by)]
    found = Checker(rules=rules).check_field(PLAN, OUTCOME, text)
    assert [f.rule for f in found] == [by]
