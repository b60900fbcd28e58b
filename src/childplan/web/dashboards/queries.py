"""The dashboards' queries: which plans, filtered and sorted by the database, and the
figures over them. Whatever the number of plans, each is one query.

"Late" and "due this week" compare the summaries' dates with today exactly as
``childplan.dashboards.summary.standing`` does (late: before today; due: today to the end
of the week), so the figures and the tags on the rows agree; the tests check both against
plans built to be on time, due and late.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Concat
from django.http import QueryDict

from childplan.dashboards.summary import COLUMNS, week_end
from childplan.web.accounts.models import User
from childplan.web.children.models import Allocation, Child
from childplan.web.dashboards.models import PlanSummary
from childplan.web.plans.models import PLAN_TYPE_NAMES, Plan

SHOW = {
    "all": "All plans",
    "late": "Something late",
    "due": "Something due this week",
    "errors": "With errors",
    "drift": "Drifting",
}
SORTS = {  # the sort key of a column -> what the database orders by
    "child": "plan__child__name",
    "type": "plan__type",
    "worker": "worker_name",
    "next": "next_due",
    "review": "review_due",
    "core_group": "core_group_due",
    "minutes": "minutes_due",
    "errors": "errors",
}
PAGE_SIZE = 50


@dataclass(frozen=True)
class Filters:
    """What the GET parameters ask for; anything unknown means the default."""

    show: str = "all"
    plan_type: str = ""
    worker: int | None = None
    sort: str = "next"
    descending: bool = False
    page: int = 1

    @classmethod
    def from_query(cls, query: QueryDict) -> Filters:
        show = query.get("show", "all")
        plan_type = query.get("type", "")
        worker = query.get("worker", "")
        sort = query.get("sort", "next")
        page = query.get("page", "1")
        return cls(
            show=show if show in SHOW else "all",
            plan_type=plan_type if plan_type in PLAN_TYPE_NAMES else "",
            worker=int(worker) if worker.isdigit() else None,
            sort=sort if sort in SORTS else "next",
            descending=query.get("order") == "desc",
            page=int(page) if page.isdigit() and int(page) > 0 else 1,
        )

    def query(self, **changes: Any) -> str:
        """This page's GET parameters, with some changed: ``?show=late&sort=review``."""
        changed = replace(self, **changes)
        params = {
            "show": changed.show if changed.show != "all" else None,
            "type": changed.plan_type or None,
            "worker": changed.worker,
            "sort": changed.sort if changed.sort != "next" else None,
            "order": "desc" if changed.descending else None,
            "page": changed.page if changed.page != 1 else None,
        }
        return "?" + urlencode({key: value for key, value in params.items() if value is not None})


if TYPE_CHECKING:
    _Paginator = Paginator[PlanSummary]
else:
    _Paginator = Paginator  # not subscriptable at run time


class CountedPaginator(_Paginator):
    """A paginator told how many there are (the figures query counts them): one query fewer."""

    def __init__(self, object_list: QuerySet[PlanSummary], count: int) -> None:
        super().__init__(object_list, PAGE_SIZE)
        self.known_count = count

    @property
    def count(self) -> int:
        return self.known_count


def shown_plans(children: QuerySet[Child]) -> QuerySet[Plan]:
    """Each child's plan in force, as on the caseload: the current plan, or the drafts of a
    child who has no current plan."""
    current = Plan.objects.filter(child=OuterRef("child"), status=Plan.Status.CURRENT)
    return Plan.objects.filter(child__in=children).filter(
        Q(status=Plan.Status.CURRENT) | (Q(status=Plan.Status.DRAFT) & ~Exists(current))
    )


def late(column: str, today: dt.date) -> Q:
    return Q(**{f"{column}__lt": today})


def due(column: str, today: dt.date) -> Q:
    return Q(**{f"{column}__gte": today, f"{column}__lte": week_end(today)})


def anything_late(today: dt.date) -> Q:
    return late("next_due", today)  # the earliest of every kind


def anything_due(today: dt.date) -> Q:
    found = Q()
    for column in COLUMNS:
        found |= due(f"{column}_due", today)
    return found


def summaries(plans: QuerySet[Plan], filters: Filters, today: dt.date) -> QuerySet[PlanSummary]:
    """The summaries of these plans that pass the filters, sorted, with the worker's name."""
    found = PlanSummary.objects.filter(plan__in=plans)
    if filters.show == "late":
        found = found.filter(anything_late(today))
    elif filters.show == "due":
        found = found.filter(anything_due(today))
    elif filters.show == "errors":
        found = found.filter(errors__gt=0)
    elif filters.show == "drift":
        found = found.filter(drift__gt=0)
    if filters.plan_type:
        found = found.filter(plan__type=filters.plan_type)
    if filters.worker is not None:
        allocated = Allocation.objects.filter(worker_id=filters.worker, ended__isnull=True)
        found = found.filter(plan__child__in=allocated.values("child_id"))
    if filters.sort == "worker":  # a subquery a row: only when the order needs it
        allocation = Allocation.objects.filter(child=OuterRef("plan__child"), ended__isnull=True)
        found = found.annotate(
            worker_name=Subquery(
                allocation.annotate(
                    name=Concat("worker__first_name", Value(" "), "worker__last_name")
                ).values("name")[:1]
            )
        )
    found = found.select_related("plan", "plan__child")
    field = SORTS[filters.sort]
    order = (
        [_desc(field), "plan__child__name", "pk"]
        if filters.descending
        else [_asc(field), "plan__child__name", "pk"]
    )
    return found.order_by(*order)


def figures(found: QuerySet[PlanSummary], today: dt.date) -> dict[str, int]:
    """How many plans have each thing late or due: one query."""
    counted: dict[str, int] = found.order_by().aggregate(
        plans=Count("pk"),
        late=Count("pk", filter=anything_late(today)),
        due=Count("pk", filter=anything_due(today)),
        reviews_late=Count("pk", filter=late("review_due", today)),
        reviews_due=Count("pk", filter=due("review_due", today)),
        core_groups_late=Count("pk", filter=late("core_group_due", today)),
        core_groups_due=Count("pk", filter=due("core_group_due", today)),
        minutes_late=Count("pk", filter=late("minutes_due", today)),
        over_nine_months=Count("pk", filter=late("nine_months_on", today)),
        interim_expired=Count("pk", filter=late("interim_due", today)),
        actions_late=Count("pk", filter=late("action_due", today)),
        drifting=Count("pk", filter=Q(drift__gt=0)),
        with_errors=Count("pk", filter=Q(errors__gt=0)),
    )
    return counted


def workers_of(rows: list[PlanSummary]) -> dict[int, str]:
    """The name of each row's child's worker, by child: one query for a page of rows."""
    allocations = Allocation.objects.filter(
        child_id__in=[row.plan.child_id for row in rows], ended__isnull=True
    ).select_related("worker")
    return {allocation.child_id: allocation.worker.display_name for allocation in allocations}


def workers(children: QuerySet[Child]) -> list[User]:
    """The workers the children are allocated to, for the filter."""
    allocated = Allocation.objects.filter(child__in=children, ended__isnull=True)
    return list(
        User.objects.filter(pk__in=allocated.values("worker_id")).order_by(
            "first_name", "last_name", "pk"
        )
    )


def _asc(field: str) -> Any:
    return F(field).asc(nulls_last=True)


def _desc(field: str) -> Any:
    return F(field).desc(nulls_last=True)
