"""Administrators manage who sees which child: the team, restriction, allocations and
grants. The admin shows children by id and team, not by name or content, and opening,
saving or deleting any of these here is written to the audit log (``AuditedAdmin``) like
any other view or change of the child's record. Lists write nothing, as the caseload."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from childplan.web.audit.admin import AuditedAdmin
from childplan.web.children.models import Allocation, Child, Grant


@admin.register(Child)
class ChildAdmin(AuditedAdmin):
    list_display = ("id", "team", "restricted", "created")
    list_filter = ("team", "restricted")
    fields = ("team", "restricted")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # children come with their plan, from the application

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Allocation)
class AllocationAdmin(AuditedAdmin):
    list_display = ("id", "child_id", "worker", "started", "ended")
    list_filter = ("ended",)
    raw_id_fields = ("child", "worker")


@admin.register(Grant)
class GrantAdmin(AuditedAdmin):
    list_display = ("id", "child_id", "user", "can_edit", "granted_by", "created")
    raw_id_fields = ("child", "user")
    exclude = ("granted_by",)

    def save_model(self, request: HttpRequest, obj: Grant, form: Any, change: bool) -> None:
        if not change:
            obj.granted_by = request.user  # type: ignore[assignment]
        super().save_model(request, obj, form, change)
