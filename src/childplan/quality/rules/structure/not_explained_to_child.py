"""not-explained-to-child: a Child Protection plan not recorded as explained to the child."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

DEFAULT_MIN_AGE = 3


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if plan.type != "child_protection" or plan.explained_to_child is True:
        return
    age = plan.child.age_on(plan.date)
    min_age = int(str(ctx.options.get("min_age", DEFAULT_MIN_AGE)))
    if age is not None and age < min_age:
        return  # a baby or toddler (or an unborn baby): there is no explaining to record
    yield Hit(path="explained_to_child")


RULE = Rule(
    slug="not-explained-to-child",
    kind="structure",
    severity=Severity.WARNING,
    fields=("explained_to_child",),
    summary="A Child Protection plan not recorded as explained to the child.",
    message="This Child Protection plan is not recorded as explained to the child.",
    why=(
        "A child who is subject to a Child Protection plan should know what the plan is, in "
        "a way that fits their age and understanding, and at the very least who is there to "
        "keep them safe. Record explained_to_child: true once it has been done. Children "
        "under the option min_age (3 unless configured) on the plan's date, and unborn "
        "babies, are not checked; a child with no date of birth is."
    ),
    sources=(
        Source("002", "Be explained to the child in an understandable way"),
        Source(
            "002",
            "explain the plan to the child in a manner which is in accordance with their age "
            "and understanding and agree the plan with the child",
        ),
        Source(
            "003",
            "At an absolute minimum, children need to be aware of their safety plan and the "
            "people involved in this.",
        ),
    ),
    check=check,
    options={"min_age": DEFAULT_MIN_AGE},
    suggestion="Explain the plan to the child in words that fit their age (who will help "
    "keep them safe, and who they can tell), then record explained_to_child: true.",
    flags=(
        Example(plan="{type: child_protection, explained_to_child: null}"),
        Example(plan="{type: child_protection, explained_to_child: false}"),
        Example(
            plan="{type: child_protection, explained_to_child: null, "
            "child: {name: Jimmy Smith, date_of_birth: 2011-03-01}}"
        ),
        Example(
            plan="{type: child_protection, explained_to_child: false, "
            "child: {name: Jimmy Smith, date_of_birth: 2023-10-01}}",
            note="just three",
        ),
        Example(
            plan="{type: child_protection, explained_to_child: null, child: {name: Jimmy Smith}}",
            note="no date of birth: age unknown",
        ),
    ),
    passes=(
        Example(plan="type: child_protection", note="the example plan says it was explained"),
        Example(plan="{type: child_in_need, explained_to_child: null}"),
        Example(plan="{type: early_help, explained_to_child: false}"),
        Example(
            plan="{type: child_protection, explained_to_child: null, "
            "child: {name: Lily Smith, date_of_birth: 2025-12-01}}",
            note="a baby",
        ),
        Example(
            plan="{type: child_protection, explained_to_child: null, "
            "child: {name: Baby Smith, date_of_birth: 2027-01-10}}",
            note="unborn",
        ),
    ),
)
