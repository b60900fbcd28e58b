"""Every page. Each app's urls.py lists its own; tests/web/test_access_everywhere.py walks
them all and fails for a page that does not refuse a user who may not see it."""

from __future__ import annotations

from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "childplan administration"
admin.site.site_title = "childplan administration"

urlpatterns = [
    path("", include("childplan.web.accounts.urls")),
    path("", include("childplan.web.children.urls")),
    path("", include("childplan.web.plans.urls")),
    path("", include("childplan.web.dashboards.urls")),
    path("", include("childplan.web.audit.urls")),
    path("", include("childplan.web.reviews.urls")),
    path("admin/", admin.site.urls),
]
