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
from childplan.web.plans.models import PLAN_CONTENTS, Plan


@login_required
def caseload(request: HttpRequest) -> HttpResponse:
    """The children the user may see, each with their open plan and the checker's counts.

    The queries are the same in number for 10 children or 1,000 (everything is prefetched);
    checking each plan is CPU work on the prefetched records.
    """
    children = (
        visible_children(request.user)
        .select_related("team")
        .prefetch_related(
            "people",
            Prefetch(
                "allocations",
                queryset=Allocation.objects.filter(ended__isnull=True).select_related("worker"),
                to_attr="current_allocations",
            ),
            Prefetch(
                "plans",
                queryset=Plan.objects.open().prefetch_related(*PLAN_CONTENTS),
                to_attr="open_plans",
            ),
        )
    )
    rows = presenting.caseload_rows(children, timezone.localdate())
    table = presenting.caseload_table(rows) if rows else None
    return render(request, "children/caseload.html", {"rows": rows, "table": table})


@login_required
def child_page(request: HttpRequest, child_id: int) -> HttpResponse:
    child = child_for_user(request, child_id)
    record(request, AuditEntry.Action.VIEW, child)
    context = presenting.child_context(child, timezone.localdate())
    context["can_change"] = may_change(request.user, child.pk)
    return render(request, "children/child.html", context)
