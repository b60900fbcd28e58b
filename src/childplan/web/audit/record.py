"""Writing the audit log: one call in each view that shows or changes a child's record.

A page asked for again and again while someone works (live checking, fetched on every
keystroke) passes ``once_within=EDITING_SESSION``: the log then says once that the user
had the record open, not a thousand times, and still says it the first time.
"""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest
from django.utils import timezone

from childplan.web.accounts.models import User
from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Child

# How long one sitting at a record lasts, for ``once_within``.
EDITING_SESSION = dt.timedelta(minutes=30)


def record(
    request: HttpRequest,
    action: str,
    child: Child,
    obj: models.Model | None = None,
    *,
    once_within: dt.timedelta | None = None,
) -> AuditEntry:
    """Note that the signed-in user did ``action`` (an ``AuditEntry.Action``) to the child's
    record, or to ``obj`` in it (a plan, say).

    With ``once_within``, nothing is written when the same user already has an entry for
    the same action on the same record that recent (one query on an index); that entry is
    returned instead. Two requests at the same instant may both write: a spare entry, never
    a missing one.
    """
    if not isinstance(request.user, User):  # views sign people in before they get here
        raise PermissionDenied("Sign in first.")
    target = child if obj is None else obj
    fields = {
        "user": request.user,
        "action": action,
        "child": child,
        "object_type": target._meta.model_name or "",
        "object_id": str(target.pk),
    }
    if once_within is not None:
        since = timezone.now() - once_within
        earlier = AuditEntry.objects.filter(**fields, at__gte=since).order_by("-at").first()
        if earlier is not None:
            return earlier
    return AuditEntry.objects.create(**fields, path=request.path[:500])
