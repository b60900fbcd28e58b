"""The audit log in the Django admin, and ``AuditedAdmin``: the admin pages of a child's
record write the audit log like the application's own pages.

With ``AuditedAdmin`` a model's admin writes a VIEW entry each time its change page (or the
page's history) is shown, and a CREATE, CHANGE entry when a record is saved, or a CHANGE
entry for the child when one is deleted (a grant taken away changes who sees the child).
Lists write nothing: like the caseload, a list names records, it does not open them.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse

from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.children.models import Child


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Administrators may read the log; nobody may add, change or delete an entry."""

    list_display = ("at", "user", "action", "object_type", "object_id", "child")
    list_filter = ("action", "object_type")
    date_hierarchy = "at"

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False


class AuditedAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """A ModelAdmin for a part of a child's record (the child itself, or a model with a
    ``child``): its change page, saves and deletions are written to the audit log."""

    def child_of(self, obj: Any) -> Child:
        return obj if isinstance(obj, Child) else obj.child

    def render_change_form(
        self,
        request: HttpRequest,
        context: dict[str, Any],
        add: bool = False,
        change: bool = False,
        form_url: str = "",
        obj: Any = None,
    ) -> HttpResponse:
        # Shown on opening, and again when a save is refused: both show the record.
        if obj is not None and obj.pk is not None:
            record(request, AuditEntry.Action.VIEW, self.child_of(obj), obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def history_view(
        self, request: HttpRequest, object_id: str, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        response = super().history_view(request, object_id, extra_context)
        obj = getattr(response, "context_data", {}).get("object")
        if response.status_code == 200 and isinstance(obj, models.Model):
            record(request, AuditEntry.Action.VIEW, self.child_of(obj), obj)
        return response

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        super().save_model(request, obj, form, change)
        action = AuditEntry.Action.CHANGE if change else AuditEntry.Action.CREATE
        record(request, action, self.child_of(obj), obj)

    def delete_model(self, request: HttpRequest, obj: Any) -> None:
        record(request, AuditEntry.Action.CHANGE, self.child_of(obj), obj)
        super().delete_model(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Any]) -> None:
        for obj in queryset:
            record(request, AuditEntry.Action.CHANGE, self.child_of(obj), obj)
        super().delete_queryset(request, queryset)
