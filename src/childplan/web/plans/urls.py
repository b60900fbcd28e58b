from __future__ import annotations

from django.urls import path

from childplan.web.plans import views

app_name = "plans"
urlpatterns = [
    path("plans/<int:plan_id>/", views.plan_page, name="plan"),
    path("children/<int:child_id>/import/", views.import_page, name="import"),
    path(
        "plans/<int:plan_id>/download.yaml",
        views.download_page,
        {"fmt": "yaml"},
        name="download_yaml",
    ),
    path(
        "plans/<int:plan_id>/download.json",
        views.download_page,
        {"fmt": "json"},
        name="download_json",
    ),
]
