"""owner-not-named on 'who will do this' cells as practitioners write them, and the
suggestions it computes from the plan's people.

The example plan lists Sarah Smith (mother), Tom Smith (father), Jean Jones (maternal
grandmother), Dr Asha Patel (GP), Ann March (Head of Year 2) and Priya Shah (social worker).
"""

from __future__ import annotations

import dataclasses

import pytest

from childplan.plan.model import Person, Plan
from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.wording.owner_not_named import CHOOSE_ONE, NAME_ONE, RULE
from childplan.quality.terms import Term

WHO = "needs[0].outcomes[0].actions[0].who"
PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _findings(text: str, plan: Plan = PLAN, checker: Checker = CHECKER) -> list[Finding]:
    return checker.check_field(plan, WHO, text)


FLAGGED = [
    # Everyone with the job is no one in particular (written agreements, safety plans,
    # pathway plans and a child safeguarding practice review, quoted in turn).
    "Social workers",
    "Child Safety workers",
    "health visitors",
    "school nurses",
    "Family Support Workers",
    "the contact supervisors",
    "the supervisor",
    "GPs",
    "Leaving Care Personal Advisor",
    "Hospital Safeguarding Lead Midwife",
    "the referrer",
    "SSD",
    "Children Social Care team",
    # A friend or a neighbour is one of several: which one?
    "Mum's friend",
    "a family friend",
    "the mother's friend",
    "a neighbour",
    # A provider is a service, whoever runs it (an early intervention plan's "provider").
    "provider",
    "Early years provider",
    "the childcare provider",
    "Nursery provider",
    # Seed 001 and 003's own examples, and RULES.md's list.
    "school",
    "health visitor",
    "social worker",
    "schoolteacher",
    "GP",
    "professionals",
    "agencies",
    "all",
    "everyone",
    "parents",
    # Job titles as they appear in real plans.
    "Social Worker",
    "SW",
    "HV",
    "the allocated social worker",
    "Jimmy's social worker",
    "class teacher",
    "Year 6 teacher",
    "Head of Year 6",
    "SENCO",
    "DSL",
    "Headteacher",
    "school nurse",
    "Midwife",
    "Family Support Worker",
    "FSW",
    "Lead Professional",
    "key worker",
    "IRO",
    "Personal Adviser",
    "Housing officer",
    "Probation officer",
    "IDVA",
    "Consultant Paediatrician",
    "Speech and Language Therapist",
    # Agencies, services and teams.
    "School",
    "the school",
    "nursery",
    "CAMHS",
    "police",
    "Health",
    "Education",
    "Housing",
    "GP surgery",
    "the surgery",
    "Hill Street Surgery",
    "Park Primary School",
    "Early Help Team",
    "Children and Families Service",
    "Children's Social Care",
    "The Local Authority",
    "Women's Aid",
    "Barnardo's",
    "NSPCC",
    "MASH",
    # Groups.
    "All professionals",
    "All agencies",
    "Professionals involved",
    "Core group",
    "All core group members",
    "Everyone at the meeting",
    "the family",
    "both parents",
    "TAF",
    # Several owners.
    "Sarah Smith and Dr Patel",
    "Mum/Dad",
    "Mum and Dad",
    "Mum & Dad",
    "Mr and Mrs Smith",
    "Sarah and Tom",
    "Sarah, Tom and Jean",
    "Priya Shah (SW) and Sarah",
    "Social worker and family",
    "SW & FSW",
    "parents/carers",
    "Mrs March and school staff",
    "Jimmy and Mum",
    # Nobody yet.
    "TBC",
    "To be confirmed",
    "N/A",
    "someone from school",
]

NOT_FLAGGED = [
    "family friend Sue Lee",
    "Sue Lee (family friend)",
    "James Lewis",
    "Lucas",
    "Mrs Matthews",
    "Lisa Jones, nursery provider",
    # RULES.md's "not this" and the brief.
    "Mrs March, Head of Year 6",
    "Mrs March; Head of year 6",
    "Sarah Smith (mother)",
    "Jimmy's mother",
    "Mum",
    "Dad",
    "Dr Patel",
    "Jimmy",
    "Lisa Brown, Family Support Worker",
    # Named people, with or without a job or relationship.
    "Sarah Smith",
    "Sarah",
    "sarah",
    "Tom Smith, father",
    "Dad (Tom)",
    "Jean Jones",
    "Grandma Jean",
    "Dr Asha Patel",
    "Dr Patel (GP)",
    "Ann March",
    "Head of Year 6 (Mrs March)",
    "School (Mrs March)",
    "Priya Shah",
    "Priya Shah (SW)",
    "Social Worker – Priya Shah",
    "Health Visitor Julie Hart",
    "SENCO - Miss Khan",
    "Miss Khan",
    "PC Harris",
    "Kim Lee (PA)",
    "YOT worker Dan",
    "Lisa from Barnardo's",
    "Jo at Park School",
    "Auntie Carol",
    "Carol Jones, maternal aunt",
    "Mum's partner Dave",
    "Mrs Jones",
    # Unique family roles tied to the child.
    "mum",
    "Mother",
    "Birth mother",
    "Jimmy’s mum",
    "his mum",
    "Jimmy's dad",
    "Father",
    "maternal grandmother",
    "paternal grandmother",
    "Nan",
    "Jimmy's nan",
    "stepdad",
    "Mum's partner",
    "foster carer",
    "the child",
    "Young person",
    # One person written two ways.
    "Sarah Smith / Mum",
    "Mum / Sarah",
    "Priya Shah/social worker",
    # One owner and a helper.
    "Mum, supported by Lisa Brown",
    "Mum with help from Jean",
    "Sarah Smith (with support from Priya Shah)",
    # A seed-001 style sentence in the who box: the owner is its subject.
    "Jimmy's mother will make an appointment for him within the next five days",
    "Mum to ring the GP",
    # Empty: action-without-owner's finding, not this one.
    "",
]


@pytest.mark.parametrize("who", FLAGGED)
def test_flags(who: str) -> None:
    findings = _findings(who)
    assert len(findings) == 1, f"should flag {who!r}"
    assert findings[0].path == WHO


@pytest.mark.parametrize("who", NOT_FLAGGED)
def test_does_not_flag(who: str) -> None:
    assert _findings(who) == [], f"should not flag {who!r}"


@pytest.mark.parametrize(
    ("who", "suggestion"),
    [
        ("GP", "Write 'Dr Asha Patel (GP)'."),
        ("the GP", "Write 'Dr Asha Patel (GP)'."),
        ("social worker", "Write 'Priya Shah (social worker)'."),
        ("SW", "Write 'Priya Shah (social worker)'."),
        ("Hill Street Surgery", "Write 'Dr Asha Patel (GP)'."),
        ("school", "Write 'Ann March (Head of Year 2)'."),
        ("health visitor", NAME_ONE),
        ("professionals", NAME_ONE),
        ("everyone", NAME_ONE),
        ("TBC", NAME_ONE),
        ("Sarah Smith and Dr Patel", CHOOSE_ONE),
        ("Mum/Dad", CHOOSE_ONE),
        ("parents", CHOOSE_ONE),
    ],
)
def test_suggestions(who: str, suggestion: str) -> None:
    (finding,) = _findings(who)
    assert finding.suggestion == suggestion


def test_a_broad_job_title_asks_which_person() -> None:
    (finding,) = _findings("schoolteacher")
    assert finding.suggestion is not None
    assert "If Ann March (Head of Year 2) is the one who will do this" in finding.suggestion
    plan = dataclasses.replace(
        PLAN,
        people=(
            *PLAN.people,
            Person("Bilal Khan", role="SENCO", agency="Park Primary School"),
            Person("Rose Hill", role="form tutor", agency="Park Primary School"),
        ),
    )
    (finding,) = _findings("schoolteacher", plan)
    assert finding.suggestion == (
        "Which one of Ann March (Head of Year 2), Bilal Khan (SENCO) or Rose Hill (form tutor) "
        "will do this? Write that person's name."
    )


def test_two_people_with_the_job_title() -> None:
    plan = dataclasses.replace(
        PLAN, people=(*PLAN.people, Person("Dr Ben Cole", role="GP", agency="Hill Street Surgery"))
    )
    (finding,) = _findings("GP", plan)
    assert finding.suggestion == (
        "Which one of Dr Asha Patel (GP) or Dr Ben Cole (GP) will do this? "
        "Write that person's name."
    )


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("GP", "'GP' is a job title, not a named person."),
        ("school", "'school' is an organisation or service, not a named person."),
        ("everyone", "'everyone' is a group of people, not one named person."),
        ("Mum/Dad", "'Mum/Dad' names more than one person, so no one is clearly responsible."),
        ("TBC", "'TBC' does not say who will do this."),
        ("Social workers", "'Social workers' is a group of people, not one named person."),
        ("a family friend", "'a family friend' does not say which friend: there may be several."),
    ],
)
def test_messages_say_what_is_wrong(who: str, message: str) -> None:
    (finding,) = _findings(who)
    assert finding.message == message
    assert finding.text == who


def test_a_local_service_can_be_added() -> None:
    assert _findings("Compass") == []  # reads as a person's name
    config = Config(rules={"owner-not-named": RuleSettings(add=(Term("Compass"),))})
    assert len(_findings("Compass", checker=Checker(config, rules=[RULE]))) == 1


def test_a_built_in_service_can_be_removed() -> None:
    config = Config(rules={"owner-not-named": RuleSettings(remove=("Barnardo's",))})
    assert _findings("Barnardo's", checker=Checker(config, rules=[RULE])) == []
