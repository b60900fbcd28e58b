"""missing-strengths: nothing recorded as working well."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if not any(strength.strip() for strength in plan.strengths):
        yield Hit(path="strengths")


RULE = Rule(
    slug="missing-strengths",
    kind="structure",
    severity=Severity.WARNING,
    fields=("strengths",),
    summary="Nothing recorded as working well.",
    message="This plan records nothing that is working well.",
    why=(
        "A plan that lists only worries misses what the family already does well, and that "
        "is what the plan should build on. Families are more likely to work with a plan that "
        "sees their strengths, and reviews need to know what to keep."
    ),
    sources=(
        Source("002", "Reflect the positive aspects and weaknesses of the family situation"),
        Source(
            "003",
            "It clearly addresses needs and risks while also building on the strengths of the "
            "child, parent, carer and network",
        ),
    ),
    check=check,
    suggestion="Ask the family what is going well, and write it down (e.g. 'Mum takes "
    "{child} to school on time every day').",
    flags=(
        Example(plan="strengths: null"),
        Example(plan="strengths: []"),
        Example(plan='strengths: [""]'),
        Example(plan='strengths: ["  ", ""]'),
        Example(plan="{strengths: [], type: child_protection}"),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan='strengths: ["Jimmy loves football and goes every Saturday."]'),
        Example(plan='strengths: ["", "Jean Jones has Jimmy every weekend."]'),
        Example(plan='strengths: "Sarah has not missed a GP appointment this year."'),
        Example(plan='{type: early_help, strengths: ["Tom reads to Jimmy at bedtime."]}'),
    ),
)
