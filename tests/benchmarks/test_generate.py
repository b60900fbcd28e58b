"""The benchmark plans are the size they say, the same for a seed, and valid plan files."""

from __future__ import annotations

import pytest
from benchmarks.generate import STATEMENT_FIELDS, plan_with_statements, statements, typical_plan

from childplan.plan.fileformat import dumps_plan, loads_plan


def test_typical_plan_has_6_needs_12_outcomes_30_actions() -> None:
    plan = typical_plan(3)
    assert len(plan.needs) == 6
    assert sum(1 for _ in plan.outcomes()) == 12
    assert sum(1 for _ in plan.actions()) == 30
    assert plan.people and plan.worries and plan.strengths
    assert plan.childs_views and plan.contingency and plan.bottom_lines


def test_typical_plan_mixes_good_and_weak_statements() -> None:
    texts = [text for seed in range(5) for text in statements(typical_plan(seed))]
    whos = [a.who for seed in range(5) for _, _, a in typical_plan(seed).actions()]
    assert any(who.lower() == "school" or who == "professionals" for who in whos if who)
    assert any("(Social Worker)" in who or "(mother)" in who for who in whos if who)
    assert len(set(texts)) > 0.7 * len(texts)  # names, dates and numbers vary


@pytest.mark.parametrize("n", [1, 2, 7, 23, 100, 1000])
def test_plan_with_statements_holds_exactly_n(n: int) -> None:
    plan = plan_with_statements(n, seed=5)
    assert len(statements(plan)) == n
    assert {field.name for field in plan.texts()} <= set(STATEMENT_FIELDS)


def test_same_seed_same_plan_other_seed_other_plan() -> None:
    assert typical_plan(11) == typical_plan(11)
    assert typical_plan(11) != typical_plan(12)
    assert plan_with_statements(200, 4) == plan_with_statements(200, 4)
    assert statements(plan_with_statements(200, 4)) != statements(plan_with_statements(200, 5))


@pytest.mark.parametrize("fmt", ["yaml", "json"])
@pytest.mark.parametrize("seed", range(8))
def test_generated_plans_load_back_through_the_file_format(fmt: str, seed: int) -> None:
    for plan in (typical_plan(seed), plan_with_statements(150, seed)):
        assert loads_plan(dumps_plan(plan, fmt), fmt).plan == plan
