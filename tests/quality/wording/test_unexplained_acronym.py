"""unexplained-acronym: the abbreviations of children's services, spelled out once per plan in
reading order; everyday ones, people's initials and capitals for emphasis left alone."""

from __future__ import annotations

import pytest

from childplan.plan.model import Plan
from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.wording.unexplained_acronym import RULE, TERMS

PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _flagged(text: str, field: str = "action", checker: Checker = CHECKER) -> list[str]:
    return [f.text for f in checker.check_field(PLAN, FIELD_PATHS[field], text)]


FLAGS = [
    ("Priya Shah (SW) will visit every two weeks.", ["SW"]),
    ("SW to complete C&F assessment by 4 December 2026.", ["SW", "C&F"]),
    ("HV to complete a developmental check on Lily.", ["HV"]),
    ("Name, Health Visitor, to contact the SENCO after each weekly visit.", ["SENCO"]),
    ("Referral to CAMHs for an ADHD assessment.", ["CAMHs"]),
    ("Ann March (SENCo) will meet Sarah on Fridays.", ["SENCo"]),
    ("Mum to attend DV programme.", ["DV"]),
    ("Jimmy's PEP will be reviewed at the next LAC review.", ["PEP", "LAC"]),
    ("The IRO will chair the CLA review on 10 March 2027.", ["IRO", "CLA"]),
    ("Jimmy has an EHCP and sees SALT weekly.", ["EHCP", "SALT"]),
    ("Jimmy's EHCPs are reviewed every year.", ["EHCPs"]),
    ("The PLO letter will be sent if there is no progress.", ["PLO"]),
    ("MGM to collect Jimmy on Mondays.", ["MGM"]),
    ("Jimmy is on a CP plan under the category of neglect.", ["CP"]),
    ("If things do not improve, an ICPC will be held.", ["ICPC"]),
    ("Ann March (DSL) will check in with Jimmy each morning.", ["DSL"]),
    ("Jimmy's name will go to the VPP for a school place.", ["VPP"]),
    ("Tom attends the DAPP at Respect.", ["DAPP"]),
    ("DV: Tom has hit Sarah twice this year.", ["DV"]),
    ("CAMHS (referral made in May) will see Jimmy.", ["CAMHS"]),
]

PASSES = [
    # explained after the word it goes with (a child's plan in a safeguarding review)
    "Priya to arrange another TAC meeting (team around the child).",
    "Dr Asha Patel (GP) will see Jimmy every month.",
    "Priya will refer Jimmy to the Child and Adolescent Mental Health Services (CAMHS).",
    "CAMHS (Child and Adolescent Mental Health Services) will see Jimmy.",
    "Health Visitor (HV) to weigh Lily every week; HV to ring Sarah after each visit.",
    "Ann March, Special Educational Needs Co-ordinator (SENCO), will meet Sarah.",
    "Sarah will go to the Freedom Programme at the domestic abuse (DA) service.",
    "Jimmy will be seen by Multi-Systemic Therapy (MST) every week.",
    "Sarah will ring 111 if Jimmy's skin bleeds; call 999 in an emergency.",
    "Sarah will attend the PAUSE programme.",
    "Jimmy will sit his SATs in May and brings his PE kit every Monday.",
    "Tom's ESA appointment is on Monday at the DWP office.",
    "Jimmy watches TV after school; the NHS app has his appointments.",
    "Jimmy goes to St Mary's CE Primary School.",
    "Sarah must NOT leave Jimmy ALONE in the bath.",
    "SARAH WILL TAKE JIMMY TO THE GP ON MONDAY MORNING.",
    "Jimmy has ADHD and takes his tablets every morning.",
    "Jimmy's cp and ot are lower case, so they are words, not acronyms.",
    "SS will take Jimmy to school every day.",  # Sarah Smith's initials
]


@pytest.mark.parametrize(("text", "words"), FLAGS)
def test_flags(text: str, words: list[str]) -> None:
    assert _flagged(text) == words


@pytest.mark.parametrize("text", PASSES)
def test_passes(text: str) -> None:
    assert _flagged(text) == []


def test_the_dictionary_is_broad() -> None:
    assert len(TERMS) >= 60
    assert all(term.replacement or term.suggestion for term in TERMS)


def test_suggestion_gives_the_expansion() -> None:
    (finding,) = CHECKER.check_field(PLAN, FIELD_PATHS["action"], "Refer Jimmy to CAMHS.")
    assert finding.suggestion == (
        "Write 'Child and Adolescent Mental Health Services'. You can add 'CAMHS' in brackets "
        "the first time, and use 'CAMHS' after that."
    )
    assert finding.severity.name == "WARNING"


def test_an_ambiguous_acronym_names_both_meanings() -> None:
    (finding,) = CHECKER.check_field(PLAN, FIELD_PATHS["action"], "SLT to review the timetable.")
    assert finding.suggestion is not None
    assert "Senior Leadership Team" in finding.suggestion
    assert "Speech and Language Therapy" in finding.suggestion


def test_child_views_keep_their_brand_names_but_not_professional_acronyms() -> None:
    assert _flagged("Jimmy loves MCFC and wants to go to CAMHS less.", "childs_views") == ["CAMHS"]


def _plan(fragment: str) -> Plan:
    return example_plan(RULE, Example(plan=fragment))


def test_only_the_first_use_in_reading_order_is_flagged() -> None:
    plan = _plan(
        """
childs_views: "Jimmy says he does not want to go to CAMHS."
worries:
  - "Jimmy has been waiting to see CAMHS since March."
"""
    )
    found = CHECKER.check(plan)
    assert [(f.path, f.text) for f in found] == [("childs_views", "CAMHS")]


def test_spelled_out_earlier_in_the_plan_is_enough() -> None:
    plan = _plan(
        """
worries:
  - "Jimmy has waited a year for the Child and Adolescent Mental Health Services (CAMHS)."
contingency: "If Jimmy hurts himself, Sarah will ring CAMHS on the number in his plan."
"""
    )
    assert CHECKER.check(plan) == []
    # and while typing a later field, the saved plan's earlier expansion still counts
    assert CHECKER.check_field(plan, "bottom_lines", "CAMHS will be told.") == []


def test_spelled_out_only_later_does_not_help_the_first_use() -> None:
    plan = _plan(
        """
worries:
  - "Jimmy has been waiting for CAMHS."
contingency: "Sarah will ring the Child and Adolescent Mental Health Services (CAMHS)."
"""
    )
    assert [(f.path, f.text) for f in CHECKER.check(plan)] == [("worries[0]", "CAMHS")]


def test_an_expansion_in_a_who_field_counts_but_practitioner_notes_do_not() -> None:
    plan = _plan(
        """
needs:
  - reason: "Jimmy needs help to read."
    outcomes:
      - outcome: "Jimmy reads a book a week with Ann by 15 January 2027."
        actions:
          - action: "Meet Sarah every Friday."
            who: "Ann March, Special Educational Needs Co-ordinator (SENCO)"
            when: 2026-11-20
          - action: "The SENCO will send Sarah the reading list."
            who: Ann March
            when: 2026-11-20
practitioner_notes: "Health Visitor (HV) involved."
contingency: "HV will visit weekly if Sarah is unwell."
"""
    )
    assert [(f.path, f.text) for f in CHECKER.check(plan)] == [("contingency", "HV")]


def test_a_local_authority_can_add_an_acronym_and_everyday_words() -> None:
    config = parse_config(
        {
            "rules": {
                "unexplained-acronym": {
                    "add": {"FCT": "Family Contact Team"},
                    "also_everyday": ["VPP"],
                }
            }
        },
        rules_by_slug(),
        "test",
    )
    checker = Checker(config, rules=[RULE])
    found = checker.check_field(PLAN, FIELD_PATHS["action"], "The FCT and the VPP will meet.")
    assert [f.text for f in found] == ["FCT"]
    assert found[0].suggestion is not None and "Family Contact Team" in found[0].suggestion


def test_a_local_authority_can_remove_an_acronym() -> None:
    config = parse_config(
        {"rules": {"unexplained-acronym": {"remove": ["HV"]}}}, rules_by_slug(), "test"
    )
    checker = Checker(config, rules=[RULE])
    assert _flagged("HV to weigh Lily.", checker=checker) == []


def test_unknown_acronyms_can_be_left_alone() -> None:
    config = parse_config(
        {"rules": {"unexplained-acronym": {"flag_unknown": False}}}, rules_by_slug(), "test"
    )
    checker = Checker(config, rules=[RULE])
    assert _flagged("The VPP will meet; CAMHS will come.", checker=checker) == ["CAMHS"]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("Priya will refer Jimmy to Camhs.", "Camhs"),
        ("Jimmy is a CiN case.", "CiN"),
        ("Cafcass will write a report.", "Cafcass"),
    ],
)
def test_listed_spellings_without_two_capitals_in_a_row_are_still_found(
    text: str, acronym: str
) -> None:
    """A text is only read word by word if it has two capitals in a row or one of these."""
    assert _flagged(text) == [acronym]
