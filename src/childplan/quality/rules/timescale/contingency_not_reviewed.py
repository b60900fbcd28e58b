"""contingency-not-reviewed: the last review did not revisit the contingency plan."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import plan_schedule
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.timescales.engine import TITLES


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None:
        return
    meetings = schedule.held([*schedule.ruleset.review_kinds, "initial_conference"])
    if not meetings or meetings[-1].kind == "initial_conference":
        return  # no review yet, or a new plan was made at a conference since
    last = meetings[-1]
    event = plan.events[int(last.path[len("events[") : -1])]
    require_record = bool(ctx.options.get("require_record", False))
    if event.contingency_reviewed is False:
        said = "is recorded as not revisiting"
    elif event.contingency_reviewed is None and require_record:
        said = "is not recorded as revisiting"
    else:
        return
    yield Hit(
        path=f"{last.path}.contingency_reviewed",
        text="false" if event.contingency_reviewed is False else "",
        detail=f"The last review, the {TITLES[last.kind].lower()} on "
        f"{format_date(last.date)}, {said} the contingency plan.",
        suggestion="At the next review, go through the contingency plan with the family and "
        "the network: is it still who would step in, and what they would do? Record it as "
        "contingency_reviewed: true.",
    )


def _reviews(*reviews: tuple[str, str, str | None]) -> str:
    events = ", ".join(
        f"{{kind: {kind}, date: {date}"
        + (f", contingency_reviewed: {reviewed}" if reviewed else "")
        + "}"
        for kind, date, reviewed in reviews
    )
    return f"{{events: [{events}]}}"


RULE = Rule(
    slug="contingency-not-reviewed",
    kind="timescale",
    severity=Severity.WARNING,
    fields=("events",),
    summary="The last review did not revisit the contingency plan.",
    message="The last review did not revisit the contingency plan.",
    why=(
        "A contingency plan names the people who will step in and what they will do if the "
        "plan fails. Families and networks change: the grandmother who would have cared for "
        "the children may have moved away. A contingency plan that is not looked at again at "
        "each review may not work on the day it is needed. The rule reads the last review "
        "held by 'today' (a review conference, Child in Need, team around the family, looked "
        "after or pathway review) and flags it when its contingency_reviewed is false. A "
        "review that does not record it either way is only flagged when the option "
        "require_record is true. An initial conference held since the last review made a new "
        "plan, so it is not flagged; core groups are not reviews."
    ),
    sources=(
        Source(
            "003",
            "your contingency plan should be reviewed at least every time you review your plan",
        ),
    ),
    check=check,
    options={"require_record": False},
    suggestion="Revisit the contingency plan at every review and record that you did.",
    flags=(
        Example(plan=_reviews(("child_in_need_review", "2026-10-20", "false"))),
        Example(
            plan="{type: child_protection, events: [{kind: initial_conference, date: 2026-06-04}, "
            "{kind: review_conference, date: 2026-09-03, contingency_reviewed: false}]}",
        ),
        Example(
            plan=_reviews(
                ("child_in_need_review", "2026-07-20", "true"),
                ("child_in_need_review", "2026-10-20", "false"),
            ),
            note="revisited at the review before, not at the last",
        ),
        Example(
            plan="{type: looked_after, events: [{kind: looked_after, date: 2026-09-01}, "
            "{kind: looked_after_review, date: 2026-09-25, contingency_reviewed: false}]}",
        ),
        Example(
            plan="{type: early_help, events: [{kind: team_around_family, date: 2026-10-14, "
            "contingency_reviewed: false}]}",
        ),
    ),
    passes=(
        Example(note="the example plan: no review yet"),
        Example(plan=_reviews(("child_in_need_review", "2026-10-20", "true"))),
        Example(
            plan=_reviews(
                ("child_in_need_review", "2026-07-20", "false"),
                ("child_in_need_review", "2026-10-20", "true"),
            ),
            note="revisited at the last review",
        ),
        Example(
            plan="{type: child_protection, events: [{kind: child_in_need_review, date: 2026-08-03, "
            "contingency_reviewed: false}, {kind: initial_conference, date: 2026-10-01}]}",
            note="the conference since made a new plan",
        ),
        Example(plan=_reviews(("child_in_need_review", "2026-10-20", None)), note="not recorded"),
        Example(
            plan="{type: child_protection, events: [{kind: initial_conference, date: 2026-10-01}, "
            "{kind: core_group, date: 2026-10-14, contingency_reviewed: false}]}",
            note="a core group is not a review",
        ),
        Example(
            plan=_reviews(("child_in_need_review", "2026-11-20", "false")),
            note="booked, not yet held",
        ),
    ),
)
