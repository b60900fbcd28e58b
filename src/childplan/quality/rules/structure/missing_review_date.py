"""missing-review-date: no date set for the next review."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if plan.next_review is None and plan.ended is None:
        yield Hit(path="next_review")  # a plan that has ended has no next review


RULE = Rule(
    slug="missing-review-date",
    kind="structure",
    severity=Severity.ERROR,
    fields=("next_review",),
    summary="No next review date.",
    message="This plan has no date for its next review.",
    why=(
        "Without a date the review slips, progress is never checked and the plan drifts. "
        "Set the next review date at the meeting, with everyone there. (Whether that date "
        "is within the statutory limit is review-overdue's question.)"
    ),
    sources=(
        Source("003", "The plan contains clear arrangements for review"),
        Source("004", "Practitioners should ensure that a date is set for the next meeting"),
    ),
    check=check,
    suggestion="Agree the date of the next review and write it in next_review.",
    flags=(
        Example(plan="next_review: null"),
        Example(plan="{next_review: null, type: child_protection}"),
        Example(plan="{next_review: null, type: early_help}"),
        Example(plan="{next_review: null, type: looked_after}"),
        Example(plan="{next_review: null, type: pathway}"),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan="next_review: 2027-02-01"),
        Example(plan='next_review: "1 February 2027"'),
        Example(plan="{next_review: 2027-01-20, type: child_protection}"),
        Example(plan="{next_review: 2026-11-02, type: interim_safety}"),
        Example(
            plan="{next_review: null, started: 2026-05-04, ended: 2026-10-01}",
            note="the plan has ended",
        ),
    ),
)
