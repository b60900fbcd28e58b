"""Who may see and change which child (childplan.web.access)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.test import RequestFactory

from childplan.web.access import (
    child_for_user,
    editable_children,
    plan_for_user,
    visible_children,
)
from childplan.web.accounts.models import User
from childplan.web.children.models import Allocation, Child, Grant

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def request_by(user: Any) -> Any:
    request = RequestFactory().get("/")
    request.user = user
    return request


def sees(user: User, child: Child) -> bool:
    return visible_children(user).filter(pk=child.pk).exists()


def edits(user: User, child: Child) -> bool:
    return editable_children(user).filter(pk=child.pk).exists()


SEES = {
    "worker": True,
    "colleague": False,
    "manager": True,
    "outsider": False,
    "other_manager": False,
    "senior": True,
    "other_senior": False,
    "admin": True,
}
EDITS = {
    "worker": True,
    "colleague": False,
    "manager": True,
    "outsider": False,
    "other_manager": False,
    "senior": False,
    "other_senior": False,
    "admin": False,
}


def test_each_role_sees_and_edits_what_the_rules_say(world: Any) -> None:
    for name, user in world.personas().items():
        assert sees(user, world.child) == SEES[name], name
        assert edits(user, world.child) == EDITS[name], name


def test_a_restricted_child_is_seen_only_by_named_users(world: Any) -> None:
    child = world.child
    Child.objects.filter(pk=child.pk).update(restricted=True)
    seen = {name for name, user in world.personas().items() if sees(user, child)}
    assert seen == {"worker", "admin"}
    assert {name for name, user in world.personas().items() if edits(user, child)} == {"worker"}
    Grant.objects.create(child=child, user=world.manager, reason="Supervision")
    assert sees(world.manager, child) and not edits(world.manager, child)


def test_a_grant_lets_one_user_see_and_an_edit_grant_change(world: Any) -> None:
    child, outsider = world.child, world.outsider
    grant = Grant.objects.create(child=child, user=outsider, reason="Duty visit")
    assert sees(outsider, child) and not edits(outsider, child)
    grant.can_edit = True
    grant.save()
    assert edits(outsider, child)


def test_an_ended_allocation_gives_no_access(world: Any) -> None:
    Allocation.objects.filter(worker=world.worker).update(ended="2026-11-01")
    assert not sees(world.worker, world.child)


def test_inactive_and_anonymous_users_see_nothing(world: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    worker = world.worker
    worker.is_active = False
    worker.save()
    assert not visible_children(worker).exists()
    assert not visible_children(AnonymousUser()).exists()


def test_child_for_user_is_404_without_access_and_403_for_read_only(world: Any) -> None:
    child = world.child
    assert child_for_user(request_by(world.worker), child.pk, write=True) == child
    with pytest.raises(Http404):
        child_for_user(request_by(world.outsider), child.pk)
    with pytest.raises(Http404):  # a child that does not exist looks the same
        child_for_user(request_by(world.admin), child.pk + 1000)
    assert child_for_user(request_by(world.senior), child.pk) == child
    with pytest.raises(PermissionDenied):
        child_for_user(request_by(world.senior), child.pk, write=True)


def test_plan_for_user_follows_its_child(world: Any) -> None:
    plan = world.plan
    assert plan_for_user(request_by(world.manager), plan.pk, write=True) == plan
    with pytest.raises(Http404):
        plan_for_user(request_by(world.colleague), plan.pk)
    with pytest.raises(PermissionDenied):
        plan_for_user(request_by(world.admin), plan.pk, write=True)
