"""The plan page: the plan in three columns with the checker's findings beside each part.

Editing, live checking (htmx), versions and import/export come next; each will be a view
here that gets the plan through ``plan_for_user(request, plan_id, write=True)``.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from childplan.plan.events import EVENT_NAMES
from childplan.web.access import plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.children.presenting import format_date, plan_tag
from childplan.web.plans import checking
from childplan.web.plans.layout import lay_out


@login_required
def plan_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_for_user(request, plan_id)
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    today = timezone.localdate()
    findings = checking.check(plan.to_plan(), today)
    context = {
        "plan": plan,
        "child": plan.child,
        "tag": plan_tag(plan),
        "plan_date": format_date(plan.date),
        "next_review": format_date(plan.next_review) if plan.next_review else None,
        "layout": lay_out(plan, findings),
        "people": list(plan.child.people.all()),
        "statements": list(plan.statements.all()),
        "events": [
            (EVENT_NAMES.get(event.kind, event.kind), format_date(event.date))
            for event in plan.events.all()
        ],
    }
    return render(request, "plans/plan.html", context)
