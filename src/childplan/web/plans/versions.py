"""Every save of a plan keeps a version, and no save is lost to another.

A form carries the plan's ``version`` as it was when the page was opened. ``change_plan``
moves the version on with a conditional update (``UPDATE ... WHERE version = loaded``) and
applies the change in the same transaction; when someone else saved the plan in between,
no row matches, nothing is saved, and the caller shows the user their words again beside
what is saved now. After each save the whole plan is kept as a ``PlanVersion`` (the plan
file as YAML), which the history and compare pages read.

Every view that changes a plan calls ``change_plan`` (or ``add_to_plan`` for an addition
that cannot overwrite anyone's words); making a plan (importing a file,
the demo caseload) calls ``keep_version`` for its first version.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from childplan.plan.fileformat import dumps_plan
from childplan.web.dashboards.summaries import refresh_plan
from childplan.web.plans.models import Plan, PlanVersion


def keep_version(plan_id: int, user: Any, change: str) -> PlanVersion:
    """Keep the plan as it is now saved as its current version."""
    plan = Plan.objects.with_contents().get(pk=plan_id)
    refresh_plan(plan, timezone.localdate())  # the dashboards' summary of the plan
    return PlanVersion.objects.create(
        plan=plan,
        number=plan.version,
        saved_by=user,
        change=change[:200],
        content=dumps_plan(plan.to_plan()),
        status=plan.status,
    )


def change_plan(
    plan_id: int, loaded_version: int, user: Any, change: str, apply: Callable[[], object]
) -> bool:
    """Apply a change made to the plan as it was at ``loaded_version``, and keep the new
    version. False, with nothing saved, when the plan has been saved since."""
    with transaction.atomic():
        moved = Plan.objects.filter(pk=plan_id, version=loaded_version).update(
            version=F("version") + 1, updated=timezone.now()
        )
        if not moved:
            return False
        apply()
        keep_version(plan_id, user, change)
    return True


def add_to_plan(plan_id: int, user: Any, change: str, apply: Callable[[], object]) -> None:
    """Apply an addition (a progress note, a reading, a key date, minutes sent) on top of
    whichever version is current: it overwrites nobody's words, so it is not refused as a
    stale change would be; another save slipping in between is simply tried again."""
    for _ in range(5):
        version = Plan.objects.values_list("version", flat=True).get(pk=plan_id)
        if change_plan(plan_id, version, user, change, apply):
            return
    raise RuntimeError(f"plan {plan_id} kept changing while saving")
