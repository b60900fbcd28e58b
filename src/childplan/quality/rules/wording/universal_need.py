"""universal-need: needs and outcomes that are true of every child ("fulfil her potential")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.clauses import sentence_at
from childplan.quality.language import inside, quoted_spans, words
from childplan.quality.measurability import has_quantity, names_evidence
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import POSSESSIVE, Term, with_triggers

POTENTIAL = (
    "Say what is holding {child} back and what would show it has changed, e.g. '{child} "
    "reads a book of their choice with an adult for ten minutes every school night.'"
)
SAFE = (
    "Say what keeps {child} safe in this family and what you would see, e.g. 'When Dad has "
    "been drinking, Mum takes {child} to Grandma Jean's house for the night.'"
)
HAPPY = (
    "Say what would show that {child} is happier, e.g. '{child} plays with a friend at "
    "break time on most days, as the class teacher sees it.'"
)
NEEDS = (
    "Say which of {child}'s needs, and what you would see when it is met, e.g. '{child} has "
    "breakfast before school every day.'"
)
HEALTH = (
    "Say which health need, and what you would see, e.g. '{child}'s inhaler is in school "
    "every day and used before PE.'"
)

_MANY = r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
_HARM_KIND = r"(?:all|any|further|significant|future|serious|physical|emotional|sexual)"
_WELL = (
    r"(?:safe|happy|healthy|well|secure|loved|settled|content|protected|nurtured|thriving|"
    r"stable)"
)
_BE = (
    r"(?:be|is|are|being|been|feel|feels|feeling|grow\s+up|grows\s+up|growing\s+up|remain|"
    r"remains|stay|stays|keep|keeps|kept|keeping)"
)


def _term(phrase: str, pattern: str, suggestion: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=suggestion)


TERMS = (
    _term(
        "fulfil her potential",
        rf"(?:(?:fulfil|fulfill|reach|achieve|realise|realize|meet)(?:s|ed|led|ing|ling)?|"
        rf"develop(?:s|ed|ing)?\s+to)\s+"
        rf"(?:{POSSESSIVE}\s+)?(?:(?:full|fullest|true|educational|academic|maximum|"
        rf"potential)\s+)*potential",
        POTENTIAL,
    ),
    _term(
        "be safe and well",
        rf"(?:safe|happy|healthy|secure){_MANY}{_WELL}(?:{_MANY}{_WELL})*",
        SAFE,
    ),
    _term(
        "be safe",
        rf"{_BE}\s+(?:{POSSESSIVE}\s+|him\s+|her\s+|them\s+|[A-Z][\w-]+\s+)?safe"
        rf"(?:\s+from\s+(?:{_HARM_KIND}\s+)*(?:harm|abuse|danger|neglect|risk))?"
        rf"(?:{_MANY}{_WELL})*",
        SAFE,
    ),
    _term(
        "be happy",
        rf"{_BE}\s+(?:\w+ly\s+)?(?:happy|happier|content)(?!\s+(?:to|with|for|about|that)\b)"
        rf"(?:{_MANY}{_WELL})*",
        HAPPY,
    ),
    _term("be healthy", rf"{_BE}\s+(?:fit\s+and\s+)?health(?:y|ier)", HEALTH),
    _term(
        "have his needs met",
        rf"(?:{POSSESSIVE}|all|basic|emotional|health|physical|care|educational|"
        r"developmental|the\s+child['’]s)\s+(?:[\w-]+\s+){0,2}?needs\s+"
        r"(?:(?:are|will|be|being|to|is|have|has|been|consistently|fully|always)\s+){0,3}met|"
        rf"meet(?:s|ing)?\s+(?:all\s+(?:of\s+)?)?(?:{POSSESSIVE}\s+)(?:[\w-]+\s+){{0,2}}?needs",
        NEEDS,
    ),
    _term("thrive", r"thriv(?:e|es|ed|ing)", HAPPY),
    _term(
        "a happy childhood",
        r"(?:have|has|having|enjoy|enjoys|live|lives|experience|experiences)\s+an?\s+"
        r"(?:(?:happy|safe|healthy|good|secure|stable|positive|loving|fulfilling|better)"
        r"(?:\s*,\s*|\s+and\s+|\s+))+(?:childhood|life|upbringing|future)|"
        r"(?:the\s+)?best\s+(?:possible\s+)?start\s+in\s+life",
        HAPPY,
    ),
    _term(
        "achieve good outcomes",
        r"(?:achieve|achieves|have|has|improve|improves|reach|get|gets)\s+(?:good|better|"
        r"positive|the\s+best(?:\s+possible)?|best|improved)\s+outcomes",
        POTENTIAL,
    ),
    _term(
        "do well",
        r"(?:do|does|doing)\s+(?:as\s+)?well(?:\s+as\s+(?:he|she|they)\s+can)?"
        r"(?:\s+(?:at|in)\s+(?:school|life|education|nursery|college))?(?=\s*(?:[.,;!?]|$))",
        POTENTIAL,
    ),
    _term(
        "achieve his best",
        r"(?:achieve|achieves|do|does|be)\s+(?:his|her|their)\s+(?:very\s+)?best",
        POTENTIAL,
    ),
    _term(
        "feel loved",
        r"(?:be|is|are|feel|feels|feeling)\s+(?:loved|valued|nurtured|wanted)"
        r"(?:\s+and\s+(?:loved|valued|nurtured|wanted|cared\s+for|safe|secure))?",
        HAPPY,
    ),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "fulfil her potential": ("potential",),
    "be safe and well": ("safe", "happy", "healthy", "secure"),
    "be safe": ("safe",),
    "be happy": ("happ", "content"),
    "be healthy": ("health",),
    "have his needs met": ("needs",),
    "thrive": ("thriv",),
    "a happy childhood": ("childhood", "life", "upbringing", "future"),
    "achieve good outcomes": ("outcomes",),
    "do well": ("well",),
    "achieve his best": ("best",),
    "feel loved": ("loved", "valued", "nurtured", "wanted"),
}

# What follows that makes it about this child: the situation it applies to, the person
# who makes it so, or what you would see.
_SPECIFIC_NEXT = re.compile(
    r"\s*,?\s*(?:[Ww]hen|[Ww]henever|[Ww]hile|[Ww]hilst|[Ii]f|[Bb]ecause|"
    r"by\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|"
    r"Christmas|Easter)[a-z]*\b)(?:[A-Z]|(?:his|her|their|[Mm]um|[Dd]ad|[Gg]randma|[Gg]randad|"
    r"[Nn]an)\b)|from\s+(?!(?:all|any|further|significant|future|serious|physical|emotional|"
    r"sexual|harm|abuse|danger|neglect|risk)\b)\w+)"
)


# "when he is at school" names no situation beyond ordinary life.
_EVERYDAY_PLACE = re.compile(
    r"\s*,?\s*(?:when|while|whilst)\s+(?:he|she|they|[A-Z]\w+)\s+(?:is|are)\s+(?:at|in)\s+"
    r"(?:home|school|nursery|college|(?:the|his|her|their)\s+(?:house|home|family\s+home|"
    r"school|nursery|placement))\b",
    re.IGNORECASE,
)


# Words the child or parent says or scores: the feeling is then something you can hear.
_REPORTED = re.compile(
    r"\b(?:tell|tells|told|say|says|said|explain|explains|report|reports|rate|rates|score|"
    r"scores|write|writes)\b[^.;,]{0,40}$",
    re.IGNORECASE,
)


# A clause hanging off a specific main clause: "... free from domestic abuse, where he feels
# safe": the main clause already says what this child needs.
_SUBORDINATE = re.compile(r"\b(?:where|in\s+which|so\s+that|and|because)\b[^;]*$", re.IGNORECASE)
_SPECIFIC_MAIN_CLAUSE_WORDS = 6
# The opening of a court care plan's or pathway plan's aim says nothing about the child:
# "The care plan should ensure that ...", "The overall purpose of a pathway plan is for ...".
_PLAN_FRAME = re.compile(
    r"\s*the\s+(?:(?:care|overall|main)\s+)?(?:plan|aim|purpose|goal)(?:\s+of\s+(?:the|this|a|"
    r"his|her|their)\s+(?:[\w-]+\s+)?plan)?\s+(?:should|will|must|is\s+to|is)\s+(?:(?:ensure|"
    r"make\s+sure)\s+that\s+|for\s+|to\s+)?",
    re.IGNORECASE,
)


def _frame_end(before: str) -> int:
    frame = _PLAN_FRAME.match(before)
    return frame.end() if frame else 0


# A sentence that opens with its measure: "By measuring each child's achievement and
# comparing it with their estimated grades, it can be seen if they are meeting their potential".
_MEASURED_FIRST = re.compile(
    r"\s*(?:by|through)\s+(?:measuring|comparing|recording|counting|tracking|scoring|checking)\b",
    re.IGNORECASE,
)


def _first_name(ctx: Context) -> str:
    return ctx.plan.child.name.split()[0] if ctx.plan.child.name.strip() else "the child"


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    for match in ctx.terms.find(text):
        if inside(match.start, match.end, quotes):
            continue  # a child's or parent's own words
        if match.term.phrase == "thrive" and re.search(
            r"(?:fail(?:ure|ing|s|ed)?\s+to|non[-\s]?)\s*$", text[: match.start], re.IGNORECASE
        ):
            continue  # "failure to thrive" is a clinical finding, not a wish
        sentence = sentence_at(text, match.start)
        if _REPORTED.search(text, sentence.start, match.start):
            continue  # "Sam tells his teacher that he feels safe": something you can hear
        before = text[sentence.start : match.start]
        if _MEASURED_FIRST.match(before):
            continue  # "By comparing her grades with her targets, ... reaching her potential"
        main = before[_frame_end(before) :]
        connector = _SUBORDINATE.search(main)
        if connector and len(words(main[: connector.start()])) >= _SPECIFIC_MAIN_CLAUSE_WORDS:
            continue
        rest = text[match.end : sentence.end]
        specific_next = _SPECIFIC_NEXT.match(rest) and not _EVERYDAY_PLACE.match(rest)
        if specific_next or has_quantity(rest) or names_evidence(rest):
            continue
        suggestion = (match.term.suggestion or NEEDS).replace("{child}", _first_name(ctx))
        yield Hit(match.start, match.end, suggestion=suggestion)


RULE = Rule(
    slug="universal-need",
    kind="wording",
    severity=Severity.WARNING,
    fields=("reason", "outcome"),
    summary="Needs or outcomes true of every child: fulfil her potential, be happy, be safe "
    "and well, have his needs met.",
    message="'{text}' is true of every child, so it does not say what this child needs or "
    "how anyone will know it has happened.",
    why=(
        "Every child needs to be safe, happy and to reach their potential. Writing that down "
        "does not tell the family what needs to change for this child, and nobody can tell "
        "at a review whether it has happened. Name the specific need and what you would see."
    ),
    sources=(
        Source(
            "001",
            "Don’t use universal terms (e.g “Emily needs to fulfil her educational potential” "
            "because so do all children).",
        ),
        Source(
            "003",
            "The required outcome should relate directly to identified risks and the child's "
            "assessed needs, and not be generic.",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Emily needs to fulfil her educational potential.", "reason"),
        Example("Jimmy will be safe and well.", "outcome"),
        Example("Jimmy needs to be kept safe from harm.", "reason"),
        Example("Jimmy will have all his needs met.", "outcome"),
        Example("Jimmy will be happy at school.", "outcome"),
        Example("Jimmy will grow up happy and healthy.", "outcome"),
        Example("Jimmy will thrive in his mother's care.", "outcome"),
        Example("Jimmy will reach his full potential by July 2027.", "outcome"),
    ),
    passes=(
        Example(
            "We need to understand why Emily hurts herself by cutting her arms when upset.",
            "reason",
        ),
        Example(
            "Jimmy will be safe when Dad has been drinking, because Mum will take him to "
            "Grandma Jean's for the night.",
            "outcome",
        ),
        Example(
            "Emily will reach her potential in reading, shown by her reading age rising from "
            "6 to 8 by July 2027.",
            "outcome",
        ),
        Example(
            "Jimmy needs his eczema managed so that it causes him as little discomfort "
            "as possible.",
            "reason",
        ),
        Example(
            "Jimmy says: 'I want to feel safe at home.'", "reason", note="the child's own words"
        ),
        Example("Jimmy was born early and has been treated for failure to thrive.", "reason"),
        Example("Jimmy will be happy to go to school on at least four mornings a week.", "outcome"),
    ),
    suggestion=NEEDS.replace("{child}", "the child"),
    supersedes=("unmeasurable-outcome",),
)
