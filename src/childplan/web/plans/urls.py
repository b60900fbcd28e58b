from __future__ import annotations

from django.urls import path

from childplan.web.plans import views

app_name = "plans"
urlpatterns = [
    path("plans/<int:plan_id>/", views.plan_page, name="plan"),
]
