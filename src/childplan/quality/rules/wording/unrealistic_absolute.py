"""unrealistic-absolute: absolutes that set a family up to fail ("never drink again")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.clauses import clause_end, in_side_clause, sentence_at
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

SOBER = (
    "Tie it to {child}'s safety instead, e.g. '{subject} will be sober (alcohol-free) at the "
    "times {subject} has sole care of {child}', and say who looks after {child} if "
    "{subject} has been drinking."
)
NEVER = (
    "Nobody can promise 'never'. Say what will happen at the times that matter for {child}, "
    "e.g. '... whenever {subject} has sole care of {child}', and what happens if it slips."
)
ALL_TIMES = (
    "Say when it matters most and who helps, e.g. '{child} will be watched by an adult "
    "whenever they are in the bath or near the road.'"
)
VISITORS = (
    "Say which visitors, and when, e.g. 'Only adults agreed with the social worker will stay "
    "overnight while {child} is at home.'"
)
TARGET = (
    "Set a target that allows for an ordinary bad day, e.g. 'attendance above 95% this term' "
    "rather than '100%'."
)


def _term(phrase: str, pattern: str, suggestion: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=suggestion)


_SUBSTANCE = r"(?:drinking|alcohol|drink|using|drugs|drug\s+use|smoking|cannabis|substances)"

TERMS = (
    _term(
        "never drink again",
        r"never(?:\s+[\w'’-]+){0,5}?\s+again|"
        r"(?:not|[a-z]*n['’]t)\s+(?:[\w'’-]+\s+){1,3}?(?:ever\s+)?again|never",
        NEVER,
    ),
    _term(
        "stop drinking",
        rf"(?:stop|stops|stopping|give\s+up|gives\s+up|giving\s+up|quit|quits|cut\s+out|"
        rf"cuts\s+out|cease|ceases)\s+(?:his\s+|her\s+|their\s+|all\s+)?{_SUBSTANCE}"
        r"(?:\s+(?:alcohol|drugs|cannabis|substances))?|"
        r"abstain(?:s|ing)?(?:\s+from\s+(?:alcohol|drugs|drinking|substances|all\s+\w+))?|"
        r"abstinen(?:t|ce)|"
        r"(?:be|remain|stay|become|stays|remains|is|are)\s+(?:completely\s+|totally\s+|fully\s+)?"
        r"(?:alcohol[-\s]free|drug[-\s]free|substance[-\s]free|sober|teetotal|abstinent|dry)|"
        r"(?:not|n['’]t)\s+(?:drink|use\s+drugs|take\s+drugs|use\s+cannabis|smoke\s+cannabis)"
        r"(?:\s+(?:alcohol|at\s+all))?|"
        r"no\s+(?:more\s+)?(?:alcohol|drinking|drugs|drug\s+use|cannabis)",
        SOBER,
    ),
    _term(
        "at all times",
        r"at\s+all\s+times|all\s+(?:of\s+)?the\s+time|24/7|24\s+hours\s+a\s+day|"
        r"round\s+the\s+clock|every\s+single\s+(?:day|time)|without\s+(?:fail|exception)",
        ALL_TIMES,
    ),
    _term(
        "won't allow friends to visit",
        r"(?:won['’]t|will\s+not|not|never|no\s+longer|will\s+stop)\s+(?:allow|allowing|let|"
        r"letting|have|having|invite|inviting)\s+(?:any\s+)?(?:friends|anyone|anybody|visitors|"
        r"people|other\s+adults|adults|men|guests|company)(?:\s+(?:to\s+)?(?:visit|come|round|"
        r"over|into|in|stay|back))?|no\s+(?:friends|visitors|one|guests|other\s+adults)\s+"
        r"(?:will|are|to|is)\s+(?:be\s+)?(?:allowed|permitted|visit|come|to\s+visit|to\s+come)",
        VISITORS,
    ),
    _term(
        "completely",
        r"completely|totally|entirely|altogether|100\s*%|100\s+per\s*cent|perfect\s+attendance",
        TARGET,
    ),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "never drink again": ("never", "not", "n't", "n’t"),
    "stop drinking": (
        "drink",
        "alcohol",
        "using",
        "drug",
        "smoking",
        "cannabis",
        "substance",
        "abstain",
        "abstinen",
        "free",
        "sober",
        "teetotal",
        "dry",
    ),
    "at all times": ("all", "24", "round", "single", "fail", "exception"),
    "won't allow friends to visit": ("allow", "let", "hav", "invit", "permitted", "visit", "come"),
    "completely": ("complete", "total", "entire", "altogether", "100", "perfect"),
}

# What ties an absolute to the child's safety: the times, places or people it applies to.
_BOUND = re.compile(
    r"\b(?:when|whenever|while|whilst|during|before|at\s+the\s+times?|at\s+any\s+time|"
    r"any\s+time|on\s+(?:the\s+)?days?|the\s+night\s+before|each\s+time|every\s+time|"
    r"who|unless|if)\b",
    re.IGNORECASE,
)
_NEAR_CHILD = (
    r"\b(?:around|near|in\s+front\s+of|in\s+the\s+presence\s+of|with|looking\s+after|"
    r"caring\s+for|in\s+charge\s+of|responsible\s+for)\s+(?:the\s+|her\s+|his\s+|their\s+)?"
    r"(?:child|children|baby|babies|kids|boys|girls|{child}|him|her|them)\b"
)
_PLACE = re.compile(r"\bin\s+(?:the\s+)?(?:family\s+)?(?:home|house|flat|car)\b", re.I)
_HARM = re.compile(
    r"\s*(?:ever\s+)?(?:again\s+)?(?:hit|hits|hurt|hurts|harm|harms|smack|smacks|slap|slaps|"
    r"kick|kicks|punch|punches|shake|shakes|abuse|abuses|assault|assaults|strangle|grab|"
    r"push|threaten|use\s+(?:physical|violence|force))\b",
    re.IGNORECASE,
)
_SUPERVISED_CONTACT = re.compile(
    r"\b(?:contact|family\s+time|visits?|time\s+with)\b.*\bsupervis|"
    r"\bsupervis\w*\s+(?:contact|family\s+time|visits?)\b",
    re.IGNORECASE,
)
_SUPERVISION = re.compile(r"\b(?:alone|unsupervised|supervised)\b", re.IGNORECASE)
_SUBJECT = re.compile(
    r"^\s*(?P<subject>(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})"
    r"\s+(?:will|to|must|should|won['’]t|is|are|can|agrees?)\b"
)
_MODERATION = re.compile(
    r"\s+(?:too\s+much|more\s+than|over\s+\d|excessively|heavily|to\s+excess)\b", re.IGNORECASE
)
_WITH_NAMED_ADULT = re.compile(r"\b(?:with|near)\s+(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z]")
_LOOSE_END = re.compile(
    r"(?:\s+(?:a|an|the|as|to|in|on|of|for|at|with|from|by|and|or|when|if|his|her|their))+$",
    re.IGNORECASE,
)


def _first_name(ctx: Context) -> str:
    return ctx.plan.child.name.split()[0] if ctx.plan.child.name.strip() else "the child"


def _bounded(sentence: str, child: str, substance: bool) -> bool:
    near_child = re.compile(_NEAR_CHILD.format(child=re.escape(child)), re.IGNORECASE)
    return bool(
        _BOUND.search(sentence)
        or (substance and (near_child.search(sentence) or _PLACE.search(sentence)))
    )


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    child = _first_name(ctx)
    hits: list[tuple[int, str, Hit]] = []
    for match in ctx.terms.find(text):
        if in_side_clause(text, match.start):
            continue  # "if he has never been shown how"
        sentence = sentence_at(text, match.start)
        phrase = match.term.phrase
        if phrase == "never drink again" and _SUPERVISION.search(text, match.start, sentence.end):
            continue  # "never left alone with Dave": a supervision arrangement, not a vow
        first_word_end = match.start + len(match.text.split()[0])
        if phrase == "never drink again" and _HARM.match(text, first_word_end):
            continue  # never hurting a child is a bottom line, not a vow set up to fail
        if phrase == "stop drinking" and _MODERATION.match(text, match.end):
            continue  # "not drink too much": a limit, not abstinence
        if match.text.lower() == "never" and _WITH_NAMED_ADULT.search(
            text, match.end, sentence.end
        ):
            continue  # "Sam will never go in a car with Mr Jones": a rule about one person
        if phrase == "at all times" and _SUPERVISED_CONTACT.search(sentence.text):
            continue  # "contact will be supervised at all times": an arrangement, not a vow
        if _bounded(sentence.text, child, substance=phrase == "stop drinking"):
            continue  # "sober at the times he has sole care of Daisy"
        end = match.end
        if match.text.lower() == "never":
            end = _phrase_end(text, match.end, clause_end(text, match.end))
        subject_match = _SUBJECT.match(sentence.text)
        subject = subject_match.group("subject") if subject_match else "the parent"
        if subject in ("I", "We", "They", "He", "She", "It", "There"):
            subject = "the parent"
        suggestion = (match.term.suggestion or NEVER).replace("{child}", child)
        suggestion = suggestion.replace("{subject}", subject)
        hits.append((sentence.start, phrase, Hit(match.start, end, suggestion=suggestion)))
    yield from _one_per_absolute(text, hits)


_CLAUSE_GAP = re.compile(r"[,;]|\b(?:and|but|or)\s+(?:will|to|she|he|they|[A-Z])", re.IGNORECASE)
_INTENSIFIERS = ("completely", "at all times")


def _one_per_absolute(text: str, hits: list[tuple[int, str, Hit]]) -> Iterator[Hit]:
    """'abstain from alcohol at all times' is one absolute, not two: hits in one clause of a
    sentence join, and the suggestion is the one for the thing promised, not the intensifier."""
    groups: list[list[tuple[int, str, Hit]]] = []
    for sentence, phrase, hit in hits:
        last = groups[-1][-1] if groups else None
        if last and last[0] == sentence and not _CLAUSE_GAP.search(text[last[2].end : hit.start]):
            groups[-1].append((sentence, phrase, hit))
        else:
            groups.append([(sentence, phrase, hit)])
    for group in groups:
        main = [hit for _, phrase, hit in group if phrase not in _INTENSIFIERS] or [group[0][2]]
        start = min(hit.start for _, _, hit in group)
        end = max(hit.end for _, _, hit in group)
        yield Hit(start, end, suggestion=main[0].suggestion)


def _phrase_end(text: str, position: int, limit: int, count: int = 4) -> int:
    words = list(re.finditer(r"\S+", text[position:limit]))[:count]
    end = position + words[-1].end() if words else position
    trimmed = _LOOSE_END.sub("", text[position:end])
    return position + len(trimmed.rstrip(" ,;:.!?"))


RULE = Rule(
    slug="unrealistic-absolute",
    kind="wording",
    severity=Severity.WARNING,
    fields=("outcome", "action"),
    summary="Absolutes set up to fail: never drink again, stop drinking alcohol, will never, "
    "at all times, won't allow friends to visit.",
    message="'{text}' is an absolute that is very hard to keep, so the plan is set up to fail.",
    why=(
        "If a parent is dependent on alcohol, how realistic is 'will stop drinking'? Outcomes "
        "must be things the family is willing and able to work towards. Tie the promise to the "
        "child's safety (the times they care for the child) and say what happens if it slips."
    ),
    sources=(
        Source(
            "001",
            "If Daisy’s father is an alcoholic, how realistic is it to put in a plan “Mr Smith "
            "will stop drinking alcohol”?",
        ),
        Source(
            "001",
            "“Mr Smith will be sober (alcohol-free) at the times he has sole care of Daisy”",
        ),
        Source(
            "003",
            "such as stating 'I will never drink again' or 'we won't allow friends to visit the "
            "house'.",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Mr Smith will stop drinking alcohol.", "outcome"),
        Example("I will never drink again.", "action"),
        Example("We won't allow friends to visit the house.", "action"),
        Example("Sarah will supervise Jimmy at all times.", "action"),
        Example("Dad will abstain from alcohol.", "outcome"),
        Example("Jimmy's attendance will be 100% this term.", "outcome"),
    ),
    passes=(
        Example(
            "Mr Smith will be sober (alcohol-free) at the times he has sole care of Daisy.",
            "outcome",
        ),
        Example("Tom will be alcohol-free whenever he has sole care of Jimmy.", "outcome"),
        Example("Mr Smith will not drink when he is looking after Daisy.", "outcome"),
        Example(
            "Jimmy will never be left alone with his uncle Dave.",
            "outcome",
            note="a supervision arrangement, not a vow",
        ),
        Example("Sarah will watch Jimmy whenever he is in the bath.", "action"),
        Example("Jimmy's attendance will rise from 85% to above 95% by July 2027.", "outcome"),
    ),
    suggestion=NEVER.format(child="the child", subject="the parent"),
    supersedes=("negative-outcome", "unmeasurable-outcome", "already-achieved-outcome"),
)
