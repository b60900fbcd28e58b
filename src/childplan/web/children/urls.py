from __future__ import annotations

from django.urls import path

from childplan.web.children import views

app_name = "children"
urlpatterns = [
    path("", views.caseload, name="caseload"),
    path("children/<int:child_id>/", views.child_page, name="child"),
]
