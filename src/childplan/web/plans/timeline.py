"""Putting a meeting or milestone on a plan's key dates, where it belongs in time.

The plan file lists events oldest first (``childplan.plan.events`` refuses anything else),
and the timescales read them in that order, so a new event goes in by its date, after any
other event of the same day, and the positions after it move down one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import F

from childplan.web.plans.models import Event, Plan


def add_event(plan: Plan, kind: str, date: dt.date, **fields: Any) -> Event:
    """A new event of the plan on ``date``, in date order among the plan's events."""
    later = Event.objects.filter(plan=plan, date__gt=date)
    first_later = later.order_by("position").values_list("position", flat=True).first()
    if first_later is None:
        last = Event.objects.filter(plan=plan).order_by("-position").first()
        position = last.position + 1 if last else 0
    else:
        position = first_later
        Event.objects.filter(plan=plan, position__gte=position).update(position=F("position") + 1)
    return Event.objects.create(plan=plan, kind=kind, date=date, position=position, **fields)
