"""dependency-out-of-order: an action due before an action it depends on."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Action, Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."
BOOK = "{id: appointment, action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}"


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    by_id: dict[str, Action] = {}
    for _, _, action in plan.actions():
        if action.id is not None:
            by_id.setdefault(action.id, action)
    for path, _, action in plan.actions():
        due = action.when.date if action.when else None
        if due is None:
            continue
        for needed_id in action.depends_on:
            needed = by_id.get(needed_id)
            if needed is None or needed is action or needed.when is None:
                continue
            if needed.status == "done" or action.status == "done":
                continue  # done in the end, whatever the dates said: nothing to re-order
            needed_due = needed.when.date
            if needed_due is None or due >= needed_due:
                continue
            yield Hit(
                path=f"{path}.when",
                text=action.when.text if action.when else "",
                detail=f"This action is due on {format_date(due)}, before the action it "
                f"depends on ('{_short(needed.action)}', due {format_date(needed_due)}).",
                suggestion=f"Move this action to {format_date(needed_due)} or later, or bring "
                "the other action forward.",
            )


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _plan(first: str, second: str, depends: str = "[appointment]", status: str = "") -> str:
    return (
        f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: ['
        f"{{id: appointment, action: Book a GP appointment., who: Sarah Smith, "
        f'when: "{first}"{status}}}, '
        f"{{id: routine, action: Show Sarah how to put on the cream., who: Dr Asha Patel, "
        f'when: "{second}", depends_on: {depends}}}]}}]}}]'
    )


RULE = Rule(
    slug="dependency-out-of-order",
    kind="structure",
    severity=Severity.ERROR,
    fields=("when",),
    summary="An action due before an action it depends on.",
    message="This action is due before an action it depends on.",
    why=(
        "When one task needs another done first (the cream routine needs the GP appointment), "
        "its date must come on or after the other's, or the plan asks for the impossible and "
        "the review finds both late. Actions say what they depend on with depends_on and the "
        "other action's id; actions with no date are left to action-without-date."
    ),
    sources=(
        Source(
            "000",
            "Some tasks may be dependent on the completion of other tasks which will need to "
            "be considered when scheduling and deciding timescales.",
        ),
        Source("000", "It is logical – each step leads to the next"),
    ),
    check=check,
    flags=(
        Example(plan=_plan("2026-11-09", "2026-11-05")),
        Example(plan=_plan("2026-11-20", "2026-11-19"), note="one day early"),
        Example(plan=_plan("4 December 2026", "by 1 December 2026")),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}]}}]}}, {{reason: Jimmy needs to sleep., outcomes: [{{outcome: Jimmy "
            "sleeps through five nights a week., actions: [{action: Start the night routine., "
            "who: Sarah Smith, when: 2026-11-02, depends_on: [appointment]}]}]}]",
            note="the action depended on is under another need",
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {{id: cream, action: Collect the cream., who: Sarah Smith, "
            "when: 2026-11-12}, {action: Start the routine., who: Sarah Smith, "
            "when: 2026-11-10, depends_on: [appointment, cream]}]}]}]",
            note="after one dependency but before the other",
        ),
    ),
    passes=(
        Example(note="the example plan: the routine comes after the appointment"),
        Example(plan=_plan("2026-11-09", "2026-11-09"), note="the same day is in order"),
        Example(plan=_plan("2026-11-09", "every Friday until 15 January 2027")),
        Example(plan=_plan("2026-11-09", "within two weeks"), note="no date to compare"),
        Example(plan=_plan("2026-11-09", "2026-11-05", "[]"), note="no dependency recorded"),
        Example(
            plan=_plan("2026-11-09", "2026-11-05", status=", status: done"),
            note="the action it depends on is done",
        ),
    ),
)
