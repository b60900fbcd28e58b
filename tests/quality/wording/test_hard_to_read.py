"""hard-to-read: long sentences get a place to split them; dense professional text gets a
reading grade; short plain text and people's own words are left alone."""

from __future__ import annotations

import pytest

from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.hard_to_read import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _found(text: str, field: str = "action", checker: Checker = CHECKER) -> list[Finding]:
    return checker.check_field(PLAN, FIELD_PATHS[field], text)


LONG = [
    (
        "Sarah will take Jimmy to the GP on Monday so that the doctor can look at his skin, and "
        "she will then tell Priya what the doctor said so that Priya can update the school.",
        "…look at his skin.",
        "She will then tell",
    ),
    (
        "Sarah will ring the housing office on Monday, Tuesday and Wednesday mornings between "
        "9am and 10am, and if nobody answers she will ask Priya to ring them for her.",
        "…between 9am and 10am.",
        "If nobody answers she",
    ),
    (
        "Priya will meet Sarah and Tom at the family centre every Tuesday at 10am to talk about "
        "what happens when they argue and Priya will write down what they agree for Jimmy.",
        "…happens when they argue.",
        "Priya will write down",
    ),
    (
        "Jimmy needs his eczema to be managed properly by his parents because it has been "
        "causing him a great deal of discomfort at night which means that he is tired at school.",
        "…properly by his parents.",
        "This is because it",
    ),
]

HARD_WORDS = [
    "Priya will complete a parenting capacity assessment to establish whether Sarah is able to "
    "sustain the improvements evidenced within the home environment.",
    "Mother to engage with therapeutic intervention to address her unresolved trauma and its "
    "impact upon her emotional availability and parenting capacity.",
    "Professionals will work collaboratively to ensure that the children's emotional wellbeing "
    "is promoted and that their developmental needs are consistently prioritised.",
]

PASSES = [
    "Sarah will take Jimmy to the GP on Monday.",
    "Jimmy's skin is often broken and bleeding, and he scratches it at night. Sarah puts cream "
    "on him every morning but he says it stings.",
    "Sarah will take Jimmy to school by 8.45am every day. Ann March will ring Sarah by 9.30am "
    "if Jimmy is not in school.",
    "If Jimmy misses two GP appointments about his skin, we will meet Sarah and Tom within a "
    "week to agree what has to change.",
    "Tom will be alcohol-free whenever he looks after Daisy on his own. If Tom has been "
    "drinking, Sarah will ask her mum Jean to look after Daisy instead.",
    "Mr Brown will be able to explain to Priya how shouting and hitting at home frightened his "
    "son and affected his sleep and his schoolwork.",
    "The living room carpet will be hoovered three times a week and the kitchen surfaces wiped "
    "down after each meal is prepared.",
    "Jimmy needs his eczema managed so that it causes him as little discomfort as possible.",
    "Multi-agency professionals will undertake a holistic assessment.",  # short: jargon's job
]


@pytest.mark.parametrize(("text", "ending", "starting"), LONG)
def test_a_long_sentence_gets_a_place_to_split_it(text: str, ending: str, starting: str) -> None:
    (finding,) = _found(text)
    assert finding.span == (0, len(text))
    assert finding.suggestion is not None
    assert f"'{ending}'" in finding.suggestion
    assert f"'{starting}…'" in finding.suggestion
    assert "words" in finding.message


def test_a_list_is_not_split_between_its_items() -> None:
    text = (
        "Social worker to convene a meeting with school, health visitor, GP, housing and the "
        "domestic abuse service to share information and agree the next steps for Jimmy."
    )
    (finding,) = _found(text)
    assert finding.suggestion is not None
    assert "one thing per sentence" in finding.suggestion


def test_only_the_long_sentence_is_marked() -> None:
    short = "Sarah will ring Priya. "
    long = LONG[0][0]
    (finding,) = _found(short + long)
    assert finding.span == (len(short), len(short) + len(long))


@pytest.mark.parametrize("text", HARD_WORDS)
def test_dense_professional_text_gets_a_reading_grade(text: str) -> None:
    (finding,) = _found(text)
    assert "grade" in finding.message and "reading age" in finding.message
    assert finding.suggestion is not None and "Words such as" in finding.suggestion


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _found(text) == []


def test_the_childs_own_words_are_not_marked() -> None:
    text = (
        'Jimmy said: "I want my mum and dad to stop shouting because when they shout I cannot '
        'sleep and then I am tired at school and I get told off by my teacher."'
    )
    assert _found(text, "childs_views") == []


def test_options_change_the_limits() -> None:
    config = parse_config(
        {"rules": {"hard-to-read": {"max_sentence_words": 8, "reading_grade": 9}}},
        rules_by_slug(),
        "test",
    )
    strict = Checker(config, rules=[RULE])
    assert _found("Sarah will take Jimmy to the GP on Monday morning.", checker=strict)
    assert _found(PASSES[3], checker=strict)


def test_advice_only() -> None:
    (finding,) = _found(HARD_WORDS[0])
    assert finding.severity.name == "ADVICE"


def test_a_grade_just_over_the_limit_is_not_shown_as_the_limit() -> None:
    # Seed 001's own model outcome scores 14.4: "grade 14, above the limit of 14" would
    # contradict itself.
    text = (
        "Mr Brown will be able to explain to me the detrimental impact that domestic violence "
        "can have on his son's physical and emotional wellbeing."
    )
    (finding,) = _found(text, "outcome")
    assert "about school grade 14.4 " in finding.message
    assert "above the limit of 14 " in finding.message
