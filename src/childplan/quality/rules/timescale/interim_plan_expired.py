"""interim-plan-expired: an interim safety plan past its short limit with no full plan."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import plan_schedule, working_days
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

TIMESCALE = "interim-plan"  # the rule set's rule (timescales/rulesets/england.yaml)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None or (plan.ended is not None and plan.ended <= schedule.today):
        return
    for deadline in schedule.for_rule(TIMESCALE):
        if not deadline.pending or schedule.today <= deadline.due:
            continue
        start = deadline.after
        late_by = -schedule.working_days_to(deadline.due)
        yield Hit(
            path=start.path,
            text=start.date.isoformat(),
            detail=f"The interim safety plan from {format_date(start.date)} should have been "
            f"replaced by a full plan within {deadline.rule.period}, by "
            f"{format_date(deadline.due)}; that was {working_days(late_by)} ago and no full "
            "plan has replaced it.",
            suggestion="Write the full plan now, from the assessment: the child's needs, "
            "the outcomes, and the actions with a named person and a date. Then change the "
            "plan's type from interim_safety and its date to the day it was agreed.",
        )


RULE = Rule(
    slug="interim-plan-expired",
    kind="timescale",
    severity=Severity.ERROR,
    fields=("type", "events"),
    summary="An interim safety plan is past its short limit and no full plan has replaced it.",
    message="This interim safety plan has run past its limit with no full plan.",
    why=(
        "An interim safety plan keeps a child safe for a few days while the assessment is "
        "done: it deals with one immediate worry and nothing else. Left in place, it becomes "
        "the plan by default and the child's other needs go unmet. An interim plan starts at "
        "the latest interim_plan event, or, for a plan of type interim_safety with no such "
        "event, at its started date (else its date). A full plan replaces it when the plan "
        "is of another type and its date is on or after the interim plan's. The limit is "
        "local practice, 10 working days unless changed under "
        "[timescales.rules.interim-plan]. Closed plans and checks without a 'today' are not "
        "flagged."
    ),
    sources=(
        Source(
            "003",
            "Interim plans must be issue specific and of very short duration only. They must "
            "always be followed by a full plan",
        ),
        Source("003", "These plans should be very time limited"),
    ),
    check=check,
    suggestion="Replace the interim safety plan with a full plan.",
    flags=(
        Example(
            plan="{type: interim_safety, started: 2026-10-20}",
            note="its 10 working days ended on 3 November",
        ),
        Example(
            plan="{date: 2026-10-01, started: 2026-10-01, "
            "events: [{kind: interim_plan, date: 2026-10-20}]}",
            note="an interim plan put in place after the Child in Need plan was last written",
        ),
        Example(
            plan="{type: interim_safety, events: [{kind: interim_plan, date: 2026-10-15}]}",
        ),
        Example(
            plan="{type: interim_safety, date: 2026-10-26, started: null}",
            note="no start date: counted from the plan's date; the limit was 9 November",
        ),
        Example(
            plan="{type: child_protection, date: 2026-09-01, started: 2026-09-01, "
            "events: [{kind: interim_plan, date: 2026-10-01}]}",
        ),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan="{type: interim_safety, started: 2026-11-02}", note="due by 16 November"),
        Example(
            plan="events: [{kind: interim_plan, date: 2026-10-28}]",
            note="the Child in Need plan of 2 November replaced it",
        ),
        Example(
            plan="{type: interim_safety, started: 2026-10-27}",
            note="the 10th working day is today",
        ),
        Example(
            plan="{type: child_protection, date: 2026-09-24, started: 2026-09-24, "
            "events: [{kind: interim_plan, date: 2026-09-10}]}",
            note="replaced by the Child Protection plan",
        ),
        Example(
            plan="{type: interim_safety, started: 2026-09-01, ended: 2026-09-20}",
            note="closed",
        ),
    ),
)
