"""The caseload and a child's page: get the records through ``childplan.web.access``,
write the audit entry, render."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from childplan.web.access import child_for_user, may_change, visible_children
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.children import presenting
from childplan.web.children.models import Allocation
from childplan.web.dashboards.summaries import summaries_for_today
from childplan.web.plans.models import Plan


@login_required
def caseload(request: HttpRequest) -> HttpResponse:
    """The children the user may see, each with their open plan and the checker's counts.

    The counts come from each plan's summary (``dashboards.summaries``), brought up to date
    for today first: after the nightly refresh that is only the plans changed since, so a
    caseload of 10 children or 2,000 is a handful of queries and no checking.
    """
    today = timezone.localdate()
    children = list(
        visible_children(request.user)
        .select_related("team")
        .prefetch_related(
            Prefetch(
                "allocations",
                queryset=Allocation.objects.filter(ended__isnull=True).select_related("worker"),
                to_attr="current_allocations",
            ),
            Prefetch("plans", queryset=Plan.objects.open(), to_attr="open_plans"),
        )
    )
    shown = [plan.pk for child in children if (plan := presenting.current_plan(child))]
    summaries = summaries_for_today(shown, today)
    rows = presenting.caseload_rows(children, summaries, today)
    table = presenting.caseload_table(rows) if rows else None
    return render(request, "children/caseload.html", {"rows": rows, "table": table})


@login_required
def child_page(request: HttpRequest, child_id: int) -> HttpResponse:
    child = child_for_user(request, child_id)
    record(request, AuditEntry.Action.VIEW, child)
    context = presenting.child_context(child, timezone.localdate())
    context["can_change"] = may_change(request.user, child.pk)
    return render(request, "children/child.html", context)
