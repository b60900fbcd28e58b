"""resource-without-owner: a resource with no one responsible for getting it, or no date."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for i, resource in enumerate(plan.resources):
        missing = []
        if resource.who is None or not re.search(r"\w", resource.who):
            missing.append("who will get it")
        if resource.when is None or not resource.when.text.strip():
            missing.append("by when")
        if missing:
            yield Hit(
                path=f"resources[{i}]",
                text=resource.resource,
                detail=f"This resource does not say {' or '.join(missing)}.",
            )


RULE = Rule(
    slug="resource-without-owner",
    kind="structure",
    severity=Severity.WARNING,
    fields=("resource",),
    summary="A resource with no one responsible for it, or no date.",
    message="This resource does not say who will get it and by when.",
    why=(
        "Money, equipment, transport or a person's time that nobody has been asked to get, "
        "by a date, tends not to arrive, and the actions that need it stall. Name the one "
        "person who will get each resource and the date it will be in place."
    ),
    sources=(
        Source(
            "000",
            "You should also identify who will be responsible for obtaining the resources and "
            "by when",
        ),
    ),
    check=check,
    suggestion="Write who will get this resource and the date it will be in place (e.g. "
    "who: Priya Shah, when: 6 November 2026).",
    flags=(
        Example(plan='resources: [{resource: "Bus fare to the surgery"}]'),
        Example(plan='resources: [{resource: "Bus fare to the surgery", who: Priya Shah}]'),
        Example(plan='resources: [{resource: "Bus fare to the surgery", when: 2026-11-06}]'),
        Example(plan='resources: [{resource: "A new mattress", who: "", when: 2026-11-20}]'),
        Example(
            plan='resources: [{resource: "Bus fare", who: Priya Shah, when: 2026-11-06}, '
            '{resource: "A fireguard"}]',
            note="the second resource",
        ),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan="resources: []"),
        Example(plan="resources: null"),
        Example(
            plan='resources: [{resource: "A new mattress", who: Lisa Brown, '
            'when: "by 20 November 2026"}]'
        ),
        Example(
            plan='resources: [{resource: "Taxi to contact", who: Priya Shah, '
            'when: "every Saturday until 19 December 2026"}]'
        ),
    ),
)
