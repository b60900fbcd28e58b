"""review-interval-too-long: a Child Protection review conference more than 6 months after
the one before."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date, format_short_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import date_path, plan_schedule, review_breaches
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

TIMESCALE = "later-review-conferences"  # the rule set's rule (timescales/rulesets/england.yaml)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None:
        return
    for kind, occurrence, deadline in review_breaches(schedule, TIMESCALE):
        before = format_short_date(deadline.after.date)
        limit = (
            f"no more than {deadline.rule.period} after the review conference on {before}, "
            f"by {format_date(deadline.due)}"
        )
        when = format_date(occurrence.date)
        if kind == "held":
            yield Hit(
                path=date_path(occurrence),
                text=occurrence.date.isoformat(),
                detail=f"The review conference on {when} came more than "
                f"{deadline.rule.period} after the one before. It should have been {limit}.",
                suggestion="Record why the review was late, and keep the next one within 6 months.",
            )
        else:
            what = "set as the next review" if occurrence.path == "next_review" else "booked"
            yield Hit(
                path=date_path(occurrence),
                text=occurrence.date.isoformat(),
                detail=f"The next review conference is {what} for {when}, after the limit: "
                f"it should be {limit}.",
                suggestion=f"Bring the review forward to {format_date(deadline.due)} or earlier.",
            )


def _cp(next_review: str, *events: str) -> str:
    listed = ", ".join(events)
    return f"{{type: child_protection, next_review: {next_review}, events: [{listed}]}}"


ICPC = "{kind: initial_conference, date: %s}"
REVIEW = "{kind: review_conference, date: %s}"

RULE = Rule(
    slug="review-interval-too-long",
    kind="timescale",
    severity=Severity.ERROR,
    fields=("events", "next_review"),
    summary="Child Protection: a review conference more than 6 months after the one before.",
    message="A review conference is more than 6 months after the one before.",
    why=(
        "After the first review, a child protection plan must be reviewed at least every six "
        "months for as long as the child is subject to it: long gaps are where drift and "
        "delay hide. Six months means the same date six months on (the last day of the month "
        "when that month is shorter), brought back to the working day before when it falls "
        "on a weekend or bank holiday. The rule flags each review held more than six months "
        "after the one before, and a next review booked (as an event or as next_review) "
        "after the limit while there is still time to move it; once the limit has passed "
        "with no review, review-overdue says so instead. The gap from the initial conference "
        "to the first review is first-review-late's. Child Protection plans only; it needs a "
        "'today'."
    ),
    sources=(
        Source(
            "002",
            "further reviews at intervals of no more than six months for as long as the child "
            "remains subject of a child protection plan",
        ),
        Source("002", "then no more than 6 monthly"),
    ),
    check=check,
    suggestion="Hold each review conference within 6 months of the one before.",
    flags=(
        Example(
            plan=_cp(
                "2027-01-20", ICPC % "2025-11-20", REVIEW % "2026-02-19", REVIEW % "2026-08-26"
            ),
            note="26 August is a week past the limit of 19 August",
        ),
        Example(
            plan=_cp("2026-12-17", REVIEW % "2026-06-11"),
            note="set for 17 December; the limit is 11 December",
        ),
        Example(
            plan=_cp(
                "2027-01-20",
                ICPC % "2025-05-07",
                REVIEW % "2025-08-06",
                REVIEW % "2026-02-25",
                REVIEW % "2026-08-20",
            ),
            note="the second gap was too long, the third was not",
        ),
        Example(
            plan=_cp("2027-01-20", REVIEW % "2025-09-10", REVIEW % "2026-03-20"),
            note="a plan recorded from its first review on",
        ),
        Example(
            plan=_cp("2027-01-20", REVIEW % "2026-03-31", REVIEW % "2026-10-01"),
            note="6 months after 31 March is 30 September (September has 30 days)",
        ),
    ),
    passes=(
        Example(note="the example plan (a Child in Need plan)"),
        Example(
            plan=_cp(
                "2027-01-20", ICPC % "2025-11-20", REVIEW % "2026-02-19", REVIEW % "2026-08-19"
            ),
            note="exactly 6 months",
        ),
        Example(plan=_cp("2026-12-11", REVIEW % "2026-06-11"), note="set for the last day"),
        Example(
            plan=_cp("2027-01-20", ICPC % "2026-01-08", REVIEW % "2026-04-08"),
            note="the limit passed with no review: that is review-overdue",
        ),
        Example(
            plan=_cp(
                "2027-01-20", ICPC % "2025-10-01", REVIEW % "2026-02-05", REVIEW % "2026-08-05"
            ),
            note="the first review was late (first-review-late), the gap after it was not",
        ),
        Example(
            plan="{events: [{kind: child_in_need_review, date: 2026-01-08}, "
            "{kind: child_in_need_review, date: 2026-08-20}]}",
            note="a Child in Need plan",
        ),
    ),
)
