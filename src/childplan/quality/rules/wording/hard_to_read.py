"""hard-to-read: sentences too long to follow, or text written above the family's reading level."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import textstat

from childplan.plan.model import TextField
from childplan.quality.language import Sentence, inside, quoted_spans, sentences, words
from childplan.quality.rule import FAMILY_TEXT, Context, Example, Hit, Rule, Severity, Source

# Where a long sentence can break, best first: a semicolon or a comma before a joining word;
# a joining word that starts a new clause; a comma before a lower-case word (not a list of
# names or days); "and" before a new subject ("and she will", "and Priya will").
_CLAUSE_WORDS = (
    r"(?:and|but|so|because|which|then|as|if|when|while|whilst|although|though|unless|until|"
    r"after|before|where|who)"
)
_BREAKS = (
    re.compile(rf";\s+|,\s+(?={_CLAUSE_WORDS}\s)", re.IGNORECASE),
    re.compile(
        r"\s+(?=(?:because|but|so\s+that|so|which|while|whilst|although|unless|in\s+order\s+to)\s)",
        re.IGNORECASE,
    ),
    re.compile(r",\s+(?=[a-z])(?!(?:and|or)\s)"),
    re.compile(
        r"\s+(?=and\s+(?:(?:he|she|they|we|I|you|it|then)\s|(?-i:[A-Z])\w+\s+(?:will|can|is|"
        r"has|must|should|may|would)\b))",
        re.IGNORECASE,
    ),
)
# Joining words the new sentence can do without, and what to start it with instead.
_OPENERS = {"and": "", "but": "But ", "so": "So ", "because": "This is because "}
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    text = field.text
    limit = _int_option(ctx, "max_sentence_words")
    total = len(_WORD.findall(text))
    if total <= limit and total < _int_option(ctx, "min_words_for_grade"):
        return  # too short to hold a long sentence or to be graded: most fields
    quotes = quoted_spans(text)
    long_found = False
    for sentence in sentences(text):
        count = _words_outside(sentence, quotes)
        if count <= limit:
            continue  # short, or long only because it quotes someone's own words
        long_found = True
        yield Hit(
            sentence.start,
            sentence.end,
            detail=f"This sentence has {count} words; sentences over {limit} words are hard "
            "to follow.",
            suggestion=_split_suggestion(sentence, count, limit),
        )
    if long_found:
        return  # the long sentence is the problem to fix first; its grade would repeat it
    yield from _grade_hit(text, quotes, ctx)


def _words_outside(sentence: Sentence, quotes: Sequence[tuple[int, int]]) -> int:
    """The words of a sentence that are not inside quotation marks."""
    if not quotes:
        return len(_WORD.findall(sentence.text))
    return sum(
        1
        for w in _WORD.finditer(sentence.text)
        if not inside(sentence.start + w.start(), sentence.start + w.end(), quotes)
    )


def _grade_hit(text: str, quotes: Sequence[tuple[int, int]], ctx: Context) -> Iterator[Hit]:
    plain = text
    for start, end in quotes:  # someone's own words are theirs, whatever their grade
        plain = plain[:start] + " " * (end - start) + plain[end:]
    found = words(plain)
    if len(found) < _int_option(ctx, "min_words_for_grade"):
        return  # a grade from a sentence or two says more about chance than about the text
    grade = float(textstat.flesch_kincaid_grade(plain))
    target = _float_option(ctx, "reading_grade")
    if grade <= target:
        return
    long_words = _long_words(found)
    example = (
        f" Words such as {', '.join(repr(w) for w in long_words)} are the hardest here."
        if long_words
        else ""
    )
    stripped = text.strip()
    start = text.index(stripped)
    yield Hit(
        start,
        start + len(stripped),
        detail=f"This text is hard to read: it scores about school grade {_shown(grade, target)} "
        f"(a reading age of about {grade + 5:.0f}), above the limit of {target:g} set for plans.",
        suggestion="Use shorter, everyday words and one idea per sentence." + example,
    )


def _shown(grade: float, target: float) -> str:
    """The grade in whole years, or to a tenth where rounding would make it look within the
    limit ("grade 14.4, above the limit of 14", not "grade 14, above the limit of 14")."""
    return f"{grade:.0f}" if round(grade) > target else f"{grade:.1f}"


def _long_words(found: list[str]) -> list[str]:
    """Up to three of the longest words (three syllables or more), in the order they appear;
    capitalised words are left out, as they are mostly names."""
    syllables: dict[str, int] = {}
    for word in found:
        if word[:1].isupper() or word in syllables:
            continue
        count = int(textstat.syllable_count(word))
        if count >= 3:
            syllables[word] = count
    hardest = set(sorted(syllables, key=lambda w: (-syllables[w], -len(w)))[:3])
    return [w for w in syllables if w in hardest]


def _split_suggestion(sentence: Sentence, count: int, limit: int) -> str:
    text = sentence.text
    middle = len(text) / 2
    best: tuple[float, int, int] | None = None
    for breaks in _BREAKS:
        for match in breaks.finditer(text):
            head, tail = text[: match.start()], text[match.end() :]
            if len(_WORD.findall(head)) < 5 or len(_WORD.findall(tail)) < 5:
                continue
            if "," in match.group() and _in_list(text, match.start(), match.end()):
                continue  # "school, health visitor, GP and housing" is a list, not two ideas
            distance = abs(match.start() - middle)
            if best is None or distance < best[0]:
                best = (distance, match.start(), match.end())
        if best is not None:
            break
    if best is None:
        return (
            f"This sentence has {count} words. Say one thing per sentence, and keep each "
            f"to {limit} words or fewer."
        )
    _, cut, resume = best
    head = text[:cut].rstrip(" ,;:")
    tail = text[resume:]
    first, _, rest = tail.partition(" ")
    opener = _OPENERS.get(first.lower())
    if opener is not None:
        tail = opener + rest
    tail = tail[:1].upper() + tail[1:]
    ending = " ".join(head.split()[-4:])
    starting = " ".join(tail.split()[:4])
    return (
        f"This sentence has {count} words. Try ending it after '…{ending}.' and starting a "
        f"new sentence with '{starting}…'."
    )


def _in_list(text: str, comma: int, resume: int) -> bool:
    """Whether the comma at ``comma`` separates the items of a list of short names."""
    previous = text.rfind(",", 0, comma)
    if previous != -1 and len(_WORD.findall(text[previous + 1 : comma])) <= 3:
        return True
    following = _NEXT_ITEM.match(text, resume)
    return following is not None and len(_WORD.findall(following.group(1))) <= 3


_NEXT_ITEM = re.compile(r"([^,;]*?)(?:,|\s(?:and|or)\s)")


def _int_option(ctx: Context, name: str) -> int:
    value = ctx.option(name)
    assert isinstance(value, int)
    return value


def _float_option(ctx: Context, name: str) -> float:
    value = ctx.option(name)
    assert isinstance(value, (int, float))
    return float(value)


RULE = Rule(
    slug="hard-to-read",
    kind="wording",
    severity=Severity.ADVICE,
    fields=FAMILY_TEXT,
    summary="Sentences over 25 words, or text above the configured reading grade.",
    message="This is hard to read.",
    why=(
        "If parents and children cannot understand their plan, they cannot make it work. "
        "Long sentences lose the reader, and long professional words lose them faster. A "
        "sentence over max_sentence_words words is flagged, with a place to split it. Text of "
        "at least min_words_for_grade words is also given a Flesch-Kincaid school grade "
        "(about a reading age of the grade plus five); above reading_grade it is flagged. "
        "Shorter texts are not graded, because a grade from a short text swings on a single "
        "long word. The default grade, 14, is deliberately high: the grade rises with sentence "
        "length, so a 20-to-25-word sentence of ordinary words already scores 10 to 13, while "
        "text full of professional words ('parenting capacity assessment', 'therapeutic "
        "intervention') scores 16 to 20. Long sentences have their own check. "
        "Words in quotation marks are someone's own words and are not marked."
    ),
    sources=(
        Source(
            "001",
            "If they can’t understand what is being asked of them, how are they going to make "
            "progress?",
        ),
        Source("003", "Outcomes need to be kept simple and use clear language."),
    ),
    check=check,
    options={"max_sentence_words": 25, "reading_grade": 14.0, "min_words_for_grade": 20},
    flags=(
        Example(
            "Sarah will take Jimmy to the GP on Monday so that the doctor can look at his "
            "skin, and she will then tell Priya what the doctor said so that Priya can update "
            "the school and Jean.",
            "action",
        ),
        Example(
            "Priya will complete a parenting capacity assessment to establish whether Sarah is "
            "able to sustain the improvements evidenced within the home environment.",
            "action",
        ),
        Example(
            "Professionals will work collaboratively to ensure that the children's emotional "
            "wellbeing is promoted and that their developmental needs are consistently "
            "prioritised.",
            "outcome",
        ),
        Example(
            "If Sarah is unwell or in hospital and cannot look after Jimmy, Jean Jones will "
            "collect him from school and he will stay with her until Sarah is home again.",
            "contingency",
        ),
        Example(
            "The core group will continue to evaluate the effectiveness of the intervention "
            "and consider whether the identified vulnerabilities necessitate additional "
            "specialist involvement.",
            "monitoring",
        ),
    ),
    passes=(
        Example("Sarah will take Jimmy to the GP on Monday.", "action"),
        Example(
            "If Sarah is unwell, Jean Jones will look after Jimmy at her home. She will put on "
            "his cream each morning and night.",
            "contingency",
        ),
        Example(
            "Jimmy says his arms itch at night. He wants to sleep without scratching. He likes "
            "playing football with his dad on Saturdays.",
            "childs_views",
        ),
        Example(
            "Mr Brown will be able to explain to Priya how the shouting at home frightened his "
            "son.",
            "outcome",
        ),
        Example(
            'Jimmy said: "I want my mum and dad to stop shouting because when they shout I '
            'cannot sleep and then I am tired at school and I get told off by my teacher."',
            "childs_views",
            note="the child's own words are not marked",
        ),
        Example("Jimmy's attendance will rise from 58% to above 92% this term.", "outcome"),
    ),
)
