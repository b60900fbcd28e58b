"""referral-only-action: an action that only passes the family on (a referral, signposting)
with nothing said about the change it should lead to."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.clauses import in_side_clause, sentence_at
from childplan.quality.language import inside, quoted_spans
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

SUGGESTION = (
    "Add what the referral is for, tied to the outcome, e.g. 'Refer Emily to CAMHS so that "
    "we can understand why she hurts herself when upset.'"
)


def _term(phrase: str, pattern: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=SUGGESTION)


TERMS = (
    _term("refer", r"(?:re-?|self[-\s]?)?refer(?:s|red|ring)?"),
    _term("referral", r"(?:self[-\s]?|re-?)?referrals?"),
    _term("signpost", r"signpost(?:s|ed|ing)?"),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "refer": ("refer",),
    "referral": ("referral",),
    "signpost": ("signpost",),
}

# "Refer to the safety plan", "as referred to above": reading something, not a referral.
_NOT_A_REFERRAL = re.compile(
    r"(?:\s+back)?\s+to\s+(?:(?:the|her|his|their|this|our|my)\s+)?(?:[\w-]+\s+)?(?:plan|chart|list|notes|"
    r"diary|guidance|leaflet|card|book|agreement|checklist|section|above|below|page)\b|"
    r"\s+(?:to\s+)?(?:above|below|earlier|previously)\b",
    re.IGNORECASE,
)
_PURPOSE = re.compile(
    r"\b(?:so\s+that|so\s+(?:she|he|they|we|I|it|[A-Z]\w+)\s+(?:can|will|is\s+able|are\s+able|"
    r"gets?)|in\s+order\s+to|because|as\s+(?:she|he|they)|due\s+to|"
    r"to\s+(?:help|find\s+out|understand|learn|work\s+(?:on|with|through)|address|assess|"
    r"explore|get|look\s+at|reduce|improve|manage|develop|build|give|offer|provide|start|"
    r"begin|access|receive|talk|discuss|agree|stop|keep|plan|check|identify|diagnose|treat|"
    r"see|review|consider|arrange|deal|cope|process|think|prepare|decide|teach|show|replace|"
    r"repair|fit|fix|pay|apply|claim)\b|"
    r"for\s+(?:an?\s+|the\s+|some\s+)?(?:[\w'’-]+\s+){0,4}?(?:assessment|diagnosis|treatment|"
    r"tests?|screening|check|hearing\s+test|eye\s+test|parcels?|vouchers?|bed|beds|cot|"
    r"grant|funding|equipment|housing|accommodation|uniform|school\s+place|place\s+at|flat|"
    r"house|home|property|bedroom|transfer|move|adaptations?|washing\s+machine|cooker|"
    r"fridge|carpets?|furniture|blue\s+badge|benefits?|allowance|DLA|PIP)\b|"
    r"for\s+(?:an?\s+|the\s+|some\s+)?(?:[\w'’-]+\s+){0,3}?(?:help|support|sessions?|therapy|"
    r"counselling|work|advice|course|programme)\s+(?:with|on|around|about|for|to|into|so)\b|"
    r"about\s+(?:her|his|their|[A-Z]\w+['’]s)\s+\w+)",
)
# More than a referral: someone also goes along, helps, or does the first step with them.
_MORE_THAN_REFERRAL = re.compile(
    r"\b(?:and|then)\s+(?:will\s+)?(?:go|goes|attend|visit|take|bring|meet|ring|call|phone|"
    r"help|book|drive|walk|sit|explain|agree|introduce|accompany|go\s+with)\b",
    re.IGNORECASE,
)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    reported: set[int] = set()
    for match in ctx.terms.find(text):
        sentence = sentence_at(text, match.start)
        if sentence.start in reported or inside(match.start, match.end, quotes):
            continue
        if in_side_clause(text, match.start):
            continue  # "if the referral is not accepted, ..."
        if match.text.lower().startswith("refer") and _NOT_A_REFERRAL.match(text, match.end):
            continue
        rest = text[match.end : sentence.end]
        if _PURPOSE.search(rest) or _MORE_THAN_REFERRAL.search(rest):
            continue
        reported.add(sentence.start)
        yield Hit(sentence.start, sentence.end, suggestion=_suggestion(sentence.text))


def _suggestion(sentence: str) -> str:
    action = sentence.rstrip(" .;!")
    if len(action) > 80:
        return SUGGESTION
    return (
        f"Add what it is for, tied to the outcome, e.g. '{action} so that …'. What should be "
        "different for the child afterwards?"
    )


RULE = Rule(
    slug="referral-only-action",
    kind="wording",
    severity=Severity.ADVICE,
    fields=("action",),
    summary="Actions that are only a referral or signposting, with no change they should lead to.",
    message="This action only passes the family on: it does not say what the referral is "
    "for or what should change because of it.",
    why=(
        "A referral on its own does not change anything for the child: the service may not "
        "take it up, or may work on something else. Saying what the referral is for keeps "
        "everyone clear about what it should achieve, and lets a review check that it did."
    ),
    sources=(
        Source(
            "003",
            "professionals may have a tendency to identify actions that amount to referrals "
            "elsewhere and that do not necessarily result in behaviour changes or a deeper "
            "understanding that addresses the risks or needs.",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Refer Emily to CAMHS.", "action"),
        Example("Make a referral to Early Help.", "action"),
        Example("Signpost Sarah to the local parenting service.", "action"),
        Example("Mum to self-refer to the drug and alcohol service.", "action"),
        Example(
            "Priya will complete a referral to the Family Support Team by 4 December 2026.",
            "action",
        ),
        Example(
            "Referral to Women's Aid for support.",
            "action",
            note="'for support' does not say what should change",
        ),
    ),
    passes=(
        Example(
            "Refer Emily to CAMHS so that we can understand why she hurts herself when upset.",
            "action",
        ),
        Example(
            "Refer Jimmy to the speech and language service for an assessment of his speech.",
            "action",
        ),
        Example("Refer Sarah to the drug service to get help with her drinking.", "action"),
        Example(
            "Signpost Sarah to the food bank and go with her on Tuesday 17 November.", "action"
        ),
        Example(
            "Sarah will refer to the safety plan on the fridge when she feels angry.", "action"
        ),
        Example("Make an appointment for Jimmy to be seen by his GP.", "action"),
    ),
    suggestion=SUGGESTION,
)
