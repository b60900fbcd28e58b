"""jargon against the professional phrases that fill real plans, and the names and everyday
phrases that merely look like them."""

from __future__ import annotations

import pytest

from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.jargon import RULE
from childplan.quality.rules.wording.vague_word import RULE as VAGUE_WORD

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str = "worries") -> list[str]:
    return [f.text for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    ("Priya will complete a holistic assessment of the family.", "holistic"),
    ("The case will step down to Early Help in March.", "step down"),
    ("If things do not improve, we will consider a section 47 enquiry.", "section 47"),
    ("A multi-agency meeting will be held every six weeks.", "multi-agency"),
    ("Sarah to engage with Turning Point every week.", "engage with"),
    ("Mum's engagement with services has improved.", "engagement"),
    ("The worries do not meet the threshold for a child protection plan.", "threshold"),
    ("Mum presented as low and tearful at the home visit.", "presented as"),
    ("Statutory visits will take place every four weeks.", "Statutory"),
    ("Jimmy was accommodated under Section 20 in March.", "Section 20"),
    ("Jimmy was accommodated under s20 in March.", "s20"),
    ("There are safeguarding concerns about Jimmy's bruises.", "safeguarding"),
    ("Sarah will be offered a package of support.", "package of support"),
    ("A care package will be put in place.", "care package"),
    ("Jimmy's lived experience is one of neglect.", "lived experience"),
    ("Protective factors include Jean's daily visits.", "Protective factors"),
    ("Dad's capacity to change is unclear.", "capacity to change"),
    ("The plan was co-produced with the family.", "co-produced"),
    ("Tom will be signposted to the DWP.", "signposted"),
    ("Direct work will be completed with Jimmy.", "Direct work"),
    ("The voice of the child will be captured.", "voice of the child"),
    ("Jimmy's basic care needs are not being met.", "basic care needs"),
    ("Jimmy needs permanence.", "permanence"),
    ("The case will be closed to social care in June.", "case will be closed"),
    ("Sarah will attend a tier 3 service.", "tier 3"),
    ("Jimmy is at risk of cumulative harm.", "cumulative harm"),
    ("Jimmy's emotional wellbeing has improved since he moved school.", "emotional wellbeing"),
    ("If the worries continue, Priya will escalate to her manager.", "escalate"),
    ("Priya will assess parenting capacity.", "parenting capacity"),
]

PASSES = [
    "Ann March is the Designated Safeguarding Lead.",
    "Multi-Agency Safeguarding Hub to share the police information with Priya.",
    "Jimmy has been referred to the Emotional Health and Wellbeing Service.",
    "Jimmy will get a present on his birthday.",
    "Jean presented her ideas to the group.",
    "Tom stepped down from his job to care for Jimmy.",
    "Dad will step up and take Jimmy to football.",
    "Sarah will pick Jimmy up from wraparound childcare.",
    "Jimmy likes the wrap-around club at school.",
    "Sarah's engagement ring was taken by Tom.",
    "Jimmy is engaged in his learning and enjoys maths.",
    "Jimmy will be safe and well at home.",
    "Priya will visit Jimmy at home every two weeks and see him on his own.",
    "Sarah says Jimmy is 17 next week.",
    "Jimmy's 17th birthday party is on Saturday.",
    "Jean will meet Jimmy at the front door threshold.",
    "Tom will be able to explain the impact of the shouting on Jimmy's physical and emotional "
    "wellbeing.",
]


@pytest.mark.parametrize(("text", "words"), FLAGS)
def test_flags(text: str, words: str) -> None:
    assert _flagged(text) == [words]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_suggestion_gives_the_plain_words_with_the_childs_name() -> None:
    (finding,) = CHECKER.check_field(PLAN, "worries[0]", "A holistic assessment.")
    assert finding.suggestion is not None
    assert "covering every part of Jimmy's life" in finding.suggestion
    assert finding.severity.name == "ADVICE"


def test_practitioner_notes_are_not_read() -> None:
    plan = example_plan(RULE, Example(plan="practitioner_notes: 'Holistic s47 work; threshold.'"))
    assert CHECKER.check(plan) == []
    assert not RULE.reads("practitioner_notes")


def test_no_second_finding_where_vague_word_already_speaks() -> None:
    both = Checker(rules=[RULE, VAGUE_WORD])
    for text in ("Promote Emily's emotional well-being.", "Sarah will get a package of support."):
        found = both.check_field(PLAN, FIELD_PATHS["outcome"], text)
        assert [f.rule for f in found] == ["vague-word"]
    # where vague-word does not read, jargon still speaks
    found = both.check_field(PLAN, "worries[0]", "Promote Emily's emotional well-being.")
    assert [f.rule for f in found] == ["jargon"]


def test_a_local_authority_can_add_a_phrase_with_its_plain_words() -> None:
    config = parse_config(
        {"rules": {"jargon": {"add": {"edge of care": "close to coming into care"}}}},
        rules_by_slug(),
        "test",
    )
    checker = Checker(config, rules=[RULE])
    (finding,) = checker.check_field(PLAN, "worries[0]", "Jimmy is on the edge of care.")
    assert finding.text == "edge of care"
    assert finding.suggestion is not None and "close to coming into care" in finding.suggestion


def test_a_local_authority_can_remove_a_phrase() -> None:
    config = parse_config({"rules": {"jargon": {"remove": ["statutory"]}}}, rules_by_slug(), "t")
    checker = Checker(config, rules=[RULE])
    assert checker.check_field(PLAN, "worries[0]", "Statutory visits every four weeks.") == []
