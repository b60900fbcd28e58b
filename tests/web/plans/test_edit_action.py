"""Changing one action of a plan: access, saving with its audit entry, form errors, the
checker's findings under each field (on the page and from the live-check endpoint), and
a change from an old version of the plan refused."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from childplan.web.audit.models import AuditEntry
from childplan.web.plans import checking
from childplan.web.plans.models import Action, Plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

VAGUE = "school to monitor ongoing"
PATH = "needs[0].outcomes[0].actions[0]"


def first_action(plan: Plan) -> Action:
    action = Action.objects.filter(outcome__need__plan=plan).order_by(
        "outcome__need__position", "outcome__position", "position"
    )[0]
    return action


def edit_url(plan: Plan) -> str:
    return reverse("plans:edit_action", args=[plan.pk, first_action(plan).pk])


def check_url(plan: Plan, name: str) -> str:
    return reverse("plans:check_action", args=[plan.pk, first_action(plan).pk]) + f"?field={name}"


def values(plan: Plan, **changed: str) -> dict[str, str]:
    action = first_action(plan)
    data = {
        "action": action.action,
        "who": action.who,
        "when": action.when_text,
        "version": str(Plan.objects.get(pk=plan.pk).version),
    }
    data.update(changed)
    return data


def findings_of(html: str, name: str) -> str:
    """The findings shown under one field of the form (up to the next field's)."""
    start = html.index(f'id="findings-{name}"')
    ends = [html.find(marker, start + 1) for marker in ('id="findings-', "govuk-button-group")]
    return html[start : min(end for end in ends if end > 0)]


def test_people_who_may_not_change_the_child_are_refused(world: Any, signed_in: Any) -> None:
    url = edit_url(world.plan)
    for user in (world.outsider, world.colleague, world.other_manager, world.other_senior):
        client = signed_in(user)
        assert client.get(url).status_code == 404, user.username
        assert client.post(url, values(world.plan, action="Changed")).status_code == 404
        assert client.get(check_url(world.plan, "who")).status_code == 404
    for user in (world.senior, world.admin):  # they read the plan, they do not change it
        client = signed_in(user)
        assert client.get(url).status_code == 403, user.username
        assert client.post(url, values(world.plan, action="Changed")).status_code == 403
        assert client.post(check_url(world.plan, "who"), {"who": "school"}).status_code == 403
    assert first_action(world.plan).action != "Changed"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE).exists()


def test_an_action_of_another_plan_is_not_found(world: Any, signed_in: Any, add_child: Any) -> None:
    other = add_child(world.team, world.worker, "weak-plan.yaml")
    url = reverse("plans:edit_action", args=[world.plan.pk, first_action(other).pk])
    assert signed_in(world.worker).get(url).status_code == 404


def test_the_plan_page_links_to_the_form_for_those_who_may_change_it(
    world: Any, signed_in: Any
) -> None:
    plan_url = reverse("plans:plan", args=[world.plan.pk])
    link = f'href="{edit_url(world.plan)}"'
    assert link in signed_in(world.worker).get(plan_url).content.decode()
    assert link in signed_in(world.manager).get(plan_url).content.decode()
    assert link not in signed_in(world.senior).get(plan_url).content.decode()


def test_the_form_shows_the_saved_action(world: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).get(edit_url(world.plan))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Make an appointment for Jimmy to be seen by his GP." in html
    assert 'value="Sarah Smith (mother)"' in html
    assert 'name="version" value="1"' in html


def test_saving_changes_the_action_and_writes_the_audit_log(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    response = client.post(
        edit_url(world.plan),
        values(world.plan, action="Book Jimmy's GP appointment.", when="by 4 December 2026"),
    )
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("plans:plan", args=[world.plan.pk]))
    action = first_action(world.plan)
    assert action.action == "Book Jimmy's GP appointment."
    assert action.when_text == "by 4 December 2026"
    assert action.when_date is not None and action.when_date.isoformat() == "2026-12-04"
    assert Plan.objects.get(pk=world.plan.pk).version == 2
    entry = AuditEntry.objects.get(action=AuditEntry.Action.CHANGE)
    assert entry.user == world.worker and entry.child == world.child
    assert entry.object_type == "action" and entry.object_id == str(action.pk)
    page = client.get(response["Location"]).content.decode()
    assert "Action saved" in page and "govuk-notification-banner--success" in page
    assert escape("Book Jimmy's GP appointment.") in page


def test_moving_an_action_to_another_date_keeps_the_date_it_had(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    client.post(edit_url(world.plan), values(world.plan, when="by 4 December 2026"))
    client.post(edit_url(world.plan), values(world.plan, when="4 December 2026, at school"))
    client.post(edit_url(world.plan), values(world.plan, action="Book it today."))
    assert first_action(world.plan).previous_dates == []  # the same date, however written
    client.post(edit_url(world.plan), values(world.plan, when="by 18 December 2026"))
    client.post(edit_url(world.plan), values(world.plan, when="by 8 January 2027"))
    assert first_action(world.plan).previous_dates == ["2026-12-04", "2026-12-18"]


def test_the_action_is_required(world: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).post(edit_url(world.plan), values(world.plan, action=" "))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Enter what will be done" in html and 'href="#id_action"' in html
    assert first_action(world.plan).action.startswith("Make an appointment")


def test_an_impossible_date_is_an_error_on_the_when_field(world: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).post(
        edit_url(world.plan), values(world.plan, when="by 31/02/2027")
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert "<title>Error:" in html
    assert 'href="#id_when"' in html  # the error summary links to the field
    assert "is not a real date: February 2027 has 28 days" in html
    assert "govuk-error-message" in html and 'id="id_when-error"' in html
    assert first_action(world.plan).when_text == "within the next five days"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE).exists()


def test_checking_shows_the_findings_under_each_field_without_saving(
    world: Any, signed_in: Any
) -> None:
    data = values(world.plan, action=VAGUE, who=VAGUE, when=VAGUE, check="1")
    html = signed_in(world.worker).post(edit_url(world.plan), data).content.decode()
    under = {name: findings_of(html, name) for name in ("action", "who", "when")}
    assert "<mark>monitor</mark>" in under["action"]
    assert "<mark>" + VAGUE + "</mark>" in under["who"]
    assert "<mark>ongoing</mark>" in under["when"]
    plan = world.plan.to_plan()
    for name, rule in (
        ("action", "vague-word"),
        ("who", "owner-not-named"),
        ("when", "vague-timescale"),
    ):
        found = checking.checker().check_field(plan, f"{PATH}.{name}", VAGUE)
        assert rule in {finding.rule for finding in found}
        for finding in found:
            assert escape(finding.message) in under[name], (name, finding.rule)
    assert first_action(world.plan).action.startswith("Make an appointment")  # not saved


def test_an_action_with_warnings_can_be_saved(world: Any, signed_in: Any) -> None:
    data = values(world.plan, action=VAGUE, who="school", when="ongoing")
    response = signed_in(world.worker).post(edit_url(world.plan), data)
    assert response.status_code == 302
    assert first_action(world.plan).who == "school"


def test_the_live_check_returns_the_findings_of_one_field(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    page = client.post(check_url(world.plan, "when"), {"when": VAGUE, "who": "Sarah Smith"})
    html = page.content.decode()
    assert page.status_code == 200
    assert "<mark>ongoing</mark>" in html and "<html" not in html
    assert (
        "<mark>"
        not in client.post(
            check_url(world.plan, "when"), {"when": "by 4 December 2026"}
        ).content.decode()
    )
    assert client.post(check_url(world.plan, "nonsense"), {"nonsense": VAGUE}).content == b""
    assert client.post(check_url(world.plan, "who"), {"who": "school"}).status_code == 200
    assert client.get(check_url(world.plan, "who"), {"who": "school"}).status_code == 200
    assert (
        signed_in(world.outsider).post(check_url(world.plan, "when"), {"when": VAGUE}).status_code
        == 404
    )


def test_a_change_from_an_old_version_is_refused(world: Any, signed_in: Any) -> None:
    first, second = signed_in(world.worker), signed_in(world.manager)
    loaded_first = values(world.plan)
    loaded_second = values(world.plan)  # both open the form at version 1
    assert (
        first.post(edit_url(world.plan), {**loaded_first, "who": "Sarah Smith"}).status_code == 302
    )
    refused = second.post(
        edit_url(world.plan),
        {**loaded_second, "action": "Ask the school nurse to see Jimmy.", "who": "Ann Lee"},
    )
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "someone else changed this plan since you opened it" in html
    # the user's words are kept in the fields, and what is saved now is shown
    assert "Ask the school nurse to see Jimmy." in html and 'value="Ann Lee"' in html
    assert "Sarah Smith" in html
    assert 'name="version" value="2"' in html  # saving again applies the words on top
    action = first_action(world.plan)
    assert action.who == "Sarah Smith" and action.action.startswith("Make an appointment")
    assert Plan.objects.get(pk=world.plan.pk).version == 2
    changes = AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE)
    assert [entry.user for entry in changes] == [world.worker]


def test_a_form_without_its_version_is_not_saved(world: Any, signed_in: Any) -> None:
    data = {**values(world.plan, action="Changed"), "version": "not a number"}
    page = signed_in(world.worker).post(edit_url(world.plan), data)
    html = page.content.decode()
    assert page.status_code == 200
    assert "Open this action from the plan page again" in html and 'href="#id_action"' in html
    assert first_action(world.plan).action != "Changed"
