"""Finding a long word list quickly: skip the terms whose trigger word is not in the text.

A rule's terms compile into one regular expression with an alternative per term, and
Python tries every alternative at every character. For a list of forty phrases that costs
about a tenth of a millisecond per field, which is too slow for checking as someone types
and for checking thousands of plans. Most fields contain none of the terms, so a rule can
name, for each built-in term, a few lower-case pieces of text of which at least one must
appear for the term to match ("engag" for "non-engagement"). Only the terms whose trigger
is present are tried; when none is, the text is not searched at all.

The results are the same as ``TermList.find``: a term without a trigger, or one a local
authority added or changed in its config, is always tried. Each rule's tests check that
the fast and the full search agree on every example.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from childplan.quality.terms import Term, TermList, TermMatch


class TriggeredTerms:
    """A rule's compiled terms with triggers; ``find`` behaves like ``TermList.find``."""

    def __init__(
        self,
        terms: TermList,
        builtin: tuple[Term, ...],
        triggers: Mapping[str, tuple[str, ...]],
        case_sensitive: bool = False,
    ) -> None:
        original = {term.phrase: term for term in builtin}
        self._case_sensitive = case_sensitive
        # In the TermList's own order, so that ties between terms resolve as they do there.
        self._terms = list(terms.terms)
        self._always: set[int] = set()
        by_piece: dict[str, set[int]] = {}
        for i, term in enumerate(self._terms):
            pieces = triggers.get(term.phrase)
            if not pieces or original.get(term.phrase) != term:
                self._always.add(i)  # no trigger, or added or changed in config
                continue
            for piece in pieces:
                by_piece.setdefault(piece.lower(), set()).add(i)
        # One pass finds the pieces present. At each place only the longest piece starting
        # there is reported, so a piece also switches on the terms of every piece inside it
        # ("engagement" found means "engag" is there too).
        longest_first = sorted(by_piece, key=len, reverse=True)
        self._pieces = (
            re.compile("(?=(" + "|".join(re.escape(p) for p in longest_first) + "))")
            if by_piece
            else None
        )
        self._switches: dict[str, frozenset[int]] = {
            piece: frozenset(i for inner, ids in by_piece.items() if inner in piece for i in ids)
            for piece in by_piece
        }
        self._subsets: dict[frozenset[int], TermList] = {}

    def find(self, text: str) -> Iterator[TermMatch]:
        active = set(self._always)
        if self._pieces is not None:
            for piece in set(self._pieces.findall(text.lower())):
                active |= self._switches[piece]
        if not active:
            return iter(())
        key = frozenset(active)
        subset = self._subsets.get(key)
        if subset is None:
            if len(self._subsets) > 512:
                self._subsets.clear()
            chosen = [term for i, term in enumerate(self._terms) if i in key]
            subset = TermList(chosen, case_sensitive=self._case_sensitive)
            self._subsets[key] = subset
        return subset.find(text)


_CACHE: dict[int, tuple[TermList, TriggeredTerms]] = {}


def triggered(
    terms: TermList, builtin: tuple[Term, ...], triggers: Mapping[str, tuple[str, ...]]
) -> TriggeredTerms:
    """The triggered form of a rule's compiled terms, made once per configuration."""
    cached = _CACHE.get(id(terms))
    if cached is not None and cached[0] is terms:
        return cached[1]
    made = TriggeredTerms(terms, builtin, triggers)
    if len(_CACHE) > 256:
        _CACHE.clear()
    _CACHE[id(terms)] = (terms, made)
    return made
