"""Small pieces of English the wording rules share: sentences, quotations, measures.

These are deliberately plain regular expressions over short plan fields, not a parser:
a plan field is one to three sentences, and the checker runs on every keystroke.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from childplan.plan.dates import find_dates

# A sentence ends at . ! or ? followed by a space, or at a line break, unless the next line
# goes on in lower case: Word cells and text boxes break sentences over lines ("attend
# eight\nsessions with a DV project").
_BOUNDARY = re.compile(r"[.!?]+[\"”’')]*(?=\s|$)|\n+(?![a-z])")
_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Miss|Mx|St|Prof|Rev|e\.g|i\.e|etc|approx|vs|G\.P)|\b[A-Z])\.$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")
_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]|(?<![A-Za-z])['‘]([^'’]+)['’](?![A-Za-z])")


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


@functools.lru_cache(maxsize=1024)
def sentences(text: str) -> tuple[Sentence, ...]:
    """Sentences with their spans; 'Mrs. March', 'e.g.' and '4.12.2026' do not end one.
    Kept for recent texts: several rules read the same field."""
    return tuple(_sentences(text))


def _sentences(text: str) -> Iterator[Sentence]:
    begin = 0
    for boundary in _BOUNDARY.finditer(text):
        before = text[begin : boundary.start()]
        if boundary.group(0).strip() and _ABBREVIATION.search(before + "."):
            continue
        yield from _sentence(text, begin, boundary.end())
        begin = boundary.end()
    yield from _sentence(text, begin, len(text))


def _sentence(text: str, start: int, end: int) -> Iterator[Sentence]:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        offset = start + piece.index(stripped[0])
        yield Sentence(stripped, offset, offset + len(stripped))


def words(text: str) -> list[str]:
    return _WORD.findall(text)


@functools.lru_cache(maxsize=1024)
def quoted_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of text inside quotation marks: someone's own words, or a definition."""
    return tuple((m.start(), m.end()) for m in _QUOTED.finditer(text))


def inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


# Anything that makes a statement countable or checkable: a number, a time, a date,
# a frequency, a scale or a named indicator.
_MEASURE = re.compile(
    r"\d|%|\bper ?cent\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|half|twice|once|double|triple)\b|"
    r"\b(?:every|each|daily|weekly|fortnightly|monthly|termly|nightly|hourly|"
    r"mornings?|evenings?|nights?|bedtime|weekdays?|weekends?|"
    r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b|"
    r"\b(?:times? a|a (?:day|week|month)|per (?:day|week|month)|at least|no more than|"
    r"no fewer than|more than|less than|fewer than|above|below|under|over|up to)\b|"
    r"\b(?:scale|score[sd]?|scaling|rating|centile|percentile|weight|height|bmi|"
    r"attendance|punctuality|exclusions?|reading age|level|grade|milestones?|"
    r"sdq|questionnaire|checklist|chart|diary|log)\b|"
    r"\b(?:term|half[- ]term|christmas|easter|summer|birthday|review|conference|core group)\b|"
    r"\b(?:am|pm|o'?clock|minutes?|hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)


def has_measure(text: str) -> bool:
    """Whether the text names something that can be counted, timed or observed on a scale."""
    return bool(_MEASURE.search(text)) or bool(find_dates(text))


# Verbs for things another person can see or hear the child or adult do.
OBSERVABLE_VERBS = re.compile(
    r"\b(?:tell|tells|told|say|says|said|explain|explains|describe|describes|name|names|"
    r"show|shows|demonstrate|demonstrates|ask|asks|call|calls|phone|phones|ring|rings|"
    r"text|texts|write|writes|read|reads|brush|brushes|wash|washes|bath|bathe|bathes|"
    r"dress|dresses|eat|eats|cook|cooks|feed|feeds|sleep|sleeps|walk|walks|go|goes|"
    r"arrive|arrives|collect|collects|take|takes|bring|brings|attend|attends|visit|visits|"
    r"stay|stays|play|plays|come|comes|use|uses|put|puts|keep|keeps|give|gives|"
    r"apply|applies|register|registers|move|moves|live|lives|spend|spends|choose|chooses|"
    r"speak|speaks|talk|talks|share|shares|check|checks|record|records|clean|cleans|"
    r"change|changes|hoover|hoovers|wipe|wipes|pay|pays|buy|buys|get|gets|sit|sits|"
    r"leave|leaves|return|returns|meet|meets|plan|plans|practise|practises|manage|manages)\b",
    re.IGNORECASE,
)


def gerund(verb: str) -> str:
    """hit -> hitting, use -> using, shout -> shouting (enough for suggestions)."""
    v = verb.lower()
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    if (
        len(v) >= 3
        and v[-1] not in "aeiouwxy"
        and v[-2] in "aeiou"
        and v[-3] not in "aeiou"
        and sum(c in "aeiou" for c in v) == 1
    ):
        return v + v[-1] + "ing"
    return v + "ing"
