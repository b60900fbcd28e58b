"""action-without-owner: an action with nobody written down to do it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

_ANY_WORD = re.compile(r"\w")  # a who with no word in it names no one

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for path, _, action in plan.actions():
        if action.who is None or not _ANY_WORD.search(action.who):
            yield Hit(path=path, text=action.action)


def _plan(*actions: str) -> str:
    return (
        f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
        f"[{', '.join(actions)}]}}]}}]"
    )


RULE = Rule(
    slug="action-without-owner",
    kind="structure",
    severity=Severity.ERROR,
    fields=("action", "who"),
    summary="An action with no one to do it.",
    message="Nobody is written down to do this action.",
    why=(
        "A task that doesn't have an owner is unlikely to happen, and at the review nobody "
        "has to say whether it was done. Write the one person who will do it. (A 'who' "
        "that is only a job title or 'TBC' is owner-not-named's finding, not this one.)"
    ),
    sources=(
        Source("000", "A task that doesn’t have an owner isn’t likely to be implemented."),
        Source("001", "Be clear as to who is responsible for the action."),
    ),
    check=check,
    suggestion="Write the one person who will do this, e.g. 'Sarah Smith' or 'Mrs March, "
    "Head of Year 6'.",
    flags=(
        Example(plan=_plan("{action: Book a GP appointment., when: 2026-11-09}")),
        Example(plan=_plan('{action: Book a GP appointment., who: "", when: 2026-11-09}')),
        Example(plan=_plan('{action: Book a GP appointment., who: "   ", when: 2026-11-09}')),
        Example(plan=_plan('{action: Book a GP appointment., who: "-", when: 2026-11-09}')),
        Example(
            plan=_plan(
                "{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}",
                "{action: Put on the cream every morning., when: 2026-11-20}",
            ),
            note="the second action has no owner",
        ),
    ),
    passes=(
        Example(note="the example plan: every action has an owner"),
        Example(plan=_plan("{action: Book a GP appointment., who: Sarah Smith}")),
        Example(plan=_plan("{action: Book a GP appointment., who: Mum, when: 2026-11-09}")),
        Example(
            plan=_plan("{action: Book a GP appointment., who: TBC, when: 2026-11-09}"),
            note="'TBC' is owner-not-named's finding",
        ),
        Example(
            plan=_plan("{action: Talk to Jimmy about his skin., who: school, when: 2026-11-09}"),
            note="'school' is owner-not-named's finding",
        ),
    ),
)
