"""Who may see and change which child's record: the one place this is decided.

Every view that shows or changes a child's record gets it through ``child_for_user`` or
``plan_for_user``, which raise ``Http404`` when the user may not see it (the same answer as
for a record that does not exist, so ids reveal nothing) and ``PermissionDenied`` (403) when
they may see it but not change it. Lists use ``visible_children``.

A user sees a child when they are:
- an administrator (every child);
- the worker the child is currently allocated to;
- named in a ``Grant`` for the child;
- the team manager of the child's team, or the senior manager of its service, unless the
  child is ``restricted`` (then only the allocated worker, grants and administrators).

Pages for administrators only (the audit log) call ``administrator_only``: 404 for anyone
else, as for a child they may not see, so the page does not exist for them.

A user changes a child's record when they are the allocated worker, the team manager of
the child's (unrestricted) team, or hold a grant with ``can_edit``. Senior managers and
administrators read; they do not write plans.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest

from childplan.web.accounts.models import Role, User
from childplan.web.children.models import Allocation, Child, Grant
from childplan.web.plans.models import Plan


def visible_children(user: Any) -> QuerySet[Child]:
    """Every child whose record ``user`` may see."""
    if not (user.is_authenticated and user.is_active):
        return Child.objects.none()
    if user.role == Role.ADMINISTRATOR:
        return Child.objects.all()
    who = _named(user, Grant.objects.filter(user=user))
    if user.role == Role.TEAM_MANAGER and user.team_id is not None:
        who |= Q(team_id=user.team_id, restricted=False)
    elif user.role == Role.SENIOR_MANAGER and user.service_id is not None:
        who |= Q(team__service_id=user.service_id, restricted=False)
    return Child.objects.filter(who)


def editable_children(user: Any) -> QuerySet[Child]:
    """Every child whose record ``user`` may change."""
    if not (user.is_authenticated and user.is_active):
        return Child.objects.none()
    who = _named(user, Grant.objects.filter(user=user, can_edit=True))
    if user.role == Role.TEAM_MANAGER and user.team_id is not None:
        who |= Q(team_id=user.team_id, restricted=False)
    return Child.objects.filter(who)


def child_for_user(request: HttpRequest, child_id: int, write: bool = False) -> Child:
    """The child, if the signed-in user may see it (and change it, with ``write``)."""
    child = visible_children(request.user).filter(pk=child_id).first()
    if child is None:
        raise Http404("No such child.")
    if write:
        _check_write(request, child.pk)
    return child


def plan_for_user(request: HttpRequest, plan_id: int, write: bool = False) -> Plan:
    """The plan with everything in it, if the user may see its child (and change it)."""
    plan = (
        Plan.objects.with_contents()
        .filter(pk=plan_id, child__in=visible_children(request.user))
        .first()
    )
    if plan is None:
        raise Http404("No such plan.")
    if write:
        _check_write(request, plan.child_id)
    return plan


def _named(user: Any, grants: QuerySet[Grant]) -> Q:
    allocated = Allocation.objects.filter(worker=user, ended__isnull=True)
    return Q(pk__in=allocated.values("child_id")) | Q(pk__in=grants.values("child_id"))


def administrator_only(request: HttpRequest) -> None:
    """404 unless the signed-in user is an administrator."""
    user = request.user
    if not (isinstance(user, User) and user.is_active and user.role == Role.ADMINISTRATOR):
        raise Http404("No such page.")


def may_change(user: Any, child_id: int) -> bool:
    """Whether ``user`` may change this child's record (for showing "Change" links)."""
    return editable_children(user).filter(pk=child_id).exists()


def _check_write(request: HttpRequest, child_id: int) -> None:
    if not may_change(request.user, child_id):
        raise PermissionDenied("You may read this child's record but not change it.")
