"""The next review date and the minutes' deadline come from the timescales engine."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from childplan.plan.model import Child, Event, Plan
from childplan.reviews.deadlines import (
    minutes_standing,
    next_review_after,
    with_meeting,
)
from childplan.timescales.settings import LocalTimescales

SETTINGS = LocalTimescales()
PROTECTION = Plan(
    type="child_protection",
    date=dt.date(2026, 9, 3),
    child=Child("Leah Brown"),
    events=(Event("initial_conference", dt.date(2026, 9, 3)),),
    next_review=dt.date(2026, 12, 3),
)
IN_NEED = Plan(
    type="child_in_need",
    date=dt.date(2026, 8, 3),
    started=dt.date(2026, 8, 3),
    child=Child("Jimmy Smith"),
)


def test_a_review_conference_sets_the_next_one_6_months_on() -> None:
    found = next_review_after(PROTECTION, "review_conference", dt.date(2026, 12, 3), SETTINGS)
    assert found is not None
    assert found.date == dt.date(2027, 6, 3)
    assert found.reason == (
        "Each later review conference within 6 months of the one before. "
        "Due by Thursday 3 June 2027: "
        "6 months after the review conference on 3 December 2026."
    )


def test_a_core_group_leaves_the_review_conference_where_it_was() -> None:
    found = next_review_after(PROTECTION, "core_group", dt.date(2026, 9, 14), SETTINGS)
    assert found is not None
    assert found.date == dt.date(2026, 12, 3)  # 3 months after the initial conference


def test_a_limit_on_a_sunday_is_due_the_friday_before() -> None:
    found = next_review_after(IN_NEED, "child_in_need_review", dt.date(2026, 11, 30), SETTINGS)
    assert found is not None
    assert found.date == dt.date(2027, 2, 26)
    assert "28 February 2027 is a Sunday" in found.reason


def test_no_rule_no_date() -> None:
    interim = replace(IN_NEED, type="interim_safety")
    assert next_review_after(interim, "team_around_family", dt.date(2026, 9, 1), SETTINGS) is None


def test_the_meeting_goes_after_the_events_of_its_day() -> None:
    plan = with_meeting(PROTECTION, "core_group", dt.date(2026, 9, 3))
    assert [e.kind for e in plan.events] == ["initial_conference", "core_group"]


def test_minutes_are_due_5_working_days_after_the_meeting() -> None:
    plan = with_meeting(PROTECTION, "review_conference", dt.date(2026, 12, 3))
    due = minutes_standing(plan, 1, SETTINGS, dt.date(2026, 12, 4))
    assert due is not None
    assert (due.due, due.sent, due.late) == (dt.date(2026, 12, 10), None, False)
    assert due.words(dt.date(2026, 12, 4)) == "Due by Thursday 10 December 2026."
    late = minutes_standing(plan, 1, SETTINGS, dt.date(2026, 12, 11))
    assert late is not None and late.late
    assert late.words(dt.date(2026, 12, 11)).startswith("Late:")


def test_minutes_sent_are_on_time_or_late() -> None:
    plan = with_meeting(PROTECTION, "review_conference", dt.date(2026, 12, 3))
    for sent, late in ((dt.date(2026, 12, 10), False), (dt.date(2026, 12, 11), True)):
        events = (plan.events[0], replace(plan.events[1], minutes_sent=sent))
        due = minutes_standing(replace(plan, events=events), 1, SETTINGS, dt.date(2026, 12, 20))
        assert due is not None and due.sent == sent and due.late is late
