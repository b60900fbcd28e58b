"""Administrators manage who sees which child: the team, restriction, allocations and
grants. The admin shows children by id and team, not by name or content, and opening a
child here is written to the audit log like any other view of the record."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest, HttpResponse

from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.children.models import Allocation, Child, Grant


@admin.register(Child)
class ChildAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("id", "team", "restricted", "created")
    list_filter = ("team", "restricted")
    fields = ("team", "restricted")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # children come with their plan, from the application

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def change_view(
        self, request: HttpRequest, object_id: str, form_url: str = "", extra_context: Any = None
    ) -> HttpResponse:
        child = Child.objects.filter(pk=object_id).first() if object_id.isdigit() else None
        if child is not None:
            changing = request.method == "POST"
            record(request, AuditEntry.Action.CHANGE if changing else AuditEntry.Action.VIEW, child)
        return super().change_view(request, object_id, form_url, extra_context)


@admin.register(Allocation)
class AllocationAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("id", "child_id", "worker", "started", "ended")
    list_filter = ("ended",)
    raw_id_fields = ("child", "worker")


@admin.register(Grant)
class GrantAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("id", "child_id", "user", "can_edit", "granted_by", "created")
    raw_id_fields = ("child", "user")
    exclude = ("granted_by",)

    def save_model(self, request: HttpRequest, obj: Grant, form: Any, change: bool) -> None:
        if not change:
            obj.granted_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)
