"""What changed between two versions of a plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from childplan.plan.compare import changes, word_changes
from childplan.plan.fileformat import load_plan_file
from childplan.plan.model import Action, Need, Outcome, Plan, Timescale

EXAMPLE = Path(__file__).parents[2] / "examples" / "child-protection.yaml"


@pytest.fixture
def plan() -> Plan:
    return load_plan_file(EXAMPLE).plan


def _with_need(plan: Plan, index: int, need: Need) -> Plan:
    needs = list(plan.needs)
    needs[index] = need
    return dataclasses.replace(plan, needs=tuple(needs))


def _first_action(plan: Plan) -> Action:
    return plan.needs[0].outcomes[0].actions[0]


def _replace_first_action(plan: Plan, action: Action) -> Plan:
    need = plan.needs[0]
    outcome = need.outcomes[0]
    outcome = dataclasses.replace(outcome, actions=(action, *outcome.actions[1:]))
    need = dataclasses.replace(need, outcomes=(outcome, *need.outcomes[1:]))
    return _with_need(plan, 0, need)


def test_the_same_plan_has_no_changes(plan: Plan) -> None:
    assert changes(plan, plan) == []


def test_a_changed_field_names_its_path_its_place_and_both_texts(plan: Plan) -> None:
    action = _first_action(plan)
    after = _replace_first_action(plan, dataclasses.replace(action, who="Sam Jones, teacher"))
    [change] = changes(plan, after)
    assert change.kind == "changed"
    assert change.path == "needs[0].outcomes[0].actions[0].who"
    assert change.label == "Need 1, outcome 1, action 1: who"
    assert (change.before, change.after) == (action.who, "Sam Jones, teacher")


def test_a_timescale_reads_as_its_words(plan: Plan) -> None:
    action = _first_action(plan)
    when = Timescale("by 4 December 2026", dt.date(2026, 12, 4))
    [change] = changes(plan, _replace_first_action(plan, dataclasses.replace(action, when=when)))
    assert change.label.endswith(": when")
    assert change.after == "by 4 December 2026"


def test_a_top_level_field_is_labelled_in_plain_words(plan: Plan) -> None:
    [change] = changes(plan, dataclasses.replace(plan, childs_views="I want to stay at home."))
    assert (change.path, change.label) == ("childs_views", "Child's views")
    assert change.after == "I want to stay at home."


def test_a_need_added_at_the_top_is_one_addition_not_every_need_changed(plan: Plan) -> None:
    plain = _without_ids(plan)
    added = Need(reason="Jimmy misses meals when Mum is unwell.")
    after = dataclasses.replace(plain, needs=(added, *plain.needs))
    [change] = changes(plain, after)
    assert change.kind == "added"
    assert (change.path, change.label) == ("needs[0]", "Need 1")
    assert change.after == added.reason
    assert change.before is None


def test_a_removed_worry_is_reported_with_its_words(plan: Plan) -> None:
    after = dataclasses.replace(plan, worries=plan.worries[1:])
    [change] = changes(plan, after)
    assert change.kind == "removed"
    assert change.label == "Worry 1"
    assert change.before == plan.worries[0]


def test_swapped_needs_are_moved_not_rewritten(plan: Plan) -> None:
    plain = _without_ids(plan)
    assert len(plain.needs) >= 2
    swapped = dataclasses.replace(plain, needs=(plain.needs[1], plain.needs[0], *plain.needs[2:]))
    found = changes(plain, swapped)
    assert [change.kind for change in found] == ["moved"]
    assert found[0].before in ("from 2 to 1", "from 1 to 2")


def test_elements_with_ids_are_lined_up_by_id(plan: Plan) -> None:
    first, second = (Need(reason="A", id="n1"), Need(reason="B", id="n2"))
    before = dataclasses.replace(plan, needs=(first, second))
    after = dataclasses.replace(plan, needs=(dataclasses.replace(first, reason="A, now"), second))
    [change] = changes(before, after)
    assert (change.path, change.before, change.after) == ("needs[0].reason", "A", "A, now")


def test_a_rewritten_outcome_in_the_same_place_is_a_change_of_its_words() -> None:
    need = Need(reason="r", outcomes=(Outcome("Jimmy goes to school every day."),))
    rewritten = Need(reason="r", outcomes=(Outcome("Jimmy is in school 95% of days."),))
    [change] = changes(need, rewritten)
    assert change.kind == "changed"
    assert change.label == "Outcome 1: outcome"


def test_word_changes_mark_only_the_words_that_changed() -> None:
    runs = word_changes("School to monitor ongoing", "School to ring Mum by 4 December")
    assert ("same", "School to ") in runs
    assert ("removed", "monitor ongoing") in runs
    assert ("added", "ring Mum by 4 December") in runs
    assert "".join(text for kind, text in runs if kind != "removed") == (
        "School to ring Mum by 4 December"
    )


def _without_ids(plan: Plan) -> Plan:
    return dataclasses.replace(
        plan, needs=tuple(dataclasses.replace(need, id=None) for need in plan.needs)
    )
