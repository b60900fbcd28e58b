"""Plans built to be on time, due and late on a fixed "today", for the dashboards' tests.

"Today" is Wednesday 25 November 2026 (the ``today`` fixture sets Django's clock to it), so
"this week" runs to Sunday 29 November.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import timezone

from childplan.plan.fileformat import loads_plan
from childplan.web.children.models import Allocation
from childplan.web.plans.models import Plan
from childplan.web.plans.records import import_plan
from childplan.web.plans.versions import keep_version

TODAY = dt.date(2026, 11, 25)

PLANS = {  # child's name -> the plan, and what it is on TODAY
    # 3 months after 1 October: 1 January is a bank holiday, so due 31 December. On time.
    "Olly Ontime": "type: child_in_need\nstarted: 2026-10-01\ndate: 2026-10-01",
    # 3 months after 27 August: Friday 27 November. Review due this week.
    "Dana Duesoon": "type: child_in_need\nstarted: 2026-08-27\ndate: 2026-08-27",
    # 3 months after 3 August: 3 November. Review late.
    "Lara Late": "type: child_in_need\nstarted: 2026-08-03\ndate: 2026-08-03",
    # Initial conference Monday 2 November: core group due 16 November (late), its notes
    # were sent; the first review conference is due 2 February 2027.
    "Carl Coregroup": "type: child_protection\nstarted: 2026-11-02\ndate: 2026-11-02\n"
    "events: [{kind: initial_conference, date: 2026-11-02, minutes_sent: 2026-11-04}]",
    # Reviewed on 2 November, on time; notes due 9 November and never sent: late.
    "Mina Minutes": "type: child_in_need\nstarted: 2026-08-03\ndate: 2026-08-03\n"
    "events: [{kind: child_in_need_review, date: 2026-11-02}]",
    # Open since 5 January: 9 months ended 5 October. Reviewed 5 October, next 5 January.
    "Nina Ninemonths": "type: child_in_need\nstarted: 2026-01-05\ndate: 2026-01-05\n"
    "events: [{kind: child_in_need_review, date: 2026-10-05, minutes_sent: 2026-10-06}]",
    # An interim safety plan from 2 November: a full plan was due 16 November. Expired.
    "Ian Interim": "type: interim_safety\nstarted: 2026-11-02\ndate: 2026-11-02",
}


def make_plan(body: str, name: str, team: Any, worker: Any) -> Plan:
    text = f"format: childplan/1\nplan:\n  child: {{name: {name}}}\n"
    text += "\n".join(f"  {line}" for line in body.splitlines()) + "\n"
    record = import_plan(loads_plan(text).plan, team)
    keep_version(record.pk, worker, "Plan written")
    if worker is not None:
        Allocation.objects.create(child=record.child, worker=worker, started=TODAY)
    return record


@pytest.fixture
def today(monkeypatch: pytest.MonkeyPatch) -> dt.date:
    monkeypatch.setattr(timezone, "localdate", lambda *args, **kwargs: TODAY)
    return TODAY


@pytest.fixture(name="make_plan")
def _make_plan() -> object:
    """``make_plan(body, name, team, worker)``: a child with this plan, allocated."""
    return make_plan


@pytest.fixture
def plan_bodies() -> dict[str, str]:
    """PLANS: the child's name -> the plan (YAML under ``plan:``)."""
    return PLANS
