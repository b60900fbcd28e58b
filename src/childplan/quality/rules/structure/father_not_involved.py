"""father-not-involved: no father or father figure involved, and no reason recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Person, Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term

TERMS = (
    Term(
        "father",
        pattern=r"(?<![\w-])(?:birth\s+|biological\s+|adoptive\s+|foster\s+)?"
        r"(?:father|dad|daddy)(?![\w'’-])",  # not "dad's girlfriend"
    ),
    Term("stepfather", pattern=r"(?<![\w-])step[\s-]?(?:father|dad)(?![\w-])"),
    Term(
        "mother's partner",
        pattern=r"(?<![\w-])(?:mother|mum|mam)['’]?s?\s+(?:partner|boyfriend|husband)(?![\w-])|"
        r"(?<![\w-])partner\s+of\s+(?:the\s+)?(?:mother|mum)(?![\w-])",
    ),
    Term("father figure", pattern=r"(?<![\w-])father[\s-]figure(?![\w-])"),
    Term("male carer", pattern=r"(?<![\w-])male\s+(?:carer|parent)(?![\w-])"),
)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    fathers = [p for p in plan.people if _is_father(p, ctx)]
    if any(p.involved for p in fathers):
        return  # RULES.md: a father *or father figure* involved is enough
    if any(p.not_involved_reason and p.not_involved_reason.strip() for p in fathers):
        return
    if fathers:
        names = " and ".join(p.name for p in fathers)
        verb = "is" if len(fathers) == 1 else "are"
        yield Hit(
            path="people",
            text=names,
            detail=f"{names} {verb} recorded as not involved, with no reason written down.",
            suggestion=f"Involve {fathers[0].name} in the plan, or write the reason he is "
            "not involved in not_involved_reason (for example, the risk he poses to the "
            "child or the child's mother).",
        )
    else:
        yield Hit(path="people")


def _is_father(person: Person, ctx: Context) -> bool:
    assert ctx.terms is not None
    relationship = person.relationship or ""
    if re.search(r"\bgrand|\bgod", relationship, re.IGNORECASE):
        return False
    return any(True for _ in ctx.terms.find(relationship))


RULE = Rule(
    slug="father-not-involved",
    kind="structure",
    severity=Severity.WARNING,
    fields=("people",),
    summary="No father or father figure involved, and no reason recorded.",
    message="No father or father figure is involved in this plan, and no reason is recorded.",
    why=(
        "Fathers and father figures are too often left out of plans, and with them what they "
        "could do for the child and the risks they might pose. A father's absence should be "
        "the exception, with the reason written down. The rule looks at the people's "
        "relationship to the child (father, dad, stepfather, mother's partner, father "
        "figure...: the terms, which a local authority can extend). It is satisfied when one "
        "of them is involved, or when a not_involved_reason is recorded on one of them; a "
        "plan that lists no father at all is flagged, so that he is added with his reason."
    ),
    sources=(
        Source(
            "003",
            "Fathers need to be involved and their absence from the planning process should "
            "be by exception with a clear rationale recorded.",
        ),
    ),
    terms=TERMS,
    check=check,
    suggestion="Add the child's father (or father figure) to the people, involved in the plan, "
    "or with the reason he is not involved recorded in not_involved_reason.",
    flags=(
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, {name: Tom Smith, "
            "relationship: father, involved: false}, {name: Kelly Ross, relationship: dad's "
            "girlfriend}]",
            note="Dad's girlfriend is no father figure",
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, parental_responsibility: "
            "true}, {name: Dr Asha Patel, role: GP, agency: Hill Street Surgery}]",
            note="no father listed",
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Tom Smith, relationship: father, involved: false}]",
            note="not involved, no reason",
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            '{name: Tom Smith, relationship: father, involved: false, not_involved_reason: ""}]'
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Jean Jones, relationship: maternal grandmother}, "
            "{name: Bill Jones, relationship: maternal grandfather}]",
            note="a grandfather is not the father",
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Dave Hill, relationship: stepdad, involved: false}]"
        ),
    ),
    passes=(
        Example(note="the example plan: Tom Smith, father, is involved"),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Tom Smith, relationship: father, involved: false, not_involved_reason: "
            '"Tom has a non-molestation order: Sarah and Jimmy must not have contact with him."}]'
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Dave Hill, relationship: mother's partner}]"
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Dave Hill, relationship: Step-Dad}]"
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Uncle Mike, relationship: father figure}]"
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, "
            "{name: Tom Smith, relationship: birth father, involved: false, "
            "not_involved_reason: Died in 2024.}, {name: Dave Hill, relationship: stepfather, "
            "involved: false}]",
            note="a reason recorded on one father is enough",
        ),
    ),
)
