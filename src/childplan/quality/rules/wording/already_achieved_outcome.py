"""already-achieved-outcome: outcomes that keep things as they are ("maintain good
school attendance") rather than name something that still has to change."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.clauses import clause_end, in_side_clause, sentence_at
from childplan.quality.language import inside, quoted_spans
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

SUGGESTION = (
    "If this is already happening, record it as a strength (what is working well), not an "
    "outcome. If something still has to change, say from what to what, e.g. 'continue the "
    "bedtime routine and move bedtime to 7.30pm by 1 March 2027'."
)


def _term(phrase: str, pattern: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=SUGGESTION)


TERMS = (
    _term("maintain", r"maintain(?:s|ed|ing)?"),
    _term("continue to", r"continu(?:e|es|ing)(?:\s+(?:to|with))?"),
    _term("remain", r"remain(?:s|ing)?"),
    _term("sustain", r"sustain(?:s|ed|ing)?"),
    _term("keep up", r"(?:keep|keeps|keeping)\s+(?:up|on)|carr(?:y|ies|ying)\s+on"),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "maintain": ("maintain",),
    "continue to": ("continu",),
    "remain": ("remain",),
    "sustain": ("sustain",),
    "keep up": ("keep", "carr"),
}

# The trigger is what the outcome promises only when it is the sentence's main verb.
_MODAL_BEFORE = re.compile(
    r"(?:^|\b(?:will|shall|should|must|can|would|could|may|might)(?:\s+(?:\w+ly|also|still|"
    r"then|need\s+to|be\s+able\s+to|be\s+helped\s+to|be\s+supported\s+to|be))?|"
    r"\b(?:is|are)\s+(?:being\s+)?|"
    r"\b(?:needs?|has|have|able|expected|going|wants?|agreed|helped|supported)\s+to|^to)$",
    re.IGNORECASE,
)
_SHORT_SUBJECT = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}(?:\s+to)?$"
)
_PURPOSE_BEFORE = re.compile(
    r"\b(?:so\s+that|in\s+order|so\s+(?:she|he|they|we|it|[A-Z]\w+)\s+(?:can|will|is\s+able)|"
    r"to\s+help|to\s+enable|enabling|allowing|which\s+will)\b",
    re.IGNORECASE,
)
# A step up: the outcome keeps something going *and* changes it.
_STEP_UP = re.compile(
    r"\b(?:and|then|but|while|whilst)\s+(?:\w+\s+){0,3}?(?:move|moves|moving|increase|rise|"
    r"raise|extend|reduce|bring|build|step|add|start|begin|introduce|progress|improve|change|"
    r"shorten|lengthen|go\s+up|drop)\w*\b|\bfrom\b[^.;]*?\bto\b[^.;]*?(?:\d|%)",
    re.IGNORECASE,
)
_CHANGE_AFTER = re.compile(
    r"\s+(?:to\s+)?(?:improve|increase|rise|grow|develop|progress|make\s+progress|reduce|"
    r"build|learn|get\s+better|go\s+up|fall|drop)\w*\b"
    # "maintain and make friendships": making them is new
    r"|\s+(?:and|or)\s+(?:make|form|build|develop|start|begin|learn)\w*\b",
    re.IGNORECASE,
)
_CONDITION_AFTER = re.compile(
    r"[^.;]*?\b(?:when|whenever|while|whilst|during|if|even\s+when|even\s+if|at\s+the\s+times)"
    r"\b",
    re.IGNORECASE,
)
_LOOSE_END = re.compile(
    r"(?:\s+(?:a|an|the|as|to|in|on|of|for|at|with|from|by|and|or|when|if|his|her|their))+$",
    re.IGNORECASE,
)


def _main_verb(text: str, start: int) -> bool:
    sentence = sentence_at(text, start)
    before = text[sentence.start : start].strip()
    if _PURPOSE_BEFORE.search(before) or in_side_clause(text, start):
        return False
    return bool(_MODAL_BEFORE.search(before) or _SHORT_SUBJECT.match(before) or not before)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    for match in ctx.terms.find(text):
        if inside(match.start, match.end, quotes) or not _main_verb(text, match.start):
            continue
        sentence = sentence_at(text, match.start)
        rest = text[match.end : sentence.end]
        if _STEP_UP.search(rest) or _CHANGE_AFTER.match(rest):
            continue  # "continue the routine and move bedtime to 7.30pm"; "continue to improve"
        if match.term.phrase in ("remain", "keep up") and _CONDITION_AFTER.match(rest):
            continue  # "remain calm when Jimmy is upset" is a new way of behaving
        end = _phrase_end(text, match.end, clause_end(text, match.end))
        yield Hit(match.start, end)


def _phrase_end(text: str, position: int, limit: int, count: int = 10) -> int:
    words = list(re.finditer(r"\S+", text[position:limit]))[:count]
    end = position + words[-1].end() if words else position
    trimmed = _LOOSE_END.sub("", text[position:end])
    return position + len(trimmed.rstrip(" ,;:.!?"))


RULE = Rule(
    slug="already-achieved-outcome",
    kind="wording",
    severity=Severity.ADVICE,
    fields=("outcome",),
    summary="Outcomes that keep things as they are: maintain good school attendance, "
    "continue to ..., remain ...",
    message="'{text}' keeps something as it is. If it is already happening, it is a strength "
    "to build on rather than an outcome still to reach.",
    why=(
        "A plan is for what needs to change. An outcome that is already met, or is true of "
        "every family, gives nothing to work towards and can hide the real worry. Record "
        "what is going well as a strength, and keep the outcomes for what still has to change."
    ),
    sources=(
        Source(
            "003",
            "Nor should we be recording outcomes that are already achieved or common to the "
            "population, for example 'to maintain good school attendance'.",
        ),
        Source(
            "003",
            "as outcomes are achieved, these should be removed from the plan",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("To maintain good school attendance.", "outcome"),
        Example("Jimmy will continue to attend school every day.", "outcome"),
        Example("Jimmy will remain living at home with his mother.", "outcome"),
        Example("Mum will keep up the good work with Jimmy's cream.", "outcome"),
        Example("Jimmy's attendance to remain above 95%.", "outcome"),
        Example("Sarah continues to take Jimmy to all his health appointments.", "outcome"),
    ),
    passes=(
        Example(
            "Continue the bedtime routine and move bedtime to 7.30pm by 1 March 2027.", "outcome"
        ),
        Example(
            "Jimmy's attendance will continue to improve, from 85% to above 95% by July 2027.",
            "outcome",
        ),
        Example(
            "Mum will remain calm when Jimmy has a tantrum, and take him to his room to cool down.",
            "outcome",
        ),
        Example("Mum will use the safety plan so that Jimmy can remain living at home.", "outcome"),
        Example("Jimmy will go to bed by 7.30pm on at least five nights a week.", "outcome"),
        Example(
            "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027.", "outcome"
        ),
    ),
    suggestion=SUGGESTION,
)
