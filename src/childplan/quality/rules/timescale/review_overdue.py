"""review-overdue: the next review date has passed, or the review limit has passed, with no
review recorded."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import plan_schedule, working_days
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.timescales.engine import TITLES


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None or (plan.ended is not None and plan.ended <= schedule.today):
        return
    reviews = schedule.ruleset.review_kinds
    overdue = [
        deadline
        for deadline in schedule.deadlines
        if deadline.pending and deadline.kind in reviews and deadline.due < schedule.today
    ]
    for deadline in overdue[:1]:
        meeting = TITLES[deadline.kind].lower()
        late_by = -schedule.working_days_to(deadline.due)
        kind = "statutory" if deadline.rule.statutory else "local"
        detail = (
            f"The {meeting} was due by {format_date(deadline.due)} ({deadline.reason}: the "
            f"{kind} limit), {working_days(late_by)} ago, and none is recorded since."
        )
        if plan.next_review is not None and plan.next_review > deadline.end:
            detail += f" The next review is set for {format_date(plan.next_review)}."
        yield Hit(
            path="next_review" if plan.next_review is not None else "events",
            text=deadline.due.isoformat(),
            detail=detail,
            suggestion=f"Hold the {meeting} as soon as possible and set next_review to its "
            "date. If it has been held, add it to the plan's key dates (events).",
        )
        return
    missed = schedule.next_review_missed()
    if missed is not None:
        late_by = -schedule.working_days_to(missed.date)
        yield Hit(
            path="next_review",
            text=missed.date.isoformat(),
            detail=f"The next review was set for {format_date(missed.date)}, "
            f"{working_days(late_by)} ago, and no review on or after that day is recorded.",
            suggestion="If the review was held, add it to the plan's key dates (events) and "
            "set the date of the review after it; if not, agree a date with everyone now.",
        )


RULE = Rule(
    slug="review-overdue",
    kind="timescale",
    severity=Severity.ERROR,
    fields=("next_review", "events"),
    summary="The next review date, or the limit for the next review, has passed with no "
    "review recorded.",
    message="The review of this plan is overdue.",
    why=(
        "A plan that is not reviewed drifts: nobody checks whether the child is better off, "
        "and actions that are not working carry on. The rule flags a plan whose review limit "
        "has passed with no review recorded (Child Protection: 3 months after the initial "
        "conference, then 6-monthly; looked after: 20 working days, 3 months, then 6-monthly; "
        "Child in Need: the local interval, 3 months unless configured), or whose own "
        "next_review date has passed with no review on or after it. A review counts when it "
        "is in the plan's key dates (events) dated on or before 'today'. A closed plan "
        "(ended) is not flagged, and without a 'today' the rule says nothing."
    ),
    sources=(
        Source("002", "Have regular reviews to determine progress"),
        Source("004", "Child's Plans should be reviewed regularly."),
        Source("004", "Practitioners should ensure that a date is set for the next meeting"),
    ),
    check=check,
    suggestion="Hold the review as soon as possible and record it in the plan's key dates.",
    flags=(
        Example(plan="next_review: 2026-11-05", note="set for 5 November; nothing since"),
        Example(
            plan="{type: child_protection, next_review: 2026-11-20, "
            "events: [{kind: initial_conference, date: 2026-07-01}]}",
            note="the first review was due by 1 October",
        ),
        Example(
            plan="started: 2026-05-04",
            note="a Child in Need plan reviewed every 3 months: due by 4 August",
        ),
        Example(
            plan="{type: looked_after, events: [{kind: looked_after, date: 2026-09-01}]}",
            note="the first looked after review was due within 20 working days, by 29 September",
        ),
        Example(
            plan="{type: child_protection, events: [{kind: review_conference, date: 2026-03-05}]}",
            note="6 months after the last review conference passed on 4 September",
        ),
        Example(
            plan="{next_review: 2026-10-30, "
            "events: [{kind: child_in_need_review, date: 2026-10-20}]}",
            note="the review held on 20 October came before the date set for the next one",
        ),
    ),
    passes=(
        Example(note="the example plan"),
        Example(
            plan="{next_review: 2026-11-05, "
            "events: [{kind: child_in_need_review, date: 2026-11-05}]}",
            note="held on the day set",
        ),
        Example(
            plan="{type: child_protection, next_review: 2026-11-30, "
            "events: [{kind: initial_conference, date: 2026-09-01}]}",
            note="due by 1 December",
        ),
        Example(
            plan="{started: 2026-05-04, ended: 2026-10-01, next_review: 2026-10-15}",
            note="the plan closed on 1 October",
        ),
        Example(
            plan="{type: looked_after, events: [{kind: looked_after, date: 2026-09-01}, "
            "{kind: looked_after_review, date: 2026-09-25}]}",
            note="the second review is due by 24 December",
        ),
        Example(plan="next_review: 2026-11-10", note="set for today"),
    ),
)
