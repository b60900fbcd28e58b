"""Adding, changing, moving and removing the child's people from a plan's page: yes/no
questions as radios, the reason required when someone is not involved, the checker's
findings about the person on their form, and a version of the plan being edited (people
belong to the child: every plan of the child reads them)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Person
from childplan.web.plans.models import Plan, PlanVersion

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def person_form(plan: Plan, **changed: str) -> dict[str, str]:
    data = {
        "name": "Tom Smith",
        "relationship": "father",
        "role": "",
        "agency": "",
        "parental_responsibility": "yes",
        "lives_with_child": "no",
        "involved": "yes",
        "not_involved_reason": "",
        "invited": "yes",
        "not_invited_reason": "",
        "language": "",
        "needs_interpreter": "no",
        "interpreter": "",
        "needs_advocate": "no",
        "advocate": "",
        "version": str(Plan.objects.get(pk=plan.pk).version),
    }
    return {**data, **changed}


def people(plan: Plan) -> list[Person]:
    return list(Person.objects.filter(child=plan.child).order_by("position"))


def test_a_person_is_added_at_the_end(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    url = reverse("plans:add_person", args=[world.plan.pk])
    form = client.get(url).content.decode()
    assert "Add a person" in form
    assert 'name="involved" type="radio" value="yes" checked' in form  # involved unless told
    assert 'value="unknown" checked' in form  # parental responsibility not known yet
    response = client.post(url, person_form(world.plan))
    assert response.status_code == 302 and response["Location"].endswith("#people-2")
    tom = people(world.plan)[2]
    assert (tom.name, tom.relationship, tom.position) == ("Tom Smith", "father", 2)
    assert tom.parental_responsibility is True and tom.lives_with_child is False
    assert tom.invited is True and tom.needs_interpreter is False
    saved = PlanVersion.objects.get(plan=world.plan, number=2)
    assert saved.change == "Person 3 added" and "Tom Smith" in saved.content
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CREATE, object_type="person")
    page = client.get(response["Location"]).content.decode()
    assert "Tom Smith, father" in page and 'id="people-2"' in page


def test_a_person_is_changed(world: Any, signed_in: Any) -> None:
    sarah = people(world.plan)[0]
    url = reverse("plans:edit_person", args=[world.plan.pk, sarah.pk])
    form = signed_in(world.worker).get(url).content.decode()
    assert "Change person 1" in form and 'value="Sarah Smith"' in form
    assert 'name="parental_responsibility" type="radio" value="yes" checked' in form
    data = person_form(
        world.plan,
        name="Sarah Smith",
        relationship="mother",
        language="Polish",
        needs_interpreter="yes",
        interpreter="Booked through Language Line",
    )
    response = signed_in(world.worker).post(url, data)
    assert response.status_code == 302 and response["Location"].endswith("#people-0")
    sarah.refresh_from_db()
    assert sarah.language == "Polish" and sarah.needs_interpreter is True
    assert PlanVersion.objects.get(plan=world.plan, number=2).change == "Person 1 changed"


def test_not_involved_needs_a_reason_named_in_the_errors(world: Any, signed_in: Any) -> None:
    url = reverse("plans:add_person", args=[world.plan.pk])
    data = person_form(world.plan, name=" ", involved="no", needs_advocate="")
    page = signed_in(world.worker).post(url, data)
    html = page.content.decode()
    assert page.status_code == 200 and "<title>Error:" in html
    assert "Enter the person’s name" in html and 'href="#id_name"' in html
    assert "Enter why they are not involved in the plan" in html
    assert 'href="#id_not_involved_reason"' in html
    assert "Select yes or no for “needs an advocate”" in html
    assert len(people(world.plan)) == 2 and Plan.objects.get(pk=world.plan.pk).version == 1


def test_not_involved_with_a_reason_is_saved(world: Any, signed_in: Any) -> None:
    url = reverse("plans:add_person", args=[world.plan.pk])
    data = person_form(world.plan, involved="no", not_involved_reason="He is in prison")
    assert signed_in(world.worker).post(url, data).status_code == 302
    tom = people(world.plan)[2]
    assert tom.involved is False and tom.not_involved_reason == "He is in prison"


def test_the_checkers_findings_about_a_person_are_on_their_form(world: Any, signed_in: Any) -> None:
    sarah = people(world.plan)[0]
    Person.objects.filter(pk=sarah.pk).update(invited=False)
    url = reverse("plans:edit_person", args=[world.plan.pk, sarah.pk])
    html = signed_in(world.worker).get(url).content.decode()
    start = html.index('id="part-findings"')
    findings = html[start : html.index("<form", start)]
    assert "Sarah Smith has parental responsibility but is not invited" in findings
    assert "What to do: Invite Sarah Smith" in findings


def test_a_person_is_moved_and_removed(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    sarah, patel = people(world.plan)
    move = reverse("plans:move_down_person", args=[world.plan.pk, sarah.pk])
    assert client.post(move, {"version": "1"}).status_code == 302
    assert [p.name for p in people(world.plan)] == ["Dr Patel", "Sarah Smith"]
    remove = reverse("plans:remove_person", args=[world.plan.pk, patel.pk])
    assert "Remove person 1?" in client.get(remove).content.decode()
    assert client.post(remove, {"version": "2"}).status_code == 302
    assert [p.name for p in people(world.plan)] == ["Sarah Smith"]
    assert people(world.plan)[0].position == 0
    assert PlanVersion.objects.get(plan=world.plan, number=3).change == "Person 1 removed"


def test_a_save_from_an_old_version_is_refused(world: Any, signed_in: Any) -> None:
    sarah = people(world.plan)[0]
    url = reverse("plans:edit_person", args=[world.plan.pk, sarah.pk])
    data = person_form(world.plan, name="Sarah Smyth")
    Plan.objects.filter(pk=world.plan.pk).update(version=2)
    html = signed_in(world.worker).post(url, data).content.decode()
    assert "someone else changed this plan" in html and 'value="Sarah Smyth"' in html
    assert people(world.plan)[0].name == "Sarah Smith"


def test_others_are_refused(world: Any, signed_in: Any, add_child: Any) -> None:
    sarah = people(world.plan)[0]
    url = reverse("plans:edit_person", args=[world.plan.pk, sarah.pk])
    assert signed_in(world.outsider).post(url, person_form(world.plan)).status_code == 404
    assert signed_in(world.senior).post(url, person_form(world.plan)).status_code == 403
    other = add_child(world.team, world.worker, "weak-plan.yaml")
    elsewhere = reverse("plans:edit_person", args=[other.pk, sarah.pk])
    assert signed_in(world.worker).get(elsewhere).status_code == 404  # not that child's
    assert people(world.plan)[0].name == "Sarah Smith"


def test_words_longer_than_the_record_keeps_are_refused(world: Any, signed_in: Any) -> None:
    url = reverse("plans:add_person", args=[world.plan.pk])
    data = person_form(world.plan, name="T" * 201, relationship="father" * 20)
    html = signed_in(world.worker).post(url, data).content.decode()
    assert 'href="#id_name"' in html and 'href="#id_relationship"' in html
    assert len(people(world.plan)) == 2
