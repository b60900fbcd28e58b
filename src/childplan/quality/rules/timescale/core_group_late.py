"""core-group-late: the first core group later than 10 working days after the initial
conference."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date, format_short_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import date_path, plan_schedule, working_days
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

TIMESCALE = "first-core-group"  # the rule set's rule (timescales/rulesets/england.yaml)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None:
        return
    for deadline in schedule.for_rule(TIMESCALE):
        icpc = deadline.after
        limit = (
            f"within {deadline.rule.period} of the initial conference, "
            f"by {format_date(deadline.due)}"
        )
        if deadline.met_by is not None and deadline.late:
            met = deadline.met_by
            taken = schedule.calendar.working_days_between(icpc.date, met.date)
            yield Hit(
                path=date_path(met),
                text=met.date.isoformat(),
                detail=f"The first core group met on {format_date(met.date)}, "
                f"{working_days(taken)} after the initial conference on "
                f"{format_short_date(icpc.date)}. It should have met {limit}.",
                suggestion="Record why it was late in the meeting's notes, and make sure the "
                "next core groups keep to the dates agreed.",
            )
        elif deadline.pending and schedule.today > deadline.due:
            late_by = -schedule.working_days_to(deadline.due)
            yield Hit(
                path=date_path(icpc),
                text=icpc.date.isoformat(),
                detail=f"No core group is recorded since the initial conference on "
                f"{format_short_date(icpc.date)}. The first core group should have met "
                f"{limit}; that is {working_days(late_by)} ago.",
                suggestion="Hold the first core group as soon as possible. If it has met, add "
                "it to the plan's key dates (events) with its date.",
            )
        elif deadline.booked_late and deadline.planned is not None:
            booked = deadline.planned
            yield Hit(
                path=date_path(booked),
                text=booked.date.isoformat(),
                detail=f"The first core group is booked for {format_date(booked.date)}, after "
                f"the limit: it should meet {limit}.",
                suggestion=f"Bring the meeting forward to {format_date(deadline.due)} or earlier.",
            )


def _cp(*events: str, nation: str = "england") -> str:
    listed = ", ".join(events)
    return (
        f"{{type: child_protection, nation: {nation}, next_review: 2027-01-20, events: [{listed}]}}"
    )


ICPC = "{kind: initial_conference, date: %s}"
CORE_GROUP = "{kind: core_group, date: %s}"

RULE = Rule(
    slug="core-group-late",
    kind="timescale",
    severity=Severity.ERROR,
    fields=("events",),
    summary="The first core group met, or is booked, later than 10 working days after the "
    "initial conference.",
    message="The first core group is later than 10 working days after the initial conference.",
    why=(
        "The core group turns the outline plan from the conference into a working plan and "
        "starts the work with the family. Working Together sets 10 working days from the "
        "initial child protection conference; a late first meeting is time the child waits "
        "with the worries unchanged. Working days skip weekends and the bank holidays of the "
        "plan's nation (and the authority's closure days), so over Christmas the limit moves "
        "well into January. The rule flags a first core group held late, a first core group "
        "booked after the limit, and, once the limit has passed, a plan with no core group "
        "recorded at all. It reads Child Protection plans only, and says nothing without a "
        "'today' to count from."
    ),
    sources=(
        Source(
            "002",
            "meet within 10 working days from the initial child protection conference if the "
            "child is the subject of a child protection plan",
        ),
    ),
    check=check,
    suggestion="Hold the first core group within 10 working days of the initial conference.",
    flags=(
        Example(
            plan=_cp(ICPC % "2026-10-01", CORE_GROUP % "2026-10-20"),
            note="held on 20 October; the limit was 15 October",
        ),
        Example(
            plan=_cp(ICPC % "2026-10-22"),
            note="no core group by 10 November; the limit was 5 November",
        ),
        Example(
            plan=_cp(ICPC % "2026-11-05", CORE_GROUP % "2026-11-26"),
            note="booked for 26 November; the limit is 19 November",
        ),
        Example(
            plan=_cp(ICPC % "2026-07-23", CORE_GROUP % "2026-08-07"),
            note="in England the limit is 6 August",
        ),
        Example(
            plan=_cp(ICPC % "2026-08-20", CORE_GROUP % "2026-09-04", nation="scotland"),
            note="Scotland's summer bank holiday is 3 August, not 31 August, so the limit is "
            "3 September",
        ),
    ),
    passes=(
        Example(note="the example plan (a Child in Need plan)"),
        Example(
            plan=_cp(ICPC % "2026-10-01", CORE_GROUP % "2026-10-15"), note="the 10th working day"
        ),
        Example(
            plan=_cp(ICPC % "2026-08-20", CORE_GROUP % "2026-09-04"),
            note="in England, 31 August 2026 is a bank holiday",
        ),
        Example(
            plan=_cp(ICPC % "2026-07-23", CORE_GROUP % "2026-08-07", nation="scotland"),
            note="in Scotland, 3 August 2026 is a bank holiday",
        ),
        Example(
            plan=_cp(ICPC % "2026-11-05", CORE_GROUP % "2026-11-19"),
            note="booked for the last day",
        ),
        Example(plan=_cp(ICPC % "2026-11-05"), note="not yet due"),
        Example(
            plan="{events: [{kind: initial_conference, date: 2026-10-01}, "
            "{kind: core_group, date: 2026-10-20}]}",
            note="a Child in Need plan: the conference did not make a Child Protection plan",
        ),
    ),
)
