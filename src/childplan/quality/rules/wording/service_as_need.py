"""service-as-need: a need written as the service or action that should meet it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.clauses import clause_end, sentence_at
from childplan.quality.language import inside, quoted_spans
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

SUGGESTION = (
    "What need would the service meet? Write that as the reason, e.g. 'We need to understand "
    "why Emily hurts herself when upset', and put the referral or the sessions in the actions."
)

# Services, programmes and professionals: the things an action arranges.
_SERVICE = (
    r"(?:referral|re-?referral|assessment|course|programme|program|sessions?|counselling|"
    r"counseling|therapy|therapist|counsellor|CBT|intervention|treatment|group\s+work|"
    r"classes|group|service|services|support\s+worker|social\s+worker|worker|mentor|"
    r"advocate|package|appointments?|clinic|project|team|CAMHS|SALT|EHCP|TAF|TAC|"
    r"(?:hearing|eye|sight|blood|drug|hair\s+strand)\s+tests?|scan|screening|check-?up|"
    r"health\s+check|medical|"
    r"Freedom\s+Programme|Triple\s+P|Incredible\s+Years|Caring\s+Dads|key\s*worker|"
    r"paediatrician|psychologist|psychiatrist|GP|doctor|dentist|optician|nurse|"
    r"health\s+visitor|specialist|consultant|child\s+protection\s+plan|child\s+in\s+need\s+"
    r"plan|early\s+help\s+plan|plan)"
)
# What "attend" is about when it is the child's education, not a service.
_EDUCATION = re.compile(
    r"\b(?:school|schools|nursery|pre-?school|college|academy|sixth\s+form|university|"
    r"lessons|classes\s+at\s+school|education|playgroup|childminder|clubs?|activities)\b",
    re.IGNORECASE,
)


def _term(phrase: str, pattern: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=SUGGESTION)


TERMS = (
    _term(
        "needs to be referred",
        r"(?:needs?|requires?|should|must|will|to|has\s+to|have\s+to)\s+(?:to\s+)?be\s+"
        r"(?:re-?)?referred|needs?\s+(?:re-?)?referring",
    ),
    _term(
        "needs a referral",
        r"(?:needs?|requires?|would\s+benefit\s+from|will\s+benefit\s+from|to\s+benefit\s+from)"
        r"\s+(?:a|an|another|the|further|some|urgent|specialist|ongoing|more|regular|weekly)?"
        rf"\s*(?:[\w-]+\s+){{0,3}}{_SERVICE}",
    ),
    _term(
        "needs to attend",
        r"(?:needs?|requires?|has|have|must|should|to)\s+(?:to\s+)?(?:attend|engage\s+(?:with|in)"
        r"|complete|access|receive|start|undergo|undertake|be\s+offered|be\s+given|be\s+provided"
        rf"\s+with|be\s+assessed|have|be\s+on|be\s+subject\s+to|remain\s+(?:on|subject\s+to))"
        rf"\s+(?:\S+\s+){{0,4}}{_SERVICE}",
    ),
    _term(
        "needs to be seen by",
        r"(?:needs?|requires?|must|should|to|has\s+to)\s+(?:to\s+)?(?:be\s+seen\s+by|see|visit)"
        r"\s+(?:a|an|the|his|her|their|[A-Z][\w'’-]*)?\s*(?:[\w-]+\s+){0,2}?"
        r"(?:GP|G\.P\.?|doctor|dentist|optician|paediatrician|psychologist|psychiatrist|"
        r"therapist|counsellor|nurse|health\s+visitor|specialist|consultant|CAMHS|SALT|"
        r"speech\s+and\s+language\s+therapist|social\s+worker)",
    ),
    _term(
        "needs his speech assessed",
        r"needs?\s+(?:his|her|their|[A-Z][\w-]*['’]s?)\s+(?:[\w-]+\s+){1,3}?(?:assessed|"
        r"diagnosed|screened|tested|referred)",
    ),
    _term(
        "needs to be assessed",
        r"(?:needs?|requires?|must|should|to|has\s+to)\s+(?:to\s+)?be\s+(?:assessed|diagnosed|"
        r"screened|tested|reviewed\s+by|allocated|offered|signposted)",
    ),
    _term(
        "Refer to",
        r"^\s*(?:to\s+)?(?:re-?refer|refer|referral\s+(?:to|for|into)|make\s+a\s+referral|"
        r"complete\s+a\s+referral|signpost|request\s+an?\s+(?:[\w-]+\s+){0,2}?assessment|"
        r"arrange\s+an?\s+(?:[\w-]+\s+){0,2}?assessment)",
    ),
)

# A piece of text one of which must be present for each term to match (``term_triggers``);
# the two broad patterns have none and are always tried.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "needs to be referred": ("referr",),
    "needs his speech assessed": ("assessed", "diagnosed", "screened", "tested", "referred"),
    "needs to be seen by": ("seen", "see", "visit"),
    "needs to be assessed": (
        "assessed",
        "diagnosed",
        "screened",
        "tested",
        "reviewed",
        "allocated",
        "offered",
        "signposted",
    ),
    "Refer to": ("refer", "signpost", "assessment"),
}

_BECAUSE = re.compile(
    r"\b(?:because|as|since|due\s+to|so\s+that|to\s+help\s+(?:her|him|them)\s+with)\s+"
    r"(?P<why>[^.;]{8,})",
    re.IGNORECASE,
)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    for match in ctx.terms.find(text):
        if inside(match.start, match.end, quotes):
            continue
        words = match.text.lower()
        if re.search(r"\b(?:attend|access|start|complete)\b", words):
            end = clause_end(text, match.start)
            if _EDUCATION.search(text[match.start : end]):
                continue  # going to school or nursery is the child's education, not a service
        end = match.end
        linked = re.search(r"\b(?:to|for|into)$", match.text, re.IGNORECASE)
        link = "" if linked else r"\s+(?:to|by|for|with)"
        where = re.match(link + r"\s+(?:[\w'’-]+\s*){1,5}", text[end:])
        if where:
            end = min(end + where.end(), clause_end(text, end))
        yield Hit(
            match.start, len(text[:end].rstrip(" ,;:.")), suggestion=_suggestion(text, match.start)
        )


def _suggestion(text: str, position: int) -> str:
    """Point at the need when the sentence already gives it ("because she cuts her arms")."""
    sentence = sentence_at(text, position)
    because = _BECAUSE.search(text, position, sentence.end)
    if because:
        why = because.group("why").strip().rstrip(".")
        return (
            f"Your sentence already says why ('{why}'): make that the need, e.g. 'We need to "
            "understand why ...' or '... needs help to ...', and move the referral or the "
            "sessions to the actions."
        )
    return SUGGESTION


RULE = Rule(
    slug="service-as-need",
    kind="wording",
    severity=Severity.ERROR,
    fields=("reason",),
    summary="A need written as a service or action: needs to be referred to CAMHS, needs a "
    "referral, needs an assessment, needs to attend.",
    message="'{text}' is an action, not a need: it says what service to arrange, not what "
    "the child needs it for.",
    why=(
        "A referral, an assessment or a course is a way of meeting a need, not the need "
        "itself. If the reason says 'needs to be referred to CAMHS', nobody can tell what the "
        "referral should achieve, or whether it did. Say what the child needs; the referral "
        "is one of the actions."
    ),
    sources=(
        Source(
            "001",
            "Don’t use service terms (e.g. “Emily needs to be referred to CAMHS” because this "
            "is an ACTION not a NEED.",
        ),
        Source(
            "001",
            "REASON FOR ACTION. This captures each of the child’s specific needs.",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Emily needs to be referred to CAMHS.", "reason"),
        Example("Jimmy needs a referral to the speech and language service.", "reason"),
        Example("Jimmy needs an ADHD assessment.", "reason"),
        Example("Mum needs to attend a parenting course.", "reason"),
        Example("Jimmy needs to be seen by a paediatrician.", "reason"),
        Example("Referral to Early Help for parenting support.", "reason"),
        Example("Emily would benefit from counselling.", "reason"),
        Example(
            "Emily needs to be referred to CAMHS because she cuts her arms when upset.",
            "reason",
            note="the suggestion points at the need the sentence already gives",
        ),
    ),
    passes=(
        Example(
            "We need to understand why Emily hurts herself by cutting her arms when upset.",
            "reason",
        ),
        Example("Emily to be helped to deal with upsets without hurting herself.", "reason"),
        Example(
            "Jimmy needs to attend school every day so that he does not fall behind.", "reason"
        ),
        Example("Jimmy needs a safe place to sleep.", "reason"),
        Example(
            "Jimmy needs his eczema managed so that it causes him as little discomfort "
            "as possible.",
            "reason",
        ),
        Example(
            "Refer Emily to CAMHS by 4 December 2026.",
            "action",
            note="an action may arrange a referral",
        ),
        Example("Jimmy needs to be met at the school gate by an adult he knows.", "reason"),
    ),
    suggestion=SUGGESTION,
)
