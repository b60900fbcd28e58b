from __future__ import annotations

from django.urls import path

from childplan.web.plans import editing, history, oversight, views

app_name = "plans"
urlpatterns = [
    path("plans/<int:plan_id>/", views.plan_page, name="plan"),
    path("plans/<int:plan_id>/versions/", history.history_page, name="history"),
    path("plans/<int:plan_id>/oversight/", oversight.record_oversight_page, name="oversight"),
    path("plans/<int:plan_id>/versions/<int:number>/", history.compare_page, name="compare"),
    path(
        "plans/<int:plan_id>/actions/<int:action_id>/",
        editing.edit_action_page,
        name="edit_action",
    ),
    path(
        "plans/<int:plan_id>/actions/<int:action_id>/check/",
        editing.check_action_page,
        name="check_action",
    ),
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
