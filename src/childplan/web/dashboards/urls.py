from __future__ import annotations

from django.urls import path

from childplan.web.dashboards import views

app_name = "dashboards"
urlpatterns = [
    path("my-work/", views.my_work, name="my_work"),
    path("team/", views.team, name="team"),
]
