"""outcome-without-action: an outcome with no action to bring it about."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."
ACTION = "{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}"


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for path, outcome in plan.outcomes():
        if not outcome.actions:
            yield Hit(path=path, text=outcome.outcome)


RULE = Rule(
    slug="outcome-without-action",
    kind="structure",
    severity=Severity.ERROR,
    fields=("outcome", "action"),
    summary="An outcome with no action.",
    message="This outcome has no action: nothing says what anyone will do to bring it about.",
    why=(
        "An outcome is what the plan wants for the child; the actions are how it will get "
        "there. An outcome with no action is a hope: nobody has been asked to do anything, so "
        "nothing is likely to change and there is nothing to review."
    ),
    sources=(
        Source(
            "000",
            "This means, for each outcome, l i s t i ng the steps and actions necessary to "
            "achieve the outcome.",
        ),
        Source("000", "Planning without action is futile"),
    ),
    check=check,
    suggestion="Add at least one action: what will be done, by one named person, by a date.",
    flags=(
        Example(plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}"}}]}}]'),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: []}}]}}]'
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f'[{ACTION}]}}, {{outcome: "Jimmy sleeps without scratching five nights a week."}}]}}]',
            note="the second outcome has none",
        ),
        Example(
            plan='needs: [{reason: "Jimmy needs to get to school on time.", outcomes: '
            '[{outcome: "Jimmy arrives by 8.50am every day of the spring term.", '
            "by: 2027-03-31}]}]"
        ),
        Example(
            plan='needs: [{reason: "Sarah needs help with her low mood.", outcomes: '
            '[{outcome: "Sarah says her mood is 7 out of 10 or better at each visit."}]}]'
        ),
    ),
    passes=(
        Example(note="the example plan: its outcome has three actions"),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{ACTION}]}}]}}]"
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}"}}]',
            note="a need with no outcome is need-without-outcome's finding",
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            "[{action: Book a GP appointment.}]}]}]",
            note="an action with no owner or date is another rule's finding",
        ),
        Example(plan="needs: []"),
    ),
)
