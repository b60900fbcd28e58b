"""One plan, as the dashboards need it: the dates things fall due, and the checker's counts.

A summary is worked out once, on ``computed_on``, and read on later days, so it keeps the
**dates** of what falls due, not whether they are late: "late" and "due this week" are a
comparison of a stored date with the day the page is read (``standing``). The dates come
from ``Schedule.items()``, the list ``childplan due`` prints, so a dashboard and the command
line cannot disagree; each kind keeps its most urgent item:

* ``review``: the plan type's review meeting (review conference, Child in Need review,
  looked after review, ...) or the plan's own ``next_review``, whichever comes first;
* ``core_group``, ``minutes`` (the earliest actions and notes not yet sent),
  ``senior_review`` (a Child in Need plan's senior manager review), ``interim`` (the full
  plan that replaces an interim safety plan), and ``other`` (anything else, such as an
  initial conference after a strategy discussion).

An item is late from the day after it is due, which is when the timescale rules flag it
(``review-overdue``, ``core-group-late``, ``minutes-late``, ``interim-plan-expired``). A
Child in Need plan is over 9 months from the day after ``nine_months_on``, the end of the
period, as ``cin-long-running`` says.

The dates stay right until ``stale_on``: the first day on which a meeting in the key dates
that was only booked has happened (it may meet a deadline and start the next; on its own
day ``childplan due`` still lists it, so the day after a meeting counts too), a reading of
an indicator dated ahead counts, the plan's ``next_review`` passes or the plan ends. Until
then the schedule would give the same dates. The checker's counts and the drift it finds
are those of ``computed_on`` (an action's date passing adds a warning without any save), so
the web application works them out again each night and shows the day they are from.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from childplan.plan.model import Action, Plan
from childplan.quality.engine import Checker
from childplan.quality.rule import Severity
from childplan.timescales.calendar import OutsideCalendarError
from childplan.timescales.engine import DueItem, Schedule, schedule
from childplan.timescales.ruleset import FULL_PLAN, MINUTES

Standing = Literal["late", "due", "later"]

COLUMNS = ("review", "core_group", "minutes", "senior_review", "interim", "other")
SENIOR_REVIEW_RULE = "child-in-need-senior-manager-review"  # timescales/rulesets/england.yaml
DRIFT_RULE = "drift"
DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Due:
    """The most urgent item of one kind: when, what, and why (the reason in words)."""

    due: dt.date
    title: str
    reason: str
    booked: dt.date | None = None  # a meeting booked for it

    @classmethod
    def of(cls, item: DueItem) -> Due:
        return cls(item.due, item.title, item.reason, item.planned)


@dataclass(frozen=True)
class Summary:
    computed_on: dt.date
    stale_on: dt.date | None
    dues: Mapping[str, Due] = field(default_factory=dict)  # by column, only those pending
    nine_months_on: dt.date | None = None  # a Child in Need plan's 9 months end that day
    action_due: dt.date | None = None  # the earliest date of an action not done
    drift: int = 0
    drift_path: str | None = None  # the first drifting part, for a link to it
    errors: int = 0
    warnings: int = 0

    @property
    def next_due(self) -> Due | None:
        return min(self.dues.values(), key=lambda due: due.due, default=None)


def summarise(plan: Plan, checker: Checker, today: dt.date) -> Summary:
    """The plan's summary as things stand on ``today``, with ``checker``'s settings."""
    findings = checker.check(plan, today=today)
    settings = checker.config.timescales
    try:
        made = schedule(plan, settings.calendar(plan.nation), settings.ruleset(), today)
    except OutsideCalendarError:
        made = None  # a date outside the bank holiday data: no honest date to keep
    counted = Counter(finding.severity for finding in findings)
    drifting = [finding for finding in findings if finding.rule == DRIFT_RULE]
    dated = [action.when.date for _, action in open_actions(plan) if action.when]
    return Summary(
        computed_on=today,
        stale_on=stale_on(plan, today),
        dues=_dues(made) if made is not None else {},
        nine_months_on=_nine_months_on(made) if made is not None else None,
        action_due=min((day for day in dated if day is not None), default=None),
        drift=len(drifting),
        drift_path=drifting[0].path if drifting else None,
        errors=counted[Severity.ERROR],
        warnings=counted[Severity.WARNING],
    )


def standing(day: dt.date | None, today: dt.date) -> Standing | None:
    """Late (it was due before today), due (from today to the end of this week), or later."""
    if day is None:
        return None
    if day < today:
        return "late"
    return "due" if day <= week_end(today) else "later"


def week_end(today: dt.date) -> dt.date:
    """The Sunday that ends ``today``'s week: "this week" is today to then."""
    return today + dt.timedelta(days=6 - today.weekday())


def over_nine_months(summary: Summary, today: dt.date) -> bool:
    return summary.nine_months_on is not None and today > summary.nine_months_on


def open_actions(plan: Plan) -> list[tuple[str, Action]]:
    """Actions with a date of their own that are not done, earliest first: what
    ``action-overdue`` flags once the date has passed (repeating actions have no single
    date to be late by)."""
    found = [
        (action.when.date, path, action)
        for path, _, action in plan.actions()
        if action.when is not None
        and action.when.date is not None
        and not action.when.recurring
        and action.status != "done"
    ]
    return [(path, action) for _, path, action in sorted(found, key=lambda each: each[0])]


def actions_due(plan: Plan, today: dt.date) -> list[tuple[str, Action]]:
    """The open actions that are late or due by the end of this week."""
    until = week_end(today)
    return [
        (path, action)
        for path, action in open_actions(plan)
        if action.when is not None and action.when.date is not None and action.when.date <= until
    ]


def stale_on(plan: Plan, today: dt.date) -> dt.date | None:
    """The first day after ``today`` on which the plan's schedule may change by itself."""
    # A meeting is booked until its day, and is listed as due on the day itself.
    later = [max(event.date, today + DAY) for event in plan.events if event.date >= today]
    later += [
        reading.date
        for _, outcome in plan.outcomes()
        for reading in outcome.measurements
        if reading.date > today
    ]
    if plan.next_review is not None and plan.next_review >= today:
        later.append(plan.next_review + DAY)  # booked, then missed
    if plan.ended is not None and plan.ended > today:
        later.append(plan.ended)
    return min(later, default=None)


def _dues(made: Schedule) -> dict[str, Due]:
    dues: dict[str, Due] = {}
    for item in made.items():  # most urgent first: keep the first of each column
        dues.setdefault(_column(item, made.review_kind), Due.of(item))
    return dues


def _column(item: DueItem, review_kind: str | None) -> str:
    if item.kind == MINUTES:
        return "minutes"
    if item.kind == FULL_PLAN:
        return "interim"
    if item.kind == "core_group":
        return "core_group"
    if item.rule == SENIOR_REVIEW_RULE or item.kind == "senior_manager_review":
        return "senior_review"
    if item.kind in (review_kind, "review"):
        return "review"
    return "other"


def _nine_months_on(made: Schedule) -> dt.date | None:
    if made.plan.ended is not None and made.plan.ended <= made.today:
        return None
    pending = [deadline.end for deadline in made.for_rule(SENIOR_REVIEW_RULE) if deadline.pending]
    return min(pending, default=None)
