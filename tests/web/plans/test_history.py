"""A plan's versions: every save keeps one, the history lists them, and the compare page
shows what a version changed from the one before."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from childplan.plan.fileformat import loads_plan
from childplan.web.audit.models import AuditEntry
from childplan.web.plans.models import Action, Plan, PlanVersion
from childplan.web.plans.versions import change_plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def first_action(plan: Plan) -> Action:
    return Action.objects.filter(outcome__need__plan=plan).order_by(
        "outcome__need__position", "outcome__position", "position"
    )[0]


def change_first_action(client: Any, plan: Plan, version: int, **changed: str) -> Any:
    action = first_action(plan)
    data = {"action": action.action, "who": action.who, "when": action.when_text}
    data.update(changed, version=str(version))
    return client.post(reverse("plans:edit_action", args=[plan.pk, action.pk]), data)


def test_a_new_plan_has_its_first_version(world: Any) -> None:
    [version] = PlanVersion.objects.filter(plan=world.plan)
    assert version.number == world.plan.version == 1
    kept = loads_plan(version.content).plan
    assert kept == Plan.objects.with_contents().get(pk=world.plan.pk).to_plan()


def test_saving_an_action_keeps_a_new_version_with_who_and_what(world: Any, signed_in: Any) -> None:
    response = change_first_action(signed_in(world.worker), world.plan, 1, who="Sam Jones, teacher")
    assert response.status_code == 302
    newest = PlanVersion.objects.filter(plan=world.plan).first()
    assert newest is not None
    assert (newest.number, newest.saved_by, newest.change) == (
        2,
        world.worker,
        "Action 1.1.1 changed",
    )
    assert loads_plan(newest.content).plan.needs[0].outcomes[0].actions[0].who == (
        "Sam Jones, teacher"
    )


def test_a_refused_save_keeps_no_version(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    change_first_action(client, world.plan, 1, who="First save")
    response = change_first_action(client, world.plan, 1, who="Second, from the old page")
    assert response.status_code == 200  # the conflict page, not a redirect
    assert PlanVersion.objects.filter(plan=world.plan).count() == 2


def test_the_history_lists_every_version_newest_first(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    change_first_action(client, world.plan, 1, who="Sam Jones, teacher")
    html = client.get(reverse("plans:history", args=[world.plan.pk])).content.decode()
    assert html.index("Version 2") < html.index("Version 1")
    assert "Action 1.1.1 changed" in html
    assert world.worker.display_name in html
    assert reverse("plans:compare", args=[world.plan.pk, 2]) in html


def test_the_plan_page_links_to_the_history(world: Any, signed_in: Any) -> None:
    html = signed_in(world.worker).get(reverse("plans:plan", args=[world.plan.pk])).content
    assert reverse("plans:history", args=[world.plan.pk]).encode() in html


def test_the_compare_page_marks_the_words_that_changed(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    before = first_action(world.plan).who
    change_first_action(client, world.plan, 1, who="Sam Jones, teacher")
    response = client.get(reverse("plans:compare", args=[world.plan.pk, 2]))
    html = response.content.decode()
    assert "Need 1, outcome 1, action 1: who" in html
    assert "<ins>" in html and "Sam Jones, teacher" in html
    assert "<del>" in html and before.split()[0] in html
    assert AuditEntry.objects.filter(
        user=world.worker, action=AuditEntry.Action.VIEW, path__endswith="/versions/2/"
    ).exists()


def test_the_first_version_has_nothing_to_compare_with(world: Any, signed_in: Any) -> None:
    html = signed_in(world.worker).get(reverse("plans:compare", args=[world.plan.pk, 1]))
    assert "the first version kept" in html.content.decode()


def test_a_version_that_does_not_exist_is_not_found(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    assert client.get(reverse("plans:compare", args=[world.plan.pk, 9])).status_code == 404


def test_people_without_access_do_not_see_the_history(world: Any, signed_in: Any) -> None:
    client = signed_in(world.outsider)
    assert client.get(reverse("plans:history", args=[world.plan.pk])).status_code == 404
    assert client.get(reverse("plans:compare", args=[world.plan.pk, 1])).status_code == 404
    # Managers and senior managers read the history, as they read the plan.
    for reader in (world.manager, world.senior):
        assert (
            signed_in(reader).get(reverse("plans:history", args=[world.plan.pk])).status_code == 200
        )


def test_a_change_of_status_shows_on_the_compare_page(world: Any, signed_in: Any) -> None:
    def end() -> None:
        Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.ENDED)

    assert change_plan(world.plan.pk, 1, world.worker, "Plan details changed", end)
    html = signed_in(world.worker).get(reverse("plans:compare", args=[world.plan.pk, 2]))
    page = html.content.decode()
    row = page[page.index(">Status<") :]
    assert "Current" in row[: row.index("</tr>")] and "Ended" in row[: row.index("</tr>")]
