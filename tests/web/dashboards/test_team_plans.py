"""The team manager's dashboard against plans built to be on time, due and late on a fixed
"today" (conftest.py). The expected figures are counted by hand, and checked against
``childplan due``'s schedule of each plan as well.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from childplan.timescales.engine import schedule
from childplan.timescales.settings import LocalTimescales
from childplan.web.children.models import Allocation, Child
from childplan.web.dashboards.models import PlanSummary
from childplan.web.dashboards.summaries import refresh_ids
from childplan.web.plans.models import Plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

TEAM = reverse("dashboards:team")
TODAY = dt.date(2026, 11, 25)  # conftest.py
EXPECTED = {
    "plans": 8,  # and the world's own child (jimmy.yaml: on time, review 20 January)
    "late": 5,  # Lara, Carl, Mina, Nina (9 months: her senior manager review), Ian
    "due": 1,  # Dana
    "reviews_late": 1,
    "reviews_due": 1,
    "core_groups_late": 1,
    "core_groups_due": 0,
    "minutes_late": 1,
    "over_nine_months": 1,
    "interim_expired": 1,
}


@pytest.fixture
def team_plans(
    world: Any, today: dt.date, make_plan: Any, plan_bodies: dict[str, str]
) -> dict[str, Plan]:
    return {
        name: make_plan(body, name, world.team, world.worker if i % 2 else world.colleague)
        for i, (name, body) in enumerate(plan_bodies.items())
    }


def test_the_figures_are_counted_by_hand(world: Any, team_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.manager).get(TEAM)
    assert page.status_code == 200
    figures = page.context["counted"]
    for key, expected in EXPECTED.items():
        assert figures[key] == expected, key


def test_the_figures_match_childplan_due(world: Any, team_plans: Any, signed_in: Any) -> None:
    """A plan is "late" exactly when ``childplan due`` lists an overdue item for it."""
    settings = LocalTimescales()
    overdue, due_this_week = set(), set()
    for record in Plan.objects.with_contents().filter(child__team=world.team):
        plan = record.to_plan()
        items = schedule(plan, settings.calendar(plan.nation), settings.ruleset(), TODAY).items()
        if any(item.status == "overdue" for item in items):
            overdue.add(record.child.name)
        if any(TODAY <= item.due <= dt.date(2026, 11, 29) for item in items):
            due_this_week.add(record.child.name)
    page = signed_in(world.manager).get(TEAM + "?show=late")
    assert {row.plan.child.name for row in page.context["page"].object_list} == overdue
    page = signed_in(world.manager).get(TEAM + "?show=due")
    assert {row.plan.child.name for row in page.context["page"].object_list} == due_this_week


def test_each_row_says_what_is_late_and_links_to_the_plan(
    world: Any, team_plans: Any, signed_in: Any
) -> None:
    html = signed_in(world.manager).get(TEAM).content.decode()
    lara = team_plans["Lara Late"]
    assert f'href="/plans/{lara.pk}/#summary">Lara Late</a>' in html
    assert "3 months after the plan started on 3 August 2026" in html  # the reason
    assert re.search(r'govuk-tag--red">\s*Late\s*</strong>', html)
    assert re.search(r'govuk-tag--yellow">\s*Due this week\s*</strong>', html)
    assert "Child in need over 9 months" in html
    assert "Interim plan expired" in html


@pytest.mark.parametrize(
    ("query", "names"),
    [
        (
            "?show=late",
            {"Lara Late", "Carl Coregroup", "Mina Minutes", "Nina Ninemonths", "Ian Interim"},
        ),
        ("?show=due", {"Dana Duesoon"}),
        ("?type=child_protection", {"Carl Coregroup"}),
        ("?type=interim_safety&show=late", {"Ian Interim"}),
    ],
)
def test_filters(world: Any, team_plans: Any, signed_in: Any, query: str, names: set[str]) -> None:
    page = signed_in(world.manager).get(TEAM + query)
    assert {row.plan.child.name for row in page.context["page"].object_list} == names


def test_the_worker_filter(world: Any, team_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.manager).get(f"{TEAM}?worker={world.colleague.pk}")
    shown = {row.plan.child.name for row in page.context["page"].object_list}
    assert shown == {"Olly Ontime", "Lara Late", "Mina Minutes", "Ian Interim"}


def test_errors_and_drift_filters_match_the_summaries(
    world: Any, team_plans: Any, signed_in: Any
) -> None:
    page = signed_in(world.manager).get(TEAM + "?show=errors")
    with_errors = {s.plan.child.name for s in PlanSummary.objects.filter(errors__gt=0)}
    assert with_errors  # the interim plan's expiry is an error
    assert {row.plan.child.name for row in page.context["page"].object_list} == with_errors


def test_sorting_by_review_date_both_ways(world: Any, team_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.manager).get(TEAM + "?sort=review")
    reviews = [row.review_due for row in page.context["page"].object_list]
    dated = [day for day in reviews if day is not None]
    assert dated == sorted(dated) and reviews[: len(dated)] == dated  # no date: last
    html = page.content.decode()
    assert 'aria-sort="ascending"' in html
    assert "?sort=review&amp;order=desc" in html  # the heading's link turns it round
    page = signed_in(world.manager).get(TEAM + "?sort=review&order=desc")
    dated_desc = [row.review_due for row in page.context["page"].object_list if row.review_due]
    assert dated_desc == sorted(dated, reverse=True)
    assert 'aria-sort="descending"' in page.content.decode()


def test_sorting_by_child_name(world: Any, team_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.manager).get(TEAM + "?sort=child")
    names = [row.plan.child.name for row in page.context["page"].object_list]
    assert names == sorted(names)


def test_unknown_parameters_show_everything(world: Any, team_plans: Any, signed_in: Any) -> None:
    page = signed_in(world.manager).get(TEAM + "?show=nonsense&sort=nonsense&type=x&page=zz")
    assert page.status_code == 200
    assert page.context["page"].paginator.count == EXPECTED["plans"]


def test_who_sees_which_plans(world: Any, team_plans: Any, signed_in: Any, add_child: Any) -> None:
    other = add_child(world.other_team, world.outsider)
    for user, sees_team, sees_other in [
        (world.manager, True, False),
        (world.senior, True, True),  # the service: both teams
        (world.other_manager, False, True),
        (world.other_senior, False, False),
        (world.worker, True, False),  # a practitioner: their own children only
    ]:
        shown = {row.plan_id for row in signed_in(user).get(TEAM).context["page"].object_list}
        assert (team_plans["Lara Late"].pk in shown) == (sees_team and user != world.worker)
        assert (world.plan.pk in shown) == sees_team, user.username
        assert (other.pk in shown) == sees_other, user.username


def test_a_restricted_child_is_not_shown_to_the_manager(
    world: Any, team_plans: Any, signed_in: Any
) -> None:
    Child.objects.filter(pk=team_plans["Lara Late"].child_id).update(restricted=True)
    shown = {row.plan_id for row in signed_in(world.manager).get(TEAM).context["page"].object_list}
    assert team_plans["Lara Late"].pk not in shown


def test_a_change_outside_keep_version_is_picked_up(
    world: Any, team_plans: Any, signed_in: Any
) -> None:
    lara = team_plans["Lara Late"]
    Plan.objects.filter(pk=lara.pk).update(started=dt.date(2026, 10, 1), version=5)
    page = signed_in(world.manager).get(TEAM + "?show=late")
    assert "Lara Late" not in {row.plan.child.name for row in page.context["page"].object_list}


def test_the_queries_do_not_grow_with_the_plans(world: Any, today: dt.date, signed_in: Any) -> None:
    client = signed_in(world.manager)

    def queries(plans: int, query: str = "") -> int:
        client.get(TEAM + query)  # brings every summary up to date
        with CaptureQueriesContext(connection) as captured:
            page = client.get(TEAM + query)
        assert page.context["page"].paginator.count == plans
        return len(captured)

    add_plans(world, 9, today)
    with_10 = queries(10), queries(10, "?type=child_in_need&sort=worker&order=desc")
    add_plans(world, 490, today)
    assert (queries(500), queries(500, "?type=child_in_need&sort=worker&order=desc")) == with_10


def add_plans(world: Any, count: int, today: dt.date) -> None:
    """Plans with no needs, made in bulk (as a migration might), then summarised."""
    start = Child.objects.count()
    children = Child.objects.bulk_create(
        Child(name=f"Child {start + i:04d}", team=world.team) for i in range(count)
    )
    Allocation.objects.bulk_create(
        Allocation(child=child, worker=world.colleague, started=today) for child in children
    )
    plans = Plan.objects.bulk_create(
        Plan(
            child=child,
            type="child_in_need",
            date=today - dt.timedelta(days=i % 120),
            started=today - dt.timedelta(days=i % 120),
        )
        for i, child in enumerate(children)
    )
    refresh_ids([plan.pk for plan in plans], today)


def test_the_navigation_offers_the_dashboards_by_role(world: Any, signed_in: Any) -> None:
    caseload = reverse("children:caseload")
    links = {
        user.username: signed_in(user).get(caseload).content.decode()
        for user in (world.worker, world.manager, world.senior)
    }
    assert 'href="/my-work/"' in links["worker"] and 'href="/team/"' not in links["worker"]
    assert 'href="/my-work/"' in links["manager"] and 'href="/team/"' in links["manager"]
    assert 'href="/my-work/"' not in links["senior"] and 'href="/team/"' in links["senior"]
