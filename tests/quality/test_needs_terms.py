"""The engine's shortcuts change how fast it is, never what it finds."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest

from childplan.plan.model import Plan, TextField, parent_path
from childplan.quality.engine import Checker, _with_elements
from childplan.quality.examples import EXAMPLE_TODAY, FIELD_PATHS, example_plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity
from childplan.quality.rules import all_rules
from childplan.quality.terms import Term, TermList

NEEDS_TERMS = [rule for rule in all_rules() if rule.needs_terms]
# Every example sentence of every rule: each rule meets texts written for the others too.
TEXTS = sorted({e.text for rule in all_rules() for e in rule.flags + rule.passes if e.text})


@pytest.mark.parametrize("rule", NEEDS_TERMS, ids=lambda r: r.slug)
def test_a_rule_that_needs_its_terms_finds_nothing_without_them(rule: Rule) -> None:
    """The engine skips such a rule where its terms cannot match: so it must find nothing
    there when it is called anyway."""
    terms = TermList(rule.terms)
    always_called = Checker(rules=[replace(rule, needs_terms=False)])
    plan = example_plan(rule, Example())
    for text in TEXTS:
        if any(True for _ in terms.find(text)):
            continue
        for field in rule.fields:
            found = always_called.check_field(plan, FIELD_PATHS[field], text, EXAMPLE_TODAY)
            assert not found, (field, text)


def _explodes(field: TextField, ctx: Context) -> Iterator[Hit]:
    raise AssertionError(f"called for {field.text!r}")


def test_a_rule_is_not_called_for_a_text_none_of_its_terms_can_be_in() -> None:
    rule = replace(
        NEEDS_TERMS[0],
        slug="explodes",
        terms=(Term("holistic", triggers=("holistic",)),),
        check=_explodes,
        severity=Severity.ADVICE,
    )
    plan = example_plan(NEEDS_TERMS[0], Example())
    field = FIELD_PATHS[rule.fields[0]]
    assert Checker(rules=[rule]).check_field(plan, field, "Sarah will ring Priya.") == []
    with pytest.raises(AssertionError, match="called"):
        Checker(rules=[rule]).check_field(plan, field, "A holistic plan.")


def _elements_the_slow_way(plan: Plan) -> dict[str, int]:
    order: dict[str, int] = {}
    for index, field in enumerate(plan.texts()):
        path = field.path
        while path and path not in order:
            order[path] = index
            path = parent_path(path)
    return order


def test_findings_about_an_element_sort_at_its_first_field() -> None:
    """Elements are found by cutting field paths, not by ``parent_path``'s regex."""
    plan = example_plan(all_rules()[0], Example())
    assert _with_elements(list(plan.texts())) == _elements_the_slow_way(plan)
