"""negative-outcome: an outcome framed as what must stop or not happen."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.clauses import clause_end, in_side_clause, sentence_at
from childplan.quality.language import gerund, inside, quoted_spans
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, TermList, with_triggers

SUGGESTION = (
    "Say what you want to see instead, e.g. 'managing behaviour without hitting children' "
    "rather than 'stop hitting children'."
)


def _term(phrase: str, pattern: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=SUGGESTION)


# Verbs whose negative is written without its apostrophe often enough to read: "wont", "dont".
_CONTRACTED = (
    "wo", "do", "does", "did", "ca", "is", "are", "was", "were", "could", "would", "should",
    "must", "have", "has", "had",
)  # fmt: skip

TERMS = (
    _term("stop", r"stop(?:s|ped|ping)?"),
    _term(
        "will not",
        r"(?:(?:will|would|shall|should|must|can|could|do|does|did|is|are|was|were|has|have|"
        r"had|to|may|might)\s+)?not|[a-z]+n['’]t|cannot|"
        # the same typed without the apostrophe: "Dad wont", "Mum dont"
        rf"(?:{'|'.join(_CONTRACTED)})nt",
    ),
    _term("no longer", r"no\s+longer(?!\s+than)"),
    _term("never", r"never"),
    _term("refrain from", r"refrain(?:s|ed|ing)?\s+from"),
    _term("cease", r"ceas(?:e|es|ed|ing)"),
    _term("no", r"no(?:[-\s]one)?|nobody|nothing"),
    _term("avoid", r"avoid(?:s|ed|ing)?\s+[a-z]+ing"),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "stop": ("stop",),
    "will not": ("not", "n't", "n’t", *(f"{verb}nt" for verb in _CONTRACTED)),
    "no longer": ("longer",),
    "never": ("never",),
    "refrain from": ("refrain",),
    "cease": ("ceas",),
    "no": ("no",),
    "avoid": ("avoid",),
}

# Negations that measure rather than forbid: "no more than 2 days", "not less than 90%".
_MEASURE_AFTER = re.compile(
    r"\s+(?:more|fewer|less|later|earlier|sooner|longer|lower|higher|greater|older|younger)"
    r"\s+than\b|\s+(?:only|just|exceeding|exceed|under|over|below|above)\b|"
    r"\s+(?:fall|drop|dip|go|slip|be)\s+(?:below|under|lower|less|over|above|more|further)\b",
    re.IGNORECASE,
)
_MEASURE_BEFORE = re.compile(r"\b(?:whether\s+or|or|if|with|say|says|saying|said)\s+$", re.I)
_STOP_AS_NOUN = re.compile(
    r"\b(?:the|a|an|bus|tram|next|each|every|last|first|one|pit|full)\s+$", re.IGNORECASE
)
_STOP_CONCRETE = re.compile(
    r"\s+(?:at|by)\b|\s+and\s+(?:wait|look|think|listen|count|breathe)\b|\s*,\s*(?:look|think)\b",
    re.IGNORECASE,
)
_SUBJECT = re.compile(
    r"^\s*(?P<subject>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}"
    r"(?:\s+and\s+[A-Z][\w'’-]*)?)\s+(?:not\s+)?(?:will|to|must|should|shall|won['’]t|is|are|does|do|"
    r"can|cannot)\b"
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Little words between the negation and the thing forbidden ("will not be left ...").
_FILLER = _words("be ever again any longer more to have been get at all being on from out in a the")
_NOT_A_SUBJECT = {"There", "It", "This", "That", "Nobody", "No", "Nothing", "No one", "None"}
_NEGATION_WORDS = _words(
    "not stop stops stopped stopping no longer never refrain refrains refrained refraining "
    "cease ceases ceased ceasing cannot avoid avoids avoiding won't won’t don't don’t doesn't "
    "doesn’t isn't aren't can't can’t shouldn't mustn't nobody nothing one"
)
_MODALS = _words(
    "will would shall should must can could do does did is are was were has had may might"
)
# Verbs that say little without their object: "use physical chastisement", "let strangers in".
_LIGHT_VERBS = _words(
    "use make have take give let put get do using making having taking giving letting putting "
    "getting"
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")

# What to say instead, for the things plans most often forbid.
_INSTEAD: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, re.IGNORECASE), text)
    for pattern, text in (
        (
            r"^(?:hit|smack|slap|hurt|punish|kick|push|shak|harm|physical|us\w*\s+physical)",
            "'{subject} will manage {child}'s behaviour without {verb}'",
        ),
        (
            r"^(?:drink|alcohol|drunk)",
            "'{subject} will be sober (alcohol-free) at the times {subject} has sole care of "
            "{child}'",
        ),
        (
            r"^(?:smok\w*\s+(?:cannabis|weed|skunk|drugs)|us\w*\s+(?:drugs|cannabis|substances|"
            r"heroin|cocaine)|tak\w*\s+drugs|drugs?\b|cannabis)",
            "'{subject} will be drug-free at the times {subject} has sole care of {child}'",
        ),
        (r"^smok", "'Everyone who smokes will do so outside, away from {child}'"),
        (
            r"^(?:shout|swear|scream|yell|lose|los)",
            "'{subject} will talk calmly, and take a break in another room when feeling angry'",
        ),
        (
            r"^(?:argu|fight|row|domestic)",
            "'The adults will sort out disagreements calmly, away from {child}'",
        ),
        (
            r"^(?:go(?:es|ing)?\s+missing|run|abscond)",
            "'{child} will be home by 9pm each night and text Mum where they are'",
        ),
        (
            r"^(?:miss|late|absent|go\s+to\s+school)",
            "'{child} will arrive at school by 8.50am every day'",
        ),
        (
            r"^(?:left|leav|alone|unsupervised)",
            "'When {carer_goes} out, {child} will be looked after by an adult named in this plan'",
        ),
        (
            r"^(?:expos|witness|see|hear)",
            "'{child} will live in a home where the adults sort out disagreements calmly'",
        ),
        (r"^(?:self|cut|scratch)", "'{child} will tell an adult they trust when they feel upset'"),
    )
)


def _first_name(ctx: Context) -> str:
    return ctx.plan.child.name.split()[0] if ctx.plan.child.name.strip() else "the child"


def _suggestion(text: str, start: int, end: int, ctx: Context) -> str:
    sentence = sentence_at(text, start)
    subject_match = _SUBJECT.match(text[sentence.start : end])
    subject = "…"
    if subject_match and subject_match.group("subject") not in _NOT_A_SUBJECT:
        subject = subject_match.group("subject")
    after = _WORD.findall(text[start:end])
    passive = bool(re.search(r"\b(?:be|been|being|feel|feels|get|gets)\b", text[start:end], re.I))
    skip = _FILLER | _NEGATION_WORDS
    while after and after[0].lower() in skip | _MODALS:
        after = after[1:]
    verb = after[0].lower() if after else ""
    ing = verb if verb.endswith("ing") else gerund(verb) if verb else ""
    phrase = " ".join([ing, *after[1:]])
    if verb in _LIGHT_VERBS:
        ing = phrase
    child = _first_name(ctx)
    for pattern, instead in _INSTEAD:
        if verb and pattern.match(" ".join(after)):
            single = subject not in ("…", child) and " and " not in subject
            carer_goes = f"{subject} goes" if single else "the parents go"
            example = instead.format(subject=subject, child=child, verb=ing, carer_goes=carer_goes)
            return f"Say what you want to see instead, e.g. {example}."
    if passive and re.search(r"(?:ed|en|t)$", verb):
        return (
            f"Say what you want to see instead: what will be true for {subject}, or what will "
            f"{subject} do, when this has changed? e.g. '{child} will tell their teacher at least "
            "once a week about something that went well at home'."
        )
    if ing:
        return (
            f"Say what you want to see instead: what will {subject} do? e.g. '{subject} will "
            f"… without {phrase}', or name what {subject} will do instead."
        )
    return SUGGESTION


_AND_THEN = re.compile(
    r"\s(?:and|but)\s+(?:(?:will|to|also|then|have|has|be|is|are|there)\s+){0,2}$", re.I
)


def _after_a_positive_clause(text: str, start: int, terms: TermList) -> bool:
    """Whether the negation only qualifies a positive promise made first in its sentence."""
    sentence = sentence_at(text, start)
    before = text[sentence.start : start]
    joined = _AND_THEN.search(before)
    if joined is None:
        return False
    first = before[: joined.start()]
    return len(first.split()) >= 3 and not any(terms.find(first))


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    for match in ctx.terms.find(text):
        before, after = text[: match.start], text[match.end :]
        phrase = match.term.phrase
        if inside(match.start, match.end, quotes) or in_side_clause(text, match.start):
            continue  # "if she cannot collect him", "what he does not like": not the promise
        if phrase in ("will not", "no", "never") and (
            _MEASURE_AFTER.match(after) or _MEASURE_BEFORE.search(before)
        ):
            continue  # "no more than 2 days", "whether or not", "with no", "say no"
        if _after_a_positive_clause(text, match.start, ctx.terms):
            continue  # "pay her rent on time and have no arrears": led by what is wanted
        if phrase == "stop" and (_STOP_AS_NOUN.search(before) or _STOP_CONCRETE.match(after)):
            continue  # "the bus stop", "stop at the kerb"
        end = _phrase_end(text, match.end, clause_end(text, match.end))
        yield Hit(match.start, end, suggestion=_suggestion(text, match.start, end, ctx))


_LOOSE_END = re.compile(
    r"(?:\s+(?:a|an|the|as|to|in|on|of|for|at|with|from|by|and|or|when|if|he|she|they|his|"
    r"her|their|is|are|any|more|after|before|until|into|about|than))+$",
    re.IGNORECASE,
)


def _phrase_end(text: str, position: int, limit: int, count: int = 5) -> int:
    """The end of the forbidden thing: up to ``count`` words, not past the clause, and not
    ending on a loose little word ("stop hitting Jimmy as a" -> "stop hitting Jimmy")."""
    words = list(re.finditer(r"\S+", text[position:limit]))[:count]
    end = position + words[-1].end() if words else position
    trimmed = _LOOSE_END.sub("", text[position:end])
    return position + len(trimmed.rstrip(" ,;:.!?"))


RULE = Rule(
    slug="negative-outcome",
    kind="wording",
    severity=Severity.WARNING,
    fields=("outcome",),
    summary="Outcomes framed as what must stop or not happen: stop hitting, will not, no "
    "longer, refrain from, never.",
    message="'{text}' says what should not happen, not what you want to see instead.",
    why=(
        "Parents respond better when asked to achieve something positive than to stop "
        "something from the past, and you cannot see something not happening. Picture the "
        "better care: what would you see and hear?"
    ),
    sources=(
        Source(
            "001",
            "Outcomes should be stated in the positive i.e. what is wanted, rather than what is "
            "not wanted.",
        ),
        Source(
            "001",
            "“managing behaviour without hitting children” is better than “stop hitting "
            "children as a punishment for bad behaviour”.",
        ),
        Source("003", "rather than what is not wanted or required."),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Tom will stop hitting Jimmy as a punishment for bad behaviour.", "outcome"),
        Example("Jimmy will not be exposed to domestic abuse.", "outcome"),
        Example("Mum will no longer leave Jimmy alone in the house.", "outcome"),
        Example("Dad will refrain from shouting at the children.", "outcome"),
        Example("There will be no arguments in front of Jimmy.", "outcome"),
        Example("Jimmy won't miss any more days at school.", "outcome"),
    ),
    passes=(
        Example("Tom will manage Jimmy's behaviour without hitting him.", "outcome"),
        Example("Jimmy will have no more than 2 days off school this term.", "outcome"),
        Example("Jimmy will tell his teacher when he does not understand his work.", "outcome"),
        Example("Jimmy will wait with Mum at the bus stop every morning at 8.15am.", "outcome"),
        Example("Sarah will ring Jean if she cannot collect Jimmy from school.", "outcome"),
        Example(
            "Jimmy's attendance will not fall below 95% this term.",
            "outcome",
            note="a negation inside a measure",
        ),
    ),
    suggestion=SUGGESTION,
    supersedes=("unmeasurable-outcome",),
)
