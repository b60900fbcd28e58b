"""Searching the audit log: the filter form and the entries it selects.

The log names children by id; the search joins it to the child's record so that an
administrator can look for a child by name and read names in the results. Dates are UK
dates in the service's time zone, whole days, from and to inclusive.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.db.models import QuerySet
from django.utils import timezone

from childplan.web.accounts.models import User
from childplan.web.audit.models import AuditEntry
from childplan.web.plans.formfields import DayField

ANY_ACTION = ("", "Any action")
DATE_HINT = "For example, 23/11/2026 or 23 November 2026"


class AuditSearchForm(forms.Form):
    user = forms.CharField(
        label="User name", required=False, max_length=150, help_text="Who viewed or changed"
    )
    child = forms.CharField(
        label="Child",
        required=False,
        max_length=200,
        help_text="The child’s record number, or part of their name",
    )
    action = forms.ChoiceField(
        label="Action",
        required=False,
        choices=[ANY_ACTION, *AuditEntry.Action.choices],
        error_messages={"invalid_choice": "Select an action from the list"},
    )
    start = DayField(label="From date", required=False, help_text=DATE_HINT)
    end = DayField(label="To date", required=False, help_text=DATE_HINT)

    def clean_user(self) -> User | None:
        username = self.cleaned_data["user"].strip()
        if not username:
            return None
        user = User.objects.filter(username__iexact=username).first()
        if user is None:
            raise forms.ValidationError(f"There is no user with the user name ‘{username}’")
        return user

    def clean_child(self) -> str:
        return str(self.cleaned_data["child"]).strip()

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        start, end = self.cleaned_data.get("start"), self.cleaned_data.get("end")
        if start and end and end < start:
            self.add_error("end", "To date must be the same as or after the from date")
        return cleaned


def matching(filters: dict[str, Any]) -> QuerySet[AuditEntry]:
    """The entries the form's cleaned data selects, newest first, with the user and child
    each entry names read in the same query."""
    entries = AuditEntry.objects.select_related("user", "child").only(
        *("at", "action", "object_type", "object_id", "path"),
        *("user__username", "user__first_name", "user__last_name", "child__name"),
    )
    if filters.get("user"):
        entries = entries.filter(user=filters["user"])
    child = filters.get("child", "")
    if child.isdigit():
        entries = entries.filter(child_id=int(child))
    elif child:
        entries = entries.filter(child__name__icontains=child)
    if filters.get("action"):
        entries = entries.filter(action=filters["action"])
    if filters.get("start"):
        entries = entries.filter(at__gte=_midnight(filters["start"]))
    if filters.get("end"):  # the whole of the last day
        entries = entries.filter(at__lt=_midnight(filters["end"] + dt.timedelta(days=1)))
    return entries.order_by("-at", "-id")


def _midnight(day: dt.date) -> dt.datetime:
    """The start of the day in the service's time zone (a range the ``at`` index serves)."""
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def described(filters: dict[str, Any]) -> str:
    """The filters for the application log: ids and dates, never a name someone typed."""
    parts = []
    if filters.get("user"):
        parts.append(f"user {filters['user'].pk}")
    child = filters.get("child", "")
    if child:
        parts.append(f"child {child}" if child.isdigit() else "child by name")
    for name in ("action", "start", "end"):
        if filters.get(name):
            parts.append(f"{name} {filters[name]}")
    return ", ".join(parts) or "no filters"
