"""Importing a plan file as a draft plan of a child, and downloading a plan as a file."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from pathlib import Path
from typing import Any

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from childplan.plan.fileformat import dumps_plan, loads_plan
from childplan.plan.model import Child as PureChild
from childplan.plan.wordimport import UNKNOWN_CHILD, read_word_plan
from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Child
from childplan.web.plans import models
from childplan.web.plans.models import Plan
from childplan.web.plans.transfer import differences, download_name, initials

pytestmark = [pytest.mark.database, pytest.mark.django_db]

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
JIMMY = (EXAMPLES / "jimmy.yaml").read_text(encoding="utf-8")


def import_url(child: Any) -> str:
    return reverse("plans:import", args=[child.pk])


def upload(client: Client, child: Any, name: str, content: bytes) -> Any:
    return client.post(import_url(child), {"plan_file": SimpleUploadedFile(name, content)})


def newest_plan(child: Any) -> Plan:
    return Plan.objects.with_contents().filter(child=child).order_by("-pk").first()  # type: ignore[return-value]


def word_plan() -> bytes:
    document = docx.Document()
    document.add_paragraph("Child's name: Jimmy Smith")
    document.add_paragraph("Date of plan: 02/11/2026")
    table = document.add_table(rows=2, cols=3)
    header = ("REASON FOR ACTION", "REQUIRED ACTION", "WHO WILL DO THIS & WHEN")
    row = (
        "Jimmy needs his eczema managed, so that it is causing him as little discomfort "
        "as possible.",
        "Jimmy needs to be seen by his G.P.",
        "Jimmy’s mother will make an appointment for him to be seen by his G.P. "
        "within the next five days.",
    )
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, row, strict=True):
        cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_yaml_file_becomes_a_draft_plan_that_round_trips(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    before = Plan.objects.count()
    response = upload(client, world.child, "jimmy.yaml", JIMMY.encode())
    assert response.status_code == 302
    plan = newest_plan(world.child)
    assert Plan.objects.count() == before + 1
    assert response["Location"] == reverse("plans:plan", args=[plan.pk])
    assert plan.status == Plan.Status.DRAFT
    original = loads_plan(JIMMY).plan
    assert plan.to_plan() == original
    # the export of the imported plan reads back as the original file's plan
    for fmt in ("yaml", "json"):
        exported = client.get(reverse(f"plans:download_{fmt}", args=[plan.pk]))
        assert loads_plan(exported.content.decode(), fmt).plan == original
    # the people were the child's already: none added twice
    assert world.child.people.count() == len(original.people)
    assert AuditEntry.objects.filter(
        user=world.worker, action=AuditEntry.Action.CREATE, object_id=str(plan.pk)
    ).exists()
    page = client.get(response["Location"]).content.decode()
    assert "Plan imported as a draft" in page and "govuk-notification-banner--success" in page
    assert "named a different child" not in page


def test_a_json_file_is_imported(world: Any, signed_in: Any) -> None:
    original = loads_plan(JIMMY).plan
    response = upload(
        signed_in(world.manager), world.child, "plan.json", dumps_plan(original, "json").encode()
    )
    assert response.status_code == 302
    assert newest_plan(world.child).to_plan() == original


def test_the_file_does_not_change_the_child(world: Any, signed_in: Any) -> None:
    other = JIMMY.replace(
        "{name: Jimmy Smith, date_of_birth: 2019-05-14}",
        "{name: Kerry Jones, date_of_birth: 2015-01-01}",
    ).replace("name: Dr Patel,", "name: Dr Okafor,")
    client = signed_in(world.worker)
    response = upload(client, world.child, "kerry.yaml", other.encode())
    assert response.status_code == 302
    child = Child.objects.get(pk=world.child.pk)
    assert (child.name, child.date_of_birth) == (world.child.name, world.child.date_of_birth)
    assert newest_plan(world.child).to_plan().child.name == "Jimmy Smith"
    names = [person.name for person in child.people.all()]
    assert names == ["Sarah Smith", "Dr Patel", "Dr Okafor"]  # added, not replaced
    page = client.get(response["Location"]).content.decode()
    assert "named a different child" in page
    assert not Child.objects.filter(name="Kerry Jones").exists()


def test_a_failure_while_saving_leaves_nothing_half_saved(
    world: Any, signed_in: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = JIMMY.replace("name: Dr Patel,", "name: Dr Okafor,")

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("the database went away")

    monkeypatch.setattr(models.Event.objects, "bulk_create", broken)
    client = signed_in(world.worker)
    client.raise_request_exception = False
    before = (Plan.objects.count(), world.child.people.count(), AuditEntry.objects.count())
    response = upload(client, world.child, "jimmy.yaml", other.encode())
    assert response.status_code == 500
    after = (Plan.objects.count(), world.child.people.count(), AuditEntry.objects.count())
    assert after == before


def test_a_word_plan_is_imported(world: Any, signed_in: Any, tmp_path: Path) -> None:
    content = word_plan()
    response = upload(signed_in(world.worker), world.child, "plan.docx", content)
    assert response.status_code == 302
    (tmp_path / "plan.docx").write_bytes(content)
    read = read_word_plan(tmp_path / "plan.docx").plan
    plan = newest_plan(world.child).to_plan()
    assert plan.needs == read.needs and plan.date == read.date
    assert plan.needs[0].reason.startswith("Jimmy needs his eczema managed")
    assert plan.date.isoformat() == "2026-11-02"


def test_malformed_yaml_shows_the_line_and_saves_nothing(world: Any, signed_in: Any) -> None:
    before = (Plan.objects.count(), AuditEntry.objects.count())
    bad = b"format: childplan/1\nplan:\n  type: [child_in_need\n"
    response = upload(signed_in(world.worker), world.child, "bad.yaml", bad)
    assert response.status_code == 200
    html = response.content.decode()
    assert "govuk-error-summary" in html and 'href="#id_plan_file"' in html
    assert "Line 4: not valid YAML" in html
    assert "Traceback" not in html
    assert (Plan.objects.count(), AuditEntry.objects.count()) == before


def test_an_unknown_key_is_named(world: Any, signed_in: Any) -> None:
    bad = JIMMY.replace("plan:\n", "plan:\n  colour: blue\n", 1).encode()
    response = upload(signed_in(world.worker), world.child, "bad.yaml", bad)
    html = response.content.decode()
    assert "Line 3: colour: unknown key" in html and "expected one of" in html
    assert newest_plan(world.child).pk == world.plan.pk


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.txt", b"hello", "must be a YAML or JSON plan file or a Word document"),
        ("plan.yaml", b"", "The selected file is empty"),
        ("plan.yaml", b"\xff\xfe\x00bad", "not a text file (UTF-8)"),
        ("plan.docx", b"not a zip", "is not a Word document (.docx)"),
        ("plan.yaml", b"x" * (2 * 1024 * 1024 + 1), "smaller than 2 MB"),
    ],
)
def test_files_that_are_not_plans_are_refused(
    world: Any, signed_in: Any, name: str, content: bytes, message: str
) -> None:
    response = upload(signed_in(world.worker), world.child, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert newest_plan(world.child).pk == world.plan.pk


def test_no_file_asks_for_one(world: Any, signed_in: Any) -> None:
    response = signed_in(world.worker).post(import_url(world.child), {})
    assert "Select a plan file" in response.content.decode()


def test_who_may_import(world: Any, signed_in: Any) -> None:
    for user in (world.worker, world.manager):
        page = signed_in(user).get(import_url(world.child))
        assert page.status_code == 200, user.username
        assert 'enctype="multipart/form-data"' in page.content.decode()
        assert 'type="file"' in page.content.decode()
    for user in (world.outsider, world.colleague, world.other_manager, world.other_senior):
        assert signed_in(user).get(import_url(world.child)).status_code == 404, user.username
        assert upload(signed_in(user), world.child, "j.yaml", JIMMY.encode()).status_code == 404
    for user in (world.senior, world.admin):  # they read; they do not write plans
        assert signed_in(user).get(import_url(world.child)).status_code == 403, user.username
        assert upload(signed_in(user), world.child, "j.yaml", JIMMY.encode()).status_code == 403
    assert Plan.objects.filter(child=world.child).count() == 1


def test_the_import_link_is_shown_to_those_who_may_import(world: Any, signed_in: Any) -> None:
    child_url = reverse("children:child", args=[world.child.pk])
    plan_url = reverse("plans:plan", args=[world.plan.pk])
    for url in (child_url, plan_url):
        assert import_url(world.child) in signed_in(world.worker).get(url).content.decode()
        assert import_url(world.child) not in signed_in(world.senior).get(url).content.decode()


def test_csrf_is_checked(world: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.worker)
    response = upload(client, world.child, "jimmy.yaml", JIMMY.encode())
    assert response.status_code == 403
    assert Plan.objects.filter(child=world.child).count() == 1


def test_download_is_an_attachment_named_by_initials(world: Any, signed_in: Any) -> None:
    for fmt, content_type in (("yaml", "application/yaml"), ("json", "application/json")):
        response = signed_in(world.senior).get(
            reverse(f"plans:download_{fmt}", args=[world.plan.pk])
        )
        assert response.status_code == 200
        assert response["Content-Type"].startswith(content_type)
        disposition = response["Content-Disposition"]
        assert disposition == f'attachment; filename="JS-plan-2026-11-02.{fmt}"'
        assert "Jimmy" not in disposition
        assert loads_plan(response.content.decode(), fmt).plan == world.plan.to_plan()
    assert (
        AuditEntry.objects.filter(
            user=world.senior, action=AuditEntry.Action.EXPORT, object_id=str(world.plan.pk)
        ).count()
        == 2
    )


def test_download_is_refused_without_access(world: Any, signed_in: Any) -> None:
    for fmt in ("yaml", "json"):
        url = reverse(f"plans:download_{fmt}", args=[world.plan.pk])
        for user in (world.outsider, world.colleague, world.other_senior):
            response = signed_in(user).get(url)
            assert response.status_code == 404, user.username
            assert "Jimmy" not in response.content.decode()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.EXPORT).exists()


def test_file_names_carry_initials_only(world: Any) -> None:
    assert initials("Jimmy Smith") == "JS"
    assert initials("  Łucja  de la Cruz ") == "dlC"
    child = Child(name="Élodie")
    assert download_name(child, world.plan.date, "json") == "plan-2026-11-02.json"


def test_a_word_plan_that_names_no_child_is_not_a_different_child(world: Any) -> None:
    plan = loads_plan(JIMMY).plan
    assert not differences(plan, world.child)
    assert not differences(replace(plan, child=PureChild(name=UNKNOWN_CHILD)), world.child)
    other = differences(replace(plan, child=PureChild(name="Kerry Jones")), world.child)
    assert other and other.name and not other.date_of_birth
    born = replace(plan, child=PureChild(name="Jimmy Smith", date_of_birth=dt.date(2020, 1, 1)))
    assert differences(born, world.child).date_of_birth
