"""The plan's schedule for the timescale rules: the same deadlines ``childplan due`` shows.

Every timescale rule asks for ``plan_schedule(plan, ctx)``: the rule set and the calendar
(the plan's nation, the authority's closure days) from the ``[timescales]`` settings, counted
against ``ctx.today``. It is built once per plan, day and settings, however many rules ask.

Without a "today" (``ctx.today is None``, e.g. a check while typing that did not pass one)
there is no schedule and the timescale rules say nothing: whether a meeting has happened or
is only booked depends on the day, and a rule that guessed the day would be wrong half the
time. The command line always passes one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Literal

from childplan.plan.model import Plan
from childplan.quality.rule import Context
from childplan.timescales.calendar import OutsideCalendarError
from childplan.timescales.engine import Deadline, Occurrence, Schedule, schedule
from childplan.timescales.settings import LocalTimescales


def plan_schedule(plan: Plan, ctx: Context) -> Schedule | None:
    if ctx.today is None:
        return None
    return _schedule(plan, ctx.today, ctx.timescales or LocalTimescales())


_SCHEDULES: dict[tuple[int, dt.date, LocalTimescales], tuple[Plan, Schedule | None]] = {}


def _schedule(plan: Plan, today: dt.date, settings: LocalTimescales) -> Schedule | None:
    """Kept by the plan's identity: hashing a whole plan on every rule's call costs more
    than some of the rules."""
    key = (id(plan), today, settings)
    kept = _SCHEDULES.get(key)
    if kept is not None and kept[0] is plan:
        return kept[1]
    try:
        made = schedule(plan, settings.calendar(plan.nation), settings.ruleset(), today)
    except OutsideCalendarError:
        made = None  # a date outside the bank holiday data: no honest count is possible
    if len(_SCHEDULES) > 32:
        _SCHEDULES.clear()
    _SCHEDULES[key] = (plan, made)
    return made


def working_days(count: int) -> str:
    """'1 working day', '3 working days' (of a count that may be negative)."""
    count = abs(count)
    return f"{count} working day{'s' if count != 1 else ''}"


def review_breaches(
    schedule: Schedule, timescale: str
) -> Iterator[tuple[Literal["held", "booked"], Occurrence, Deadline]]:
    """Review conferences held after their limit, and ones booked after a limit that is
    still ahead (once it has passed, the review is overdue: review-overdue's finding)."""
    for deadline in schedule.for_rule(timescale):
        if deadline.met_by is not None and deadline.late:
            yield "held", deadline.met_by, deadline
        elif (
            deadline.booked_late and deadline.planned is not None and schedule.today <= deadline.end
        ):
            yield "booked", deadline.planned, deadline


def date_path(occurrence: Occurrence) -> str:
    """The path of the date field behind an occurrence: events[2].date, next_review, ..."""
    if occurrence.path.startswith("events[") and occurrence.path.endswith("]"):
        return f"{occurrence.path}.date"
    return occurrence.path
