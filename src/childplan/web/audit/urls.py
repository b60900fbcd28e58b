from __future__ import annotations

from django.urls import path

from childplan.web.audit import views

app_name = "audit"
urlpatterns = [
    path("audit/", views.search_page, name="search"),
    path("audit/entries.csv", views.download_csv, name="download"),
]
