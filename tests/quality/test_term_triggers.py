"""Trigger pieces only make word lists faster: with or without them, the same matches."""

from __future__ import annotations

from dataclasses import replace

import pytest

from childplan.quality.rules import all_rules
from childplan.quality.terms import Term, TermList, pieces_in

TRIGGERED = [rule for rule in all_rules() if any(term.triggers for term in rule.terms)]
# Every example sentence of every rule, so each list meets many texts it must not match too.
TEXTS = sorted({e.text for rule in all_rules() for e in rule.flags + rule.passes if e.text})


def _spans(terms: TermList, text: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.term.phrase) for m in terms.find(text)]


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda r: r.slug)
def test_triggered_and_full_lists_find_the_same(rule: object) -> None:
    terms = rule.terms  # type: ignore[attr-defined]
    fast = TermList(terms)
    full = TermList(replace(term, triggers=()) for term in terms)
    for text in TEXTS:
        assert _spans(fast, text) == _spans(full, text), text


@pytest.mark.parametrize("rule", TRIGGERED, ids=lambda r: r.slug)
def test_triggers_are_lower_case(rule: object) -> None:
    for term in rule.terms:  # type: ignore[attr-defined]
        assert all(piece == piece.lower() for piece in term.triggers), term.phrase


def test_a_text_without_any_trigger_is_not_searched() -> None:
    terms = TermList(
        [Term("holistic", triggers=("holistic",)), Term("threshold", triggers=("thr",))]
    )
    assert list(terms.find("Sarah will ring Priya.")) == []
    assert [m.text for m in terms.find("A Holistic plan.")] == ["Holistic"]


def test_terms_without_triggers_are_always_tried() -> None:
    terms = TermList([Term("holistic", triggers=("zzz",)), Term("edge of care")])
    assert [m.text for m in terms.find("Holistic work on the edge of care.")] == ["edge of care"]


def test_the_pieces_found_in_a_text_are_those_it_holds() -> None:
    lists = [TermList(rule.terms) for rule in TRIGGERED]  # every built-in piece, registered
    pieces = {piece for terms in lists for term in terms.terms for piece in term.triggers}
    for text in TEXTS + [text.upper() for text in TEXTS] + ["", "on-going", "Ongoing!"]:
        holds = {piece for piece in pieces if piece in text.lower()}
        assert pieces_in(text) & pieces == holds, text
