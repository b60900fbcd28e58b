"""The dates a review meeting sets going: the next review, and its minutes' 5 working days.

Both come from the timescales engine on the pure plan, never from a rule kept here: the next
review is the first review still awaited once this meeting is on the plan's key dates, and
the minutes are due when the ``minutes`` deadline of the meeting's event says.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from childplan.plan.dates import format_date, format_short_date
from childplan.plan.model import Event, EventKind, Plan
from childplan.timescales.calendar import OutsideCalendarError
from childplan.timescales.engine import Deadline, schedule
from childplan.timescales.ruleset import MINUTES
from childplan.timescales.settings import LocalTimescales


@dataclass(frozen=True)
class NextReview:
    date: dt.date
    reason: str  # "Each later review conference within 6 months of the one before: ..."


def with_meeting(
    plan: Plan, kind: EventKind, day: dt.date, contingency_reviewed: bool | None = None
) -> Plan:
    """The plan with the meeting on its key dates, after any other event of that day."""
    event = Event(kind, day, contingency_reviewed=contingency_reviewed)
    events = sorted([*plan.events, event], key=lambda e: e.date)  # stable: after same-day
    return replace(plan, events=tuple(events))


def next_review_after(
    plan: Plan, kind: EventKind, day: dt.date, settings: LocalTimescales
) -> NextReview | None:
    """The latest date the plan's next review may be held once this meeting is held on
    ``day``; None when no rule sets one (an interim safety plan, a rule switched off)."""
    held = replace(with_meeting(plan, kind, day), next_review=None)
    try:
        made = schedule(held, settings.calendar(plan.nation), settings.ruleset(), day)
    except OutsideCalendarError:
        return None
    awaited = [d for d in made.deadlines if d.pending and d.kind == made.review_kind]
    if not awaited:
        return None
    first = min(awaited, key=lambda d: d.due)
    return NextReview(
        first.due, f"{first.rule.summary} Due by {format_date(first.due)}: {first.reason}."
    )


@dataclass(frozen=True)
class MinutesStanding:
    """Where the minutes of one meeting stand on a day."""

    due: dt.date
    sent: dt.date | None
    late: bool
    reason: str  # "5 working days after the review conference on 3 December 2026"

    def words(self, today: dt.date) -> str:
        if self.sent is not None:
            timing = "late" if self.late else "on time"
            due = format_date(self.due)
            return f"Sent on {format_short_date(self.sent)}, {timing} (due by {due})."
        if self.late:
            return f"Late: the minutes were due by {format_date(self.due)}."
        return f"Due by {format_date(self.due)}."


def minutes_standing(
    plan: Plan, event_index: int, settings: LocalTimescales, today: dt.date
) -> MinutesStanding | None:
    """The minutes deadline of ``plan.events[event_index]``; None when no rule sets one."""
    try:
        made = schedule(plan, settings.calendar(plan.nation), settings.ruleset(), today)
    except OutsideCalendarError:
        return None
    path = f"events[{event_index}]"
    found = [d for d in made.deadlines if d.kind == MINUTES and d.after.path == path]
    return _standing(found[0], today) if found else None


def _standing(deadline: Deadline, today: dt.date) -> MinutesStanding:
    sent = deadline.met_by.date if deadline.met_by is not None else None
    late = deadline.late if sent is not None else today > deadline.due
    return MinutesStanding(deadline.due, sent, late, deadline.reason)
