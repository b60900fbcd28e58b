from __future__ import annotations

from django.urls import path

from childplan.web.reviews import views

app_name = "reviews"
urlpatterns = [
    path("plans/<int:plan_id>/reviews/new/", views.record_review_page, name="record"),
    path(
        "plans/<int:plan_id>/reviews/<int:review_id>/minutes/",
        views.minutes_page,
        name="minutes",
    ),
]
