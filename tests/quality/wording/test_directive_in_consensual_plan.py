"""directive-in-consensual-plan: directions in voluntary plans, not in others, not the family's
own ideas, and not a family's own safety steps."""

from __future__ import annotations

import pytest

from childplan.plan.model import Plan
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.wording.directive_in_consensual_plan import RULE

CHECKER = Checker(rules=[RULE])


def _plan(fragment: str | None = None) -> Plan:
    return example_plan(RULE, Example(plan=fragment))


CHILD_IN_NEED = _plan()


def _flagged(text: str, field: str = "action", plan: Plan = CHILD_IN_NEED) -> list[str]:
    return [f.text for f in CHECKER.check_field(plan, FIELD_PATHS[field], text)]


FLAGS = [
    # seed 003, "Appropriate use of authority", word for word
    ("Dad will not live in the family", "will not live in the family"),
    ("Dad will not live in the household.", "will not live in the household"),
    # a written agreement's "what we need you to do" (a council's model agreement)
    ("Live somewhere else", "Live somewhere else"),
    ("Dad will live somewhere else.", "will live somewhere else"),
    ("Dad will not live in the family home.", "will not live in the family home"),
    ("Dad will leave the family home.", "will leave the family home"),
    (
        "All contact between Tom and Jimmy will be supervised by Jean.",
        "All contact between Tom and Jimmy will be supervised",
    ),
    ("Tom must not have contact with Jimmy until the review.", "must not have contact"),
    ("Tom to leave the family home by 9 November 2026.", "to leave the family home"),
    (
        "Jimmy will have no unsupervised contact with his father.",
        "will have no unsupervised contact",
    ),
    ("Tom is not allowed to stay overnight at the house.", "not allowed to stay overnight"),
    (
        "Tom will not return to the family home while the assessment is completed.",
        "will not return to the family home",
    ),
    ("Contact with Dad to be supervised at all times.", "Contact with Dad to be supervised"),
    ("Dad is not permitted to see the children.", "not permitted to see the children"),
    ("Dad will move out of the family home.", "will move out of the family home"),
    ("Mr Smith must not be left alone with the baby.", "must not be left alone with the baby"),
    ("There will be no contact between Tom and Jimmy.", "There will be no contact"),
    ("Dad will only have supervised contact at the family centre.", "only have supervised contact"),
    ("Jean will supervise all contact between Tom and the children.", "supervise all contact"),
    ("Mum must not allow Dad into the house.", "must not allow Dad into the house"),
    ("Sarah will not let Tom into the house.", "will not let Tom into the house"),
    ("Tom is not to have any contact with Sarah or the children.", "is not to have any contact"),
    ("Dad is prohibited from visiting the family home.", "prohibited from visiting"),
]

PASSES = [
    "Because Mum and Dad live apart, Jimmy will stay with Dad at weekends.",
    "Sarah cannot collect Jimmy on Tuesdays, so Jean will.",
    "Sarah to leave the house by 8.15am so Jimmy gets to school on time.",
    "Tom will not come home drunk.",
    "Priya will not contact the school without Sarah's agreement.",
    "Priya will not visit on Fridays.",
    "Jimmy will not live in fear of his dad's temper.",
    "Tom will not care for Jimmy on his own when he has been drinking.",
    "Sarah cannot see how to get to the surgery without a car.",
    "At Sarah's request, Jean will supervise Tom's time with Jimmy.",
    "Sarah has asked that Tom does not stay overnight while he is drinking.",
    "Tom will leave the room and go for a walk when he feels angry.",
    "If Tom has been drinking, Sarah will ask Jean to look after Jimmy.",
    "Jimmy will see his dad every Saturday at the park.",
    "Jimmy will spend time with his dad every Saturday.",
    "Sarah will not leave Jimmy alone in the bath.",
    "Jimmy will not be left alone with the dog.",
    "Sarah will not let Jimmy play out after 8pm.",
    "Tom will be alcohol-free whenever he has sole care of Jimmy.",
]


@pytest.mark.parametrize(("text", "words"), FLAGS)
def test_flags_in_a_child_in_need_plan(text: str, words: str) -> None:
    assert _flagged(text) == [words]


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


@pytest.mark.parametrize("plan_type", ["early_help", "family_help", "child_in_need"])
def test_every_voluntary_plan_is_checked(plan_type: str) -> None:
    plan = _plan(f"type: {plan_type}")
    assert _flagged("Dad will not live in the family home.", plan=plan)


@pytest.mark.parametrize(
    "plan_type", ["child_protection", "looked_after", "pathway", "interim_safety"]
)
def test_other_plans_may_give_directions(plan_type: str) -> None:
    plan = _plan(f"type: {plan_type}")
    for text, _ in FLAGS:
        assert _flagged(text, plan=plan) == []


def test_outcomes_are_read_and_other_fields_are_not() -> None:
    assert _flagged("Jimmy will have no contact with Tom.", "outcome")
    assert not any(RULE.reads(field) for field in ("reason", "contingency", "bottom_lines"))


FAMILY_PROPOSED = """
needs:
  - reason: "Jimmy is frightened when his parents argue."
    outcomes:
      - outcome: "Tom will not live in the family home while he is drinking."
        family_proposed: {outcome}
        actions:
          - action: "Tom will not stay overnight at the house until the review."
            who: Tom Smith
            when: 2026-11-09
            family_proposed: {action}
"""


def test_a_step_the_family_proposed_is_not_flagged() -> None:
    both = _plan(FAMILY_PROPOSED.format(outcome="true", action="true"))
    assert CHECKER.check(both) == []
    neither = _plan(FAMILY_PROPOSED.format(outcome="false", action="false"))
    assert {f.path for f in CHECKER.check(neither)} == {
        "needs[0].outcomes[0].outcome",
        "needs[0].outcomes[0].actions[0].action",
    }
    only_outcome = _plan(FAMILY_PROPOSED.format(outcome="true", action="false"))
    assert [f.path for f in CHECKER.check(only_outcome)] == [
        "needs[0].outcomes[0].actions[0].action"
    ]


def test_a_new_field_being_typed_is_checked() -> None:
    found = CHECKER.check_field(
        CHILD_IN_NEED, "needs[0].outcomes[3].actions[7].action", "Dad must move out."
    )
    assert [f.text for f in found] == ["must move out"]


def test_suggestion_names_the_plan_the_child_and_the_way_forward() -> None:
    (finding,) = CHECKER.check_field(
        CHILD_IN_NEED, FIELD_PATHS["action"], "Dad will not live in the family home."
    )
    assert finding.severity.name == "ERROR"
    assert finding.suggestion is not None
    assert "Child in Need plan" in finding.suggestion
    assert "Jimmy" in finding.suggestion
    assert "family_proposed" in finding.suggestion
