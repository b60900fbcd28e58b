from __future__ import annotations

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "childplan.web.plans"
    label = "plans"
    verbose_name = "Plans"
