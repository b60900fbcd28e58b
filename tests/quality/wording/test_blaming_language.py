"""blaming-language against sentences as practitioners write them in worries, needs and plans."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.blaming_language import RULE

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str = "worries") -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    # seed 003's own example of a label: in scare quotes it is still a label
    ("Professionals worry about parental 'non engagement' with the plan.", "non engagement"),
    ("Sarah failed to keep to the agreement in October.", "failed to keep to"),
    ("When Sarah fails to keep to the plan, Jimmy misses school.", "fails to keep to"),
    ("Mum has been non-compliant with the plan.", "non-compliant"),
    ("Dad's non-compliance with his medication is a worry.", "non-compliance"),
    ("Sarah refuses to engage with professionals.", "refuses to engage"),
    ("Tom has failed to engage with the domestic abuse programme.", "failed to engage"),
    ("Mother failed to attend the last three CIN meetings.", "failed to attend"),
    ("Mum failed to protect Jimmy from Dad's violence.", "failed to protect"),
    ("The family are hard to reach.", "hard to reach"),
    ("Hard-to-reach families will be offered home visits.", "Hard-to-reach"),
    ("Professionals have found the family hard to reach.", "hard to reach"),
    ("Mum is difficult to engage.", "difficult to engage"),
    ("Dad is resistant to professional involvement.", "resistant to professional"),
    ("Mum has been resistant.", "been resistant"),
    ("Sarah remains resistant to change.", "resistant to change"),
    ("Sarah's non-engagement will be escalated to the team manager.", "non-engagement"),
    ("There has been a lack of engagement from both parents.", "lack of engagement"),
    ("Poor engagement with the health visitor.", "Poor engagement"),
    ("Dad is not engaging with the plan.", "not engaging"),
    ("Mum has disengaged from services.", "disengaged"),
    ("Sarah is reluctant to engage with the health visitor.", "reluctant to engage"),
    ("Mum chose not to attend the core group.", "chose not to attend"),
    ("Dad was uncooperative during the home visit.", "uncooperative"),
    ("Mum has been hostile towards the social worker.", "hostile towards the social worker"),
    ("Parents have shown disguised compliance.", "disguised compliance"),
    ("Mum is manipulative and plays professionals off against each other.", "manipulative"),
    ("Jimmy's attention-seeking behaviour at school.", "attention-seeking"),
    ("Mum is in denial about the impact of the arguments on Jimmy.", "in denial"),
    ("The parents have been obstructive throughout the assessment.", "obstructive"),
    ("Dad has limited insight into the impact of his drinking.", "limited insight"),
    ("Dad's chaotic lifestyle means Jimmy misses school.", "chaotic lifestyle"),
    ("Chloe is putting herself at risk by meeting older men.", "putting herself at risk"),
    ("Chloe's promiscuous behaviour is a concern.", "promiscuous"),
]

PASSES = [
    "Sarah calls it 'non-engagement' but she was working nights.",
    # A written agreement's contingency (a council's template): the condition, not a label
    "However, if Sarah fails to keep to this agreement, it may be necessary for the Local "
    "Authority to seek legal advice.",
    "If you fail to comply with it, Priya will ask the court to decide.",
    "Sarah has not come to the last three appointments.",
    "Sarah says she felt judged at the last meeting.",
    'Sarah said: "I was resistant at first because I was scared."',
    "Sarah describes herself as 'in denial' when Jimmy was first hurt.",
    "Sarah finds it hard to trust professionals because of how she was treated as a child.",
    "Sarah finds big groups hard to engage with.",
    "Jimmy's eczema is resistant to the steroid cream.",
    "Jimmy has not engaged in lessons since March.",
    "Jimmy has disengaged from education.",
    "Jimmy refuses to go to school most mornings.",
    "Jimmy is refusing to attend school.",
    "Tom has engaged well with the parenting programme.",
    "Dad denies hitting Jimmy.",
    "Sarah has agreed to come to the next meeting at 10am.",
    "The house is hard to reach by bus.",
    "Jimmy chose not to come to the meeting but wrote down his views.",
    "Tom was angry and shouted at Priya when she mentioned court.",
    "Older men are contacting Chloe online and asking to meet her.",
    "The plan failed to make progress because the housing did not come through.",
    "Jimmy will be helped to manage his feelings without hurting himself.",
    "Tom will leave the room and take a walk when he feels angry.",
]


@pytest.mark.parametrize(("text", "words"), FLAGS)
def test_flags(text: str, words: str) -> None:
    assert _flagged(text) == [words]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_every_family_text_field_is_read() -> None:
    for field in ("reason", "outcome", "action", "contingency", "strengths", "childs_views"):
        assert _flagged("Mum has been non-compliant.", field) == ["non-compliant"]


def test_suggestion_describes_instead_of_labelling() -> None:
    (finding,) = CHECKER.check_field(PLAN, "worries[0]", "Sarah refuses to engage.")
    assert finding.suggestion is not None
    assert "what happened" in finding.suggestion
    assert finding.severity.name == "WARNING"


def test_supersedes_jargon_on_the_same_words() -> None:
    from childplan.quality.rules.wording.jargon import RULE as JARGON

    both = Checker(rules=[RULE, JARGON])
    found = both.check_field(PLAN, "worries[0]", "Dad is not engaging with the plan.")
    assert [f.rule for f in found] == ["blaming-language"]
