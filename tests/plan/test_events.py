"""Key dates that contradict each other are errors when the file is read, naming the field."""

from __future__ import annotations

import pytest

from childplan.plan.fileformat import PlanFileError, loads_plan


def read(events: str, extra: str = "") -> str:
    """The error text for a plan with these events (YAML lines under `events:`)."""
    text = (
        "format: childplan/1\n"
        "plan:\n"
        "  type: child_protection\n"
        "  date: 2026-12-17\n"
        "  child: {name: Leah Morgan}\n"
        f"{extra}"
        "  events:\n" + "".join(f"    - {line}\n" for line in events.strip().splitlines())
    )
    with pytest.raises(PlanFileError) as error:
        loads_plan(text, source="leah.yaml")
    return str(error.value)


def test_a_review_before_the_initial_conference() -> None:
    message = read(
        """
{kind: initial_conference, date: 2026-12-17}
{kind: review_conference, date: 2026-12-10}
"""
    )
    assert "leah.yaml, line 8: events[1].date:" in message
    assert (
        "a review child protection conference on 10 December 2026 cannot come before the "
        "initial child protection conference on 17 December 2026 (events[0])"
    ) in message


def test_a_review_listed_first_but_dated_before_the_conference() -> None:
    message = read(
        """
{kind: review_conference, date: 2026-12-10}
{kind: initial_conference, date: 2026-12-17}
"""
    )
    assert "events[0].date: a review child protection conference on 10 December 2026" in message


def test_a_core_group_before_the_initial_conference() -> None:
    message = read(
        """
{kind: core_group, date: 2026-12-01}
{kind: initial_conference, date: 2026-12-17}
"""
    )
    assert "events[0].date: a core group meeting on 1 December 2026 cannot come before" in message


def test_a_looked_after_review_before_the_child_became_looked_after() -> None:
    message = read(
        """
{kind: looked_after_review, date: 2026-12-01}
{kind: looked_after, date: 2026-12-03}
"""
    )
    assert "events[0].date: a looked after review on 1 December 2026 cannot come before" in message


def test_events_out_of_order() -> None:
    message = read(
        """
{kind: strategy_discussion, date: 2026-12-01}
{kind: core_group, date: 2027-01-05}
{kind: initial_conference, date: 2026-12-17}
"""
    )
    assert (
        "events[2].date: 17 December 2026 is before the event above it (events[1], core group "
        "meeting on 5 January 2027); list events oldest first"
    ) in message


def test_minutes_sent_before_the_meeting() -> None:
    message = read("{kind: initial_conference, date: 2026-12-17, minutes_sent: 2026-12-16}")
    assert (
        "events[0].minutes_sent: the minutes cannot be sent (16 December 2026) before the "
        "meeting (17 December 2026)"
    ) in message


def test_minutes_of_something_that_is_not_a_meeting() -> None:
    message = read("{kind: interim_plan, date: 2026-12-17, minutes_sent: 2026-12-18}")
    assert "events[0].minutes_sent: minutes are only recorded for meetings" in message


def test_a_plan_that_ends_before_it_starts() -> None:
    message = read(
        "{kind: initial_conference, date: 2026-12-17}",
        extra="  started: 2026-12-17\n  ended: 2026-12-01\n",
    )
    assert (
        "ended: the plan cannot end (1 December 2026) before it started (17 December 2026)"
        in message
    )


def test_an_unknown_event_kind_names_the_field_and_the_choices() -> None:
    message = read("{kind: core_group_meeting, date: 2026-12-17}")
    assert "events[0].kind: 'core_group_meeting' is not one of: strategy_discussion," in message


def test_every_problem_is_reported_at_once() -> None:
    message = read(
        """
{kind: initial_conference, date: 2026-12-17, minutes_sent: 2026-12-16}
{kind: review_conference, date: 2026-12-10}
"""
    )
    assert "events[0].minutes_sent" in message and "events[1].date" in message


def test_a_consistent_timeline_reads() -> None:
    text = (
        "plan:\n  type: child_protection\n  date: 2026-12-17\n  child: {name: Leah Morgan}\n"
        "  events:\n"
        "    - {kind: strategy_discussion, date: 2026-11-30}\n"
        "    - {kind: initial_conference, date: 2026-12-17, minutes_sent: 2026-12-22}\n"
        "    - {kind: core_group, date: 2027-01-05}\n"
        "    - {kind: review_conference, date: 2027-03-10, contingency_reviewed: true}\n"
        "    - {kind: strategy_discussion, date: 2027-04-01}\n"  # new worries while on a plan
    )
    plan = loads_plan(text).plan
    assert [event.kind for event in plan.events][-1] == "strategy_discussion"


def test_key_dates_measurements_and_redating_round_trip() -> None:
    from childplan.plan.fileformat import dumps_plan

    text = (
        "plan:\n  type: child_in_need\n  date: 2026-11-02\n  started: 2026-02-20\n"
        "  ended: 2027-03-01\n  child: {name: Sam Lee}\n"
        "  needs:\n    - reason: Sam needs to be in school every day.\n      outcomes:\n"
        "        - outcome: Sam's attendance is above 92% by 19 March 2027.\n"
        "          measurements:\n"
        "            - {date: 2026-05-18, value: 58%}\n"
        "            - {date: 2026-08-17, value: 64, note: two days ill}\n"
        "          actions:\n"
        "            - {action: Walk Sam to school., who: Sarah Lee, when: 2026-12-04,\n"
        "               previous_dates: [2026-10-02, 2026-11-06]}\n"
        "  events:\n    - {kind: child_in_need_review, date: 2026-05-18, minutes_sent: 2026-05-20,"
        " contingency_reviewed: true}\n"
    )
    plan = loads_plan(text).plan
    outcome = plan.needs[0].outcomes[0]
    assert [m.value for m in outcome.measurements] == ["58%", "64"]
    assert len(outcome.actions[0].previous_dates) == 2
    for fmt in ("yaml", "json"):
        assert loads_plan(dumps_plan(plan, fmt), fmt).plan == plan
