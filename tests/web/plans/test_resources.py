"""The plan's resources, like its other lists: added, changed, moved and removed, each
with a version; the "when" read like an action's; and the plan's people offered as
suggestions for who provides it (as for an action's "who")."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse

from childplan.web.plans.models import Action, Plan, PlanVersion, Resource

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def version(plan: Plan) -> str:
    return str(Plan.objects.get(pk=plan.pk).version)


def resources(plan: Plan) -> list[Resource]:
    return list(Resource.objects.filter(plan=plan).order_by("position"))


def add(client: Any, plan: Plan, resource: str, **more: str) -> Any:
    url = reverse("plans:add_resource", args=[plan.pk])
    data = {"resource": resource, "who": "", "when": "", "version": version(plan), **more}
    return client.post(url, data)


def test_resources_are_added_with_a_when_like_an_actions(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    response = add(client, world.plan, "Emollient cream", who="Dr Patel", when="by 1 Dec 2026")
    assert response.status_code == 302 and response["Location"].endswith("#resources-0")
    cream = resources(world.plan)[0]
    assert (cream.resource, cream.who, cream.when_text) == (
        "Emollient cream",
        "Dr Patel",
        "by 1 Dec 2026",
    )
    assert cream.when_date == dt.date(2026, 12, 1)
    assert PlanVersion.objects.get(plan=world.plan, number=2).change == "Resource 1 added"
    page = client.get(response["Location"]).content.decode()
    assert "Emollient cream (Dr Patel, by 1 Dec 2026)" in page and "Add a resource" in page


def test_bad_input_is_named_and_nothing_saved(world: Any, signed_in: Any) -> None:
    page = add(signed_in(world.worker), world.plan, "", when="by 31/02/2027")
    html = page.content.decode()
    assert "Enter the resource" in html and 'href="#id_resource"' in html
    assert "is not a real date" in html and 'href="#id_when"' in html
    assert resources(world.plan) == [] and version(world.plan) == "1"


def test_resources_are_changed_moved_and_removed(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    add(client, world.plan, "Emollient cream")
    add(client, world.plan, "Nursery place")
    cream, nursery = resources(world.plan)
    edit = reverse("plans:edit_resource", args=[world.plan.pk, nursery.pk])
    data = {"resource": "Nursery place, 15 hours", "who": "", "when": "", "version": "3"}
    assert client.post(edit, data).status_code == 302
    move = reverse("plans:move_up_resource", args=[world.plan.pk, nursery.pk])
    assert client.post(move, {"version": "4"}).status_code == 302
    assert [r.resource for r in resources(world.plan)] == [
        "Nursery place, 15 hours",
        "Emollient cream",
    ]
    remove = reverse("plans:remove_resource", args=[world.plan.pk, cream.pk])
    assert client.post(remove, {"version": "5"}).status_code == 302
    assert [r.resource for r in resources(world.plan)] == ["Nursery place, 15 hours"]
    assert PlanVersion.objects.get(plan=world.plan, number=6).change == "Resource 2 removed"


def test_a_save_from_an_old_version_is_refused(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    Plan.objects.filter(pk=world.plan.pk).update(version=2)
    url = reverse("plans:add_resource", args=[world.plan.pk])
    html = client.post(url, {"resource": "Cream", "version": "1"}).content.decode()
    assert "someone else changed this plan" in html and "Cream" in html
    assert resources(world.plan) == []


def test_others_are_refused(world: Any, signed_in: Any) -> None:
    url = reverse("plans:add_resource", args=[world.plan.pk])
    data = {"resource": "Cream", "version": "1"}
    assert signed_in(world.outsider).post(url, data).status_code == 404
    assert signed_in(world.senior).post(url, data).status_code == 403
    assert resources(world.plan) == []


@pytest.mark.parametrize("kind", ["action", "resource"])
def test_who_offers_the_plans_people_as_suggestions(world: Any, signed_in: Any, kind: str) -> None:
    client = signed_in(world.worker)
    if kind == "action":
        action = Action.objects.get(outcome__need__plan=world.plan)
        url = reverse("plans:edit_action", args=[world.plan.pk, action.pk])
    else:
        add(client, world.plan, "Cream")
        url = reverse("plans:edit_resource", args=[world.plan.pk, resources(world.plan)[0].pk])
    html = client.get(url).content.decode()
    assert 'list="people-who"' in html and '<datalist id="people-who">' in html
    assert '<option value="Sarah Smith (mother)">' in html
    assert '<option value="Dr Patel (GP, Hill Street Surgery)">' in html
