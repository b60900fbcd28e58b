from __future__ import annotations

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from childplan.web.accounts.models import Service, Team, User


@admin.register(User)
class ChildplanUserAdmin(UserAdmin):  # type: ignore[type-arg]
    list_display = ("username", "first_name", "last_name", "role", "team", "is_active")
    list_filter = ("role", "team", "is_active")
    fieldsets = (
        *(UserAdmin.fieldsets or ()),
        ("Role", {"fields": ("role", "team", "service", "job_title")}),
    )


admin.site.register(Service)
admin.site.register(Team)
