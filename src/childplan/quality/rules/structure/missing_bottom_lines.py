"""missing-bottom-lines: a statutory or Family Help plan with no bottom lines."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

# Plans where the family must know what will happen if the plan is not achieved.
PLAN_TYPES = frozenset({"family_help", "child_in_need", "child_protection", "looked_after"})


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if plan.type in PLAN_TYPES and (plan.bottom_lines is None or not plan.bottom_lines.strip()):
        yield Hit(path="bottom_lines")


RULE = Rule(
    slug="missing-bottom-lines",
    kind="structure",
    severity=Severity.WARNING,
    fields=("bottom_lines",),
    summary="A Family Help, Child in Need, Child Protection or Looked After plan with no "
    "bottom lines.",
    message="This plan has no bottom lines: it does not say what will happen if the plan is "
    "not achieved.",
    why=(
        "Families cope better with an honest message than with a surprise. The bottom lines "
        "say, in plain words, what must not happen and what the consequences will be if the "
        "changes are not made within the child's timescale. Early help, pathway and interim "
        "safety plans are not checked: the guidance asks for bottom lines where the plan "
        "carries that weight."
    ),
    sources=(
        Source(
            "003",
            "Everyone needs to understand the ‘bottom lines’ –what will happen if the plan is "
            "not achieved",
        ),
        Source(
            "001",
            "They may not like the message but they need to know what the potential "
            "consequences are if they are unable to achieve the required changes specified "
            "within the child’s timescale.",
        ),
    ),
    check=check,
    suggestion="Write what must not happen and what will happen if the changes are not made "
    "by the review (e.g. 'If {child} misses two more health appointments, we will meet Mum "
    "and Dad within a week to agree what has to change').",
    flags=(
        Example(plan="bottom_lines: null", note="a Child in Need plan"),
        Example(plan='bottom_lines: ""'),
        Example(plan="{bottom_lines: null, type: child_protection}"),
        Example(plan="{bottom_lines: null, type: looked_after}"),
        Example(plan="{bottom_lines: null, type: family_help}"),
        Example(plan='{bottom_lines: "  ", type: child_protection}'),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan="{bottom_lines: null, type: early_help}"),
        Example(plan="{bottom_lines: null, type: pathway}"),
        Example(plan="{bottom_lines: null, type: interim_safety}"),
        Example(
            plan='{type: child_protection, bottom_lines: "Jimmy must not be left alone with '
            'anyone who has been drinking."}'
        ),
    ),
)
