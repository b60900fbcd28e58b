"""From a plan, a calendar, a rule set and a day: what falls due when, and why.

``schedule(plan, calendar, ruleset, today)`` works out every **deadline** the rule set gives
the plan's key dates: the period, the event it counts from, the date it ends, and whether a
meeting has met it (on time or late), is booked for it, or is still awaited. ``items()``
turns what is still awaited into the list ``childplan due`` prints, most urgent first, each
with its reason in words ("10 working days after the initial conference on 17 December
2026") and its source. The timescale rules of the checker read the same deadlines.

Choices, so that every date can be explained:

* An event dated on or before ``today`` has happened; one after ``today`` is booked. A
  booked meeting does not meet a deadline: it is shown beside it (``planned``).
* Periods in working days end on a working day. Periods in months, weeks or days that end on
  a weekend, a bank holiday or a closure day are due the working day before, and the reason
  says so; a meeting on the day itself is still on time.
* Rules with the same due kind form a series (``ruleset.py``): the first counts from its
  ``after`` event (the first or latest one, as the rule says), each later one from the
  meeting before. A plan whose starting event is not recorded enters the series at its first
  recorded meeting.
* ``plan_start`` is the plan's ``started`` date, or its ``date`` when no start is recorded
  (the reason says so). A plan that is not an interim safety plan is the full plan from its
  ``date``; an interim safety plan with no ``interim_plan`` event began when it started.
* Once a plan has ``ended``, nothing new falls due on or after that day; minutes of
  meetings already held are still due.
* ``next_review`` is a booking for the plan's review meeting: shown beside the review that
  is due, or on its own; once it has passed with no review recorded on or after it, it is
  overdue.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from childplan.plan.dates import format_short_date
from childplan.plan.model import Plan
from childplan.timescales.calendar import WorkingDayCalendar
from childplan.timescales.ruleset import (
    FULL_PLAN,
    MINUTES,
    PLAN_START,
    RuleSet,
    TimescaleRule,
)

Status = Literal["upcoming", "today", "overdue"]

# "... after {phrase}": the event a period counts from, in words.
AFTER_WORDS = {
    "strategy_discussion": "the strategy discussion on {date}",
    "initial_conference": "the initial conference on {date}",
    "review_conference": "the review conference on {date}",
    "core_group": "the core group on {date}",
    "child_in_need_review": "the child in need review on {date}",
    "team_around_family": "the team around the family meeting on {date}",
    "looked_after": "the child became looked after on {date}",
    "looked_after_review": "the looked after review on {date}",
    "pathway_review": "the pathway plan review on {date}",
    "senior_manager_review": "the senior manager review on {date}",
    "interim_plan": "the interim safety plan was put in place on {date}",
    PLAN_START: "the plan started on {date}",
}

TITLES = {
    "strategy_discussion": "Strategy discussion",
    "initial_conference": "Initial child protection conference",
    "review_conference": "Review child protection conference",
    "core_group": "Core group meeting",
    "child_in_need_review": "Child in need review",
    "team_around_family": "Team around the family meeting",
    "looked_after": "Child becomes looked after",
    "looked_after_review": "Looked after review",
    "pathway_review": "Pathway plan review",
    "senior_manager_review": "Senior manager review",
    "interim_plan": "Interim safety plan",
    FULL_PLAN: "Full plan to replace the interim safety plan",
    MINUTES: "Send the actions and notes",
    "review": "Review of the plan",
}

NEXT_REVIEW_RULE = "next-review"
BOOKED_RULE = "booked"


@dataclass(frozen=True)
class Occurrence:
    """Something on the plan's timeline: an event, or a date the plan itself gives."""

    kind: str
    date: dt.date
    path: str  # where the plan records it: events[2], events[2].minutes_sent, started, date
    words: str | None = None  # how to name it, when not the usual words for its kind

    def describe(self) -> str:
        if self.words is not None:
            return self.words
        template = AFTER_WORDS.get(self.kind, f"the {self.kind.replace('_', ' ')} on {{date}}")
        return template.format(date=format_short_date(self.date))


@dataclass(frozen=True)
class Deadline:
    """One period of one rule: from ``after``, ending on ``end``, due by ``due``."""

    rule: TimescaleRule
    after: Occurrence
    end: dt.date  # the last day of the period, working day or not
    due: dt.date  # the last working day on or before ``end``
    met_by: Occurrence | None  # what met it, on time or late
    planned: Occurrence | None  # a booked meeting, when nothing has met it yet
    reason: str

    @property
    def pending(self) -> bool:
        return self.met_by is None

    @property
    def late(self) -> bool:
        return self.met_by is not None and self.met_by.date > self.end

    @property
    def booked_late(self) -> bool:
        """Not met yet, and the meeting booked for it falls after the period ends."""
        return self.pending and self.planned is not None and self.planned.date > self.end

    @property
    def kind(self) -> str:
        return self.rule.due


@dataclass(frozen=True)
class DueItem:
    """One line of ``childplan due``; ``to_json`` gives the shape PRODUCT.md fixes."""

    kind: str
    due: dt.date
    status: Status
    working_days: int
    rule: str
    reason: str
    source: str
    statutory: bool
    path: str
    of: str | None = None  # minutes: the meeting's kind
    date: dt.date | None = None  # minutes: the meeting's date
    planned: dt.date | None = None  # a booked meeting date

    @property
    def title(self) -> str:
        if self.kind == MINUTES and self.of is not None and self.date is not None:
            meeting = TITLES.get(self.of, self.of).lower()
            return f"Send the actions and notes of the {meeting} on {format_short_date(self.date)}"
        return TITLES.get(self.kind, self.kind.replace("_", " ").capitalize())

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind,
            "due": self.due.isoformat(),
            "status": self.status,
            "working_days": self.working_days,
            "rule": self.rule,
            "reason": self.reason,
            "source": self.source,
        }
        if self.of is not None and self.date is not None:
            data["of"] = self.of
            data["date"] = self.date.isoformat()
        data["title"] = self.title
        data["statutory"] = self.statutory
        data["planned"] = self.planned.isoformat() if self.planned else None
        data["path"] = self.path
        return data


@dataclass(frozen=True)
class Schedule:
    plan: Plan
    calendar: WorkingDayCalendar
    ruleset: RuleSet
    today: dt.date
    deadlines: tuple[Deadline, ...]

    def for_rule(self, rule_id: str) -> list[Deadline]:
        return [d for d in self.deadlines if d.rule.id == rule_id]

    def status(self, day: dt.date) -> Status:
        if day < self.today:
            return "overdue"
        return "today" if day == self.today else "upcoming"

    def working_days_to(self, day: dt.date) -> int:
        """Working days left until ``day``; negative when it has passed."""
        return self.calendar.working_days_between(self.today, day)

    def held(self, kinds: Iterable[str]) -> list[Occurrence]:
        """Events of these kinds that have happened (dated today or before), oldest first."""
        wanted = set(kinds)
        return [o for o in _timeline(self.plan) if o.kind in wanted and o.date <= self.today]

    @property
    def review_kind(self) -> str | None:
        return self.ruleset.review_kind(self.plan.type)

    def items(self) -> list[DueItem]:
        """Everything still to come or late, most urgent first."""
        items = [self._deadline_item(d) for d in self.deadlines if d.pending]
        used = {d.planned.path for d in self.deadlines if d.pending and d.planned}
        for booking in _bookings(self.plan, self.today, self.review_kind):
            if booking.path not in used and not self._closed_before(booking.date):
                items.append(self._booking_item(booking))
        overdue_review = self.next_review_missed()
        if overdue_review is not None:
            items.append(self._booking_item(overdue_review))
        return sorted(items, key=lambda item: (item.due, item.title))

    def next_review_missed(self) -> Occurrence | None:
        """The plan's next review date, when it has passed with no review on or after it."""
        plan = self.plan
        if plan.next_review is None or plan.next_review >= self.today:
            return None
        if self._closed_before(plan.next_review):
            return None
        kinds = [self.review_kind] if self.review_kind else sorted(self.ruleset.review_kinds)
        if any(o.date >= plan.next_review for o in self.held(kinds)):
            return None
        return _next_review(plan, self.review_kind)

    def _closed_before(self, day: dt.date) -> bool:
        return self.plan.ended is not None and day >= self.plan.ended

    def _deadline_item(self, deadline: Deadline) -> DueItem:
        planned = deadline.planned
        of = date = None
        if deadline.kind == MINUTES:
            of, date = deadline.after.kind, deadline.after.date
        return DueItem(
            kind=deadline.kind,
            due=deadline.due,
            status=self.status(deadline.due),
            working_days=self.working_days_to(deadline.due),
            rule=deadline.rule.id,
            reason=deadline.reason,
            source=deadline.rule.source_text,
            statutory=deadline.rule.statutory,
            path=deadline.after.path,
            of=of,
            date=date,
            planned=planned.date if planned else None,
        )

    def _booking_item(self, booking: Occurrence) -> DueItem:
        if booking.path == "next_review":
            rule, reason = NEXT_REVIEW_RULE, "the next review date set in the plan"
            source = "The plan's next_review, agreed at the last meeting."
        else:
            rule, reason = BOOKED_RULE, "booked in the plan's key dates"
            source = f"The plan's key dates ({booking.path})."
        return DueItem(
            kind=booking.kind,
            due=booking.date,
            status=self.status(booking.date),
            working_days=self.working_days_to(booking.date),
            rule=rule,
            reason=reason,
            source=source,
            statutory=False,
            path=booking.path,
        )


def schedule(
    plan: Plan, calendar: WorkingDayCalendar, ruleset: RuleSet, today: dt.date
) -> Schedule:
    """Every deadline of the rule set for this plan, as things stand on ``today``."""
    timeline = _timeline(plan)
    held = [o for o in timeline if o.date <= today]
    review_kind = ruleset.review_kind(plan.type)
    bookings = [b for b in _bookings(plan, today, review_kind) if b.date > today]
    deadlines: list[Deadline] = []
    for kind, rules in ruleset.series():
        deadlines += _series(plan, kind, rules, held, bookings, calendar)
    for rule in ruleset.rules:
        if rule.due == MINUTES and rule.applies_to(plan.type):
            deadlines += _minutes(plan, rule, today, calendar)
    return Schedule(plan, calendar, ruleset, today, tuple(deadlines))


def _series(
    plan: Plan,
    kind: str,
    rules: tuple[TimescaleRule, ...],
    held: list[Occurrence],
    bookings: list[Occurrence],
    calendar: WorkingDayCalendar,
) -> list[Deadline]:
    steps = [rule for rule in rules if rule.applies_to(plan.type)]
    if not steps:
        return []
    starts = [o for o in held if o.kind in steps[0].after]
    meetings = [o for o in held if o.kind == kind]
    if starts:
        previous = starts[0] if steps[0].counts_from == "first" else starts[-1]
        done = [m for m in meetings if m.date >= previous.date]
        step = 0
    elif meetings:  # the start is not recorded: enter the series at its first meeting
        previous, done, step = meetings[0], meetings[1:], 1
    else:
        return []
    deadlines = []
    for met in [*done, None]:
        if step < len(steps):
            rule = steps[step]
        elif steps[-1].repeat:
            rule = steps[-1]
        else:
            break
        planned = None
        if met is None:
            planned = next(
                (b for b in bookings if b.kind == kind and b.date >= previous.date), None
            )
        deadline = _deadline(rule, previous, met, calendar, planned)
        if met is None:
            if plan.ended is None or deadline.due < plan.ended:  # else it closed first
                deadlines.append(deadline)
            break
        deadlines.append(deadline)
        previous, step = met, step + 1
    return deadlines


def _minutes(
    plan: Plan, rule: TimescaleRule, today: dt.date, calendar: WorkingDayCalendar
) -> list[Deadline]:
    deadlines = []
    for index, event in enumerate(plan.events):
        if event.kind not in rule.after or event.date > today:
            continue
        meeting = Occurrence(event.kind, event.date, f"events[{index}]")
        sent = None
        if event.minutes_sent is not None:
            sent = Occurrence(MINUTES, event.minutes_sent, f"events[{index}].minutes_sent")
        deadlines.append(_deadline(rule, meeting, sent, calendar))
    return deadlines


def _deadline(
    rule: TimescaleRule,
    after: Occurrence,
    met_by: Occurrence | None,
    calendar: WorkingDayCalendar,
    planned: Occurrence | None = None,
) -> Deadline:
    end = rule.end_of_period(after.date, calendar)
    due = calendar.working_day_on_or_before(end)
    reason = f"{rule.period} after {after.describe()}"
    if due != end:
        closed = calendar.closed_because(end)
        why = f"is a {end:%A}" if closed is None else f"is {_article(closed)}"
        reason += f"; {format_short_date(end)} {why}, so it is due the working day before"
    return Deadline(rule, after, end, due, met_by, planned, reason)


def _timeline(plan: Plan) -> list[Occurrence]:
    """The plan's events, and the dates the plan itself stands for, oldest first."""
    timeline = [Occurrence(e.kind, e.date, f"events[{i}]") for i, e in enumerate(plan.events)]
    if plan.started is not None:
        timeline.append(Occurrence(PLAN_START, plan.started, "started"))
    else:
        words = f"the plan's date, {format_short_date(plan.date)} (no start date is recorded)"
        timeline.append(Occurrence(PLAN_START, plan.date, "date", words))
    if plan.type == "interim_safety":
        if not any(event.kind == "interim_plan" for event in plan.events):
            start = plan.started or plan.date
            timeline.append(Occurrence("interim_plan", start, "type"))
    else:
        timeline.append(Occurrence(FULL_PLAN, plan.date, "date"))
    return sorted(timeline, key=lambda o: o.date)


def _bookings(plan: Plan, today: dt.date, review_kind: str | None) -> list[Occurrence]:
    """Meetings booked for today or later: future events, and the next review date."""
    bookings = [
        Occurrence(e.kind, e.date, f"events[{i}]")
        for i, e in enumerate(plan.events)
        if e.date >= today
    ]
    if plan.next_review is not None and plan.next_review >= today:
        kind = review_kind or "review"
        if not any(b.kind == kind and b.date == plan.next_review for b in bookings):
            bookings.append(_next_review(plan, review_kind))
    return sorted(bookings, key=lambda o: o.date)


def _next_review(plan: Plan, review_kind: str | None) -> Occurrence:
    assert plan.next_review is not None
    return Occurrence(review_kind or "review", plan.next_review, "next_review")


def _article(name: str) -> str:
    """'a local closure day', but 'Christmas Day' (a bank holiday's own name)."""
    return name if name[:1].isupper() else f"a {name}"
