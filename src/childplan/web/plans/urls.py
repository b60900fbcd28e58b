from __future__ import annotations

from django.urls import path

from childplan.web.plans import history, monitoring, oversight, views
from childplan.web.plans.part_urls import part_patterns

app_name = "plans"
urlpatterns = [
    path("plans/<int:plan_id>/", views.plan_page, name="plan"),
    path("plans/<int:plan_id>/versions/", history.history_page, name="history"),
    path("plans/<int:plan_id>/oversight/", oversight.record_oversight_page, name="oversight"),
    path(
        "plans/<int:plan_id>/actions/<int:action_id>/progress/",
        monitoring.action_progress_page,
        name="action_progress",
    ),
    path(
        "plans/<int:plan_id>/outcomes/<int:outcome_id>/progress/",
        monitoring.outcome_progress_page,
        name="outcome_progress",
    ),
    path("plans/<int:plan_id>/versions/<int:number>/", history.compare_page, name="compare"),
    *part_patterns(),  # changing, adding, moving and removing each part of a plan
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
