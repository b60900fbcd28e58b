"""process-contingency on contingency plans as they are written: processes alone are flagged,
plans that name the family's network and what it will do are not, even beside a process.

The example plan's family: Jimmy Smith (the child), Sarah Smith (mother), Tom Smith
(father), Jean Jones (maternal grandmother); professionals: Dr Asha Patel, Ann March, Priya
Shah (social worker).
"""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.wording.process_contingency import RULE, names_network_action

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _findings(text: str) -> list[Finding]:
    return CHECKER.check_field(PLAN, "contingency", text)


FLAGGED = [
    # Seed 003's own examples.
    "The Local Authority will take the case to an Initial Child Protection Conference.",
    "The case will be presented to Legal Gateway Panel.",
    "Identify another foster placement.",
    # Processes as plans name them.
    "If the plan is not followed, an ICPC will be convened.",
    "Legal advice will be sought.",
    "Legal planning meeting.",
    "If there is no improvement the case will be escalated to a legal planning meeting.",
    "Escalate to PLO.",
    "Pre-proceedings will be considered.",
    "Care proceedings will be initiated.",
    "Consideration will be given to an application to the court.",
    "Step up to child protection.",
    "The plan will be stepped up to Child Protection if concerns increase.",
    "A strategy discussion will be held.",
    "Section 47 enquiries will be undertaken.",
    "The children may need to become looked after under section 20.",
    "Alternative carers will be explored; if none are found, care proceedings.",
    "Consider an emergency protection order.",
    "Re-refer to Children's Social Care.",
    "An early review will be held.",
    "A Family Group Conference will be arranged.",
    # The family appears only in the condition, or only as the one acted upon.
    "If Sarah is unwell, a strategy discussion will be held.",
    "Should Mum relapse, the case will go to legal gateway panel.",
    "If Tom returns to the home, Priya Shah will convene a strategy meeting.",
    "Sarah will be referred to ICPC.",
    "If Sarah will not work with the plan, the case will be escalated.",
    "Dr Patel will escalate to the safeguarding lead.",
]

NOT_FLAGGED = [
    # The example plan's contingency.
    "If Sarah is unwell, Jean Jones will look after Jimmy at her home and put on his cream "
    "each morning and night.",
    # Network people acting, with or without a process after them.
    "If Sarah drinks, Jean (maternal grandmother) will collect Jimmy. If the worries continue "
    "the case will go to a legal planning meeting.",
    "Jean Jones, Jimmy's grandmother, has agreed to care for Jimmy if Sarah goes into "
    "hospital; a strategy discussion may follow.",
    "Should Mum become unwell, Dad will look after Jimmy and take him to school.",
    "Tom has agreed to have Jimmy at weekends if Sarah goes into hospital.",
    "Jimmy knows to ring his nan if Mum is asleep and he cannot wake her.",
    "Jimmy will stay with his grandmother until Sarah is well enough; the plan will then be "
    "reviewed.",
    "Jimmy can go to Jean's house after school if nobody is home.",
    "The grandparents are alternative carers should Mum become unwell; otherwise ICPC.",
    "Maternal grandmother to collect Jimmy if Sarah has been drinking; escalate to the team "
    "manager if this happens twice.",
    "If Sarah relapses, she will ring Jean and the case will be escalated.",
    "Mum and Dad will ask Jean to have Jimmy before a legal planning meeting is needed.",
    "Carol will have Jimmy; if not, ICPC.",
    # No process named at all: not this rule's business.
    "Jimmy will be kept safe.",
    "",
]


@pytest.mark.parametrize("text", FLAGGED)
def test_flags(text: str) -> None:
    findings = _findings(text)
    assert len(findings) == 1, f"should flag {text!r}"
    assert findings[0].path == "contingency"


@pytest.mark.parametrize("text", NOT_FLAGGED)
def test_does_not_flag(text: str) -> None:
    assert _findings(text) == [], f"should not flag {text!r}"


def test_the_most_telling_process_is_quoted() -> None:
    (finding,) = _findings("If Sarah cannot keep Jimmy safe, the case will go to ICPC.")
    assert finding.text == "the case will go to ICPC"  # every process word is marked
    assert "('ICPC')" in finding.message  # the most telling one is named


def test_a_review_conference_is_named_before_the_plan_it_reviews() -> None:
    # Wirral Safeguarding Children Partnership's contingency, word for word.
    (finding,) = _findings(
        "If the Child Protection Plan is not successful in achieving these objectives, an early "
        "Child Protection Review Conference must be convened;"
    )
    assert "('early Child Protection Review Conference')" in finding.message


def test_the_suggestion_uses_the_plans_people() -> None:
    (finding,) = _findings("Escalate to PLO.")
    assert finding.suggestion == (
        "Say who in Jimmy's family and network will step in and what they will do, e.g. "
        "'If Sarah cannot care for Jimmy, Jean Jones will look after Jimmy at home'. "
        "The process can stay as a later step."
    )


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("Jean Jones will look after Jimmy.", True),
        ("Jean to look after Jimmy.", True),
        ("If Jean is away, the case will be escalated.", False),
        ("Priya Shah will look after the referral.", False),  # a professional
        ("Sarah will not be able to care for Jimmy.", False),
        ("Sarah will be invited to the conference.", False),
        ("Jimmy will be looked after by Jean.", True),
        ("Dad, who will collect Jimmy from school.", True),
    ],
)
def test_who_acts(text: str, acts: bool) -> None:
    assert names_network_action(text, PLAN) is acts
