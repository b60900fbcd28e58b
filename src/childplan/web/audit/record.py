"""Writing the audit log: one call in each view that shows or changes a child's record."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest

from childplan.web.accounts.models import User
from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Child


def record(
    request: HttpRequest, action: str, child: Child, obj: models.Model | None = None
) -> AuditEntry:
    """Note that the signed-in user did ``action`` (an ``AuditEntry.Action``) to the child's
    record, or to ``obj`` in it (a plan, say)."""
    if not isinstance(request.user, User):  # views sign people in before they get here
        raise PermissionDenied("Sign in first.")
    target = child if obj is None else obj
    return AuditEntry.objects.create(
        user=request.user,
        action=action,
        child=child,
        object_type=target._meta.model_name or "",
        object_id=str(target.pk),
        path=request.path[:500],
    )
