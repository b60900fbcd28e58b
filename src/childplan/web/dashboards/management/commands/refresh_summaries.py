"""``python -m django refresh_summaries``: work out again every plan summary not made for
today (run it each night), so the checker's counts on the dashboards are at most a day old."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from childplan.web.dashboards.summaries import refresh_ids, refresh_older
from childplan.web.plans.models import Plan


class Command(BaseCommand):
    help = "Work out again the dashboards' summary of every open plan not made for today."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--all", action="store_true", help="every summary, even today's")

    def handle(self, *args: Any, **options: Any) -> None:
        today = timezone.localdate()
        plans = Plan.objects.open()
        if options["all"]:
            done = refresh_ids(list(plans.values_list("pk", flat=True)), today)
        else:
            done = refresh_older(plans, today)
        self.stdout.write(f"{done} plan summaries worked out for {today.isoformat()}.")
