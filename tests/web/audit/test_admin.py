"""The Django admin pages of a child's record write the audit log (``AuditedAdmin``)."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Allocation, Grant

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def logged() -> list[tuple[str, str, str]]:
    return list(
        AuditEntry.objects.order_by("id").values_list("action", "object_type", "child__name")
    )


def test_saving_a_child_writes_a_change(world: Any, signed_in: Any) -> None:
    url = reverse("admin:children_child_change", args=[world.child.pk])
    client = signed_in(world.admin)
    saved = client.post(url, {"team": world.other_team.pk, "restricted": "on"})
    assert saved.status_code == 302
    world.child.refresh_from_db()
    assert world.child.restricted
    assert logged() == [("change", "child", "Jimmy Smith")]


def test_a_refused_save_shows_the_record_again_and_is_a_view(world: Any, signed_in: Any) -> None:
    url = reverse("admin:children_child_change", args=[world.child.pk])
    refused = signed_in(world.admin).post(url, {"team": ""})
    assert refused.status_code == 200
    assert logged() == [("view", "child", "Jimmy Smith")]


def test_the_history_of_a_child_is_a_view(world: Any, signed_in: Any) -> None:
    url = reverse("admin:children_child_history", args=[world.child.pk])
    assert signed_in(world.admin).get(url).status_code == 200
    assert logged() == [("view", "child", "Jimmy Smith")]


def test_a_missing_child_writes_nothing(world: Any, signed_in: Any) -> None:
    url = reverse("admin:children_child_change", args=[world.child.pk + 100])
    assert signed_in(world.admin).get(url).status_code == 302  # the admin's "does not exist"
    assert logged() == []


def test_lists_write_nothing(world: Any, signed_in: Any) -> None:
    client = signed_in(world.admin)
    for model in ("child", "allocation", "grant"):
        assert client.get(reverse(f"admin:children_{model}_changelist")).status_code == 200
    assert logged() == []


def test_allocations_and_grants_are_part_of_the_childs_record(world: Any, signed_in: Any) -> None:
    client = signed_in(world.admin)
    allocation = Allocation.objects.get(child=world.child)
    assert (
        client.get(reverse("admin:children_allocation_change", args=[allocation.pk])).status_code
        == 200
    )
    added = client.post(
        reverse("admin:children_grant_add"),
        {"child": world.child.pk, "user": world.outsider.pk, "reason": "Court report"},
    )
    assert added.status_code == 302
    grant = Grant.objects.get(child=world.child, user=world.outsider)
    deleted = client.post(reverse("admin:children_grant_delete", args=[grant.pk]), {"post": "yes"})
    assert deleted.status_code == 302 and not Grant.objects.exists()
    assert logged() == [
        ("view", "allocation", "Jimmy Smith"),
        ("create", "grant", "Jimmy Smith"),
        ("change", "grant", "Jimmy Smith"),
    ]
