"""Triggered term lists find exactly what the full list finds, only faster."""

from __future__ import annotations

import importlib
from types import ModuleType

import pytest

from childplan.quality.term_triggers import TriggeredTerms, triggered
from childplan.quality.terms import Term, TermList

RULES_WITH_TRIGGERS = [
    "jargon",
    "blaming_language",
    "directive_in_consensual_plan",
    "written_agreement",
]


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"childplan.quality.rules.wording.{name}")


@pytest.mark.parametrize("name", RULES_WITH_TRIGGERS)
def test_every_term_has_a_trigger_and_every_trigger_a_term(name: str) -> None:
    module = _module(name)
    phrases = {term.phrase for term in module.TERMS}
    assert set(module.TRIGGERS) == phrases
    for pieces in module.TRIGGERS.values():
        assert pieces and all(piece == piece.lower() for piece in pieces)


@pytest.mark.parametrize("name", RULES_WITH_TRIGGERS)
def test_every_example_is_found_the_same_way(name: str) -> None:
    module = _module(name)
    full = TermList(module.TERMS)
    fast = TriggeredTerms(full, module.TERMS, module.TRIGGERS)
    for example in module.RULE.flags + module.RULE.passes:
        if example.text is None:
            continue
        assert [(m.start, m.end, m.term) for m in fast.find(example.text)] == [
            (m.start, m.end, m.term) for m in full.find(example.text)
        ]


def test_a_text_without_any_trigger_is_not_searched() -> None:
    terms = (Term("holistic"), Term("threshold"))
    fast = TriggeredTerms(
        TermList(terms), terms, {"holistic": ("holistic",), "threshold": ("thr",)}
    )
    assert list(fast.find("Sarah will ring Priya.")) == []
    assert [m.text for m in fast.find("A Holistic plan.")] == ["Holistic"]


def test_terms_added_or_changed_in_config_are_always_tried() -> None:
    built_in = (Term("holistic"),)
    added = Term("edge of care")
    changed = Term("holistic", suggestion="a local suggestion")
    fast = TriggeredTerms(TermList([changed, added]), built_in, {"holistic": ("zzz",)})
    assert [m.text for m in fast.find("Holistic work on the edge of care.")] == [
        "Holistic",
        "edge of care",
    ]


def test_the_triggered_form_is_made_once_per_term_list() -> None:
    terms = TermList([Term("holistic")])
    assert triggered(terms, (), {}) is triggered(terms, (), {})
