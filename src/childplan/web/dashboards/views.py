"""The practitioner's and the team manager's dashboards.

Both list plans through ``childplan.web.access.visible_children``: a team manager sees
their team, a senior manager their service, a practitioner their own children (the same
lines as the caseload). Like the caseload, a list of many children writes no audit entry;
opening a child's plan from it does.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from childplan.dashboards.summary import actions_due, week_end
from childplan.plan.dates import format_short_date
from childplan.web.access import visible_children
from childplan.web.dashboards import presenting, queries
from childplan.web.dashboards.summaries import bring_up_to_date
from childplan.web.plans.models import PLAN_CONTENTS, Plan


@login_required
def team(request: HttpRequest) -> HttpResponse:
    """Every plan the user may see, with its timescales: filtered, sorted, a page at a time."""
    today = timezone.localdate()
    children = visible_children(request.user)
    plans = queries.shown_plans(children)
    bring_up_to_date(plans, today)
    filters = queries.Filters.from_query(request.GET)
    found = queries.summaries(plans, filters, today)
    counted = queries.figures(found, today)
    page = queries.CountedPaginator(found, counted["plans"]).get_page(filters.page)
    rows = list(page.object_list)
    return render(
        request,
        "dashboards/team.html",
        {
            "today": format_short_date(today),
            "week_end": format_short_date(week_end(today)),
            "counted": counted,
            "figures": presenting.figures_list(counted, filters),
            "filters": filters,
            "form": presenting.filters_form(filters, queries.workers(children)),
            "page": page,
            "table": presenting.team_table(rows, queries.workers_of(rows), filters, today)
            if rows
            else None,
            "pagination": presenting.pagination(page, filters),
            "as_of": presenting.as_of(rows, today),
        },
    )


@login_required
def my_work(request: HttpRequest) -> HttpResponse:
    """The children allocated to the user: actions and meetings late or due this week,
    and plans with errors."""
    today = timezone.localdate()
    mine = visible_children(request.user).filter(
        allocations__worker_id=request.user.pk, allocations__ended__isnull=True
    )
    plans = queries.shown_plans(mine)
    bring_up_to_date(plans, today)
    everything = queries.summaries(plans, queries.Filters(), today)
    attention = list(everything.filter(queries.anything_late(today) | queries.anything_due(today)))
    with_errors = list(everything.filter(errors__gt=0).order_by("-errors", "plan__child__name"))
    acting = list(everything.filter(action_due__lte=week_end(today)))
    contents = Plan.objects.filter(pk__in=[row.plan_id for row in acting]).prefetch_related(
        "child__people", *PLAN_CONTENTS
    )
    by_plan = {plan.pk: plan for plan in contents}
    actions = [
        (row, path, action)
        for row in acting
        for path, action in actions_due(by_plan[row.plan_id].to_plan(), today)
    ]
    return render(
        request,
        "dashboards/my_work.html",
        {
            "today": format_short_date(today),
            "week_end": format_short_date(week_end(today)),
            "actions": presenting.actions_table(actions, today) if actions else None,
            "attention": presenting.plans_table(
                "Plans with something late or due this week", attention, today
            )
            if attention
            else None,
            "with_errors": presenting.plans_table("Plans with errors", with_errors, today)
            if with_errors
            else None,
            "counts": {
                "actions": len(actions),
                "attention": len(attention),
                "with_errors": len(with_errors),
            },
            "attention_rows": attention,
            "error_rows": with_errors,
            "as_of": presenting.as_of([*attention, *with_errors], today),
        },
    )
