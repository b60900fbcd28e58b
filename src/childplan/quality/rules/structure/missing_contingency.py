"""missing-contingency: a plan with no contingency plan."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if plan.contingency is None or not plan.contingency.strip():
        yield Hit(path="contingency")


RULE = Rule(
    slug="missing-contingency",
    kind="structure",
    severity=Severity.ERROR,
    fields=("contingency",),
    summary="No contingency plan.",
    message="This plan has no contingency plan: nothing says what will happen if it does not "
    "work or the child is at risk.",
    why=(
        "Every plan needs a contingency: what will happen, and who in the family's network "
        "will do what, if the plan fails or the child is suddenly at risk. Writing it now "
        "means nobody has to make it up in a crisis. Every plan type is checked, an interim "
        "safety plan included. (A contingency that is only a process is "
        "process-contingency's finding.)"
    ),
    sources=(
        Source("003", "All plans must have a contingency plan"),
        Source("002", "Where families refuse to engage, clear contingency plans are in place."),
    ),
    check=check,
    suggestion="Write what will happen if the plan is not working: who in the family's network "
    "will step in and what they will do (e.g. 'If Mum is unwell, {child}'s grandmother will "
    "look after {child} at her home').",
    flags=(
        Example(plan="contingency: null"),
        Example(plan='contingency: ""'),
        Example(plan='contingency: "   "'),
        Example(plan="{contingency: null, type: child_protection}"),
        Example(plan="{contingency: null, type: early_help}"),
        Example(plan="{contingency: null, type: interim_safety}"),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan='contingency: "If Sarah is unwell, Jean Jones will look after Jimmy."'),
        Example(
            plan='contingency: "The case will be presented to Legal Gateway Panel."',
            note="a contingency that is only a process is process-contingency's finding",
        ),
        Example(plan="type: child_protection"),
        Example(plan='contingency: "Jimmy knows to ring his nan if Mum is unwell."'),
    ),
)
