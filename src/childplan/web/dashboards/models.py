"""One summary a plan: what the dashboards filter and sort on, kept up to date by
``summaries.refresh`` (see the package docstring for when)."""

from __future__ import annotations

from django.db import models

from childplan.web.plans.models import Plan


class PlanSummary(models.Model):
    """The dates things fall due and the checker's counts, as ``childplan.dashboards.summary``
    works them out. Dates, not "late" or "on time": a page compares them with its own day."""

    plan = models.OneToOneField(
        Plan, on_delete=models.CASCADE, primary_key=True, related_name="summary"
    )
    plan_version = models.PositiveIntegerField(help_text="The plan's version it was made from.")
    computed_on = models.DateField(help_text="The day it was worked out for.")
    stale_on = models.DateField(
        null=True, blank=True, help_text="The first day its dates may no longer hold."
    )
    next_due = models.DateField(null=True, blank=True)
    review_due = models.DateField(null=True, blank=True)
    core_group_due = models.DateField(null=True, blank=True)
    minutes_due = models.DateField(null=True, blank=True)
    senior_review_due = models.DateField(null=True, blank=True)
    interim_due = models.DateField(null=True, blank=True)
    other_due = models.DateField(null=True, blank=True)
    nine_months_on = models.DateField(
        null=True, blank=True, help_text="A Child in Need plan is over 9 months after this day."
    )
    action_due = models.DateField(null=True, blank=True)
    drift = models.PositiveIntegerField(default=0)
    drift_path = models.CharField(max_length=200, blank=True)
    errors = models.PositiveIntegerField(default=0)
    warnings = models.PositiveIntegerField(default=0)
    dues = models.JSONField(
        default=dict, blank=True, help_text="By column: the title, reason and booked date."
    )

    class Meta:
        verbose_name_plural = "plan summaries"

    def __str__(self) -> str:
        return f"summary of plan {self.plan_id}"
