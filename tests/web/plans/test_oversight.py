"""Management oversight: managers record it, everyone who reads the plan sees it, and a
senior manager review goes on the plan's key dates as a new version."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from childplan.web.audit.models import AuditEntry
from childplan.web.plans.models import Event, ManagementOversight, Plan, PlanVersion
from childplan.web.plans.timeline import add_event

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def url(plan: Plan) -> str:
    return reverse("plans:oversight", args=[plan.pk])


def answers(**changed: str) -> dict[str, str]:
    data = {
        "kind": "supervision",
        "date": "20/11/2026",
        "remains_appropriate": "yes",
        "decision": "The plan still fits: attendance is rising. Keep the review date.",
        "actions": "",
    }
    data.update(changed)
    return data


def test_a_team_manager_records_oversight_and_the_plan_page_shows_it(
    world: Any, signed_in: Any
) -> None:
    response = signed_in(world.manager).post(url(world.plan), answers())
    assert response.status_code == 302
    entry = ManagementOversight.objects.get(plan=world.plan)
    assert (entry.kind, entry.date, entry.recorded_by) == (
        "supervision",
        dt.date(2026, 11, 20),
        world.manager,
    )
    assert entry.plan_remains_appropriate is True
    assert AuditEntry.objects.filter(
        user=world.manager, action=AuditEntry.Action.CREATE, object_type="managementoversight"
    ).exists()
    assert Plan.objects.get(pk=world.plan.pk).version == 1  # not a change of the plan
    html = signed_in(world.worker).get(reverse("plans:plan", args=[world.plan.pk])).content
    assert b"attendance is rising" in html
    assert world.manager.display_name.encode() in html


def test_a_team_manager_is_not_asked_the_kind(world: Any, signed_in: Any) -> None:
    html = signed_in(world.manager).get(url(world.plan)).content.decode()
    assert 'type="hidden" name="kind" value="supervision"' in html
    assert "Senior manager review" not in html


def test_a_senior_manager_review_goes_on_the_key_dates_as_a_new_version(
    world: Any, signed_in: Any
) -> None:
    add_event(world.plan, "child_in_need_review", dt.date(2026, 12, 1))  # booked, later
    add_event(world.plan, "child_in_need_review", dt.date(2026, 8, 1))  # held, earlier
    response = signed_in(world.senior).post(
        url(world.plan), answers(kind="senior_manager_review", remains_appropriate="no")
    )
    assert response.status_code == 302
    kinds = [(e.kind, e.date) for e in Event.objects.filter(plan=world.plan)]
    assert kinds == [
        ("child_in_need_review", dt.date(2026, 8, 1)),
        ("senior_manager_review", dt.date(2026, 11, 20)),
        ("child_in_need_review", dt.date(2026, 12, 1)),
    ]
    newest = PlanVersion.objects.filter(plan=world.plan).first()
    assert newest is not None and newest.number == 2
    assert newest.change == "Senior manager review on 20 November 2026 recorded"
    assert "senior_manager_review" in newest.content


@pytest.mark.parametrize(
    ("changed", "message"),
    [
        ({"decision": "  "}, "Enter what you decided and why"),
        ({"remains_appropriate": ""}, "Select yes if the plan still meets Jimmy’s needs"),
        ({"date": "31/02/2026"}, "Date of the oversight:"),
        ({"date": "next Tuesday"}, "Date of the oversight:"),
    ],
)
def test_bad_answers_are_named_and_nothing_is_saved(
    world: Any, signed_in: Any, changed: dict[str, str], message: str
) -> None:
    response = signed_in(world.manager).post(url(world.plan), answers(**changed))
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html and message in html
    assert not ManagementOversight.objects.exists()


def test_a_date_in_the_future_is_refused(world: Any, signed_in: Any) -> None:
    tomorrow = timezone.localdate() + dt.timedelta(days=1)
    response = signed_in(world.manager).post(
        url(world.plan), answers(date=tomorrow.strftime("%d/%m/%Y"))
    )
    assert "must be today or in the past" in response.content.decode()
    assert not ManagementOversight.objects.exists()


def test_a_team_manager_cannot_record_a_senior_manager_review(world: Any, signed_in: Any) -> None:
    response = signed_in(world.manager).post(url(world.plan), answers(kind="senior_manager_review"))
    assert response.status_code == 200
    assert "You can record team manager oversight only" in response.content.decode()
    assert not ManagementOversight.objects.exists()


def test_only_managers_who_see_the_plan_record_oversight(world: Any, signed_in: Any) -> None:
    for user in (world.worker, world.admin):  # they see the plan but are not its managers
        assert signed_in(user).get(url(world.plan)).status_code == 403, user.username
        assert signed_in(user).post(url(world.plan), answers()).status_code == 403
    for user in (world.outsider, world.other_manager, world.other_senior):
        assert signed_in(user).get(url(world.plan)).status_code == 404, user.username
    assert not ManagementOversight.objects.exists()
    page = signed_in(world.worker).get(reverse("plans:plan", args=[world.plan.pk])).content
    assert url(world.plan).encode() not in page
    page = signed_in(world.manager).get(reverse("plans:plan", args=[world.plan.pk])).content
    assert url(world.plan).encode() in page
