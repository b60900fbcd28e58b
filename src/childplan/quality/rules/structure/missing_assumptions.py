"""missing-assumptions: the plan's assumptions are not written down."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if not any(assumption.strip() for assumption in plan.assumptions):
        yield Hit(path="assumptions")


RULE = Rule(
    slug="missing-assumptions",
    kind="structure",
    severity=Severity.ADVICE,
    fields=("assumptions",),
    summary="No assumptions recorded.",
    message="This plan records no assumptions.",
    why=(
        "Every plan rests on things taken for granted: that Grandma will keep helping, that "
        "a service keeps its funding, that a parent can get to appointments. Written down, "
        "they can be checked at each review and the plan changed when one stops being true; "
        "left unsaid, the plan fails without warning."
    ),
    sources=(
        Source("000", "It clearly identifies assumptions"),
        Source(
            "000",
            "Good practice in planning identifies any assumptions and keeps them visible "
            "during the planning process (a simple way to do this is to record assumptions at "
            "the end of the plan).",
        ),
    ),
    check=check,
    suggestion="Write down what the plan takes for granted (e.g. 'Grandma will keep "
    "having {child} at weekends'; 'Mum can get to the surgery in school hours').",
    flags=(
        Example(plan="assumptions: null"),
        Example(plan="assumptions: []"),
        Example(plan='assumptions: [""]'),
        Example(plan="{assumptions: [], type: child_protection}"),
        Example(plan='assumptions: ["   "]'),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan='assumptions: ["Jean Jones will keep having Jimmy at weekends."]'),
        Example(plan='assumptions: "The parenting group keeps its funding until July 2027."'),
        Example(plan='assumptions: ["", "Sarah can get to the surgery in school hours."]'),
        Example(plan='{type: early_help, assumptions: ["Tom keeps his day shifts."]}'),
    ),
)
