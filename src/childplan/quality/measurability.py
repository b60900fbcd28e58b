"""Whether an outcome says what will be counted or seen.

Seed 001: "If an outcome is not measurable, how are we going to evidence progress?" An
outcome is measurable when it names a quantity (a number, a frequency, a scale, from what
to what), or something another person can see or hear somebody do ("brushes his teeth",
"will be able to explain to me ..."). It is not measurable when its promise rests on a
word of change or state that everyone reads differently ("improve", "better
understanding", "skills", "stable", "needs met") and nothing pins that word down.

A deadline alone ("by March 2027", "by the next review") says *when*, not *what*, and a
bare indicator with a vague verb ("attendance will improve") has nothing to measure it
against, so neither counts as a quantity on its own.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from childplan.plan.dates import find_dates
from childplan.quality.language import gerund, has_measure, sentences
from childplan.quality.terms import (
    NUMBER,
    SUPPORTED_SERVICE,
    Term,
    TermList,
    TermMatch,
    with_triggers,
)

TermFinder = TermList


FROM_TO = (
    "Say where things are now and where they should be, by when, e.g. 'Sam's attendance "
    "will rise from 58% to above 92% by the end of the summer term.'"
)
SAY_OR_DO = (
    "Say what the person will be able to say or do that shows it, e.g. 'Mr Brown will be "
    "able to explain to me the impact that domestic abuse can have on his son.'"
)
NAME_THE_SKILL = (
    "Name the thing the child or adult will do, and how often, e.g. 'John brushes his "
    "teeth for two minutes every morning and night.'"
)
SEE_OR_HEAR = (
    "Describe what you would see or hear when this is true, and how often, e.g. 'Jimmy "
    "goes to bed by 7.30pm on at least five nights a week.'"
)


def _term(phrase: str, pattern: str, suggestion: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=suggestion)


# Words that carry a change or a state nobody can count until it is pinned down.
VAGUE_CHANGE_TERMS = (
    _term("understanding", r"understand(?:s|ing)?|insight|knowledge", SAY_OR_DO),
    _term("awareness", r"aware(?:ness)?", SAY_OR_DO),
    _term("skills", r"skill(?:s|ed)?|abilit(?:y|ies)|capacity|capabilit(?:y|ies)", NAME_THE_SKILL),
    _term(
        "confidence",
        r"confiden(?:t|ce)|self[-\s]?(?:esteem|worth|confidence)|resilien(?:t|ce)",
        NAME_THE_SKILL,
    ),
    _term("improve", r"improv(?:e|es|ed|ing|ement|ements)", FROM_TO),
    _term("better", r"better", FROM_TO),
    _term("increase", r"increas(?:e|es|ed|ing)", FROM_TO),
    _term("develop", r"develop(?:s|ed|ing|ment)?", FROM_TO),
    _term("enhance", r"enhanc(?:e|es|ed|ing|ement)", FROM_TO),
    _term("progress", r"progress(?:es|ed|ing)?", FROM_TO),
    _term("reduce", r"reduc(?:e|es|ed|ing|tion)", FROM_TO),
    _term("more", r"more|less|fewer", FROM_TO),
    _term(
        "regularly",
        r"regular(?:ly)?|frequent(?:ly)?|often|sometimes|occasional(?:ly)?|usually|generally",
        FROM_TO,
    ),
    _term("well-being", r"well[-\s]?being", SEE_OR_HEAR),
    _term(
        "needs met",
        r"needs?\s+(?:(?:are|is|will|be|being|to|have|has|been|consistently|fully|all|"
        r"always)\s+){0,3}met",
        SEE_OR_HEAR,
    ),
    _term("stable", r"stab(?:le|ility|ilise|ilised|ilize|ilized)", SEE_OR_HEAR),
    _term("settled", r"settled", SEE_OR_HEAR),
    _term(
        "safe",
        r"safe(?!\s+(?:place|places|adults?|person|people|word|space|zone|room|haven))|"
        r"safer|safety(?!\s+(?:plans?|network|net|gates?|equipment|catch|scale|goals?|rules?))",
        SEE_OR_HEAR,
    ),
    _term("happy", r"happ(?:y|ier|iness)", SEE_OR_HEAR),
    # "secure a place" is getting one, not feeling secure
    _term("secure", r"secure(?!\s+(?:a|an|the|his|her|their)\s)|security", SEE_OR_HEAR),
    _term("positive", r"positive(?:ly)?", SEE_OR_HEAR),
    _term("healthy", r"health(?:y|ier)", SEE_OR_HEAR),
    _term("mental health", r"mental\s+health|emotional(?:ly)?", SEE_OR_HEAR),
    _term("good", r"good|(?:do|does|doing|did|get|gets|getting)(?:\s+on)?\s+well", SEE_OR_HEAR),
    _term("consistent", r"consisten(?:t|tly|cy)", SEE_OR_HEAR),
    _term("relationship", r"relationships?|bond(?:s|ing)?|attachments?", SEE_OR_HEAR),
    _term("engage", r"engag(?:e|es|ed|ing|ement)", SEE_OR_HEAR),
    _term("cope", r"cop(?:e|es|ed|ing)", SEE_OR_HEAR),
    _term("support", rf"(?!{SUPPORTED_SERVICE})support(?:s|ed|ing|ive)?", SEE_OR_HEAR),
    _term(
        "work openly with",
        r"work(?:s|ed|ing)?\s+(?:openly|honestly|closely|positively|together|effectively)"
        r"(?:\s+with)?|co-?operat(?:e|es|ed|ing|ion|ive)|compl(?:y|ies|iance|iant)",
        SEE_OR_HEAR,
    ),
    _term("prioritise", r"prioriti[sz](?:e|es|ed|ing)", SEE_OR_HEAR),
    _term("responsibility", r"responsib(?:le|ility|ilities)", SEE_OR_HEAR),
    _term("addressed", r"address(?:ed|es|ing)?", SEE_OR_HEAR),
    _term("appropriate", r"(?:in)?appropriate(?:ly)?|suitabl[ey]|adequate(?:ly)?", SEE_OR_HEAR),
    _term("potential", r"potential", SEE_OR_HEAR),
    _term("thrive", r"thriv(?:e|es|ed|ing)", SEE_OR_HEAR),
    _term("nurture", r"nurtur(?:e|es|ed|ing)", SEE_OR_HEAR),
    _term("protect", r"protect(?:s|ed|ing|ion|ive)?", SEE_OR_HEAR),
    _term("boundaries", r"boundar(?:y|ies)", SEE_OR_HEAR),
    _term("strategies", r"strateg(?:y|ies)", SEE_OR_HEAR),
)

# For each vague word, pieces of text of which one must be present for it to match
# (``term_triggers``): most outcomes hold few of these words, so most are never tried.
VAGUE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "understanding": ("understand", "insight", "knowledge"),
    "awareness": ("aware",),
    "skills": ("skill", "abilit", "capacity", "capabilit"),
    "confidence": ("confiden", "esteem", "worth", "resilien"),
    "improve": ("improv",),
    "better": ("better",),
    "increase": ("increas",),
    "develop": ("develop",),
    "enhance": ("enhanc",),
    "progress": ("progress",),
    "reduce": ("reduc",),
    "more": ("more", "less", "fewer"),
    "regularly": (
        "regular",
        "frequent",
        "often",
        "sometimes",
        "occasional",
        "usually",
        "generally",
    ),
    "well-being": ("being",),
    "needs met": ("met",),
    "stable": ("stab",),
    "settled": ("settled",),
    "safe": ("safe",),
    "happy": ("happ",),
    "secure": ("secur",),
    "positive": ("positive",),
    "healthy": ("health",),
    "mental health": ("mental", "emotional"),
    "good": ("good", "well"),
    "consistent": ("consisten",),
    "relationship": ("relationship", "bond", "attachment"),
    "engage": ("engag",),
    "cope": ("cop",),
    "support": ("support",),
    "work openly with": ("work", "operat", "compl"),
    "prioritise": ("prioriti",),
    "responsibility": ("responsib",),
    "addressed": ("address",),
    "appropriate": ("appropriate", "suitabl", "adequate"),
    "potential": ("potential",),
    "thrive": ("thriv",),
    "nurture": ("nurtur",),
    "protect": ("protect",),
    "boundaries": ("boundar",),
    "strategies": ("strateg",),
}

# Verbs for what another person can see or hear somebody do. Wider than
# ``language.OBSERVABLE_VERBS`` (it has every form: -s, -ed, -ing, irregular pasts).
_OBSERVABLE_BASES = (
    "tell",
    "say",
    "explain",
    "describe",
    "name",
    "show",
    "demonstrate",
    "ask",
    "call",
    "phone",
    "ring",
    "text",
    "email",
    "write",
    "read",
    "brush",
    "wash",
    "bath",
    "bathe",
    "dress",
    "eat",
    "cook",
    "feed",
    "sleep",
    "walk",
    "go",
    "arrive",
    "collect",
    "take",
    "bring",
    "attend",
    "visit",
    "stay",
    "play",
    "come",
    "use",
    "put",
    "keep",
    "give",
    "apply",
    "register",
    "move",
    "live",
    "spend",
    "choose",
    "speak",
    "talk",
    "share",
    "check",
    "record",
    "clean",
    "change",
    "hoover",
    "wipe",
    "pay",
    "buy",
    "get",
    "sit",
    "leave",
    "return",
    "meet",
    "plan",
    "practise",
    "practice",
    "manage",
    "identify",
    "list",
    "wear",
    "answer",
    "book",
    "lock",
    "store",
    "praise",
    "hug",
    "cuddle",
    "help",
    "sing",
    "drop",
    "pick",
    "hold",
    "follow",
    "sign",
    "tidy",
    "make",
    "prepare",
    "set",
    "agree",
    "sort",
    "wait",
    "look",
    "care",
    "hand",
    "lie",
    "stand",
    "drive",
    "count",
    "open",
    "shut",
    "switch",
    "sweep",
    "mop",
    "wake",
    "rise",
    "breastfeed",
    "bottle-feed",
    "have",
    "own",
)
_IRREGULAR = (
    "said",
    "told",
    "went",
    "gone",
    "took",
    "taken",
    "brought",
    "came",
    "gave",
    "given",
    "kept",
    "spoke",
    "spoken",
    "wrote",
    "written",
    "ate",
    "eaten",
    "slept",
    "left",
    "met",
    "made",
    "got",
    "gotten",
    "sat",
    "paid",
    "bought",
    "held",
    "chose",
    "chosen",
    "wore",
    "worn",
    "lay",
    "stood",
    "drove",
    "woke",
    "had",
)
# Verbs that only count when what follows them is itself concrete: "show a better
# understanding" is as vague as "have a better understanding".
_WEAK = (
    "show",
    "shows",
    "showed",
    "shown",
    "showing",
    "demonstrate",
    "demonstrates",
    "demonstrated",
    "demonstrating",
)


def _forms(base: str) -> set[str]:
    forms = {base, gerund(base)}
    if base.endswith(("s", "sh", "ch", "x", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.update({base[:-1] + "ies", base[:-1] + "ied"})
    else:
        forms.add(base + "s")
    if not base.endswith("y") or base[-2:-1] in "aeiou":
        forms.add(base + "d" if base.endswith("e") else base + "ed")
    return forms


_OBSERVABLE = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(
        sorted(
            {re.escape(f) for base in _OBSERVABLE_BASES for f in _forms(base)} | set(_IRREGULAR),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w-])",
    re.IGNORECASE,
)

# Phrases that introduce the evidence for a vague word: what follows says what you'd see.
_EVIDENCE = re.compile(
    r"\b(?:so that|so (?:she|he|they|we|I|it) (?:can|will|is able to|are able to)|"
    r"in order to|such as|for example|e\.g\.?|i\.e\.?|including|"
    r"(?:shown|evidenced|seen|demonstrated|measured|known|proved|proven|tested|checked)"
    r"\s+(?:by|in|through|when|on)|which (?:means|will mean|will be seen)|meaning|"
    r"this (?:means|will mean|will look like)|will look like|looks like)\b|[(:]|\s[-–—]\s",
    re.IGNORECASE,
)
_AND_THEN = re.compile(
    r"\b(?:and|then)\s+(?:will\s+|can\s+|to\s+)?(?:be\s+able\s+to\s+)?(?:\w+\s+)?", re.IGNORECASE
)

# A deadline or an occasion: when a thing is checked, not what is checked.
_OCCASION = (
    r"(?:(?:summer|spring|autumn|winter|christmas|easter|half[-\s]?|school|academic)\s+)?"
    r"(?:term|half[-\s]?term|holidays?|review|reviews|conference|core\s+group(?:\s+meeting)?|"
    r"meeting|year|month|week|fortnight|day|christmas|easter|summer|birthday|"
    r"child\s+in\s+need\s+review|cin\s+review|visit)"
)
_DEADLINE = re.compile(
    r"\b(?:by|before|within|until|till|during|over|in|at|after)\s+"
    r"(?:the\s+)?(?:(?:end|start|beginning|middle|time)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:next|this|coming|following|first|second|third|her|his|their|its|my|our|the)\s+)*"
    rf"(?:{NUMBER}\s+)?(?:working\s+)?{_OCCASION}s?\b",
    re.IGNORECASE,
)
# Named indicators that say *what* is measured but not *how much*: with "improve" alone they
# still leave nothing to measure against.
_BARE_INDICATOR = re.compile(
    r"\b(?:attendance|punctuality|exclusions?|level|levels|grades?|weight|height|bmi|"
    r"review|reviews|conference|core group|term|christmas|easter|summer|birthday|bedtime|"
    r"mornings?|evenings?|nights?|(?<!only at )(?<!only on )week(?:end|day)s?(?!\s+only))\b|"
    # A comparison with nothing to compare against: "put the children's needs over her own".
    rf"\b(?:over|under|above|below|up\s+to|more\s+than|less\s+than|fewer\s+than)\b"
    rf"(?!\s+(?:\d|{NUMBER}\b|the\s+\d|\w+\s+centile))",
    re.IGNORECASE,
)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_NOT_A_NAME = re.compile(
    r"^(?:I|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|"
    r"English|Maths|Year|Term)$"
)
# States another person can check as plainly as an action: "sober", "in bed by 7pm".
_CONCRETE_STATE = re.compile(
    r"\b(?:sober|alcohol[-\s]free|drug[-\s]free|smoke[-\s]free|awake|registered|vaccinated|"
    r"immunised|"
    r"up\s+to\s+date|in\s+bed|at\s+home|at\s+school|home\s+by|present)\b",
    re.IGNORECASE,
)
# A condition that ties a promise to a situation you could be there for.
_SITUATION = re.compile(
    r"\b(?:when|whenever|while|whilst|at\s+the\s+times?|each\s+time|every\s+time|if)\s+"
    r"(?:\w+\s+){0,2}\w+",
    re.IGNORECASE,
)
_WINDOW = 3  # words after an observable verb in which a vague word spoils it
# A word after one of these is a noun ("his care", "a visit", "the plan"), not a verb.
_DETERMINER = re.compile(
    r"(?:\b(?:a|an|the|his|her|their|its|my|our|your|this|that|these|those|each|every|any|"
    r"some|no|of)|['’]s)\s+$",
    re.IGNORECASE,
)
# Words that are adjectives after "be", "keep ... " or "look": "the home will be clean".
_ADJECTIVE_AFTER_COPULA = {"clean", "tidy", "open", "shut", "dressed", "set", "kept"}
_COPULA = re.compile(
    r"\b(?:be|is|are|was|were|been|being|remain|remains|stay|stays|look|looks|feel|feels|"
    r"keep|keeps|kept|keeping)\s+(?:\S+\s+){0,3}$",
    re.IGNORECASE,
)


@functools.cache
def default_vague_terms() -> TermList:
    return TermList(with_triggers(VAGUE_CHANGE_TERMS, VAGUE_TRIGGERS))


def vague_finder(terms: TermList | None = None) -> TermFinder:
    """The vague words as a rule has them after its configuration."""
    return terms or default_vague_terms()


def without_timescales(text: str) -> str:
    """The text with its deadlines, dates and occasions blanked out."""
    blanked = list(text)
    spans = [(m.start(), m.end()) for m in _DEADLINE.finditer(text)]
    spans += [(d.start, d.end) for d in find_dates(text)]
    for start, end in spans:
        blanked[start:end] = " " * (end - start)
    return "".join(blanked)


def has_quantity(text: str) -> bool:
    """A number, frequency, duration, scale or from-to that is more than a deadline."""
    stripped = _BARE_INDICATOR.sub(" ", without_timescales(text))
    return has_measure(stripped)


def observable_verbs(
    text: str, vague: TermFinder, found: list[TermMatch] | None = None
) -> Iterator[re.Match[str]]:
    """Observable verbs whose object is not itself vague ("get better", "show a good
    understanding" do not count). ``found`` saves finding the vague words again."""
    found = list(vague.find(text)) if found is None else found
    vague_spans = [(m.start, m.end) for m in found]
    vague_starts = [start for start, _ in vague_spans]
    for match in _OBSERVABLE.finditer(text):
        word = match.group(0).lower()
        before = text[max(0, match.start() - 40) : match.start()]
        if _DETERMINER.search(before) or any(s <= match.start() < e for s, e in vague_spans):
            continue
        if (
            word in _ADJECTIVE_AFTER_COPULA
            and _COPULA.search(before)
            and not re.search(r"\b(?:to|will|can)\s+$", before, re.IGNORECASE)
        ):
            continue
        if word in _WEAK:
            stop = _clause_stop(text, match.end())
        else:
            following = list(re.finditer(r"\S+", text[match.end() :]))[:_WINDOW]
            stop = match.end() + (following[-1].end() if following else 0)
        if not any(match.end() <= start < stop for start in vague_starts):
            yield match


def _clause_stop(text: str, position: int) -> int:
    found = re.compile(r"[.;!?\n]|,\s").search(text, position)
    return found.start() if found else len(text)


_HEADING = re.compile(r"^\s*[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:\s+")
_LEADING_NAMES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?:[A-Z][\w'’-]*\s*)+")


def _names_someone(text: str, ignore: Iterable[str]) -> bool:
    """Whether the text names a person or place besides its subject ("... by Mrs Jones")."""
    ignored = {word.lower() for word in ignore}
    for sentence in sentences(text):
        heading = _HEADING.match(sentence.text)  # "Respected: Children should be ..."
        said = sentence.text[heading.end() :] if heading else sentence.text
        leading = _LEADING_NAMES.match(said)
        skip = leading.end() if leading else 0
        for match in _CAPITALISED.finditer(said, skip):
            word = match.group(0)
            if _NOT_A_NAME.match(word) or word.lower() in ignored:
                continue
            return True
    return False


def unmeasured(
    text: str, vague: TermFinder | None = None, ignore_names: Iterable[str] = ()
) -> list[TermMatch] | None:
    """None when ``text`` names something to count or see; otherwise the vague words its
    promise rests on (an empty list when it simply names nothing to measure).

    ``ignore_names`` are names that do not make a sentence concrete (the child's own name).
    """
    result = _unmeasured(text, vague or vague_finder(), tuple(ignore_names))
    return None if result is None else list(result)


@functools.lru_cache(maxsize=2048)
def _unmeasured(
    text: str, vague: TermFinder, ignore_names: tuple[str, ...]
) -> tuple[TermMatch, ...] | None:
    found = list(vague.find(text))
    verbs = list(observable_verbs(text, vague, found))
    first_verb = verbs[0].start() if verbs else len(text)
    governing = [m for m in found if m.start < first_verb]
    if governing:
        if has_quantity(text):
            return None
        for marker in _EVIDENCE.finditer(text, governing[0].end):
            if any(verb.start() >= marker.end() for verb in verbs):
                return None
        for marker in _AND_THEN.finditer(text, governing[0].end):
            if any(verb.start() == marker.end() or verb.end() == marker.end() for verb in verbs):
                return None
        return tuple(governing)
    if (
        has_measure(text)
        or verbs
        or _CONCRETE_STATE.search(text)
        or _SITUATION.search(text)
        or _names_someone(text, ignore_names)
    ):
        return None
    return ()


def suggestion_for(vague_words: list[TermMatch]) -> str:
    """The most helpful of the vague words' suggestions: pin down an understanding or a
    skill first, then a change, then a state."""
    for preferred in (SAY_OR_DO, NAME_THE_SKILL, FROM_TO):
        if any(match.term.suggestion == preferred for match in vague_words):
            return preferred
    return SEE_OR_HEAR


def names_evidence(text: str, vague: TermFinder | None = None) -> bool:
    """Whether the text says how you would know: an evidence phrase ("shown by", "so that",
    "such as", a colon or bracket) followed by something somebody can be seen doing."""
    verbs = list(observable_verbs(text, vague or vague_finder()))
    return any(
        any(verb.start() >= marker.end() for verb in verbs) for marker in _EVIDENCE.finditer(text)
    )
