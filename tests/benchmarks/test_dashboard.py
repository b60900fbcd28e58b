"""The dashboard benchmark's caseload: valid key dates, the same for a seed, and a mix of
plans late and on time."""

from __future__ import annotations

import datetime as dt
import random

from benchmarks.dashboard import plan_dates

from childplan.dashboards.summary import standing, summarise
from childplan.plan.model import EVENT_KINDS, PLAN_TYPES, Child, Event, Plan
from childplan.quality.engine import Checker

TODAY = dt.date(2026, 11, 25)


def test_the_key_dates_are_valid_and_in_order() -> None:
    rng = random.Random(1)
    for _ in range(500):
        kind, start, next_review, events = plan_dates(rng, TODAY)
        assert kind in PLAN_TYPES and start < TODAY
        assert all(event in EVENT_KINDS for event, _, _ in events)
        assert [day for _, day, _ in events] == sorted(day for _, day, _ in events)
        assert all(sent is None or day < sent <= TODAY for _, day, sent in events)
        assert next_review is None or next_review > start


def test_a_seed_gives_the_same_caseload() -> None:
    first = [plan_dates(random.Random(7), TODAY) for _ in range(50)]
    again = [plan_dates(random.Random(7), TODAY) for _ in range(50)]
    assert first == again


def test_some_plans_are_late_and_some_on_time() -> None:
    rng = random.Random(1)
    checker = Checker()
    states = set()
    for _ in range(200):
        kind, start, next_review, events = plan_dates(rng, TODAY)
        plan = Plan(
            child=Child("Test Child"),
            type=kind,  # type: ignore[arg-type]
            date=start,
            started=start,
            next_review=next_review,
            events=tuple(Event(event, day, minutes_sent=sent) for event, day, sent in events),  # type: ignore[arg-type]
        )
        made = summarise(plan, checker, TODAY)
        states.add(standing(made.next_due.due if made.next_due else None, TODAY))
    assert {"late", "due", "later"} <= states
