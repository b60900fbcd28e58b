"""One audit entry a view or change of a child's record.

Entries are only ever added: the model and its queryset refuse to update or delete, and
the database refuses an UPDATE (a trigger, migration 0002). An entry names the user, the
child and the record by id, never by name or content, so the log holds no plan text.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.conf import settings
from django.db import models
from django.utils import timezone

from childplan.web.children.models import Child


class AppendOnlyError(Exception):
    """The audit log is append-only."""


class AuditQuerySet(models.QuerySet["AuditEntry"]):
    def update(self, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("audit entries cannot be changed")

    def delete(self) -> NoReturn:
        raise AppendOnlyError("audit entries cannot be deleted")


class AuditEntry(models.Model):
    class Action(models.TextChoices):
        VIEW = "view", "Viewed"
        CREATE = "create", "Created"
        CHANGE = "change", "Changed"
        EXPORT = "export", "Exported"

    at = models.DateTimeField(default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="audit_entries"
    )
    action = models.CharField(max_length=10, choices=Action.choices)
    child = models.ForeignKey(Child, on_delete=models.PROTECT, related_name="audit_entries")
    object_type = models.CharField(max_length=50, help_text="child, plan, ...")
    object_id = models.CharField(max_length=50)
    path = models.CharField(max_length=500, help_text="The page, without its query string.")

    objects = AuditQuerySet.as_manager()

    class Meta:
        ordering = ("-at", "-id")
        verbose_name_plural = "audit entries"
        indexes = (  # record(..., once_within=...): this user's latest entry on this record
            models.Index(fields=["user", "object_type", "object_id", "at"], name="audit_recent"),
        )

    def __str__(self) -> str:
        return f"{self.action} {self.object_type} {self.object_id} by user {self.user_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if not self._state.adding:
            raise AppendOnlyError("audit entries cannot be changed")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise AppendOnlyError("audit entries cannot be deleted")
