"""Word lists: the data half of most wording rules.

A rule lists its ``Term``s; a local authority adds or removes terms by their phrase in its
config. A phrase matches whole words, case-insensitively, with spaces and hyphens
interchangeable ("well-being" = "well being" = "wellbeing" when written ``well-being``).
Built-in terms may give a regular expression instead when the phrase alone is not enough.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

# Pieces a built-in pattern may use.
POSSESSIVE = r"(?:his|her|their|its|my|our|your|[A-Z][\w-]*['’]s?)"
# Services whose name holds "supported": a named kind of provision, not support to be given.
SUPPORTED_SERVICE = r"supported\s+(?:internships?|living|accommodation|lodgings|housing|employment)"
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
    # Lower-case pieces of text of which one must appear for the term to match ("engag"
    # for "non-engagement"): a long list then skips the terms that cannot be in a text.
    triggers: tuple[str, ...] = ()

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
    """A rule's terms compiled into one regular expression (one pass over the text).

    Python tries every alternative at every character, so a list of forty phrases costs
    about a tenth of a millisecond a field. Terms with ``triggers`` are only tried when one
    of their pieces is in the text; terms without (a local authority's additions) always
    are. The matches are the same either way, ties resolved in the same order.
    """

    def __init__(self, terms: Iterable[Term], case_sensitive: bool = False) -> None:
        self.terms = tuple(sorted(terms, key=lambda t: len(t.phrase), reverse=True))
        self._flags = 0 if case_sensitive else re.IGNORECASE
        self._all = _compile(self.terms, self._flags)
        self._always = frozenset(i for i, term in enumerate(self.terms) if not term.triggers)
        by_piece: dict[str, set[int]] = {}
        for i, term in enumerate(self.terms):
            for piece in term.triggers:
                by_piece.setdefault(piece.lower(), set()).add(i)
        self._by_piece = {piece: frozenset(ids) for piece, ids in by_piece.items()}
        self._pieces = frozenset(self._by_piece)
        _TRIGGERS.add(self._pieces)
        self._subsets: dict[frozenset[int], tuple[re.Pattern[str] | None, tuple[Term, ...]]] = {}

    def gate(self) -> frozenset[str] | None:
        """Pieces of which a text must hold one for any term to match (see ``pieces_in``),
        or None when any text may match (a term without triggers, or none with them)."""
        if self._all is None:
            return frozenset()  # no terms: nothing can match
        if not self._pieces or self._always:
            return None
        return self._pieces

    def find(self, text: str) -> Iterator[TermMatch]:
        regex, terms = self._all, self.terms
        if self._pieces:
            present = self._pieces.intersection(_TRIGGERS.pieces_in(text))
            if not present and not self._always:
                return  # the usual case: none of the list's words can be in this text
            active = set(self._always)
            for piece in present:
                active |= self._by_piece[piece]
            if not active:
                return
            if len(active) < len(self.terms):
                regex, terms = self._subset(frozenset(active))
        if regex is None:
            return
        for match in regex.finditer(text):
            index = int(match.lastgroup[1:])  # type: ignore[index]
            yield TermMatch(terms[index], match.start(), match.end(), match.group(0))

    def _subset(self, active: frozenset[int]) -> tuple[re.Pattern[str] | None, tuple[Term, ...]]:
        found = self._subsets.get(active)
        if found is None:
            if len(self._subsets) > 512:
                self._subsets.clear()
            chosen = tuple(term for i, term in enumerate(self.terms) if i in active)
            found = self._subsets[active] = (_compile(chosen, self._flags), chosen)
        return found

    def __contains__(self, phrase: str) -> bool:
        return any(term.phrase.lower() == phrase.lower() for term in self.terms)


class _TriggerIndex:
    """Every word list's trigger pieces in one pattern, so that a text is read once for all
    the lists (and all the rules) to learn which pieces are in it.

    The pattern is a trie of the pieces, tried at every character: at each place it finds
    the longest piece that starts there, and the shorter pieces that start there are that
    piece's beginnings. So the pieces found are exactly those ``piece in text.lower()``
    would find, in one pass of a few microseconds instead of one test a piece.
    """

    def __init__(self) -> None:
        self._known: frozenset[str] = frozenset()
        self._reader = _PieceReader(self._known)
        self._adding = threading.Lock()  # checkers made at once in two threads lose no piece

    def add(self, pieces: frozenset[str]) -> None:
        if pieces <= self._known:
            return
        with self._adding:
            self._known |= pieces
            self._reader = _PieceReader(self._known)  # replaced whole: readers never see half

    def pieces_in(self, text: str) -> frozenset[str]:
        return _pieces_in(text, self._reader)


class _PieceReader:
    """The pattern for one set of pieces (hashed by identity, as part of a cache key)."""

    def __init__(self, pieces: frozenset[str]) -> None:
        self.pattern = re.compile(f"(?=({_trie(pieces)}))") if pieces else None
        # Each piece with the pieces it begins with, itself included.
        self.beginnings = {
            piece: frozenset(p for p in pieces if piece.startswith(p)) for piece in pieces
        }


@functools.lru_cache(maxsize=1024)
def _pieces_in(text: str, reader: _PieceReader) -> frozenset[str]:
    """The trigger pieces in the text; kept for recent texts, as every rule asks."""
    if reader.pattern is None:
        return frozenset()
    found: set[str] = set()
    for longest in reader.pattern.findall(text.lower()):
        found |= reader.beginnings[longest]
    return frozenset(found)


_Node = dict[str, "_Node"]  # a trie: each next character to its node; "" where a piece ends


def _trie(pieces: Iterable[str]) -> str:
    """A regular expression matching any of the pieces, as a trie ("eng(?:ag|...)"), so that
    at each character only the branch for that character is followed, and greedy, so that
    it matches the longest piece starting there."""
    tree: _Node = {}
    for piece in pieces:
        node = tree
        for char in piece:
            node = node.setdefault(char, {})
        node[""] = {}  # a piece ends here
    return _branches(tree)


def _branches(node: _Node) -> str:
    alternatives = [
        re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char
    ]
    if not alternatives:
        return ""
    pattern = "(?:" + "|".join(alternatives) + ")"
    return pattern + "?" if "" in node else pattern


_TRIGGERS = _TriggerIndex()


def pieces_in(text: str) -> frozenset[str]:
    """The trigger pieces of every word list that are in the text."""
    return _TRIGGERS.pieces_in(text)


def _compile(terms: tuple[Term, ...], flags: int) -> re.Pattern[str] | None:
    alternatives = [f"(?P<t{i}>{term.regex()})" for i, term in enumerate(terms)]
    return re.compile("|".join(alternatives), flags) if alternatives else None


def with_triggers(
    terms: Iterable[Term], triggers: Mapping[str, tuple[str, ...]]
) -> tuple[Term, ...]:
    """The terms with their trigger pieces, given as phrase -> pieces."""
    return tuple(replace(term, triggers=triggers.get(term.phrase, term.triggers)) for term in terms)


def adjust(terms: Iterable[Term], add: Iterable[Term], remove: Iterable[str]) -> list[Term]:
    """A rule's terms after a local authority's additions and removals."""
    removed = {phrase.lower() for phrase in remove}
    kept = [term for term in terms if term.phrase.lower() not in removed]
    return kept + list(add)
