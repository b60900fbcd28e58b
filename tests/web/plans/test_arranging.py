"""Moving needs, outcomes and actions within their lists, and removing elements of a list
(a need with its outcomes and actions), each a save of the plan that keeps a version."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from childplan.web.audit.models import AuditEntry
from childplan.web.plans.models import Action, Need, Outcome, Plan, PlanVersion

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def needs(plan: Plan) -> list[Need]:
    return list(Need.objects.filter(plan=plan).order_by("position", "id"))


def version(plan: Plan) -> str:
    return str(Plan.objects.get(pk=plan.pk).version)


def add_needs(plan: Plan, *reasons: str) -> None:
    start = len(needs(plan))
    Need.objects.bulk_create(
        Need(plan=plan, position=start + n, reason=reason) for n, reason in enumerate(reasons)
    )


def newest_change(plan: Plan) -> str:
    return PlanVersion.objects.filter(plan=plan).order_by("-number")[0].change


def test_a_need_moves_up_and_every_position_is_written_again(world: Any, signed_in: Any) -> None:
    add_needs(world.plan, "Second need", "Third need")
    third = needs(world.plan)[2]
    url = reverse("plans:move_up_need", args=[world.plan.pk, third.pk])
    response = signed_in(world.worker).post(url, {"version": version(world.plan)})
    assert response.status_code == 302 and response["Location"].endswith("#needs-1")
    moved = needs(world.plan)
    assert [n.reason for n in moved][1:] == ["Third need", "Second need"]
    assert [n.position for n in moved] == [0, 1, 2]
    assert newest_change(world.plan) == "Need 3 moved up"
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE).count() == 1
    down = reverse("plans:move_down_need", args=[world.plan.pk, moved[0].pk])
    signed_in(world.worker).post(down, {"version": version(world.plan)})
    assert [n.reason for n in needs(world.plan)][:2] == ["Third need", moved[0].reason]
    assert newest_change(world.plan) == "Need 1 moved down"


def test_outcomes_and_actions_move_within_their_own_list(world: Any, signed_in: Any) -> None:
    first = Outcome.objects.get(need__plan=world.plan)
    action = first.actions.get()
    Action.objects.create(outcome=first, position=1, action="Second action")
    second = Outcome.objects.create(need=first.need, position=1, outcome="Second outcome")
    client = signed_in(world.worker)
    client.post(
        reverse("plans:move_up_outcome", args=[world.plan.pk, second.pk]),
        {"version": version(world.plan)},
    )
    assert list(first.need.outcomes.order_by("position")) == [second, first]
    assert newest_change(world.plan) == "Outcome 1.2 moved up"
    response = client.post(
        reverse("plans:move_down_action", args=[world.plan.pk, action.pk]),
        {"version": version(world.plan)},
    )
    assert response["Location"].endswith("#needs-0-outcomes-1-actions-1")
    assert [a.action for a in first.actions.order_by("position")] == [
        "Second action",
        action.action,
    ]
    assert newest_change(world.plan) == "Action 1.2.1 moved down"


def test_the_first_need_does_not_move_up(world: Any, signed_in: Any) -> None:
    first = needs(world.plan)[0]
    url = reverse("plans:move_up_need", args=[world.plan.pk, first.pk])
    client = signed_in(world.worker)
    assert "Need 1 is already first." in client.get(url).content.decode()
    response = client.post(url, {"version": version(world.plan)})
    assert response.status_code == 302 and version(world.plan) == "1"


def test_the_plan_page_offers_only_the_moves_there_are(world: Any, signed_in: Any) -> None:
    add_needs(world.plan, "Second need")
    first, second = needs(world.plan)
    html = signed_in(world.worker).get(reverse("plans:plan", args=[world.plan.pk])).content
    page = html.decode()
    assert reverse("plans:move_down_need", args=[world.plan.pk, first.pk]) in page
    assert reverse("plans:move_up_need", args=[world.plan.pk, second.pk]) in page
    assert reverse("plans:move_up_need", args=[world.plan.pk, first.pk]) not in page
    assert f'name="version" value="{version(world.plan)}"' in page


def test_a_move_from_an_old_version_is_refused(world: Any, signed_in: Any) -> None:
    add_needs(world.plan, "Second need")
    opened = version(world.plan)
    first, second = needs(world.plan)
    signed_in(world.manager).post(
        reverse("plans:edit_need", args=[world.plan.pk, first.pk]),
        {"reason": "Changed", "version": opened},
    )
    refused = signed_in(world.worker).post(
        reverse("plans:move_up_need", args=[world.plan.pk, second.pk]), {"version": opened}
    )
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "someone else changed this plan since you opened it" in html
    assert 'name="version" value="2"' in html  # confirming moves it on top of the change
    assert needs(world.plan) == [first, second]


def test_a_move_without_the_version_asks_first(world: Any, signed_in: Any) -> None:
    add_needs(world.plan, "Second need")
    second = needs(world.plan)[1]
    url = reverse("plans:move_up_need", args=[world.plan.pk, second.pk])
    page = signed_in(world.worker).post(url, {"version": "x"})
    assert page.status_code == 200 and "Open the plan page again" in page.content.decode()
    assert needs(world.plan)[1] == second


def test_removing_a_need_asks_first_and_takes_its_outcomes_and_actions(
    world: Any, signed_in: Any
) -> None:
    add_needs(world.plan, "Second need")
    first, second = needs(world.plan)
    outcome = first.outcomes.get()
    Action.objects.create(outcome=outcome, position=1, action="Second action")
    client = signed_in(world.worker)
    url = reverse("plans:remove_need", args=[world.plan.pk, first.pk])
    question = client.get(url).content.decode()
    assert "Remove need 1?" in question
    assert "This also removes its 1 outcome and 2 actions." in question
    assert Need.objects.filter(plan=world.plan).count() == 2  # asking removes nothing
    response = client.post(url, {"version": version(world.plan)})
    assert response.status_code == 302 and response["Location"].endswith("#needs")
    assert needs(world.plan) == [second] and needs(world.plan)[0].position == 0
    assert not Outcome.objects.filter(pk=outcome.pk).exists()
    assert not Action.objects.filter(outcome__need__plan=world.plan).exists()
    assert newest_change(world.plan) == "Need 1 removed"
    assert "Need 1 removed" in client.get(response["Location"]).content.decode()


def test_removing_an_action_renumbers_the_rest(world: Any, signed_in: Any) -> None:
    outcome = Outcome.objects.get(need__plan=world.plan)
    first = outcome.actions.get()
    Action.objects.create(outcome=outcome, position=1, action="Second action")
    url = reverse("plans:remove_action", args=[world.plan.pk, first.pk])
    response = signed_in(world.worker).post(url, {"version": version(world.plan)})
    assert response["Location"].endswith("#needs-0-outcomes-0")
    assert [(a.action, a.position) for a in outcome.actions.all()] == [("Second action", 0)]


def test_no_action_waits_for_one_that_was_removed(world: Any, signed_in: Any) -> None:
    outcome = Outcome.objects.get(need__plan=world.plan)
    first = outcome.actions.get()
    Action.objects.filter(pk=first.pk).update(key="gp")
    other = Action.objects.create(outcome=outcome, position=1, key="cream", action="Cream")
    waiting = Action.objects.create(
        outcome=outcome, position=2, action="Check", depends_on=["gp", "cream"]
    )
    url = reverse("plans:remove_action", args=[world.plan.pk, first.pk])
    signed_in(world.worker).post(url, {"version": version(world.plan)})
    waiting.refresh_from_db()
    assert waiting.depends_on == [other.key]


def test_a_removal_from_an_old_version_is_refused(world: Any, signed_in: Any) -> None:
    opened = version(world.plan)
    first = needs(world.plan)[0]
    signed_in(world.manager).post(
        reverse("plans:edit_need", args=[world.plan.pk, first.pk]),
        {"reason": "Changed", "version": opened},
    )
    url = reverse("plans:remove_need", args=[world.plan.pk, first.pk])
    refused = signed_in(world.worker).post(url, {"version": opened})
    assert "someone else changed this plan" in refused.content.decode()
    assert needs(world.plan) == [first]


def test_people_who_may_not_change_the_plan_cannot_move_or_remove(
    world: Any, signed_in: Any
) -> None:
    add_needs(world.plan, "Second need")
    second = needs(world.plan)[1]
    urls = [
        reverse("plans:move_up_need", args=[world.plan.pk, second.pk]),
        reverse("plans:remove_need", args=[world.plan.pk, second.pk]),
    ]
    for url in urls:
        assert signed_in(world.outsider).post(url, {"version": "1"}).status_code == 404
        assert signed_in(world.senior).post(url, {"version": "1"}).status_code == 403
        assert signed_in(world.admin).get(url).status_code == 403
    assert len(needs(world.plan)) == 2 and version(world.plan) == "1"
