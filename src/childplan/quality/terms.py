"""Word lists: the data half of most wording rules.

A rule lists its ``Term``s; a local authority adds or removes terms by their phrase in its
config. A phrase matches whole words, case-insensitively, with spaces and hyphens
interchangeable ("well-being" = "well being" = "wellbeing" when written ``well-being``).
Built-in terms may give a regular expression instead when the phrase alone is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# Pieces a built-in pattern may use.
POSSESSIVE = r"(?:his|her|their|its|my|our|your|[A-Z][\w-]*['’]s?)"
NUMBER = (
    r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|a few|a couple of|several)"
)


@dataclass(frozen=True)
class Term:
    phrase: str  # as shown to people and named in config
    pattern: str | None = None  # a regular expression when the phrase alone is not enough
    suggestion: str | None = None
    replacement: str | None = None  # a plain alternative, or an acronym's expansion

    def regex(self) -> str:
        if self.pattern is not None:
            return self.pattern
        return phrase_regex(self.phrase)


def phrase_regex(phrase: str) -> str:
    """Whole-word regex for a phrase; a trailing * on a word allows any ending."""
    words = []
    for word in phrase.strip().split():
        stem = word.rstrip("*")
        piece = "[-\\s]?".join(re.escape(part) for part in stem.split("-"))
        words.append(piece + (r"\w*" if word.endswith("*") else ""))
    return r"(?<![\w-])" + r"[-\s]+".join(words) + r"(?![\w-])"


@dataclass(frozen=True)
class TermMatch:
    term: Term
    start: int
    end: int
    text: str


class TermList:
    """A rule's terms compiled into one regular expression (one pass over the text)."""

    def __init__(self, terms: Iterable[Term], case_sensitive: bool = False) -> None:
        self.terms = tuple(sorted(terms, key=lambda t: len(t.phrase), reverse=True))
        flags = 0 if case_sensitive else re.IGNORECASE
        alternatives = [f"(?P<t{i}>{term.regex()})" for i, term in enumerate(self.terms)]
        self._regex = re.compile("|".join(alternatives), flags) if alternatives else None

    def find(self, text: str) -> Iterator[TermMatch]:
        if self._regex is None:
            return
        for match in self._regex.finditer(text):
            index = int(match.lastgroup[1:])  # type: ignore[index]
            yield TermMatch(self.terms[index], match.start(), match.end(), match.group(0))

    def __contains__(self, phrase: str) -> bool:
        return any(term.phrase.lower() == phrase.lower() for term in self.terms)


def adjust(terms: Iterable[Term], add: Iterable[Term], remove: Iterable[str]) -> list[Term]:
    """A rule's terms after a local authority's additions and removals."""
    removed = {phrase.lower() for phrase in remove}
    kept = [term for term in terms if term.phrase.lower() not in removed]
    return kept + list(add)
