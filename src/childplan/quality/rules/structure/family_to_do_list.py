"""family-to-do-list: an outcome whose actions are all the family's, with no one helping."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Action, Plan
from childplan.quality.owners import names_a_professional, owner_of
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."
BOOK = "{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}"
CREAM = (
    "{action: Put the cream on Jimmy every morning and night., who: Sarah Smith, when: 2026-11-20}"
)

# Words in an action that say someone is helping the family do it.
_HELP = re.compile(
    r"\b(?:with\s+(?:the\s+)?(?:help|support)\s+(?:of|from)|helped\s+by|supported\s+by|"
    r"together\s+with|alongside|jointly\s+with)\b",
    re.IGNORECASE,
)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for path, outcome in plan.outcomes():
        if len(outcome.actions) >= 2 and all(_family_alone(a, plan) for a in outcome.actions):
            yield Hit(path=path, text=outcome.outcome)


def _family_alone(action: Action, plan: Plan) -> bool:
    """The action is the family's (or the child's) and does not say who helps them."""
    owner = owner_of(action.who, plan)
    if not owner.is_family or owner.helpers or _HELP.search(action.action):
        return False
    return not names_a_professional(action.action, plan)


RULE = Rule(
    slug="family-to-do-list",
    kind="structure",
    severity=Severity.WARNING,
    fields=("action", "who"),
    summary="Every action of an outcome is the family's, and none says who helps them.",
    message="Every action for this outcome is the family's: the plan says what they must do "
    "but not how anyone will help them do it.",
    why=(
        "A list of tasks for the family is not a plan: it puts all the change on them and "
        "none of the help. Say what the family will do and how the network or the "
        "professionals will help them do it. The rule looks at outcomes with two actions or "
        "more, all owned by the family, their network or the child: one action by the "
        "family (seed 001's 'Jimmy's mother will make an appointment') is a good plan, not a "
        "to-do list. It is satisfied by any action owned by a professional, a helper in the "
        "'who' ('Sarah, supported by Lisa Brown'), words like 'with help from' in the action, "
        "or a professional of the plan named in the action."
    ),
    sources=(
        Source(
            "003",
            "We also need to consciously avoid a 'to do list' for the family and instead be "
            "able to describe a clear expectation of what is required and the help that is "
            "needed from family network, single or multiagency system to achieve this.",
        ),
        Source("003", "\"this is what you'll need to do and this is how we'll help you do it\""),
    ),
    check=check,
    suggestion="Add how someone will help: an action for a named professional or someone in "
    "the network (e.g. 'Dr Asha Patel will show Sarah how to put the cream on'), or a "
    "helper in the who ('Sarah Smith, supported by Lisa Brown').",
    flags=(
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {CREAM}]}}]}}]"
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {{action: Take Jimmy to the appointment., who: Dad, "
            "when: 2026-11-16}]}]}]"
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {{action: Have Jimmy on Saturdays., who: maternal grandmother, "
            "when: 2026-11-14}]}]}]"
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {CREAM}, {{action: Put on his cream at school., who: Jimmy, "
            "when: 2026-11-20}]}]}]"
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            "[{action: Keep a diary of scratching., who: Mum and Dad, when: 2026-11-20}, "
            "{action: Wash the bedding twice a week., who: parents, when: 2026-11-20}]}]}]"
        ),
    ),
    passes=(
        Example(note="the example plan: the GP and the school help Sarah"),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}]}}]}}]",
            note="one action by the family is seed 001's own good example",
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {{action: Show Sarah how to put on the cream., who: Dr Asha Patel, "
            "when: 2026-11-20}]}]}]"
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f'[{BOOK}, {{action: Put the cream on every night., who: "Sarah Smith, supported '
            'by Lisa Brown, Family Support Worker", when: 2026-11-20}]}]}]'
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {{action: Go through the cream routine with Dr Patel at the "
            "appointment., who: Sarah Smith, when: 2026-11-20}]}]}]",
            note="the action names the professional who helps",
        ),
        Example(
            plan=f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: '
            f"[{BOOK}, {{action: Put the cream on every night., who: Sarah Smith, "
            "when: 2026-11-20}, {action: Check the routine is working., who: Priya Shah, "
            "when: 2026-12-04}]}]}]"
        ),
    ),
)
