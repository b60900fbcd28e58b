"""A child's page: details, plans and people, for those who may see the child."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from childplan.web.audit.models import AuditEntry

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def url(world: Any) -> str:
    return reverse("children:child", args=[world.child.pk])


def test_the_worker_sees_the_child_their_plan_and_people(world: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).get(url(world))
    html = page.content.decode()
    assert page.status_code == 200
    assert world.child.name in html
    assert "Sarah Smith" in html and "Hill Street Surgery" in html  # jimmy.yaml's people
    assert reverse("plans:plan", args=[world.plan.pk]) in html
    assert "Worker Tester" in html  # the allocated worker


def test_the_team_manager_sees_it_too(world: Any, signed_in: Any) -> None:
    assert signed_in(world.manager).get(url(world)).status_code == 200


def test_no_access_is_not_found(world: Any, signed_in: Any) -> None:
    for user in (world.outsider, world.colleague, world.other_manager, world.other_senior):
        page = signed_in(user).get(url(world))
        assert page.status_code == 404, user.username
        assert world.child.name not in page.content.decode()


def test_each_view_is_written_to_the_audit_log(world: Any, signed_in: Any) -> None:
    signed_in(world.manager).get(url(world))
    signed_in(world.outsider).get(url(world))  # refused: nothing seen, nothing logged
    (entry,) = AuditEntry.objects.all()
    assert (entry.user, entry.child, entry.action) == (world.manager, world.child, "view")
    assert (entry.object_type, entry.object_id) == ("child", str(world.child.pk))
