"""written-agreement: a written or signed agreement used as a safety measure."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.rule import FAMILY_TEXT, Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

SUGGESTION = (
    "Instead of an agreement to sign, write into the plan who will do what to keep {child} "
    "safe, and how the family's network and the professionals will help them do it. A "
    "signature does not keep a child safe; a plan the family helped to make is more likely to."
)

# Agreements that have nothing to do with safety: "Sarah will sign her tenancy agreement".
_OTHER_AGREEMENT = re.compile(
    r"(?:tenancy|rental|rent|lease|loan|payment|repayment|debt|credit|finance|phone|contract|"
    r"data|sharing|information|consent|school|home-school|nursery|childcare|employment|work|"
    r"separation|settlement|placement|fostering|foster|care|arrangements?|court|mediation|"
    r"licence|license|purchase|hire|service|user|membership|club)\s+$",
    re.IGNORECASE,
)
# "no written agreement", "rather than a written agreement": the text is already avoiding one.
_NEGATED = re.compile(
    r"(?:\bno|\bnot|\bwithout|\binstead\s+of|\brather\s+than|\bnever|\bnor)\s+"
    r"(?:(?:use|using|sign|signing|ask\w*\s+\w+\s+to\s+sign)\s+)?(?:a\s+|an\s+|any\s+|the\s+)?$",
    re.IGNORECASE,
)

_AGREEMENT_DOC = r"(?:agreements?|contracts?|undertakings?)"
TERMS = (
    Term(
        "written agreement",
        pattern=r"(?<![\w-])written\s+(?:safety\s+|working\s+)?(?:agreements?|undertakings?|"
        r"contracts?)(?![\w-])",
    ),
    Term(
        "signed agreement",
        pattern=r"(?<![\w-])signed\s+(?:safety\s+|working\s+)?(?:agreements?|undertakings?|"
        r"contracts?)(?![\w-])",
    ),
    Term("working agreement", pattern=r"(?<![\w-])working\s+agreements?(?![\w-])"),
    Term(
        "safety agreement",
        pattern=r"(?<![\w-])safety\s+(?:agreements?|contracts?)(?![\w-])",
    ),
    Term(
        "contract of expectations",
        pattern=r"(?<![\w-])(?:contracts?\s+of\s+(?:expectations|behaviour|behavior)|"
        r"expectations?\s+(?:contracts?|agreements?))(?![\w-])",
    ),
    Term(
        "sign an agreement",
        pattern=rf"(?<![\w-])(?:sign(?:s|ed|ing)?|countersign(?:s|ed|ing)?)\s+(?:up\s+to\s+)?"
        rf"(?:a|an|the|this|that|another|(?:his|her|their)\s+own)\s+(?:new\s+)?{_AGREEMENT_DOC}"
        r"(?![\w-])",
    ),
    Term(
        "agreement will be signed",
        pattern=rf"(?<![\w-]){_AGREEMENT_DOC}\s+(?:(?:is|was|will\s+be|to\s+be|has\s+been|"
        r"have\s+been|must\s+be|should\s+be|needs\s+to\s+be|being)\s+)signed(?![\w-])",
    ),
    Term(
        "agree in writing",
        pattern=r"(?<![\w-])agree(?:s|d|ing)?\s+(?:to\s+this\s+|to\s+it\s+)?in\s+writing(?![\w-])",
    ),
)
# For each term, pieces of text of which one must be present for it to match.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "written agreement": ("written",),
    "signed agreement": ("signed",),
    "working agreement": ("working",),
    "safety agreement": ("safety",),
    "contract of expectations": ("contract", "expectation"),
    "sign an agreement": ("sign",),
    "agreement will be signed": ("signed",),
    "agree in writing": ("writing",),
}


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    suggestion = SUGGESTION.format(child=_first_name(ctx.plan.child.name))
    for match in ctx.terms.find(text):
        before = text[: match.start]
        if match.term.phrase == "agreement will be signed" and _OTHER_AGREEMENT.search(
            before[-30:]
        ):
            continue  # a tenancy, payment or placement agreement, not a safety measure
        if _NEGATED.search(before[-40:]):
            continue
        yield Hit(match.start, match.end, suggestion=suggestion)


def _first_name(name: str) -> str:
    return name.split()[0] if name.strip() else "the child"


RULE = Rule(
    slug="written-agreement",
    kind="wording",
    severity=Severity.WARNING,
    fields=FAMILY_TEXT,
    summary="Written or signed agreements used as a safety measure.",
    message="'{text}': a written agreement is not a safety measure.",
    why=(
        "Families often sign written agreements out of fear, or in the hope that it will stop "
        "the intrusion into their lives, and a signature gives professionals false comfort "
        "that the child is safe. Write what each person will do, and who will help them, into "
        "the plan itself. Agreeing things at a meeting, a parent agreeing to an action, and "
        "agreements that have nothing to do with safety (a tenancy agreement) are fine."
    ),
    sources=(
        Source(
            "003",
            "Written agreements should be avoided for the similar reasons. They rarely come "
            "from a place of genuine collaboration",
        ),
        Source(
            "003",
            "the family might sign it in fear or in the hope it will prevent intrusion into "
            "their family life",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    suggestion=SUGGESTION.format(child="the child"),
    flags=(
        Example("Sarah and Tom will sign a written agreement that Tom will not visit.", "action"),
        Example("A safety agreement will be drawn up with Sarah.", "action"),
        Example("Sarah will be asked to sign an agreement about Jimmy's bedtime.", "action"),
        Example("If the written agreement is broken, we will call a meeting.", "contingency"),
        Example("The working agreement will be signed by both parents.", "action"),
        Example("Tom has agreed in writing not to drink when he cares for Jimmy.", "strengths"),
    ),
    passes=(
        Example("Sarah and Tom agreed at the meeting to try a 7pm bedtime.", "action"),
        Example("Sarah agreed to ring Jean if she feels low.", "action"),
        Example("Sarah is in agreement with the plan.", "strengths"),
        Example("Sarah will sign her new tenancy agreement by 4 December 2026.", "action"),
        Example(
            "Sarah, Tom and Jean will write their own safety plan with Priya and share it "
            "with Jimmy.",
            "action",
        ),
        Example("We will not use a written agreement; the plan says who will help.", "action"),
    ),
)
