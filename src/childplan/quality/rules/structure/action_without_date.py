"""action-without-date: an action with no date or timescale."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for path, _, action in plan.actions():
        if action.when is None or not action.when.text.strip():
            yield Hit(path=path, text=action.action)


def _plan(*actions: str) -> str:
    return (
        f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
        f"[{', '.join(actions)}]}}]}}]"
    )


RULE = Rule(
    slug="action-without-date",
    kind="structure",
    severity=Severity.ERROR,
    fields=("action", "when"),
    summary="An action with no date.",
    message="This action has no date: nothing says when it will be done.",
    why=(
        "Without a date an action can wait for ever, and the child waits with it. Each "
        "action needs a date it will be done by, or a schedule with an end date, within the "
        "child's timescale. (A 'when' like 'ongoing' or 'within 6 weeks' is "
        "vague-timescale's finding, not this one.)"
    ),
    sources=(
        Source("000", "Every plan should include specific tasks or actions, deadlines, dates."),
        Source("001", "There need to be definitive timescales for completion"),
    ),
    check=check,
    suggestion="Write the date this will be done by (e.g. 'by Friday 4 December 2026'), or "
    "how often it happens and until when.",
    flags=(
        Example(plan=_plan("{action: Book a GP appointment., who: Sarah Smith}")),
        Example(plan=_plan('{action: Book a GP appointment., who: Sarah Smith, when: ""}')),
        Example(plan=_plan('{action: Book a GP appointment., who: Sarah Smith, when: "  "}')),
        Example(
            plan=_plan(
                "{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}",
                "{action: Show Sarah how to put on the cream., who: Dr Asha Patel}",
            ),
            note="the second action has no date",
        ),
        Example(plan=_plan("{action: Tell Sarah about scratching at school., who: Ann March}")),
    ),
    passes=(
        Example(note="the example plan: every action has a date"),
        Example(plan=_plan("{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}")),
        Example(
            plan=_plan(
                "{action: Tell Sarah about scratching., who: Ann March, "
                'when: "every Friday until 15 January 2027"}'
            )
        ),
        Example(
            plan=_plan("{action: Book a GP appointment., who: Sarah Smith, when: ongoing}"),
            note="'ongoing' is vague-timescale's finding",
        ),
        Example(plan=_plan("{action: Book a GP appointment., when: 2026-11-09}")),
    ),
)
