"""Each plan's summary is kept up to date: on every save, when its dates may have moved, and
each night."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from typing import Any

import pytest
from django.core.management import call_command

from childplan.dashboards.summary import summarise
from childplan.web.dashboards.models import PlanSummary
from childplan.web.dashboards.summaries import bring_up_to_date
from childplan.web.plans import checking
from childplan.web.plans.models import Plan
from childplan.web.plans.versions import change_plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def test_making_a_plan_keeps_its_summary(world: Any, today: dt.date, make_plan: Any) -> None:
    plan = make_plan(
        "type: child_in_need\nstarted: 2026-08-03\ndate: 2026-08-03",
        "Lara",
        world.team,
        world.worker,
    )
    summary = PlanSummary.objects.get(plan=plan)
    expected = summarise(plan.to_plan(), checking.checker(), today)
    assert summary.computed_on == today
    assert summary.plan_version == plan.version
    assert summary.review_due == expected.dues["review"].due == dt.date(2026, 11, 3)
    assert (summary.errors, summary.warnings) == (expected.errors, expected.warnings)
    assert summary.dues["review"]["reason"] == expected.dues["review"].reason


def test_every_save_refreshes_it(world: Any, today: dt.date, make_plan: Any) -> None:
    plan = make_plan(
        "type: child_in_need\nstarted: 2026-08-03\ndate: 2026-08-03",
        "Lara",
        world.team,
        world.worker,
    )

    def hold_the_review() -> None:
        plan.events.create(kind="child_in_need_review", date=dt.date(2026, 11, 2))

    assert change_plan(plan.pk, plan.version, world.worker, "Review held", hold_the_review)
    summary = PlanSummary.objects.get(plan=plan)
    # Held 2 November, on time; the next 3 months on: 2 February 2027; notes by 9 November.
    assert summary.review_due == dt.date(2027, 2, 2)
    assert summary.minutes_due == dt.date(2026, 11, 9)
    assert summary.plan_version == plan.version + 1


def test_a_booked_meeting_refreshes_it_on_its_day(
    world: Any, make_plan: Any, today: dt.date
) -> None:
    plan = make_plan(
        "type: child_in_need\nstarted: 2026-08-27\ndate: 2026-08-27\n"
        "events: [{kind: child_in_need_review, date: 2026-11-27}]",
        "Dana",
        world.team,
        world.worker,
    )
    summary = PlanSummary.objects.get(plan=plan)
    assert summary.stale_on == dt.date(2026, 11, 27)
    assert summary.review_due == dt.date(2026, 11, 27)
    plans = Plan.objects.filter(pk=plan.pk)
    assert bring_up_to_date(plans, dt.date(2026, 11, 26)) == 0  # nothing has moved
    assert bring_up_to_date(plans, dt.date(2026, 11, 27)) == 1  # the review is held today
    summary.refresh_from_db()
    assert summary.review_due == dt.date(2026, 11, 27)  # childplan due lists it on the day
    assert summary.minutes_due == dt.date(2026, 12, 4)  # 5 working days after
    assert summary.stale_on == dt.date(2026, 11, 28)
    assert bring_up_to_date(plans, dt.date(2026, 11, 28)) == 1
    summary.refresh_from_db()
    assert summary.review_due == dt.date(2027, 2, 26)  # 3 months on is a Saturday


def test_the_nightly_command_refreshes_older_summaries(world: Any, today: dt.date) -> None:
    PlanSummary.objects.filter(plan=world.plan).update(computed_on=dt.date(2026, 1, 1), errors=99)
    out = StringIO()
    call_command("refresh_summaries", stdout=out)
    assert "1 plan summaries worked out for 2026-11-25" in out.getvalue()
    summary = PlanSummary.objects.get(plan=world.plan)
    assert summary.computed_on == today
    assert summary.errors == checking.Counts.of(checking.check(world.plan.to_plan(), today)).errors
    out = StringIO()
    call_command("refresh_summaries", stdout=out)
    assert "0 plan summaries" in out.getvalue()
