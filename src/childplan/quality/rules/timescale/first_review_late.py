"""first-review-late: a Child Protection plan's first review conference later than 3 months
after the initial conference."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date, format_short_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import date_path, plan_schedule, review_breaches
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

TIMESCALE = "first-review-conference"  # the rule set's rule (timescales/rulesets/england.yaml)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None:
        return
    for kind, occurrence, deadline in review_breaches(schedule, TIMESCALE):
        icpc = format_short_date(deadline.after.date)
        limit = (
            f"within {deadline.rule.period} of the initial conference on {icpc}, "
            f"by {format_date(deadline.due)}"
        )
        when = format_date(occurrence.date)
        if kind == "held":
            yield Hit(
                path=date_path(occurrence),
                text=occurrence.date.isoformat(),
                detail=f"The first review conference was on {when}. It should have been {limit}.",
                suggestion="Record why it was late, and hold the next review no more than 6 "
                "months after this one.",
            )
        else:
            what = "set as the next review" if occurrence.path == "next_review" else "booked"
            yield Hit(
                path=date_path(occurrence),
                text=occurrence.date.isoformat(),
                detail=f"The first review conference is {what} for {when}, after the limit: "
                f"it should be {limit}.",
                suggestion=f"Bring the review forward to {format_date(deadline.due)} or earlier.",
            )


def _cp(next_review: str, *events: str) -> str:
    listed = ", ".join(events)
    return f"{{type: child_protection, next_review: {next_review}, events: [{listed}]}}"


ICPC = "{kind: initial_conference, date: %s}"
REVIEW = "{kind: review_conference, date: %s}"

RULE = Rule(
    slug="first-review-late",
    kind="timescale",
    severity=Severity.ERROR,
    fields=("events", "next_review"),
    summary="Child Protection: the first review conference is, or is set to be, later than 3 "
    "months after the initial conference.",
    message="The first review conference is later than 3 months after the initial conference.",
    why=(
        "The first review conference checks whether the plan is making the child safe while "
        "there is still time to change course. Working Together sets it within three months "
        "of the initial conference. Three months means the same date three months on (the "
        "last day of the month when that month is shorter); when that day is a weekend or "
        "bank holiday the review is due the working day before. The rule flags a first "
        "review held late, and a first review booked (as an event or as next_review) after "
        "the limit while there is still time to move it. Once the limit has passed with no "
        "review, review-overdue says so instead. Child Protection plans only; it needs a "
        "'today' to tell a held review from a booked one."
    ),
    sources=(
        Source(
            "002", "The first review should be held within three months of the initial conference"
        ),
        Source("002", "Be reviewed 3 months max after ICPC"),
    ),
    check=check,
    suggestion="Hold the first review conference within 3 months of the initial conference.",
    flags=(
        Example(
            plan=_cp("2027-01-20", ICPC % "2026-05-14", REVIEW % "2026-08-20"),
            note="held on 20 August; the limit was 14 August",
        ),
        Example(
            plan=_cp("2026-12-10", ICPC % "2026-09-03"),
            note="the next review is set for 10 December; the limit is 3 December",
        ),
        Example(
            plan=_cp("2026-12-07", ICPC % "2026-09-03", REVIEW % "2026-12-07"),
            note="booked for 7 December",
        ),
        Example(
            plan=_cp("2027-01-20", ICPC % "2026-05-29", REVIEW % "2026-09-01"),
            note="3 months on is Saturday 29 August; held the Tuesday after the bank holiday",
        ),
        Example(
            plan=_cp("2027-01-20", ICPC % "2026-06-30", REVIEW % "2026-10-01"),
            note="one day late",
        ),
    ),
    passes=(
        Example(note="the example plan (a Child in Need plan)"),
        Example(
            plan=_cp("2027-01-20", ICPC % "2026-05-14", REVIEW % "2026-08-14"),
            note="exactly 3 months",
        ),
        Example(plan=_cp("2026-12-03", ICPC % "2026-09-03"), note="set for the last day"),
        Example(
            plan=_cp("2026-11-10", ICPC % "2026-08-10"),
            note="due today and set for today",
        ),
        Example(
            plan=_cp("2026-12-01", ICPC % "2026-07-01"),
            note="the limit passed with no review: that is review-overdue",
        ),
        Example(
            plan=_cp("2027-01-20", ICPC % "2026-05-29", REVIEW % "2026-08-28"),
            note="held on the Friday before the limit",
        ),
        Example(
            plan="{events: [{kind: initial_conference, date: 2026-05-14}, "
            "{kind: review_conference, date: 2026-09-20}]}",
            note="a Child in Need plan",
        ),
    ),
)
