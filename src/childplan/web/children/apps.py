from __future__ import annotations

from django.apps import AppConfig


class ChildrenConfig(AppConfig):
    name = "childplan.web.children"
    label = "children"
    verbose_name = "Children"
