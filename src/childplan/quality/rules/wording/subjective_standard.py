"""subjective-standard: standards that differ from person to person ("clean and tidy")."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from childplan.plan.model import TextField
from childplan.quality.language import quoted_spans
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

HOME = (
    "Say what you would see, so that everyone judges it the same way, e.g. 'The living-room "
    "carpet is hoovered three times a week' or 'The kitchen surfaces are wiped down after "
    "each meal.'"
)
CHILD = (
    "Say what the child will do, and how often, e.g. 'John brushes his teeth for two "
    "minutes every morning and night.'"
)
FOOD = (
    "Name the food and how often, e.g. 'Jimmy has breakfast (cereal or toast and milk) "
    "before school every day.'"
)
THING = (
    "Say what would be there or be done, so that everyone judges it the same way, e.g. "
    "'Jimmy has a coat and shoes that fit him' or 'Jimmy has his own bed with sheets "
    "changed every week.'"
)


def _term(phrase: str, pattern: str, suggestion: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])", suggestion=suggestion)


_CLEAN_WORD = r"clean|tidy|neat|hygienic|presentable|organised|clutter[-\s]free|well[-\s]kept"

TERMS = (
    _term(
        "clean and tidy",
        rf"(?:clean|tidy|neat|hygienic)(?:\s*,\s*(?:{_CLEAN_WORD}))*"
        rf"(?:\s*,)?\s+(?:and|&)\s+(?:{_CLEAN_WORD}|safe)|"
        rf"(?:clean|tidy|neat|hygienic)(?:\s*,\s*(?:{_CLEAN_WORD}))+",
        HOME,
    ),
    # On their own, only as a judgement of a place or person ("the house will be clean"),
    # never as a thing done ("Sarah will clean the bath") or a thing had ("clean clothes").
    _term("clean", r"clean", HOME),
    _term("tidy", r"tidy", HOME),
    _term(
        "good standard",
        r"(?:good|high|acceptable|reasonable|satisfactory|decent|basic|adequate|minimum)\s+"
        r"(?:standards?|state|condition|order)(?:\s+of\s+(?:\w+\s+)?(?:care|hygiene|"
        r"cleanliness|conditions|living|parenting|supervision|presentation|housekeeping))?"
        r"|(?:good|acceptable|reasonable|satisfactory|decent|adequate|minimum)\s+levels?\s+of"
        r"\s+(?:\w+\s+)?(?:care|hygiene|cleanliness|supervision|presentation|housekeeping)",
        HOME,
    ),
    _term("good enough", r"good[-\s]enough", HOME),
    _term(
        "age-appropriate",
        r"age[-\s]?appropriate(?:ly)?|developmentally\s+appropriate(?:ly)?|"
        r"appropriate\s+(?:to|for)\s+(?:his|her|their|its|the\s+child['’]s|[A-Z]\w+['’]s?)"
        r"\s+(?:age|stage|development)",
        CHILD,
    ),
    _term("adequate", r"(?:in)?adequate(?:ly)?", THING),
    _term("suitable", r"(?:un)?suitabl[ey]", THING),
    _term("satisfactory", r"(?:un)?satisfactor(?:y|ily)", THING),
    _term("acceptable", r"(?:un)?acceptabl[ey]", THING),
    _term("hygienic", r"(?:un)?hygienic(?:ally)?", HOME),
    _term(
        "good hygiene",
        r"(?:good|proper|adequate|acceptable|basic|better)\s+(?:personal\s+|dental\s+|oral\s+|"
        r"home\s+|food\s+)?hygiene",
        CHILD,
    ),
    _term("good home conditions", r"(?:good|better|decent)\s+(?:home|living)\s+conditions", HOME),
    _term(
        "healthy diet",
        r"(?:healthy|balanced|nutritious|proper|good|decent)\s+(?:and\s+(?:balanced|healthy|"
        r"nutritious)\s+)?(?:diet|meals?|food|breakfasts?|lunch(?:es)?|dinners?|packed\s+lunch"
        r"(?:es)?)|nutritious",
        FOOD,
    ),
    _term("well presented", r"well[-\s](?:presented|kept|groomed|maintained)|presentable", CHILD),
    _term("proper", r"proper(?:ly)?", THING),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "clean and tidy": ("clean", "tidy", "neat", "hygienic"),
    "clean": ("clean",),
    "tidy": ("tidy",),
    "good standard": ("standard", "state", "condition", "order", "level"),
    "good enough": ("enough",),
    "age-appropriate": ("appropriate",),
    "adequate": ("adequate",),
    "suitable": ("suitabl",),
    "satisfactory": ("satisfactor",),
    "acceptable": ("acceptabl",),
    "hygienic": ("hygienic",),
    "good hygiene": ("hygiene",),
    "good home conditions": ("conditions",),
    "healthy diet": ("diet", "meal", "food", "breakfast", "lunch", "dinner", "nutritious"),
    "well presented": ("presented", "kept", "groomed", "maintained", "presentable"),
    "proper": ("proper",),
}

# What turns a subjective word into an agreed standard: a definition straight after it.
_DEFINITION = re.compile(
    r"\s*(?::|\(|[-–—]\s|,?\s*(?:i\.?\s?e\.?|e\.g\.?|meaning|which means|that is|that means|"
    r"means|mean|defined as|by which we mean|for example|such as|including|"
    r"as (?:set out|described|defined|listed|agreed) (?:in|on|below|above)|"
    r"(?:in line with|according to|using|on|see|as on) (?:the|our|her|his|their) "
    r"(?:agreed\s+)?(?:[\w-]+\s+)?(?:checklist|list|chart|plan|tool|rota|schedule)))",
    re.IGNORECASE,
)
_ARRANGEMENT = re.compile(
    r"\s+(?:date|dates|time|times|day|days|venue|location|room|meeting|slot|appointment)\b",
    re.IGNORECASE,
)
# "The house will be clean", "keep the kitchen tidy", "looks clean": a judgement.
_ARRANGING = re.compile(
    r"\b(?:arrang\w*|agree\w*|find|found|book\w*|meet\w*|visit\w*|ring|call|phone|contact|"
    r"convenient|session|appointment)\b",
    re.IGNORECASE,
)
_JUDGED = re.compile(
    r"\b(?:be|is|are|was|were|been|being|remain|remains|stay|stays|look|looks|appear|appears|"
    r"keep|keeps|kept|keeping|get|gets|left)\s+(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
_CLEANING_VERB = re.compile(
    r"\b(?:wipe|wiped|wipes|wash|washed|washes|scrub|scrubbed|scrubs|hoover|hoovered|hoovers|"
    r"sweep|swept|sweeps|mop|mopped|mops|rinse|rinsed|rinses|brush|brushed|brushes|lick)\b"
    r"(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
_CHECKABLE_PROPER = re.compile(
    r"\s+(?:fitted|installed|secured|strapped|registered|sterilised|stored|locked)\b"
    # "the proper names for body parts": the anatomical words, not a standard
    r"|\s+(?:names?|words?|terms?)\s+(?:for|of)\b",
    re.I,
)


_NOUN_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|at|in|on|by|for|every|each|when|until|with|to|from|all|the)\b)"
    r"[\w'’-]+){1,3}",
    re.IGNORECASE,
)


def _defined(text: str, end: int, quotes: Sequence[tuple[int, int]]) -> bool:
    """A definition straight after the word, after its closing quote, or after the noun it
    describes ("adequate housing, meaning a two-bedroom flat")."""
    ends = [end] + [q_end for q_start, q_end in quotes if q_start <= end <= q_end]
    noun = _NOUN_AFTER.match(text, end)
    if noun:
        ends += [m.end() for m in re.finditer(r"[\w'’-]+", text[: noun.end()]) if m.end() > end]
    return any(_DEFINITION.match(text, position) for position in ends)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    for match in ctx.terms.find(text):
        before, after = text[: match.start], text[match.end :]
        word = match.text.lower()
        if _defined(text, match.end, quotes):
            continue
        if match.term.phrase in ("clean", "tidy") and (
            not _JUDGED.search(before)
            or re.search(r"\b(?:to|will|can|must|should)\s+$", before, re.IGNORECASE)
            or _CLEANING_VERB.search(before)
            or re.match(r"\s+(?:of|from|up)\b", after, re.IGNORECASE)
        ):
            continue  # a thing done ("will clean the bath") or a state with its test
        if "suitabl" in word and _ARRANGEMENT.match(after) and _ARRANGING.search(text):
            continue  # "find a suitable date to meet" is arranging, not a standard of care
        if word.startswith("proper") and _CHECKABLE_PROPER.match(after):
            continue  # "properly fitted car seat": there is a right way to check
        yield Hit(match.start, match.end, suggestion=match.term.suggestion)


RULE = Rule(
    slug="subjective-standard",
    kind="wording",
    severity=Severity.WARNING,
    fields=("outcome", "action"),
    summary="Standards that differ from person to person: clean and tidy, good standard, "
    "adequate, suitable, age-appropriate, good enough.",
    message="'{text}' is a standard people judge differently, so the family and the "
    "professionals may each think it has been met, or not.",
    why=(
        "Your view of 'clean' may be different to the family's. When a plan says what you "
        "would actually see ('the carpet is hoovered three times a week'), everyone knows "
        "what is expected and a review can tell whether it happened."
    ),
    sources=(
        Source(
            "001",
            "Don’t say “Emily’s house needs to be clean”, as your view of cleanliness may be "
            "different to Emily’s parents’.",
        ),
        Source(
            "001", "Also, as stated earlier, try and avoid subjective terms like “clean and tidy”."
        ),
        Source(
            "003",
            "anything subjective such as 'grandma will keep the house clean and tidy'",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Grandma will keep the house clean and tidy.", "action"),
        Example("Emily's house will be clean.", "outcome"),
        Example("The home will be maintained to a good standard.", "outcome"),
        Example("John will have age-appropriate self-care skills.", "outcome"),
        Example("Sarah will make sure Jimmy has adequate clothing for the weather.", "action"),
        Example("Jimmy will live in suitable accommodation.", "outcome"),
        Example("Home conditions will be good enough for Jimmy.", "outcome"),
        Example("Jimmy will have a healthy diet.", "outcome"),
        Example("Jimmy's bedroom will be hygienic.", "outcome"),
    ),
    passes=(
        Example("The living-room carpet is hoovered three times a week.", "outcome"),
        Example(
            "The work surfaces in the kitchen are wiped down after each meal has been prepared.",
            "outcome",
        ),
        Example(
            "The house will be 'clean': carpet hoovered three times a week and bins emptied "
            "every Monday.",
            "outcome",
            note="the word is defined where it is used",
        ),
        Example("Jimmy will wear clean clothes to school every day.", "outcome"),
        Example("Sarah will wipe the kitchen surfaces clean after each meal.", "action"),
        Example("Priya will ring Sarah on Monday to find a suitable date to meet.", "action"),
        Example(
            "Agree with Sarah what 'clean and tidy' means for her home, and write it into the "
            "plan.",
            "action",
        ),
    ),
    suggestion=HOME,
    supersedes=("vague-word", "unmeasurable-outcome"),
)
