"""The same words find the same problems however a plan writes them: with a bullet or a
number in front (kept from Word or typed), broken over lines, or in capitals."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import all_rules

CHECKER = Checker()
PLAN = example_plan(all_rules()[0], Example())


def _found(field: str, text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in CHECKER.check_field(PLAN, FIELD_PATHS[field], text)]


@pytest.mark.parametrize("marker", ["• ", "* ", "- ", "1. ", "2) ", "a) ", "(3) "])
@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("who", "social worker"),
        ("who", "TBC"),
        ("outcome", "Mum will have a better understanding of the impact of domestic abuse."),
        ("outcome", "to continue to live at home"),
        ("action", "Mum to engage with support."),
    ],
)
def test_a_list_marker_in_front_changes_nothing(marker: str, field: str, text: str) -> None:
    plain = _found(field, text)
    assert plain, "the plain text is flagged"
    assert _found(field, marker + text) == plain
    findings = CHECKER.check_field(PLAN, FIELD_PATHS[field], marker + text)
    for finding in findings:  # the spans still point at the words in the whole field
        assert finding.span is None or (marker + text)[slice(*finding.span)] == finding.text


@pytest.mark.parametrize(
    ("field", "text", "rule"),
    [
        (
            "outcome",
            "Mr Brown will attend eight\nsessions with a DV project.",
            "attendance-not-change",
        ),
        ("who", "Sarah Smith\nDr Asha Patel", "owner-not-named"),
    ],
)
def test_a_sentence_broken_over_lines_is_one_sentence(field: str, text: str, rule: str) -> None:
    assert rule in [found for found, _ in _found(field, text)]


def test_a_referral_with_its_purpose_on_the_next_line_is_not_only_a_referral() -> None:
    text = "Refer Sarah to the drug service\nto get help with her drinking."
    assert "referral-only-action" not in [rule for rule, _ in _found("action", text)]


@pytest.mark.parametrize(
    "who", ["LISA BROWN, FAMILY SUPPORT WORKER", "PRIYA SHAH", "MRS SMITH", "SARAH SMITH (MUM)"]
)
def test_a_name_in_capitals_is_a_name(who: str) -> None:
    assert _found("who", who) == []


@pytest.mark.parametrize("who", ["SOCIAL WORKER", "SW", "SCHOOL AND GP"])
def test_a_job_in_capitals_is_still_a_job(who: str) -> None:
    assert [rule for rule, _ in _found("who", who)] == ["owner-not-named"]


@pytest.mark.parametrize(
    ("field", "usual", "typed"),
    [
        (
            "reason",
            "Mum has been non-compliant with the plan.",
            "Mum has been non–compliant with the plan.",
        ),
        (
            "outcome",
            "Jimmy's self-care will be age-appropriate.",
            "Jimmy's self-care will be age‑appropriate.",
        ),
        ("outcome", "Dad won't live in the family home.", "Dad won`t live in the family home."),
        ("outcome", "Dad won’t hit Jimmy again.", "Dad wonʼt hit Jimmy again."),
    ],
)
def test_other_dashes_and_apostrophes_read_as_the_usual_ones(
    field: str, usual: str, typed: str
) -> None:
    rules = [rule for rule, _ in _found(field, usual)]
    assert rules and [rule for rule, _ in _found(field, typed)] == rules
    for finding in CHECKER.check_field(PLAN, FIELD_PATHS[field], typed):
        assert finding.span is None or typed[slice(*finding.span)] == finding.text  # as typed


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("Dad wont live in the family home.", ["directive-in-consensual-plan", "negative-outcome"]),
        ("Mum dont shout at Jimmy.", ["negative-outcome"]),
        ("Jimmy will want to go to school and see his parents.", []),
    ],
)
def test_a_contraction_typed_without_its_apostrophe(text: str, rules: list[str]) -> None:
    assert sorted(rule for rule, _ in _found("outcome", text)) == rules


@pytest.mark.parametrize("who", ["T.B.C.", "S/W", "h/v"])
def test_a_placeholder_or_a_job_written_with_dots_or_a_slash(who: str) -> None:
    assert [rule for rule, _ in _found("who", who)] == ["owner-not-named"]
