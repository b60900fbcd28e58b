"""vague-timescale against 'when' and 'by' texts as practitioners write them, and the dates
its suggestions count.

The example plan is dated Monday 2 November 2026, in England, with its next review on
Wednesday 20 January 2027. Every expected date below is counted by hand in the comment beside
it, from: 2 November 2026 is a Monday (1 January 2026 is a Thursday; 1 November is 304 days
later, 43 weeks and 3 days, a Sunday); 25 December 2026 is a Friday; 1 January 2027 is a
Friday, so 1 February and 1 March 2027 are Mondays. No bank holiday falls in November in
England; Christmas Day is Friday 25 December 2026 and Boxing Day's substitute Monday 28th.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from childplan.plan.model import Event, Plan
from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.wording.vague_timescale import RULE
from childplan.quality.terms import Term

D = dt.date
WHEN = "needs[0].outcomes[0].actions[0].when"
BY = "needs[0].outcomes[0].by"
PLAN = example_plan(RULE, Example())
CHECKER = Checker(rules=[RULE])


def _findings(text: str, plan: Plan = PLAN, path: str = WHEN) -> list[Finding]:
    return CHECKER.check_field(plan, path, text)


def _suggestion(text: str, plan: Plan = PLAN, path: str = WHEN) -> str:
    findings = _findings(text, plan, path)
    assert len(findings) == 1, f"expected one finding for {text!r}, got {findings}"
    assert findings[0].suggestion is not None
    return findings[0].suggestion


def test_the_example_plan_is_what_the_hand_counts_assume() -> None:
    assert (PLAN.date, PLAN.nation, PLAN.next_review) == (D(2026, 11, 2), "england", D(2027, 1, 20))


# Texts seen in the "who will do this and when" column of real plans.
MUST_FLAG = [
    # pre-birth plans (a safety planning guide): the birth has no date of its own
    "In place before birth",
    "before the baby is born",
    "before discharge from hospital",
    "By 32 weeks gestation",
    "within the next five days",
    "Within 6 weeks",
    "In two weeks",
    "2 weeks",
    "Within 10 working days",
    "Within 4 weeks of this meeting",
    "Within 28 days",
    "Within 24 hours",
    "6/52",
    "Within the next few weeks",
    "Next week",
    "By the end of the month",
    "By end of next month",
    "By next review",
    "By the next core group",
    "At each core group",
    "Next CIN review",
    "Prior to the review conference",
    "Ongoing",
    "On-going",
    "Immediate and ongoing",
    "With immediate effect",
    "ASAP",
    "As soon as possible",
    "As and when required",
    "When required",
    "When needed",
    "When a place is available",
    "TBC",
    "Date TBA",
    "To be arranged",
    "Weekly",
    "Fortnightly home visits",
    "Every Monday",
    "Twice a week after school",
    "Daily",
    "Each morning and evening",
    "Weekly until next review",
    "Daily for 4 weeks",
    "Weekly from 9 November 2026",
    "Throughout the CP plan",
    "For the duration of the plan",
    "Regularly",
    "Until further notice",
    "Long term",
    "In due course",
    "Awaiting allocation",
    "End of term",
    "By October half term",
    "Before the summer holidays",
    "By Christmas",
    "By Friday",
    "By December",
    "Today",
    "Monday to Friday",
    "1-2 times per week",
    "By next visit",
    "Within statutory timescales",
    "From 9 November 2026 until next review",
    "From 9 November 2026",
    "From Monday 9 November 2026",
    "Starting January 2027",
    "As discussed",
    "As agreed at core group",
    "Spring 2027",
]

MUST_NOT_FLAG = [
    "Before Lily's birth on 4 March 2027",
    "By Friday 4 December 2026",
    "2026-12-04",
    "04/12/2026",
    "4/12/26",
    "04.12.2026",
    "4th Dec 2026",
    "4 December",
    "Friday 4th December",
    "Dec 4, 2026",
    "12th of January 2027",
    "Mon 7 Dec 2026 at 10am",
    "December 2026",
    "By end of December 2026",
    "Every Monday until 18 December 2026",
    "Weekly until 18/12/2026",
    "Twice a week, from 9 November to 18 December 2026",
    "Every Tuesday 4pm, 10 Nov – 15 Dec 2026",
    "Daily until the review on 20 January 2027",
    "Weekly for 6 weeks from 9 November 2026",
    "Ongoing until 20 January 2027",
    "By the review on 20 January 2027",
    "At the core group on 16 November 2026",
    "Within 6 weeks (by Monday 14 December 2026)",
    "Within 10 working days of the ICPC on 17 December 2026",
    "ASAP and no later than 9 November 2026",
    "w/c 7 December 2026",
    "Week commencing 7 December 2026",
    "If Jimmy's skin bleeds",
    "Whenever Tom has sole care of Daisy",
    "Each time Jimmy comes home from contact",
    "Immediately after each contact visit",
    "As soon as Jimmy is discharged from hospital",
    "Completed",
    "Done 4 November 2026",
    "N/A",
    "At 4pm",
    "From 9 November 2026 for 6 weeks",
    "Following ICPC",
    "For 1 hour",
    "After school",
    "Within school hours",
]


@pytest.mark.parametrize("text", MUST_FLAG)
def test_flags(text: str) -> None:
    findings = _findings(text)
    assert [f.rule for f in findings] == ["vague-timescale"], text
    assert findings[0].path == WHEN


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_does_not_flag(text: str) -> None:
    assert _findings(text) == []


def test_tables_are_wide_enough() -> None:
    assert len(MUST_FLAG) >= 25 and len(MUST_NOT_FLAG) >= 25


def test_an_outcome_by_is_checked_the_same_way() -> None:
    # 2 November 2026 + 3 calendar months = 2 February 2027, a Tuesday (1 February is Monday).
    assert "by Tuesday 2 February 2027" in _suggestion("within 3 months", path=BY)
    assert _findings("2027-01-15", path=BY) == []


def test_the_finding_quotes_the_vague_words() -> None:
    (finding,) = _findings("Dr Patel within 6 weeks")
    assert finding.text == "within 6 weeks"
    assert finding.span == (9, 23)


def test_only_when_and_by_are_read() -> None:
    assert _findings("Ongoing", path="needs[0].outcomes[0].actions[0].action") == []


# --- the dates the suggestions count ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 2 November + 42 days: 2 + 42 = 44, less November's 30 = 14 December; whole weeks
        # from a Monday land on a Monday. (The wording the brief asks for, verbatim.)
        (
            "within 6 weeks",
            "by Monday 14 December 2026 (6 weeks after the plan's date, 2 November 2026)",
        ),
        # 2 November + 5 days = Saturday 7 November, not a working day: Friday 6 November.
        (
            "within the next five days",
            "by Friday 6 November 2026 (the last working day within 5 days of the plan's "
            "date, 2 November 2026)",
        ),
        # Working days from Monday 2 November: Tue 3-Fri 6 (4), Mon 9-Fri 13 (9), Mon 16 (10).
        ("within 10 working days", "by Monday 16 November 2026 (10 working days after"),
        # 2 November + 14 days = Monday 16 November.
        ("in two weeks", "by Monday 16 November 2026 (2 weeks after"),
        # 2 November + 56 days = 28 December, the Boxing Day substitute; back past Sunday 27,
        # Saturday 26 and Christmas Day (Friday 25) to Thursday 24 December.
        ("within 8 weeks", "by Thursday 24 December 2026 (the last working day within 8 weeks"),
        # "2-3 weeks": the longer, 21 days: Monday 23 November.
        ("2-3 weeks", "by Monday 23 November 2026 (3 weeks after"),
        # 6/52 is six weeks, as in the first case.
        ("6/52", "by Monday 14 December 2026"),
        # 48 hours = 2 days: Wednesday 4 November.
        ("within 48 hours", "by Wednesday 4 November 2026"),
        # Next week is 9-13 November: its Friday, 13 November.
        ("next week", "by Friday 13 November 2026 (the last working day of the week after"),
        ("this week", "by Friday 6 November 2026"),
        # Next month is December 2026; the 31st is a Thursday (25th is a Friday), a working day.
        ("next month", "by Thursday 31 December 2026 (the last working day of December 2026)"),
        # This month ends on Monday 30 November (1 November is a Sunday), a working day in England.
        ("by the end of the month", "by Monday 30 November 2026"),
        ("by next review", "by Wednesday 20 January 2027 (the next review)"),
        # The working day before Wednesday 20 January 2027 is Tuesday 19 January.
        ("before the review conference", "by Tuesday 19 January 2027 (the working day before"),
        # 20 January 2027 - 14 days = Wednesday 6 January.
        (
            "2 weeks before the review",
            "by Wednesday 6 January 2027 (2 weeks before the next review",
        ),
        # The first Friday after Monday 2 November is the 6th; "next Friday" is next week's, 13th.
        ("by Friday", "by Friday 6 November 2026 (the first Friday after the plan's date"),
        ("next Friday", "by Friday 13 November 2026 (the Friday of the week after"),
        ("on Monday", "on Monday 9 November 2026"),
        # Christmas Eve, Thursday 24 December 2026, is a working day.
        ("by Christmas", "by Thursday 24 December 2026 (the last working day before Christmas)"),
        # 31 January 2027 is a Sunday (29th = 1st + 28 days, a Friday): Friday 29 January.
        ("end of January", "by Friday 29 January 2027 (the last working day of January 2027)"),
        ("today", "by Monday 2 November 2026 (the plan's date)"),
        ("tomorrow", "by Tuesday 3 November 2026"),
        # Counted from "this meeting", the plan's own date: 2 November + 28 days = Monday 30th.
        ("Within 4 weeks of this meeting", "by Monday 30 November 2026"),
    ],
)
def test_counted_suggestions(text: str, expected: str) -> None:
    assert expected in _suggestion(text)


def test_a_repeating_action_gets_an_end_date() -> None:
    found = _findings("every Monday")
    assert "says how often, but not until when" in found[0].message
    assert "'every Monday until Wednesday 20 January 2027' (the next review)" in (
        found[0].suggestion or ""
    )
    # "for 6 weeks" gives the end: 2 November + 42 days = Monday 14 December.
    assert "'weekly until Monday 14 December 2026'" in _suggestion("weekly for 6 weeks")
    assert "'weekly until Wednesday 20 January 2027'" in _suggestion("weekly until next review")


def test_weeks_of_pregnancy_are_not_counted_from_the_plan() -> None:
    suggestion = _suggestion("By 32 weeks gestation")
    assert "counted from the pregnancy, not from this plan" in suggestion
    assert "2027" not in suggestion
    assert "counted back from the due date" in _suggestion("before the baby is born")


def test_how_long_a_session_lasts_is_not_its_end() -> None:
    assert "'every Tuesday until Wednesday 20 January 2027'" in _suggestion(
        "For 2 hours every Tuesday"
    )


def test_open_timescales_ask_for_a_date_or_an_end() -> None:
    assert "until Wednesday 20 January 2027" in _suggestion("Ongoing")
    assert "as soon as possible, and by [date] at the latest" in _suggestion("ASAP")
    assert "Agree the date" in _suggestion("TBC")
    assert "Jimmy's school" in _suggestion("end of term")
    # Immediately: done once, by the next working day (Tuesday 3 November); or carried on.
    suggestion = _suggestion("Immediately")
    assert "by Tuesday 3 November 2026" in suggestion
    assert "from Monday 2 November 2026 until Wednesday 20 January 2027" in suggestion


def test_without_a_next_review_date_it_asks_for_one() -> None:
    plan = dataclasses.replace(PLAN, next_review=None)
    assert "no next review date" in _suggestion("by next review", plan)
    assert "'every Monday until' and the date it should stop" in _suggestion("every Monday", plan)


def test_the_next_core_group_comes_from_the_key_dates() -> None:
    assert "no next core group" in _suggestion("by the next core group")
    plan = dataclasses.replace(
        PLAN, events=(Event("core_group", D(2026, 10, 19)), Event("core_group", D(2026, 11, 16)))
    )
    assert "by Monday 16 November 2026 (the next core group)" in _suggestion(
        "by the next core group", plan
    )


def test_a_duration_from_a_named_meeting_counts_from_that_meeting() -> None:
    # Thursday 17 December 2026 + 10 working days = Tuesday 5 January 2027 in England (Fri 18,
    # Mon 21-Thu 24, Tue 29-Thu 31, Mon 4, Tue 5: Christmas, the Boxing Day substitute and
    # New Year's Day skipped) and Wednesday 6 January in Scotland (Monday 4 January is the
    # 2 January holiday moved off the Saturday).
    plan = dataclasses.replace(
        PLAN,
        type="child_protection",
        date=D(2026, 12, 17),
        events=(Event("initial_conference", D(2026, 12, 17)),),
    )
    text = "Within 10 working days of the ICPC"
    assert (
        "by Tuesday 5 January 2027 (10 working days after the initial conference on "
        "17 December 2026, not counting weekends or bank holidays in England)"
        in _suggestion(text, plan)
    )
    scotland = dataclasses.replace(plan, nation="scotland")
    assert "by Wednesday 6 January 2027" in _suggestion(text, scotland)
    assert "bank holidays in Scotland" in _suggestion(text, scotland)
    # Without the meeting in the key dates it does not guess.
    assert "Count 10 working days from the ICPC" in _suggestion(text)


@pytest.mark.parametrize(
    ("nation", "date", "text", "expected"),
    [
        # Same count as above, plan dated the day of the conference.
        ("wales", D(2026, 12, 17), "within 10 working days", "by Tuesday 5 January 2027"),
        ("scotland", D(2026, 12, 17), "within 10 working days", "by Wednesday 6 January 2027"),
        # 30 November 2026 (a Monday) is St Andrew's Day in Scotland: Friday 27 November.
        ("scotland", D(2026, 11, 2), "by the end of the month", "by Friday 27 November 2026"),
        ("england", D(2026, 11, 2), "by the end of the month", "by Monday 30 November 2026"),
        # Wednesday 24 February 2027 + 21 days = Wednesday 17 March (24 + 21 = 45, less
        # February's 28): St Patrick's Day in Northern Ireland, so Tuesday 16 March there.
        ("northern_ireland", D(2027, 2, 24), "within 3 weeks", "by Tuesday 16 March 2027"),
        ("england", D(2027, 2, 24), "within 3 weeks", "by Wednesday 17 March 2027"),
        # Thursday 25 March 2027 + 2 working days: Good Friday 26th and Easter Monday 29th
        # skipped in England, so Tue 30 (1), Wed 31 (2); Scotland has no Easter Monday, so
        # Mon 29 (1), Tue 30 (2).
        ("england", D(2027, 3, 25), "within 2 working days", "by Wednesday 31 March 2027"),
        ("scotland", D(2027, 3, 25), "within 2 working days", "by Tuesday 30 March 2027"),
    ],
)
def test_working_days_follow_the_plans_nation(
    nation: str, date: dt.date, text: str, expected: str
) -> None:
    plan = dataclasses.replace(PLAN, nation=nation, date=date)  # type: ignore[arg-type]
    assert expected in _suggestion(text, plan)


# --- a local authority's word list ------------------------------------------------------


def test_a_local_authority_can_drop_a_built_in_term() -> None:
    config = Config(rules={"vague-timescale": RuleSettings(remove=("immediately",))})
    checker = Checker(config, rules=[RULE])
    assert checker.check_field(PLAN, WHEN, "With immediate effect") == []
    assert checker.check_field(PLAN, WHEN, "Ongoing") != []


def test_a_local_authority_can_add_a_term() -> None:
    config = Config(rules={"vague-timescale": RuleSettings(add=(Term("after the holidays"),))})
    (finding,) = Checker(config, rules=[RULE]).check_field(PLAN, WHEN, "After the holidays")
    assert finding.suggestion == "Write the date it will be done by."
