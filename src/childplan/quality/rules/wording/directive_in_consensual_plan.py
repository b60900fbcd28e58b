"""directive-in-consensual-plan: a voluntary plan giving directions it has no power to give."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Plan, TextField
from childplan.quality.language import sentences
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

PLAN_NAMES = {
    "early_help": "An Early Help plan",
    "family_help": "A Family Help plan",
    "child_in_need": "A Child in Need plan",
}
SUGGESTION = (
    "{plan} is voluntary, so it cannot direct this: the family decides. If you think it is "
    "needed to keep {child} safe, talk to your manager about child protection enquiries "
    "(section 47). If the family thought of it themselves and want it in the plan, record "
    "that it was their idea (family_proposed: true)."
)

_HOME = (
    r"(?:(?:the|their|our|his|her|the\s+family['’]s)\s+)?(?:family\s+)?"
    r"(?:home|house|flat|property|address)"
)
_FAMILY_HOME = r"(?:the\s+)?(?:family\s+home|home)"
# Someone a child might be kept from: a pronoun, a family word or a capitalised name.
_PERSON = (
    r"(?:him|her|them|the\s+(?:children|child|baby|kids|boys|girls)|(?:his|her|their)\s+\w+|"
    r"(?-i:[A-Z])\w+)"
)
# Where a parent lives and who a child sees: what a voluntary plan cannot restrict.
_LIVE = (
    rf"(?:live|stay|sleep|reside)\s+(?:(?:in|at)\s+(?:{_HOME}|(?:the\s+)?(?:family|household))|with)|"
    r"stay\s+(?:overnight|the\s+night)|"
    rf"(?:return|come|go|move)\s+(?:back\s+)?(?:to|into)\s+{_HOME}|return\s+home|"
    rf"(?:enter|visit)\s+{_HOME}|be\s+(?:in|at)\s+{_HOME}|"
    r"have\s+(?:any\s+)?(?:\w+\s+)?contact|"
    rf"be\s+(?:left\s+)?(?:alone|unsupervised|on\s+(?:his|her|their)\s+own)\s+with\s+{_PERSON}"
)
_SEE = rf"(?:see|visit|contact|spend\s+time\s+(?:alone\s+)?with)\s+{_PERSON}"
# "Sarah will not let Tom into the house": a restriction on Tom, put on Sarah.
_LET = (
    rf"(?:allow|let|permit)\s+{_PERSON}\s+(?:to\s+)?(?:(?:come\s+)?(?:in|into|to)\s+{_HOME}|in\b|"
    rf"into\b|stay\b|(?:see|visit|contact)\s+{_PERSON}|have\s+(?:any\s+)?(?:\w+\s+)?contact|"
    rf"near\s+{_PERSON})"
)
_CARE = rf"(?:care\s+for|look\s+after|babysit|collect|pick\s+up)\s+{_PERSON}"
# "must not" forbids anything; "cannot" and "will not" only read as a direction when they
# are about where someone lives or who they see ("Sarah cannot collect Jimmy on Tuesdays" is
# a fact, "Tom will not care for Jimmy when he has been drinking" a family's safety step).
_FORBID = (
    r"(?:must\s+(?:not|never)|mustn['’]?t|(?:is|are)\s+not\s+to|not\s+to|may\s+not|"
    r"not\s+(?:be\s+)?(?:allowed|permitted)\s+to|(?:prohibited|forbidden|banned|barred)\s+from)"
)
# "Dad is prohibited from visiting the family home."
_BARRED = (
    r"(?:prohibited|forbidden|banned|barred)\s+from\s+(?:having\s+(?:any\s+)?(?:\w+\s+)?contact|"
    r"seeing|visiting|living|staying|sleeping|coming|going|returning|entering|contacting|"
    r"being\s+(?:left\s+)?alone|caring\s+for|looking\s+after)"
)
_CANNOT = r"(?:cannot|can['’]?t|can\s+not)"  # "cant", typed without the apostrophe, too
_WILL_NOT = r"(?:will\s+(?:not|never)|won['’]?t|should\s+not|shouldn['’]?t|is\s+not\s+going\s+to)"
_SUPERVISED_SUBJECT = (
    r"(?:contact|family\s+time|visits?|(?:(?:all|any)\s+)?time\s+(?:spent\s+)?with)"
)
_MUST = r"(?:will|must|should|shall|is\s+to|are\s+to|has\s+to|have\s+to|needs?\s+to|to)"
_REQUIRED = (
    r"(?:must|has\s+to|have\s+to|is\s+to|are\s+to|needs?\s+to|will\s+have\s+to|"
    r"(?:is|are|will\s+be)\s+(?:required|expected)\s+to)"
)

TERMS = (
    Term(
        "must not have contact",
        pattern=rf"(?<![\w-])(?:{_FORBID}\s+(?:{_LIVE}|{_SEE}|{_CARE}|{_LET})|{_BARRED})(?![\w-])",
    ),
    Term(
        "will not live in the family home",
        pattern=rf"(?<![\w-])(?:{_WILL_NOT}|{_CANNOT})\s+(?:{_LIVE}|(?:see|visit)\s+{_PERSON}|{_LET})"
        r"(?![\w-])",
    ),
    Term(
        "all contact will be supervised",
        pattern=rf"(?<![\w-])(?:(?:all|any)\s+)?{_SUPERVISED_SUBJECT}(?:\s+\S+){{0,6}}?\s+"
        rf"{_MUST}\s+be\s+(?:fully\s+|closely\s+)?supervised(?![\w-])",
    ),
    Term(
        "supervised contact only",
        pattern=r"(?<![\w-])(?:(?:only|no)\s+(?:have\s+)?(?:un)?supervised\s+(?:contact|family\s+"
        r"time|visits)|(?:un)?supervised\s+(?:contact|family\s+time|visits)\s+only)(?![\w-])",
    ),
    Term(
        "supervise contact",
        pattern=r"(?<![\w-])supervis(?:e|es|ing)\s+(?:all\s+|any\s+)?(?:(?:\w+['’]s?\s+)?"
        r"(?:contact|family\s+time)|(?:\w+['’]s?\s+)?(?:visits|time)\s+with)(?![\w-])",
    ),
    Term(
        "no contact",
        pattern=rf"(?<![\w-])(?:{_MUST}\s+have\s+no\s+(?:\w+\s+){{0,2}}?contact|there\s+"
        rf"(?:will|must|should|is\s+to)\s+be\s+no\s+(?:\w+\s+){{0,2}}?contact)(?![\w-])",
    ),
    Term(
        "must leave the home",
        pattern=rf"(?<![\w-])(?:{_REQUIRED}\s+(?:leave|vacate)\s+{_FAMILY_HOME}|"
        rf"(?:{_REQUIRED}|to|will)\s+(?:leave|vacate)\s+the\s+family\s+home|"
        rf"(?:{_REQUIRED}|to|will)\s+move\s+out(?:\s+of\s+{_HOME})?|"
        rf"(?:(?:{_REQUIRED}|to|will)\s+|^\s*)live\s+(?:somewhere\s+else|elsewhere|apart|away\s+from\s+"
        rf"{_HOME}))(?![\w-])",
    ),
)
# For each term, pieces of text of which one must be present for it to match.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "must not have contact": ("must", "not", "prohibit", "forbid", "bann", "barred"),
    "will not live in the family home": ("not", "won", "never", "n't", "n’t", "cant", "shouldnt"),
    "all contact will be supervised": ("supervised",),
    "supervised contact only": ("supervised",),
    "supervise contact": ("supervis",),
    "no contact": ("contact",),
    "must leave the home": ("leave", "vacate", "move", "live"),
}

_FAMILY_WORDS = (
    r"(?:the\s+)?(?:family|parents|mum|dad|mother|father|grandmother|grandfather|nan|nana|"
    r"grandma|grandad|granddad)"
)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    plan = ctx.plan
    if not plan.is_consensual or _family_proposed(plan, field):
        return
    text = field.text
    matches = list(ctx.terms.find(text))
    if not matches:
        return
    own_idea = _own_idea_pattern(plan)
    suggestion = SUGGESTION.format(
        plan=PLAN_NAMES.get(plan.type, "This plan"), child=_first_name(plan.child.name)
    )
    spans = [(s.start, s.end) for s in sentences(text)]
    for match in matches:
        sentence = next((text[s:e] for s, e in spans if s <= match.start < e), text)
        if own_idea.search(sentence):
            continue  # "At Sarah's request, Jean will supervise ..." is the family's own plan
        yield Hit(match.start, match.end, suggestion=suggestion)


def _family_proposed(plan: Plan, field: TextField) -> bool:
    """Whether the outcome or action this text belongs to is marked as the family's idea."""
    if field.need is None or field.outcome is None:
        return False
    try:
        outcome = plan.needs[field.need].outcomes[field.outcome]
        if field.name == "outcome":
            return outcome.family_proposed
        if field.action is not None:
            return outcome.actions[field.action].family_proposed
    except IndexError:
        return False  # a field being typed that the saved plan does not have yet
    return False


def _own_idea_pattern(plan: Plan) -> re.Pattern[str]:
    names = {plan.child.name, *plan.child.name.split()[:1]}
    for person in plan.people:
        if not person.is_professional:
            names.add(person.name)
            names.update(person.name.split()[:1])
    who = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n.strip())
    who = f"(?:{who}|{_FAMILY_WORDS})" if who else _FAMILY_WORDS
    return re.compile(
        rf"\bat\s+{who}['’]s?\s+(?:own\s+)?(?:request|suggestion|wish)|"
        rf"\b{who}\s+(?:has|have|had)\s+(?:themselves\s+|herself\s+|himself\s+)?"
        r"(?:asked|suggested|proposed|decided|chosen|offered|requested)|"
        rf"\b{who}['’]s?\s+own\s+(?:idea|plan|suggestion|choice|decision|wish)",
        re.IGNORECASE,
    )


def _first_name(name: str) -> str:
    return name.split()[0] if name.strip() else "the child"


_CHILD_PROTECTION = "type: child_protection"
_FAMILY_IDEA = """
needs:
  - reason: "Jimmy is frightened when his parents argue."
    outcomes:
      - outcome: "Jimmy sleeps through the night without waking to shouting, by 15 January 2027."
        actions:
          - action: "Tom will not stay overnight at the house until the review on 20 January 2027."
            who: Tom Smith
            when: 2026-11-09
            family_proposed: true
"""

RULE = Rule(
    slug="directive-in-consensual-plan",
    kind="wording",
    severity=Severity.ERROR,
    fields=("outcome", "action"),
    summary="Directions a voluntary plan cannot give: who lives at home, supervised contact.",
    message="'{text}' gives a direction that a voluntary plan has no power to give.",
    why=(
        "Early Help, Family Help and Child in Need plans are voluntary: the local authority "
        "does not have parental responsibility and cannot restrict where a parent lives or "
        "who a child sees against the parents' wishes. If we are worried enough to want that, "
        "the right route is child protection enquiries, not a direction in a voluntary plan. "
        "The same words in a Child Protection or other plan are not flagged, nor a step the "
        "family thought of themselves (marked family_proposed, or written as 'at Sarah's "
        "request'). A family's own safety steps ('Tom will leave the room when he feels "
        "angry') are not directions."
    ),
    sources=(
        Source(
            "003",
            'a Child in Need plan should not contain directions such as "Dad will not live in '
            'the family" or "all contact will be supervised"',
        ),
        Source(
            "003",
            "we do not have parental responsibility and we cannot restrict contact against the "
            "parents' wishes",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    suggestion=SUGGESTION.format(plan="This plan", child="the child"),
    flags=(
        Example("Dad will not live in the family home.", "action"),
        Example("All contact between Tom and Jimmy will be supervised by Jean.", "action"),
        Example("Tom must not have contact with Jimmy until the review.", "action"),
        Example("Tom to leave the family home by 9 November 2026.", "action"),
        Example("Jimmy will have no unsupervised contact with his father.", "outcome"),
        Example("Tom is not allowed to stay overnight at the house.", "action"),
        Example(
            "Dad will not live in the family home.",
            "action",
            plan="type: early_help",
            note="Early Help plans are voluntary too",
        ),
    ),
    passes=(
        Example(
            "Dad will not live in the family home.",
            "action",
            plan=_CHILD_PROTECTION,
            note="a Child Protection plan may set this",
        ),
        Example(
            "All contact between Tom and Jimmy will be supervised by Jean.",
            "action",
            plan="type: looked_after",
        ),
        Example(
            text=None,
            plan=_FAMILY_IDEA,
            note="the family's own idea, marked family_proposed",
        ),
        Example(
            "At Sarah's request, Jean will be with Jimmy whenever Tom visits.",
            "action",
        ),
        Example("Tom will leave the room and go for a walk when he feels angry.", "action"),
        Example(
            "If Tom has been drinking, Sarah will ask Jean to look after Jimmy.",
            "action",
        ),
        Example("Jimmy will see his dad every Saturday at the park.", "outcome"),
    ),
)
