"""The audit log is append-only, in Python and in the database, and holds no names."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse

from childplan.web.audit.models import AppendOnlyError, AuditEntry

pytestmark = [pytest.mark.database, pytest.mark.django_db]


@pytest.fixture
def entry(world: Any) -> AuditEntry:
    return AuditEntry.objects.create(
        user=world.worker,
        action=AuditEntry.Action.VIEW,
        child=world.child,
        object_type="child",
        object_id=str(world.child.pk),
        path="/children/1/",
    )


def test_an_entry_cannot_be_changed_or_deleted_through_django(entry: AuditEntry) -> None:
    entry.action = AuditEntry.Action.CHANGE
    with pytest.raises(AppendOnlyError):
        entry.save()
    with pytest.raises(AppendOnlyError):
        entry.delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.filter(pk=entry.pk).update(action="change")
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_auditentry SET action = 'change'", "DELETE FROM audit_auditentry"],
)
def test_the_database_refuses_to_change_or_delete_an_entry(
    entry: AuditEntry, statement: str
) -> None:
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement)
    assert AuditEntry.objects.get(pk=entry.pk).action == AuditEntry.Action.VIEW


def test_an_entry_names_records_by_id_only(entry: AuditEntry, world: Any) -> None:
    assert world.child.name not in str(entry)
    assert world.child.name not in str(world.child)
    assert world.child.name not in str(world.plan)


def test_opening_a_child_in_the_admin_is_audited(world: Any, signed_in: Any) -> None:
    url = reverse("admin:children_child_change", args=[world.child.pk])
    assert signed_in(world.admin).get(url).status_code == 200
    (logged,) = AuditEntry.objects.all()
    assert (logged.user, logged.child, logged.action) == (world.admin, world.child, "view")
