"""Keeping each plan's summary up to date, so that a dashboard is a query, not a check of
every plan.

* Every save of a plan (``plans.versions.keep_version``, which also runs when a plan is
  made) refreshes its summary for today.
* A dashboard first refreshes the summaries of the plans it is about to list whose dates
  may have moved: none yet, made from an older version of the plan (a change that did not
  go through ``keep_version``), past their ``stale_on`` (a booked meeting's day has come),
  or made for a later day than today. After a night's refresh these are the few plans with a
  meeting today, so the page stays a handful of queries.
* ``python -m django refresh_summaries`` (each night, from the scheduler) works out again
  every summary made before today, so the checker's counts and drift, which can change
  with the day alone (an action's date passing), are at most a day old; the pages show the
  day they are from.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from django.db.models import F, Q, QuerySet

from childplan.dashboards.summary import COLUMNS, Summary, summarise
from childplan.web.dashboards.models import PlanSummary
from childplan.web.plans import checking
from childplan.web.plans.models import Plan

CHUNK = 500  # plans read and checked at a time: bounded memory, few queries
UPDATED = [
    "plan_version",
    "computed_on",
    "stale_on",
    "next_due",
    *(f"{column}_due" for column in COLUMNS),
    "nine_months_on",
    "action_due",
    "drift",
    "drift_path",
    "errors",
    "warnings",
    "dues",
]


def refresh(plans: Iterable[Plan], today: dt.date) -> int:
    """Work out and save the summaries of these plans (read ``with_contents``)."""
    checker = checking.checker()
    rows = [_row(plan, summarise(plan.to_plan(), checker, today)) for plan in plans]
    PlanSummary.objects.bulk_create(
        rows, update_conflicts=True, unique_fields=["plan"], update_fields=UPDATED
    )
    return len(rows)


def refresh_plan(plan: Plan, today: dt.date) -> None:
    """After a save: the one plan, as read by ``keep_version``."""
    refresh([plan], today)


def bring_up_to_date(plans: QuerySet[Plan], today: dt.date) -> int:
    """Refresh the summaries of these plans whose dates may have moved; how many."""
    stale = plans.filter(
        Q(summary__isnull=True)
        | ~Q(summary__plan_version=F("version"))
        | Q(summary__stale_on__lte=today)
        | Q(summary__computed_on__gt=today)
    )
    return refresh_ids(list(stale.values_list("pk", flat=True)), today)


def refresh_older(plans: QuerySet[Plan], today: dt.date) -> int:
    """The nightly refresh: every summary of these plans not yet made for today."""
    older = plans.filter(Q(summary__isnull=True) | Q(summary__computed_on__lt=today))
    return refresh_ids(list(older.values_list("pk", flat=True)), today) + bring_up_to_date(
        plans, today
    )


def summaries_for_today(plan_ids: list[int], today: dt.date) -> dict[int, PlanSummary]:
    """The summaries of these plans, each worked out for today (refreshed first where it
    was not, or may have moved): exact counts for a page that shows few plans."""
    refresh_older(Plan.objects.filter(pk__in=plan_ids), today)
    return {row.plan_id: row for row in PlanSummary.objects.filter(plan_id__in=plan_ids)}


def refresh_ids(ids: list[int], today: dt.date) -> int:
    done = 0
    for chunk in _chunks(ids):
        done += refresh(Plan.objects.with_contents().filter(pk__in=chunk).order_by(), today)
    return done


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def _row(plan: Plan, summary: Summary) -> PlanSummary:
    dates: dict[str, dt.date | None] = {f"{column}_due": None for column in COLUMNS}
    dates.update({f"{column}_due": due.due for column, due in summary.dues.items()})
    next_due = summary.next_due
    return PlanSummary(
        plan=plan,
        plan_version=plan.version,
        computed_on=summary.computed_on,
        stale_on=summary.stale_on,
        next_due=next_due.due if next_due else None,
        nine_months_on=summary.nine_months_on,
        action_due=summary.action_due,
        drift=summary.drift,
        drift_path=summary.drift_path or "",
        errors=summary.errors,
        warnings=summary.warnings,
        dues={
            column: {
                "title": due.title,
                "reason": due.reason,
                "booked": due.booked.isoformat() if due.booked else None,
            }
            for column, due in summary.dues.items()
        },
        **dates,
    )
