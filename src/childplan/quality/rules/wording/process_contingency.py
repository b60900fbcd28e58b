"""process-contingency: a contingency plan that is only a process ("the case will be
presented to Legal Gateway Panel"), with no one in the family's network doing anything."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Plan, TextField
from childplan.quality.owners import Mention, mentions
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term

TERMS = (
    Term(
        "initial child protection conference",
        pattern=r"(?<![\w-])(?:(?:initial|review|early|emergency)\s+)*(?:child\s+protection|cp)"
        r"\s+(?:case\s+|review\s+)?conference(?![\w-])|(?<![\w-])case\s+conference(?![\w-])",
    ),
    Term("ICPC", pattern=r"(?<![\w-])(?:ICPC|RCPC|ICPCC)(?![\w-])"),
    Term(
        "legal gateway panel",
        pattern=r"(?<![\w-])legal\s+gateway(?:\s+(?:panel|meeting))?"
        r"(?![\w-])",
    ),
    Term(
        "legal planning meeting",
        pattern=r"(?<![\w-])(?:legal\s+planning\s+meeting|LPM)"
        r"(?![\w-])",
    ),
    Term(
        "legal advice",
        pattern=r"(?<![\w-])(?:(?:seek(?:ing)?\s+)?legal\s+(?:advice|action|proceedings|intervention|route|"
        r"framework|options?|team|department|services|processes?)|seek(?:ing)?\s+legal)(?![\w-])",
    ),
    Term("PLO", pattern=r"(?<![\w-])(?:PLO|public\s+law\s+outline|pre-?\s*proceedings)(?![\w-])"),
    Term(
        "care proceedings",
        pattern=r"(?<![\w-])(?:(?:care|court)\s+proceedings|(?:interim\s+)?care\s+order|"
        r"emergency\s+protection\s+order|EPO|police\s+protection|"
        r"(?:apply|application)\s+(?:to|for)\s+(?:the\s+)?(?:court|an?\s+order)|"
        r"(?:go|goes|taken|take\s+(?:it|the\s+case)|referred|return)\s+to\s+court)(?![\w-])",
    ),
    Term("step up", pattern=r"(?<![\w-])step(?:s|ped|ping)?[\s-]*up(?![\w-])"),
    Term("escalate", pattern=r"(?<![\w-])escalat(?:e|es|ed|ing|ion)(?![\w-])"),
    Term("strategy meeting", pattern=r"(?<![\w-])strategy\s+(?:meeting|discussion)s?(?![\w-])"),
    Term(
        "section 47",
        pattern=r"(?<![\w-])(?:(?:section|s\.?)\s*47(?:\s+enquir(?:y|ies))?|child\s+protection\s+"
        r"(?:enquir(?:y|ies)|investigation|procedures|plan|route|processes?))(?![\w-])",
    ),
    Term(
        "section 20",
        pattern=r"(?<![\w-])(?:(?:section|s\.?)\s*20|become\s+looked\s+after|"
        r"(?:be\s+)?accommodated\s+(?:by|under)|(?:placed|go|come)\s+into\s+care)(?![\w-])",
    ),
    Term(
        "identify another foster placement",
        pattern=r"(?<![\w-])(?:(?:identify|find|look\s+for|seek|source|search\s+for|request|"
        r"arrange)\s+(?:an?\s+)?(?:another|alternative|new|different|other|emergency)\s+"
        r"(?:foster\s+|residential\s+)?(?:placement|carers?|home)|placement\s+(?:search|request|"
        r"referral|move|breakdown)|(?:another|alternative|new|emergency)\s+(?:foster\s+)?"
        r"placement)(?![\w-])",
    ),
    Term(
        "the case will be",
        pattern=r"(?<![\w-])(?:the\s+)?case\s+(?:will|would|may|to)\s+"
        r"(?:be\s+)?\w+(?![\w-])",
    ),
    Term("consider", pattern=r"(?<![\w-])consider(?:s|ed|ing|ation)?(?![\w-])"),
    Term(
        "review the plan",
        pattern=r"(?<![\w-])(?:(?:early|urgent|emergency)\s+(?:review|meeting)|reconven\w+|"
        r"(?:review|revisit)\s+(?:the|this)\s+plan|plan\s+will\s+be\s+reviewed|"
        r"professionals'?\s+meeting|management\s+(?:review|oversight|decision)|"
        r"(?:refer(?:red|ral)?|re-?refer(?:red|ral)?)\s+(?:back\s+)?to\s+(?:the\s+)?"
        r"(?:children'?s\s+social\s+care|social\s+care|MASH|front\s+door))(?![\w-])",
    ),
    Term(
        "family group conference",
        pattern=r"(?<![\w-])(?:family\s+group\s+conference|FGC|"
        r"family\s+network\s+meeting)(?![\w-])",
    ),
)

_PRIORITY = {term.phrase: i for i, term in enumerate(TERMS)}

# After a person's name: what makes them the one who acts ("Jean Jones will look after...",
# "Jean, Jimmy's grandmother, has agreed to...", "Sarah and Tom can...").
_ACTS = re.compile(
    r"^(?:\s*\([^)]*\))?"  # (maternal grandmother)
    r"(?:\s*,\s*[^,.;]{1,60}?,)?"  # , Jimmy's grandmother,
    r"(?:\s+(?:and|or|&)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?:\s*\([^)]*\))?)?"  # and Tom
    r"(?:\s*,?\s*who)?\s*,?\s+"
    r"(?:"
    r"(?:will|would|can|could|shall|should|may|might|is\s+going\s+to|are\s+going\s+to|"
    r"(?:has|have)\s+(?:agreed|offered|said\s+(?:she|he|they)\s+(?:will|would|can))|"
    r"(?:agreed|offered)\s+to|knows?\s+to|(?:is|are)\s+(?:able|willing|happy|ready|prepared)"
    r"\s+to)"
    r"(?!\s+not\b)(?!\s+be\s+(?:\w+ed|told|sent|held|taken|seen|given|made|brought|kept|shown|"
    r"put|done|known)\b)"
    r"|(?P<infinitive>to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|court\b|conference\b|"
    r"panel\b)(?-i:[a-z]+))"
    r"|(?:is|are)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:carers?|adults?|person|contact|home|"
    r"place|support)"
    r")\b",
    re.IGNORECASE,
)
# Before a person's name: the child going to them ("Jimmy will stay with his nan").
_GOES_TO = re.compile(
    r"\b(?:stay|stays|staying|live|lives|living|go|goes|going|move|moves|moving|sleep|sleeps|"
    r"cared\s+for|looked\s+after|collected|picked\s+up|minded|(?:in\s+the\s+)?care\s+of|"
    r"ring|call|phone|text|contact)\s+(?:with\s+|by\s+|to\s+)?$",
    re.IGNORECASE,
)
_PRONOUN_ACTS = re.compile(
    r"(?:^|[,;.]\s*|\bthen\s+)(?:she|he|they)\s+(?:will|would|can|could|knows?\s+to|"
    r"(?:has|have)\s+agreed\s+to)(?!\s+not\b)(?!\s+be\s+\w+ed\b)",
    re.IGNORECASE,
)
_CONDITION = re.compile(
    r"^(?:if|unless|should|when(?:ever)?|where|in\s+the\s+event|in\s+case|once|until|while|"
    r"whilst|because|as\s+soon\s+as|after|before|even\s+if)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:.!?\n]|\bthen\b", re.IGNORECASE)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    found = list(ctx.terms.find(field.text))
    if not found or names_network_action(field.text, ctx.plan):
        return
    # Mark every process word, from the first to the last ("escalated to a strategy
    # discussion"), so a word of it is not flagged again as jargon.
    start, end = min(m.start for m in found), max(m.end for m in found)
    # Name the most telling process: a conference or a panel before 'consider' or 'the case'.
    telling = min(found, key=lambda m: (_PRIORITY.get(m.term.phrase, len(_PRIORITY)), m.start))
    detail = RULE.message.format(text=telling.text)
    yield Hit(start, end, suggestion=suggestion(ctx.plan), detail=detail)


def names_network_action(text: str, plan: Plan) -> bool:
    """Whether someone in the family's network (or the child) is the one who acts in a
    clause of the text, outside an 'if ...' condition."""
    network = [m for m in mentions(text, plan) if not m.owner.is_professional]
    for mention in network:
        if _in_condition(text, mention):
            continue
        acts = _ACTS.match(text[mention.end :])
        if acts and acts.group("infinitive") and not _known(mention):
            acts = None  # "Escalate to PLO": a capitalised verb, not someone's name
        if acts or _GOES_TO.search(text[: mention.start]):
            return True
    return bool(network) and any(
        not _in_condition_at(text, m.start()) for m in _PRONOUN_ACTS.finditer(text)
    )


def _known(mention: Mention) -> bool:
    """Someone the plan lists, the child, or a family role (not just a capitalised word)."""
    owner = mention.owner
    return owner.person is not None or owner.is_child or owner.kind == "family_role"


def _in_condition(text: str, mention: Mention) -> bool:
    return _in_condition_at(text, mention.start)


def _in_condition_at(text: str, position: int) -> bool:
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, position))
    start = breaks[-1].end() if breaks else 0
    return bool(_CONDITION.match(text[start:position].strip()))


def suggestion(plan: Plan) -> str:
    """An example built from the plan's own people: who steps in, for whom."""
    child = plan.child.name.split()[0]
    family = [p for p in plan.people if not p.is_professional and p.involved]
    parents = [p for p in family if _PARENT.search(p.relationship or "")]
    others = [p for p in family if p.relationship and p not in parents]
    parent = parents[0].name.split()[0] if parents else "Mum"
    helper = others[0].name if others else f"{child}'s grandmother"
    return (
        f"Say who in {child}'s family and network will step in and what they will do, e.g. "
        f"'If {parent} cannot care for {child}, {helper} will look after {child} at home'. "
        "The process can stay as a later step."
    )


_PARENT = re.compile(r"\b(?:mother|father|mum|dad|parent)\b", re.IGNORECASE)


RULE = Rule(
    slug="process-contingency",
    kind="wording",
    severity=Severity.ERROR,
    fields=("contingency",),
    summary="A contingency plan that is only a process: a conference, a panel, proceedings.",
    message="This contingency only names a process ('{text}'): it does not say who in the "
    "family's network will do what.",
    why=(
        "A conference, a legal panel or a new placement is what professionals do next; it "
        "means little to a family, sounds like a threat, and does not keep the child safe "
        "tonight. A contingency plan says who in the family's network will step in and what "
        "they will do (who will care for the child, who the child can ring). It may also "
        "mention the process, and is then left alone. Only the family's network counts: a "
        "social worker arranging the conference is still the process."
    ),
    sources=(
        Source(
            "003",
            'All plans must have a contingency plan but it cannot simply state "The Local '
            'Authority will take the case to an Initial Child Protection Conference" or "the '
            'case will be presented to Legal Gateway Panel".',
        ),
        Source(
            "003",
            "Children are not cases and these statements are processes only, which will mean "
            "little to the family and will not keep the child safe.",
        ),
        Source(
            "003",
            "What is the family's contingency plan – who in their network can provide support "
            "if needed?",
        ),
    ),
    terms=TERMS,
    check=check,
    needs_terms=True,
    supersedes=("jargon",),  # 'escalate', 'step up': saying it is only a process says more
    flags=(
        Example(
            "The Local Authority will take the case to an Initial Child Protection Conference."
        ),
        Example("The case will be presented to Legal Gateway Panel."),
        Example("If there is no progress, a legal planning meeting will be held."),
        Example("Escalate to PLO."),
        Example("Care proceedings will be considered."),
        Example("Step up to child protection."),
        Example("Identify another foster placement."),
        Example(
            "If Sarah is unwell, Priya Shah will convene a strategy discussion.",
            note="Sarah is only in the condition; the social worker's meeting is the process",
        ),
        Example("Consider section 47 enquiries if the worries increase."),
    ),
    passes=(
        Example(
            "If Sarah is unwell, Jean Jones will look after Jimmy at her home and put on his "
            "cream each morning and night."
        ),
        Example(
            "If Sarah drinks, Jean (maternal grandmother) will collect Jimmy. If the worries "
            "continue, the case will go to a legal planning meeting.",
            note="names the network and what it does; the process can follow",
        ),
        Example("Jimmy knows to ring his nan if Mum is asleep and he cannot wake her."),
        Example("Tom has agreed to have Jimmy at weekends if Sarah goes into hospital."),
        Example("Jimmy will stay with his grandmother until Sarah is well enough."),
        Example(
            "If the placement is struggling, Jimmy's carer Mrs Jones will ring Jean, who "
            "will have Jimmy for the weekend."
        ),
    ),
)
