"""need-without-outcome: a need with no outcome saying what will be different when it is met."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

ECZEMA = "Jimmy needs his eczema managed."
OUTCOME = (
    '{outcome: "Jimmy\'s skin is clear of broken patches by 15 January 2027.", '
    "actions: [{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}]}"
)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for n, need in enumerate(plan.needs):
        if not need.outcomes:
            yield Hit(path=f"needs[{n}]", text=need.reason)
        elif not any(outcome.outcome.strip() for outcome in need.outcomes):
            # A Word plan with the three boxes "reason / required action / who and when"
            # has no box for the outcome: the actions are there, what they are for is not.
            yield Hit(
                path=f"needs[{n}].outcomes[0]",
                text=need.reason,
                detail="This need's outcome is blank: nothing says what will be different "
                "for the child when it is met.",
            )


RULE = Rule(
    slug="need-without-outcome",
    kind="structure",
    severity=Severity.ERROR,
    fields=("reason", "outcome"),
    summary="A need with no outcome.",
    message="This need has no outcome: nothing says what will be different for the child "
    "when it is met.",
    why=(
        "A need on its own is a worry, not a plan. Without an outcome nobody can tell when "
        "the need is met, so the plan cannot be reviewed and drifts. Every need gets at "
        "least one outcome: what you will see or hear when it is met, and by when."
    ),
    sources=(
        Source("003", "Each identified need or risk should have a corresponding outcome."),
        Source(
            "003",
            "Without measurable, specific outcomes that link directly to identified needs, it "
            "is difficult to know what has been achieved",
        ),
    ),
    check=check,
    suggestion="Add the outcome you want for the child: what you will see or hear when this "
    "need is met, and the date it should be met by.",
    flags=(
        Example(
            plan=f'needs: [{{reason: "{ECZEMA}", outcomes: [{{outcome: "", actions: '
            "[{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}]}]}]",
            note="the three-box Word plan: actions, but no outcome",
        ),
        Example(plan=f'needs: [{{reason: "{ECZEMA}"}}]'),
        Example(plan=f'needs: [{{reason: "{ECZEMA}", outcomes: []}}]'),
        Example(
            plan=f'needs: [{{reason: "{ECZEMA}", outcomes: [{OUTCOME}]}}, '
            '{reason: "Jimmy needs to get to school on time."}]',
            note="the second need has none",
        ),
        Example(plan='needs: [{reason: "Jimmy needs to sleep through the night."}]'),
        Example(
            plan='needs: [{reason: "Sarah needs help to manage her low mood."}, '
            '{reason: "Jimmy needs a dentist."}]',
            note="each need is flagged",
        ),
    ),
    passes=(
        Example(note="the example plan: its one need has an outcome"),
        Example(plan=f'needs: [{{reason: "{ECZEMA}", outcomes: [{OUTCOME}]}}]'),
        Example(plan="needs: []", note="no needs at all is not this rule's finding"),
        Example(
            plan=f'needs: [{{reason: "{ECZEMA}", outcomes: [{OUTCOME}]}}, '
            f'{{reason: "Jimmy needs to get to school on time.", outcomes: [{OUTCOME}]}}]'
        ),
        Example(
            plan='needs: [{reason: "Jimmy needs to sleep through the night.", outcomes: '
            '[{outcome: "Jimmy sleeps in his own bed by 8pm five nights a week."}]}]',
            note="an outcome with no action is outcome-without-action's finding",
        ),
    ),
)
