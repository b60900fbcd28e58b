"""attendance-not-change against outcomes and actions as practitioners write them.

An action is read with its outcome: going to a course is a fine step when the outcome says
what the course should change, and a warning when nothing does.
"""

from __future__ import annotations

import pytest

from childplan.plan.model import Plan
from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.attendance_not_change import _ATTEND_VERB, RULE
from childplan.quality.terms import Term

CHECKER = Checker(rules=[RULE])
OUTCOME = FIELD_PATHS["outcome"]
ACTION = FIELD_PATHS["action"]


def _plan(outcome: str) -> Plan:
    fragment = f"""
needs:
  - reason: "Jimmy needs to be safe from the violence between his parents."
    outcomes:
      - outcome: "{outcome}"
        by: 2027-03-01
        actions:
          - action: "-"
            who: Tom Smith
            when: 2026-11-20
"""
    return example_plan(RULE, Example(plan=fragment))


VAGUE_OUTCOME = _plan("Dad will have a better understanding of domestic abuse.")
ATTENDANCE_OUTCOME = _plan("Dad will complete the Caring Dads programme.")
CLEAR_OUTCOME = _plan(
    "Tom will be able to explain to Priya how hearing his violence has affected Jimmy."
)


def _flagged(text: str, path: str, plan: Plan = VAGUE_OUTCOME) -> list[str]:
    return [f.text for f in CHECKER.check_field(plan, path, text)]


OUTCOME_FLAGS = [
    (
        "Mr Brown will attend eight sessions with a DV project.",
        "attend eight sessions with a DV project",
    ),
    ("Sarah will complete a parenting course.", "complete a parenting course"),
    ("Mum will attend the Freedom Programme.", "attend the Freedom Programme"),
    ("Dad will complete the Freedom Programme by March 2027.", "complete the Freedom Programme"),
    (
        "Mum will engage with the drug and alcohol service.",
        "engage with the drug and alcohol service",
    ),
    (
        "Mum will attend all appointments with the substance misuse service.",
        "attend all appointments with the substance misuse service",
    ),
    ("Jimmy will attend his CAMHS appointments.", "attend his CAMHS appointments"),
    ("Jimmy will attend 6 sessions of play therapy.", "attend 6 sessions of play therapy"),
    (
        "Sarah will take part in the Incredible Years group.",
        "take part in the Incredible Years group",
    ),
    (
        "Mum will complete the Freedom Programme so that she understands domestic abuse.",
        "complete the Freedom Programme",
    ),
    (  # Leeds Safeguarding Children Partnership, "Examples of SMART plans"
        "Records are being kept as to how often their parents are attending rehabilitation "
        "clinics to help with their alcohol misuse.",
        "attending rehabilitation clinics",
    ),
    ("Dad will attend the alcohol clinic every week.", "attend the alcohol clinic"),
]

OUTCOME_PASSES = [
    "Mr Brown will be able to explain to me the detrimental impact that domestic violence can "
    "have on his son's physical and emotional wellbeing.",
    "Mum will complete the Freedom Programme and be able to tell Priya three signs of an "
    "abusive relationship.",
    "Sarah will complete the Triple P course and use the reward chart with Jimmy every evening.",
    # Buckinghamshire SchoolsWeb, writing outcomes in EHC plans
    "By the end of the school year, the child will participate in a weekly 30-minute social "
    "skills group, demonstrating the ability to initiate and maintain a conversation with peers "
    "at least three times per session.",
    "Mum will attend the Freedom Programme so that she can explain to Jimmy why Dad left.",
    "Jimmy will attend school every day.",
    "Jimmy will attend nursery three mornings a week.",
    "Tom will attend all contact sessions with Jimmy.",
    "Sarah will take Jimmy to all his hospital appointments.",
    "Sarah will attend the baby clinic with Jimmy every month so he is weighed.",
    "Jimmy will go to the eczema clinic at the hospital every three months.",
    "Jimmy will go to the youth club on Friday evenings.",
    "Mum will attend every core group meeting.",
    "If Mum completes the course, Priya will end the plan at the review.",
]

ACTION_FLAGS = [
    (
        "Sarah attending 10 sessions of a parenting programme.",
        "attending 10 sessions of a parenting programme",
    ),
    ("Tom to attend the Caring Dads programme.", "attend the Caring Dads programme"),
    ("Mum to engage with Change Grow Live.", None),
    ("Mum to access counselling.", "access counselling"),
]

ACTION_PASSES = [
    "Sarah to attend the Triple P course so that she can learn two ways to calm Jimmy at bedtime.",
    "Tom to attend the Caring Dads programme and use what he learns to plan calm contact "
    "with Jimmy.",
    "Priya will book Tom onto the Caring Dads programme.",
    "Take Jimmy to school every morning by 8.45am.",
]


@pytest.mark.parametrize(("text", "span"), OUTCOME_FLAGS)
def test_outcome_flags(text: str, span: str) -> None:
    assert _flagged(text, OUTCOME) == [span]


@pytest.mark.parametrize("text", OUTCOME_PASSES)
def test_outcome_passes(text: str) -> None:
    assert _flagged(text, OUTCOME) == []


@pytest.mark.parametrize(("text", "span"), [f for f in ACTION_FLAGS if f[1]])
def test_action_flags_when_no_outcome_names_the_change(text: str, span: str) -> None:
    assert _flagged(text, ACTION, VAGUE_OUTCOME) == [span]
    assert _flagged(text, ACTION, ATTENDANCE_OUTCOME) == [span]


@pytest.mark.parametrize("text", [f[0] for f in ACTION_FLAGS])
def test_action_passes_when_the_outcome_names_the_change(text: str) -> None:
    assert _flagged(text, ACTION, CLEAR_OUTCOME) == []


@pytest.mark.parametrize("text", ACTION_PASSES)
def test_action_passes(text: str) -> None:
    assert _flagged(text, ACTION, VAGUE_OUTCOME) == []


def test_a_local_programme_can_be_added() -> None:
    config = Config(rules={RULE.slug: RuleSettings(add=(Term("Change Grow Live"),))})
    checker = Checker(config=config, rules=[RULE])
    text = "Mum to engage with Change Grow Live."
    found = checker.check_field(VAGUE_OUTCOME, ACTION, text)
    assert [f.text for f in found] == ["engage with Change Grow Live"]
    assert _flagged(text, ACTION, VAGUE_OUTCOME) == []


def test_suggestions_point_at_the_change() -> None:
    (finding,) = CHECKER.check_field(
        VAGUE_OUTCOME, OUTCOME, "Mr Brown will attend eight sessions with a DV project."
    )
    assert "will be able to explain to me" in (finding.suggestion or "")
    (finding,) = CHECKER.check_field(
        VAGUE_OUTCOME, ACTION, "Tom to attend the Caring Dads programme."
    )
    assert "so that" in (finding.suggestion or "")


@pytest.mark.parametrize(
    "text",
    [
        "Tom will ATTEND a parenting course.",
        "Tom will attend a parenting course at the Café.",
        "Tom will ATTEND a PARENTING COURSE at the CAFÉ.",
    ],
)
def test_the_attending_verb_is_found_in_any_case_and_any_script(text: str) -> None:
    """The verb is looked for in lower case first (quicker), and case-blind otherwise."""
    assert _flagged(text, OUTCOME) == [text.removeprefix("Tom will ").rstrip(".")]


def test_the_attending_verbs_are_written_in_lower_case() -> None:
    """They are first looked for in the lower-cased text, where a capital would never match."""
    assert _ATTEND_VERB.lower() == _ATTEND_VERB
