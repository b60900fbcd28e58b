"""minutes-late: a meeting's actions and notes not sent within 5 working days."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date, format_short_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import plan_schedule, working_days
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.timescales.engine import TITLES

TIMESCALE = "minutes"  # the rule set's rule (timescales/rulesets/england.yaml)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None:
        return
    for deadline in schedule.for_rule(TIMESCALE):
        meeting = deadline.after
        name = f"the {TITLES[meeting.kind].lower()} on {format_short_date(meeting.date)}"
        limit = f"within {deadline.rule.period}, by {format_date(deadline.due)}"
        if deadline.met_by is not None and deadline.late:
            sent = deadline.met_by
            taken = schedule.calendar.working_days_between(meeting.date, sent.date)
            yield Hit(
                path=sent.path,
                text=sent.date.isoformat(),
                detail=f"The actions and notes of {name} were sent on "
                f"{format_date(sent.date)}, {working_days(taken)} after the meeting. They "
                f"should have gone out {limit}.",
                suggestion="Agree a note taker at the start of each meeting, and send the "
                "actions and notes within 5 working days so that everyone knows what they "
                "agreed to do.",
            )
        elif deadline.pending and schedule.today > deadline.due:
            late_by = -schedule.working_days_to(deadline.due)
            yield Hit(
                path=meeting.path,
                text=meeting.date.isoformat(),
                detail=f"The actions and notes of {name} are not recorded as sent. They were "
                f"due {limit}, {working_days(late_by)} ago.",
                suggestion="Send the actions and notes to everyone involved now, and record "
                "the date in the meeting's minutes_sent.",
            )


def _meeting(kind: str, date: str, sent: str | None = None) -> str:
    minutes = f", minutes_sent: {sent}" if sent else ""
    return f"{{events: [{{kind: {kind}, date: {date}{minutes}}}]}}"


RULE = Rule(
    slug="minutes-late",
    kind="timescale",
    severity=Severity.WARNING,
    fields=("events",),
    summary="A meeting's actions and notes were not sent within 5 working days.",
    message="The actions and notes of a meeting were not sent within 5 working days.",
    why=(
        "Until the notes arrive, people are unsure what they agreed to do, and the family has "
        "nothing to hold the professionals to. The guidance asks for the actions and notes to "
        "go to everyone involved within 5 working days of the meeting. The rule reads each "
        "meeting in the plan's key dates (conferences, core groups, Child in Need, team "
        "around the family, looked after and pathway reviews) that has happened by 'today': "
        "minutes_sent later than 5 working days after it, or no minutes_sent once the 5 "
        "working days have passed. Weekends and the nation's bank holidays do not count. A "
        "local authority may set its own limit under [timescales.rules.minutes]."
    ),
    sources=(
        Source(
            "004",
            "The actions and notes from the meeting are sent to everyone involved within 5 "
            "working days.",
        ),
    ),
    check=check,
    suggestion="Send the actions and notes within 5 working days of the meeting.",
    flags=(
        Example(
            plan=_meeting("child_in_need_review", "2026-10-01", "2026-10-12"),
            note="due by 8 October",
        ),
        Example(
            plan=_meeting("child_in_need_review", "2026-10-20"),
            note="none sent; due by 27 October",
        ),
        Example(
            plan="{type: child_protection, events: [{kind: initial_conference, date: 2026-08-13, "
            "minutes_sent: 2026-08-18}, {kind: core_group, date: 2026-08-27, "
            "minutes_sent: 2026-09-07}]}",
            note="the core group's were due by 4 September, after the bank holiday",
        ),
        Example(
            plan=_meeting("team_around_family", "2026-11-02"),
            note="none sent; due by 9 November",
        ),
        Example(
            plan=_meeting("looked_after_review", "2026-09-14", "2026-09-22"),
            note="6 working days",
        ),
    ),
    passes=(
        Example(note="the example plan"),
        Example(
            plan=_meeting("child_in_need_review", "2026-10-01", "2026-10-08"), note="5 working days"
        ),
        Example(
            plan="{type: child_protection, events: [{kind: initial_conference, date: 2026-08-13, "
            "minutes_sent: 2026-08-18}, {kind: core_group, date: 2026-08-27, "
            "minutes_sent: 2026-09-04}]}",
            note="31 August 2026 is a bank holiday",
        ),
        Example(
            plan=_meeting("child_in_need_review", "2026-11-04"), note="not due until 11 November"
        ),
        Example(plan=_meeting("child_in_need_review", "2026-11-20"), note="booked, not yet held"),
        Example(
            plan=_meeting("senior_manager_review", "2026-09-01"), note="not a meeting with notes"
        ),
        Example(
            plan=_meeting("strategy_discussion", "2026-09-01"),
            note="strategy discussions are recorded under their own procedures",
        ),
    ),
)
