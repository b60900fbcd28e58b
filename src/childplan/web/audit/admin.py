from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest

from childplan.web.audit.models import AuditEntry


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
