"""Reading 'who will do this' against a plan's people, on who-texts as practitioners write
them in Child in Need, Child Protection and Early Help plans.

The plan is the example plan: Jimmy Smith (the child), Sarah Smith (mother), Tom Smith
(father), Jean Jones (maternal grandmother), Dr Asha Patel (GP, Hill Street Surgery), Ann March
(Head of Year 2, Park Primary School) and Priya Shah (social worker, Northtown Children's
Services).
"""

from __future__ import annotations

import pytest

from childplan.plan.model import Person
from childplan.quality.examples import example_plan
from childplan.quality.owners import (
    CHILDRENS,
    EDUCATION,
    FAMILY_WORDS,
    HEALTH,
    Owner,
    family_word,
    mentions,
    owner_of,
    role_of,
    sector_of,
)
from childplan.quality.rule import Example
from childplan.quality.rules.wording.owner_not_named import RULE

PLAN = example_plan(RULE, Example())
PEOPLE = {person.name: person for person in PLAN.people}


def _person(owner: Owner) -> str | None:
    return owner.person.name if owner.person else None


# (who, kind, the person of the plan it names or None)
NAMED = [
    ("Sarah Smith", "named", "Sarah Smith"),
    ("Sarah", "named", "Sarah Smith"),
    ("sarah", "named", "Sarah Smith"),
    ("sarah smith", "named", "Sarah Smith"),
    ("Sarah Smith (mother)", "named", "Sarah Smith"),
    ("Sarah Smith (Mum)", "named", "Sarah Smith"),
    ("Sarah (mum)", "named", "Sarah Smith"),
    ("Sarah Smith / Mum", "named", "Sarah Smith"),
    ("Mum / Sarah", "family_role", "Sarah Smith"),
    ("Tom Smith, father", "named", "Tom Smith"),
    ("Dad (Tom)", "named", "Tom Smith"),
    ("Jean Jones (maternal grandmother)", "named", "Jean Jones"),
    ("Grandma Jean", "named", "Jean Jones"),
    ("Dr Patel", "named", "Dr Asha Patel"),
    ("Dr Asha Patel", "named", "Dr Asha Patel"),
    ("Asha Patel", "named", "Dr Asha Patel"),
    ("Dr Patel (GP)", "named", "Dr Asha Patel"),
    ("Mrs March", "named", "Ann March"),
    ("Mrs March, Head of Year 6", "named", "Ann March"),
    ("Mrs March; Head of year 6", "named", "Ann March"),
    ("Head of Year 6 (Mrs March)", "named", "Ann March"),
    ("School (Mrs March)", "named", "Ann March"),
    ("school - Mrs March", "named", "Ann March"),
    ("Ann March – Head of Year 2", "named", "Ann March"),
    ("Priya Shah", "named", "Priya Shah"),
    ("Priya", "named", "Priya Shah"),
    ("Ms Shah", "named", "Priya Shah"),
    ("Priya Shah (SW)", "named", "Priya Shah"),
    ("Social Worker – Priya Shah", "named", "Priya Shah"),
    ("Priya Shah/social worker", "named", "Priya Shah"),
    ("Jimmy", "named", None),
    ("Jimmy Smith", "named", None),
    # Not in the plan's people, but a named person all the same.
    ("Lisa Brown, Family Support Worker", "named", None),
    ("Lisa Brown (Family Support Worker)", "named", None),
    ("Family Support Worker - Lisa Brown", "named", None),
    ("Health Visitor Julie", "named", None),
    ("Health Visitor Julie Hart", "named", None),
    ("SENCO - Miss Khan", "named", None),
    ("Miss Khan", "named", None),
    ("Mrs Jones", "named", "Jean Jones"),
    ("PC Harris", "named", None),
    ("Kim Lee (PA)", "named", None),
    ("Personal Adviser - Kim Lee", "named", None),
    ("YOT worker Dan", "named", None),
    ("Dan (YOT)", "named", None),
    ("Lisa from Barnardo's", "named", None),
    ("Jo at Park School", "named", None),
    ("Auntie Carol", "named", None),
    ("Carol Jones, maternal aunt", "named", None),
    ("Mum's partner Dave", "named", None),
    ("Sarah's sister Jean", "named", "Jean Jones"),
    ("Dr Smith", "named", None),
    # A unique family role tied to the child.
    ("Mum", "family_role", "Sarah Smith"),
    ("mum", "family_role", "Sarah Smith"),
    ("Mam", "family_role", "Sarah Smith"),
    ("Mother", "family_role", "Sarah Smith"),
    ("Birth mother", "family_role", "Sarah Smith"),
    ("Jimmy's mother", "family_role", "Sarah Smith"),
    ("Jimmy’s mum", "family_role", "Sarah Smith"),
    ("his mum", "family_role", "Sarah Smith"),
    ("Dad", "family_role", "Tom Smith"),
    ("Father", "family_role", "Tom Smith"),
    ("Jimmy's dad", "family_role", "Tom Smith"),
    ("maternal grandmother", "family_role", "Jean Jones"),
    ("Jimmy's nan", "family_role", "Jean Jones"),
    ("Nan", "family_role", "Jean Jones"),
    ("paternal grandmother", "family_role", None),
    ("paternal grandfather", "family_role", None),
    ("stepdad", "family_role", None),
    ("Step-Dad", "family_role", None),
    ("Mum's partner", "family_role", None),
    ("Sarah's mother", "family_role", None),
    ("maternal aunt", "family_role", None),
    ("older brother", "family_role", None),
    ("Family friend", "family_role", None),
    ("foster carer", "family_role", None),
    ("the child", "family_role", None),
    ("Young person", "family_role", None),
]

# (who, kind): not one named person.
NOT_NAMED = [
    ("school", "organisation"),
    ("School", "organisation"),
    ("the school", "organisation"),
    ("nursery", "organisation"),
    ("college", "organisation"),
    ("CAMHS", "organisation"),
    ("police", "organisation"),
    ("Police", "organisation"),
    ("Health", "organisation"),
    ("Education", "organisation"),
    ("Housing", "organisation"),
    ("the surgery", "organisation"),
    ("GP surgery", "organisation"),
    ("A&E", "organisation"),
    ("Hill Street Surgery", "organisation"),
    ("Park Primary School", "organisation"),
    ("St Mary's Primary", "organisation"),
    ("Early Help Team", "organisation"),
    ("Early Help and Prevention Team", "organisation"),
    ("Children and Families Service", "organisation"),
    ("Drug and Alcohol Service", "organisation"),
    ("Northtown Children's Services", "organisation"),
    ("Children's Social Care", "organisation"),
    ("Social Care", "organisation"),
    ("The Local Authority", "organisation"),
    ("LA", "organisation"),
    ("MASH", "organisation"),
    ("Barnardo's", "organisation"),
    ("Women's Aid", "organisation"),
    ("Home-Start", "organisation"),
    ("Action for Children", "organisation"),
    ("NSPCC", "organisation"),
    ("Young Carers", "organisation"),
    ("health visitor", "role"),
    ("Health Visitor", "role"),
    ("HV", "role"),
    ("social worker", "role"),
    ("Social Worker", "role"),
    ("the allocated social worker", "role"),
    ("SW", "role"),
    ("Jimmy's social worker", "role"),
    ("schoolteacher", "role"),
    ("teacher", "role"),
    ("class teacher", "role"),
    ("Year 6 teacher", "role"),
    ("Jimmy's teacher", "role"),
    ("Head of Year 6", "role"),
    ("Headteacher", "role"),
    ("SENCO", "role"),
    ("DSL", "role"),
    ("Designated Safeguarding Lead", "role"),
    ("GP", "role"),
    ("the GP", "role"),
    ("Jimmy's GP", "role"),
    ("Dr", "role"),
    ("school nurse", "role"),
    ("Midwife", "role"),
    ("Consultant Paediatrician", "role"),
    ("Speech and Language Therapist", "role"),
    ("Family Support Worker", "role"),
    ("FSW", "role"),
    ("Lead Professional", "role"),
    ("key worker", "role"),
    ("IRO", "role"),
    ("Independent Reviewing Officer", "role"),
    ("PA", "role"),
    ("Housing officer", "role"),
    ("Probation officer", "role"),
    ("IDVA", "role"),
    ("professionals", "group"),
    ("All professionals", "group"),
    ("Professionals involved", "group"),
    ("agencies", "group"),
    ("All agencies", "group"),
    ("all", "group"),
    ("All", "group"),
    ("everyone", "group"),
    ("Everyone at the meeting", "group"),
    ("parents", "group"),
    ("both parents", "group"),
    ("the family", "group"),
    ("Family", "group"),
    ("Core group", "group"),
    ("All core group members", "group"),
    ("The core group", "group"),
    ("TAF", "group"),
    ("Foster carers", "group"),
    ("we", "group"),
    ("Sarah Smith and Dr Patel", "several"),
    ("Mum and Dad", "several"),
    ("Mum & Dad", "several"),
    ("Mum/Dad", "several"),
    ("Mum or Dad", "several"),
    ("Mr and Mrs Smith", "several"),
    ("Sarah and Tom", "several"),
    ("Sarah & Tom Smith", "several"),
    ("Sarah Smith, Tom Smith", "several"),
    ("Sarah, Tom and Jean", "several"),
    ("Mum and Dad (Sarah and Tom)", "several"),
    ("Priya Shah (SW) and Sarah", "several"),
    ("Social worker and family", "several"),
    ("SW & FSW", "several"),
    ("Jimmy and Mum", "several"),
    ("parents/carers", "several"),
    ("Mrs March and school staff", "several"),
    ("TBC", "unassigned"),
    ("tbc", "unassigned"),
    ("To be confirmed", "unassigned"),
    ("N/A", "unassigned"),
    ("?", "unassigned"),
    ("someone from school", "unassigned"),
    ("", "unassigned"),
    ("   ", "unassigned"),
]


@pytest.mark.parametrize(("who", "kind", "person"), NAMED)
def test_named_owners(who: str, kind: str, person: str | None) -> None:
    owner = owner_of(who, PLAN)
    assert (owner.kind, _person(owner)) == (kind, person)
    assert owner.is_named


@pytest.mark.parametrize(("who", "kind"), NOT_NAMED)
def test_owners_that_are_not_one_named_person(who: str, kind: str) -> None:
    owner = owner_of(who, PLAN)
    assert owner.kind == kind
    assert not owner.is_named


@pytest.mark.parametrize(
    ("who", "side", "sector"),
    [
        ("Sarah Smith", "family", None),
        ("Mum", "family", None),
        ("Jimmy", "family", None),
        ("maternal grandmother", "family", None),
        ("Mum and Dad", "family", None),
        ("parents", "family", None),
        ("Dr Patel", "professional", HEALTH),
        ("Mrs March", "professional", EDUCATION),
        ("Priya Shah", "professional", CHILDRENS),
        ("Lisa Brown, Family Support Worker", "professional", CHILDRENS),
        ("Health Visitor Julie", "professional", HEALTH),
        ("school", "professional", EDUCATION),
        ("GP", "professional", HEALTH),
        ("Hill Street Surgery", "professional", HEALTH),
        ("social worker", "professional", CHILDRENS),
        ("Early Help Team", "professional", CHILDRENS),
        ("police", "professional", "police"),
        ("Lisa from Barnardo's", "professional", None),
        ("Sarah Smith and Dr Patel", None, None),
        ("everyone", None, None),
        ("Miss Khan", None, None),
    ],
)
def test_side_and_sector(who: str, side: str | None, sector: str | None) -> None:
    owner = owner_of(who, PLAN)
    assert (owner.side, owner.sector) == (side, sector)


def test_agency_of_a_professional_in_the_plan() -> None:
    owner = owner_of("Dr Patel", PLAN)
    assert owner.agency == "Hill Street Surgery"
    assert owner.agency_key == HEALTH
    assert owner_of("Lisa from Barnardo's", PLAN).agency_key == "barnardo's"


def test_the_child_is_the_child() -> None:
    assert owner_of("Jimmy", PLAN).is_child
    assert owner_of("the child", PLAN).is_child
    assert not owner_of("Jimmy's mother", PLAN).is_child


def test_several_lists_each_owner_once() -> None:
    owner = owner_of("Sarah, Tom and Jean", PLAN)
    assert [_person(part) for part in owner.parts] == ["Sarah Smith", "Tom Smith", "Jean Jones"]
    assert [_person(p) for p in owner_of("Mum and Dad (Sarah and Tom)", PLAN).parts] == [
        "Sarah Smith",
        "Tom Smith",
    ]
    assert owner_of("Sarah Smith", PLAN).owners() == (owner_of("Sarah Smith", PLAN),)


@pytest.mark.parametrize(
    ("who", "main", "helper"),
    [
        ("Mum, supported by Lisa Brown", "Sarah Smith", "Lisa Brown"),
        ("Mum with help from Jean", "Sarah Smith", "Jean"),
        ("Sarah Smith (with support from Priya Shah)", "Sarah Smith", "Priya Shah"),
        ("Sarah, helped by Jean Jones", "Sarah Smith", "Jean Jones"),
        # the ways a helper is written after the owner, with what they will do
        ("Sarah, Lisa Brown to help", "Sarah Smith", "Lisa Brown"),
        ("Sarah Smith (Jean Jones to drive her)", "Sarah Smith", "Jean Jones"),
        ("Sarah - Jean Jones goes with her", "Sarah Smith", "Jean Jones"),
    ],
)
def test_helpers_are_not_owners(who: str, main: str, helper: str) -> None:
    owner = owner_of(who, PLAN)
    assert owner.is_named and _person(owner) == main
    assert [h.text for h in owner.helpers] == [helper]


@pytest.mark.parametrize(
    ("who", "person"),
    [
        ("Jimmy's mother will make an appointment within the next five days", "Sarah Smith"),
        ("Mum to ring the GP", "Sarah Smith"),
        ("Sarah by 9 November", "Sarah Smith"),
        ("Who: Tom Smith", "Tom Smith"),
        ("Dr Patel - by Friday 4 December 2026", "Dr Asha Patel"),
    ],
)
def test_what_and_when_after_the_owner_are_ignored(who: str, person: str) -> None:
    assert _person(owner_of(who, PLAN)) == person


def test_local_services_with_names_like_people() -> None:
    assert owner_of("Compass", PLAN).kind == "named"
    assert owner_of("Compass", PLAN, services=["Compass"]).kind == "organisation"
    assert owner_of("Barnardo's", PLAN, services=[]).kind != "organisation"


def test_a_surname_shared_with_the_plan_is_not_that_person() -> None:
    assert owner_of("Carol Jones", PLAN).person is None


def test_a_title_tells_apart_the_people_who_share_a_surname() -> None:
    # Sarah (mother), Tom (father) and Jimmy are all Smiths: the title says which one.
    assert _person(owner_of("Mrs Smith", PLAN)) == "Sarah Smith"
    assert _person(owner_of("Ms Smith", PLAN)) == "Sarah Smith"
    assert _person(owner_of("Mr Smith", PLAN)) == "Tom Smith"
    assert owner_of("Dr Smith", PLAN).person is None  # no title says who a doctor is
    two_women = example_plan(
        RULE,
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Ann Smith, relationship: paternal grandmother}]"
        ),
    )
    assert owner_of("Mrs Smith", two_women).person is None


def test_family_and_role_words() -> None:
    assert family_word("maternal grandmother") == "grandmother"
    assert family_word("Nan") == "grandmother"
    assert family_word("mother's partner") == "partner"
    assert family_word("Head of Year 2") is None
    assert role_of("Health Visitor") == "health visitor"
    assert role_of("GP") == "GP"
    assert role_of("Jimmy's mother") is None
    assert sector_of("Hill Street Surgery") == HEALTH
    assert sector_of("Park Primary School") == EDUCATION
    assert sector_of("Northtown Children's Services") == CHILDRENS
    assert sector_of("Women's Aid") is None


def test_a_plan_with_a_titled_person() -> None:
    plan = PLAN.__class__(
        **{**PLAN.__dict__, "people": (*PLAN.people, Person("Mrs Khan", role="SENCO"))}
    )
    assert _person(owner_of("Mrs Khan", plan)) == "Mrs Khan"
    assert owner_of("SENCO - Mrs Khan", plan).person is not None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("If Sarah is unwell, Jean Jones will look after Jimmy.", ["Sarah", "Jean Jones", "Jimmy"]),
        ("Jimmy will stay with his nan.", ["Jimmy", "his nan"]),
        ("Mum and Dad will ring Dr Patel.", ["Mum", "Dad", "Dr Patel"]),
        ("Auntie Carol will collect him.", ["Auntie", "Carol"]),
        ("The case will be presented to Legal Gateway Panel.", []),
        ("Sarah's sister will help.", ["Sarah's sister"]),
        # Names, titles and family words are looked for only where their words are in the
        # text (in any case), and family words in lower case unless the text is not ASCII.
        ("MRS SMITH and Dr Patel will meet.", ["MRS SMITH", "Dr Patel"]),
        ("His NAN will collect him from the café.", ["His NAN"]),
    ],
)
def test_mentions_in_longer_text(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in mentions(text, PLAN)] == found


def test_mentions_know_professionals() -> None:
    (patel,) = mentions("Dr Patel will see Jimmy's skin.", PLAN)[:1]
    assert patel.owner.is_professional


def test_family_words_are_written_in_lower_case() -> None:
    """Family words are first looked for in the lower-cased text (quicker than ignoring
    case): a capital in one of their patterns would never be found there."""
    assert all(pattern == pattern.lower() for _, pattern in FAMILY_WORDS)
