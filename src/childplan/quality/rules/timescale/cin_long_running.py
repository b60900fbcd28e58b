"""cin-long-running: a Child in Need plan open more than 9 months with no senior manager
review recorded."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import plan_schedule
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

TIMESCALE = "child-in-need-senior-manager-review"  # timescales/rulesets/england.yaml


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None or (plan.ended is not None and plan.ended <= schedule.today):
        return
    for deadline in schedule.for_rule(TIMESCALE):
        if not deadline.pending or schedule.today <= deadline.end:
            continue
        start = deadline.after
        yield Hit(
            path=start.path,
            text=start.date.isoformat(),
            detail=f"This plan has been open since {format_date(start.date)}, more than "
            f"{deadline.rule.period}, and no senior manager review is recorded.",
            suggestion="Ask the service manager for the team to review the plan: whether it "
            "still meets the child's needs, and what has to change. Record it in the plan's "
            "key dates as a senior_manager_review.",
        )


RULE = Rule(
    slug="cin-long-running",
    kind="timescale",
    severity=Severity.WARNING,
    fields=("started", "events"),
    summary="A Child in Need plan open more than 9 months with no senior manager review.",
    message="This Child in Need plan has been open more than 9 months with no senior manager "
    "review.",
    why=(
        "A Child in Need plan that runs on and on may be helping too slowly, or not at all; "
        "a manager with fresh eyes asks whether it still meets the child's needs and what "
        "must change. The rule counts from the plan's started date (9 months later is the "
        "same day of the month, or the month's last day), and is satisfied by a "
        "senior_manager_review in the key dates on or after that start. Without a started "
        "date it counts from the plan's date, which can only make it flag later, never "
        "wrongly. Child in Need and Family Help plans only; closed plans (ended) and checks "
        "without a 'today' are not flagged. The 9 months is local practice: change it under "
        "[timescales.rules.child-in-need-senior-manager-review]."
    ),
    sources=(
        Source(
            "004",
            "Children who have been subject to a Child in Need Plan for more than 9 months "
            "will be reviewed by a Service Delivery Manager with responsibility for the team.",
        ),
    ),
    check=check,
    suggestion="Ask a senior manager to review the plan and record the review in its key dates.",
    flags=(
        Example(plan="started: 2026-01-05", note="open since January; 9 months was 5 October"),
        Example(plan="{type: family_help, started: 2025-12-01}", note="a Family Help plan"),
        Example(
            plan="{started: 2026-02-05, events: [{kind: child_in_need_review, date: 2026-05-07}, "
            "{kind: child_in_need_review, date: 2026-08-06}]}",
            note="reviewed, but never by a senior manager",
        ),
        Example(plan="started: 2025-11-02", note="a year"),
        Example(plan="started: 2026-02-09", note="9 months and a day"),
    ),
    passes=(
        Example(note="the example plan: started this month"),
        Example(plan="started: 2026-02-10", note="exactly 9 months today"),
        Example(
            plan="{started: 2025-11-02, events: [{kind: senior_manager_review, date: 2026-08-10}]}",
            note="a senior manager reviewed it in August",
        ),
        Example(
            plan="{type: child_protection, started: 2025-01-06}", note="a Child Protection plan"
        ),
        Example(plan="{started: 2025-11-02, ended: 2026-06-30}", note="closed in June"),
        Example(plan="started: null", note="no start date: counted from the plan's date"),
    ),
)
