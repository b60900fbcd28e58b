"""The plan model: achieved outcomes are off the live plan, and progress notes round-trip."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from childplan.plan.fileformat import dumps_plan, load_plan_file, loads_plan
from childplan.plan.model import Plan, ProgressNote
from childplan.quality.engine import Checker

EXAMPLES = Path(__file__).parents[2] / "examples"
TODAY = dt.date(2026, 11, 23)


def _weak_plan() -> Plan:
    return load_plan_file(EXAMPLES / "weak-plan.yaml").plan


def _achieve_first_outcome(plan: Plan, day: dt.date) -> Plan:
    need = plan.needs[0]
    outcome = dataclasses.replace(need.outcomes[0], achieved=day)
    need = dataclasses.replace(need, outcomes=(outcome, *need.outcomes[1:]))
    return dataclasses.replace(plan, needs=(need, *plan.needs[1:]))


def test_an_achieved_outcome_and_its_actions_are_off_the_live_plan() -> None:
    plan = _achieve_first_outcome(_weak_plan(), dt.date(2026, 11, 20))
    live = [path for path, _ in plan.outcomes()]
    assert "needs[0].outcomes[0]" not in live
    assert not any(path.startswith("needs[0].outcomes[0].") for path, _, _ in plan.actions())
    assert not any(field.path.startswith("needs[0].outcomes[0].") for field in plan.texts())
    # the other outcomes keep their places in the file
    assert [path for path, _ in _weak_plan().outcomes()][1:] == live


def test_the_checker_says_nothing_about_an_achieved_outcome() -> None:
    before = Checker().check(_weak_plan(), today=TODAY)
    assert any(f.path.startswith("needs[0].outcomes[0]") for f in before)
    after = Checker().check(_achieve_first_outcome(_weak_plan(), TODAY), today=TODAY)
    assert not any(f.path.startswith("needs[0].outcomes[0]") for f in after)


def test_achieved_dates_and_progress_notes_survive_the_file() -> None:
    plan = _achieve_first_outcome(_weak_plan(), dt.date(2026, 11, 20))
    note = ProgressNote(dt.date(2026, 11, 18), "Rang Mum twice.", "Call log", "in_progress")
    outcome = plan.needs[0].outcomes[1] if len(plan.needs[0].outcomes) > 1 else None
    target = outcome or plan.needs[1].outcomes[0]
    action = dataclasses.replace(target.actions[0], progress=(note,))
    changed = dataclasses.replace(target, actions=(action, *target.actions[1:]))
    needs = [
        dataclasses.replace(
            need, outcomes=tuple(changed if o is target else o for o in need.outcomes)
        )
        for need in plan.needs
    ]
    plan = dataclasses.replace(plan, needs=tuple(needs))
    text = dumps_plan(plan)
    assert "achieved: 2026-11-20" in text and "Rang Mum twice." in text
    assert loads_plan(text).plan == plan
