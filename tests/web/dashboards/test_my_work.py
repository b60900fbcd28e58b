"""The practitioner's dashboard: their actions and meetings late or due this week, and their
plans with errors. "Today" is Wednesday 25 November 2026; this week ends Sunday 29th."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from childplan.web.dashboards.models import PlanSummary
from childplan.web.plans.models import Plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

MY_WORK = reverse("dashboards:my_work")

ACTIONS = """type: child_in_need
started: 2026-10-01
date: 2026-10-01
needs:
  - reason: Sam needs to be in school every day so that he can learn and see his friends.
    outcomes:
      - outcome: Sam's attendance rises from 58% to above 92% by 19 March 2027.
        actions:
          - {action: Walk Sam to school each morning., who: Sarah Smith, when: 2026-11-20}
          - {action: Ask the school nurse to see Sam., who: Ann March, when: 2026-11-27}
          - {action: Book Sam's eye test., who: Sarah Smith, when: 2026-12-04}
          - {action: Take Sam to the dentist., who: Sarah Smith, when: 2026-11-10, status: done}"""


@pytest.fixture
def my_plans(
    world: Any, today: dt.date, make_plan: Any, plan_bodies: dict[str, str]
) -> dict[str, Plan]:
    plans = {
        name: make_plan(body, name, world.team, world.worker) for name, body in plan_bodies.items()
    }
    plans["Sam Actions"] = make_plan(ACTIONS, "Sam Actions", world.team, world.worker)
    plans["Colin Colleague"] = make_plan(
        plan_bodies["Lara Late"], "Colin Colleague", world.team, world.colleague
    )
    return plans


def names(table_rows: list[Any]) -> set[str]:
    return {row.plan.child.name for row in table_rows}


def test_actions_late_or_due_this_week(world: Any, my_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).get(MY_WORK)
    html = page.content.decode()
    assert page.context["counts"]["actions"] == 2
    assert "Walk Sam to school each morning." in html  # 20 November: late
    assert "Ask the school nurse to see Sam." in html  # 27 November: this week
    assert "Book Sam&#x27;s eye test." not in html  # next week
    assert "Take Sam to the dentist." not in html  # done
    sam = my_plans["Sam Actions"]
    assert f"/plans/{sam.pk}/#needs-0-outcomes-0-actions-0" in html  # to the action itself


def test_plans_with_something_late_or_due(world: Any, my_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).get(MY_WORK)
    attention = page.context["attention_rows"]
    assert names(attention) == {
        "Dana Duesoon",
        "Lara Late",
        "Carl Coregroup",
        "Mina Minutes",
        "Nina Ninemonths",
        "Ian Interim",
    }  # Sam's plan has only actions late: they have their own table
    assert "Colin Colleague" not in page.content.decode()  # a colleague's child


def test_plans_with_errors(world: Any, my_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).get(MY_WORK)
    expected = {
        summary.plan.child.name
        for summary in PlanSummary.objects.filter(
            errors__gt=0, plan__child__allocations__worker=world.worker
        )
    }
    assert "Ian Interim" in expected  # interim-plan-expired is an error
    assert names(page.context["error_rows"]) == expected


def test_someone_with_no_children_sees_none(world: Any, signed_in: Any) -> None:
    page = signed_in(world.outsider).get(MY_WORK)
    assert page.status_code == 200
    assert page.context["counts"] == {"actions": 0, "attention": 0, "with_errors": 0}


def test_the_queries_do_not_grow_with_the_caseload(
    world: Any, today: dt.date, signed_in: Any, make_plan: Any, plan_bodies: dict[str, str]
) -> None:
    client = signed_in(world.worker)

    def queries() -> int:
        client.get(MY_WORK)
        with CaptureQueriesContext(connection) as captured:
            client.get(MY_WORK)
        return len(captured)

    make_plan(ACTIONS, "Sam Actions", world.team, world.worker)
    few = queries()
    for i in range(10):
        make_plan(ACTIONS, f"Sam {i}", world.team, world.worker)
        make_plan(plan_bodies["Lara Late"], f"Lara {i}", world.team, world.worker)
    assert queries() == few
