"""Changing the plan's own details (type, status, dates, whether it was explained to the
child) on one page: dates as people type them, an ended plan's end date required, a save
from an old version refused, and a plan made current ending the child's other current plan
with a version of its own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse

from childplan.web.audit.models import AuditEntry
from childplan.web.plans.models import Plan, PlanVersion
from childplan.web.plans.records import save_plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def details(plan: Plan, **changed: str) -> dict[str, str]:
    saved = Plan.objects.get(pk=plan.pk)
    data = {
        "type": saved.type,
        "status": saved.status,
        "date": "2 November 2026",
        "started": "",
        "ended": "",
        "next_review": "20 January 2027",
        "explained_to_child": "unknown",
        "version": str(saved.version),
    }
    return {**data, **changed}


def url(plan: Plan) -> str:
    return reverse("plans:edit_details", args=[plan.pk])


def test_the_form_shows_the_saved_details(world: Any, signed_in: Any) -> None:
    html = signed_in(world.worker).get(url(world.plan)).content.decode()
    assert "Change plan details" in html
    assert 'value="2 November 2026"' in html and 'value="20 January 2027"' in html
    assert 'name="status" type="radio" value="current" checked' in html
    assert 'value="child_in_need" checked' in html


def test_the_details_are_changed_with_a_version(world: Any, signed_in: Any) -> None:
    data = details(
        world.plan,
        type="child_protection",
        date="27/11/2026",
        started="1st Oct 2026",
        next_review="12 Feb 2027",
        explained_to_child="yes",
    )
    response = signed_in(world.worker).post(url(world.plan), data)
    assert response.status_code == 302 and response["Location"].endswith("#details")
    plan = Plan.objects.get(pk=world.plan.pk)
    assert plan.type == "child_protection" and plan.date == dt.date(2026, 11, 27)
    assert plan.started == dt.date(2026, 10, 1) and plan.next_review == dt.date(2027, 2, 12)
    assert plan.explained_to_child is True and plan.version == 2
    saved = PlanVersion.objects.get(plan=plan, number=2)
    assert saved.change == "Plan details changed" and "child_protection" in saved.content
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE, object_type="plan").exists()


def test_not_recorded_is_kept_as_nothing(world: Any, signed_in: Any) -> None:
    Plan.objects.filter(pk=world.plan.pk).update(explained_to_child=False)
    signed_in(world.worker).post(url(world.plan), details(world.plan))
    assert Plan.objects.get(pk=world.plan.pk).explained_to_child is None


def test_an_ended_plan_needs_its_end_date_and_bad_dates_are_named(
    world: Any, signed_in: Any
) -> None:
    data = details(world.plan, status="ended", next_review="31/02/2027", type="nonsense")
    page = signed_in(world.worker).post(url(world.plan), data)
    html = page.content.decode()
    assert page.status_code == 200 and "<title>Error:" in html
    assert "Enter the date the plan ended" in html and 'href="#id_ended"' in html
    assert "Next review: " in html and 'href="#id_next_review"' in html
    assert "Select one of the choices for “type of plan”" in html
    plan = Plan.objects.get(pk=world.plan.pk)
    assert plan.status == "current" and plan.version == 1  # nothing saved


def test_a_plan_is_ended(world: Any, signed_in: Any) -> None:
    data = details(world.plan, status="ended", ended="30 November 2026")
    assert signed_in(world.worker).post(url(world.plan), data).status_code == 302
    plan = Plan.objects.get(pk=world.plan.pk)
    assert plan.status == "ended" and plan.ended == dt.date(2026, 11, 30)


def test_a_draft_made_current_ends_the_other_current_plan(world: Any, signed_in: Any) -> None:
    draft = save_plan(world.plan.to_plan(), world.child, Plan.Status.DRAFT)
    data = details(draft, status="current", date="1 December 2026")
    client = signed_in(world.worker)
    response = client.post(url(draft), data)
    assert response.status_code == 302
    banner = client.get(response["Location"]).content.decode()
    assert "has ended on 1 December 2026: a child has one current plan" in banner
    assert Plan.objects.get(pk=draft.pk).status == "current"
    older = Plan.objects.get(pk=world.plan.pk)
    assert older.status == "ended" and older.ended == dt.date(2026, 12, 1)
    assert older.version == 2
    ended = PlanVersion.objects.get(plan=older, number=2)
    assert ended.change == f"Ended: plan {draft.pk} made current"
    assert ended.saved_by == world.worker


def test_a_save_from_an_old_version_is_refused(world: Any, signed_in: Any) -> None:
    data = details(world.plan, type="early_help")
    Plan.objects.filter(pk=world.plan.pk).update(version=2)
    page = signed_in(world.worker).post(url(world.plan), data)
    html = page.content.decode()
    assert page.status_code == 200 and "someone else changed this plan" in html
    assert 'value="early_help" checked' in html  # the user's choice is kept
    assert Plan.objects.get(pk=world.plan.pk).type == "child_in_need"


def test_others_are_refused(world: Any, signed_in: Any) -> None:
    assert signed_in(world.outsider).post(url(world.plan), details(world.plan)).status_code == 404
    assert signed_in(world.senior).post(url(world.plan), details(world.plan)).status_code == 403
    assert Plan.objects.get(pk=world.plan.pk).version == 1


def test_the_plan_page_links_to_the_details(world: Any, signed_in: Any) -> None:
    html = signed_in(world.worker).get(reverse("plans:plan", args=[world.plan.pk])).content
    assert url(world.plan).encode() in html and b"Change plan details" in html


def test_the_checkers_findings_about_the_details_are_on_the_form(
    world: Any, signed_in: Any
) -> None:
    Plan.objects.filter(pk=world.plan.pk).update(type="child_protection")
    html = signed_in(world.worker).get(url(world.plan)).content.decode()
    start = html.index('id="part-findings"')
    assert "explained" in html[start : html.index("<form", start)]
