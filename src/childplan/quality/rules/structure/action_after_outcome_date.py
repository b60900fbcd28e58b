"""action-after-outcome-date: an action due after the date its outcome should be met."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for path, outcome, action in plan.actions():
        by = outcome.by.date if outcome.by else None
        when = action.when
        if by is None or when is None or when.date is None or when.recurring:
            continue
        if action.status == "done" or when.date <= by:
            continue
        days = (when.date - by).days
        yield Hit(
            path=f"{path}.when",
            text=when.text,
            detail=f"This action is due on {format_date(when.date)}, {days} "
            f"day{'s' if days != 1 else ''} after its outcome should be met "
            f"({format_date(by)}).",
            suggestion=f"Bring the action forward to {format_date(by)} or earlier, or move "
            "the outcome's date if the child can wait that long.",
        )


def _plan(by: str, *whens: str) -> str:
    actions = ", ".join(
        f'{{action: Step {i}., who: Sarah Smith, when: "{when}"}}' for i, when in enumerate(whens)
    )
    return (
        f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", by: "{by}", '
        f"actions: [{actions}]}}]}}]"
    )


RULE = Rule(
    slug="action-after-outcome-date",
    kind="structure",
    severity=Severity.WARNING,
    fields=("by", "when"),
    summary="An action due after the date its outcome should be met.",
    message="This action is due after the date its outcome should be met.",
    why=(
        "If an action is only done after the outcome's date, the outcome cannot be met on "
        "time: one of the two dates is wrong. Actions that repeat ('every Friday until ...') "
        "and actions already done are left alone; so are actions or outcomes with no date "
        "(action-without-date and vague-timescale speak to those)."
    ),
    sources=(
        Source(
            "000",
            "You should now be in a position to decide by when an activity must begin and by "
            "when it must be completed.",
        ),
        Source(
            "003",
            "The plan is written in a SMART format, is clear about what needs to change and "
            "includes clear timescales for actions and intended outcomes",
        ),
    ),
    check=check,
    flags=(
        Example(plan=_plan("2027-01-15", "2027-02-01")),
        Example(plan=_plan("2027-01-15", "2026-11-09", "2027-01-16"), note="one day late"),
        Example(plan=_plan("15 January 2027", "by 1 March 2027")),
        Example(plan=_plan("2026-12-01", "2026-11-09", "2026-12-18")),
        Example(plan=_plan("end of January 2027", "2027-02-03")),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan=_plan("2027-01-15", "2027-01-15"), note="on the day is in time"),
        Example(plan=_plan("2027-01-15", "2026-11-09", "2026-12-18")),
        Example(
            plan=_plan("2027-01-15", "every Friday until 29 January 2027"),
            note="a repeating action, not a due date",
        ),
        Example(plan=_plan("2027-01-15", "within six weeks"), note="no date to compare"),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            "[{action: Book a GP appointment., who: Sarah Smith, when: 2027-03-01}]}]}]",
            note="the outcome has no date",
        ),
    ),
)
