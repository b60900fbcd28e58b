"""Management oversight of a plan: a manager records whether the plan still meets the
child's needs and what the case needs next (seed 004, "Longer term considerations").

Team managers and senior managers who may see the plan record it; anyone else who may see
the plan reads it on the plan page. A senior manager's review of a Child in Need plan open
over 9 months is a kind of oversight, and is also put on the plan's key dates as a
``senior_manager_review``, through ``versions.change_plan`` (so it is a new version), where
the timescales and the ``cin-long-running`` rule find it.
"""

from __future__ import annotations

import logging
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from childplan.plan.dates import format_short_date
from childplan.web.access import plan_for_user
from childplan.web.accounts.models import Role, User
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.plans.formfields import DayField
from childplan.web.plans.models import ManagementOversight, Plan
from childplan.web.plans.timeline import add_event
from childplan.web.plans.versions import add_to_plan

LOG = logging.getLogger(__name__)
Kind = ManagementOversight.Kind

# The kinds of oversight each role records.
KINDS_BY_ROLE: dict[str, tuple[str, ...]] = {
    Role.TEAM_MANAGER: (Kind.SUPERVISION,),
    Role.SENIOR_MANAGER: (Kind.SENIOR_MANAGER_REVIEW, Kind.SUPERVISION),
}
YES_NO = (("yes", "Yes"), ("no", "No"))


def kinds_for(user: Any) -> tuple[str, ...]:
    """The kinds of oversight this user records (none for anyone but managers)."""
    return KINDS_BY_ROLE.get(getattr(user, "role", ""), ())


class OversightForm(forms.Form):
    kind = forms.ChoiceField(
        label="What is this?",
        widget=forms.RadioSelect,
        error_messages={"required": "Select what kind of oversight this is"},
    )
    date = DayField(
        label="Date of the oversight",
        past=True,
        error_messages={"required": "Enter the date of the oversight"},
    )
    remains_appropriate = forms.ChoiceField(
        label="Does the plan still meet the child’s needs?",
        choices=YES_NO,
        widget=forms.RadioSelect,
        error_messages={"required": "Select yes if the plan still meets the child’s needs"},
    )
    decision = forms.CharField(
        label="What did you decide, and why?",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter what you decided and why"},
    )
    actions = forms.CharField(
        label="Actions the case needs (optional)",
        help_text="Who will do what, by when. For example: Priya to book the review for "
        "the week of 14 December 2026.",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args: Any, kinds: tuple[str, ...], child: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Ask about the child by name, as a manager would.
        question = self.fields["remains_appropriate"]
        question.label = f"Does the plan still meet {child}’s needs?"
        question.error_messages["required"] = f"Select yes if the plan still meets {child}’s needs"
        kind = self.fields["kind"]
        assert isinstance(kind, forms.ChoiceField)
        kind.choices = [(value, Kind(value).label) for value in kinds]
        if len(kinds) == 1:  # nothing to choose: not asked
            kind.widget = forms.HiddenInput()
            kind.initial = kinds[0]

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if isinstance(self.fields["kind"].widget, forms.HiddenInput) and "kind" in self.errors:
            # A hidden field's error would show nowhere: say it for the whole form.
            del self.errors["kind"]
            self.add_error(None, "You can record team manager oversight only")
        return cleaned


@login_required
def record_oversight_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    """Record a manager's oversight of the plan."""
    plan = plan_for_user(request, plan_id)
    kinds = kinds_for(request.user)
    if not kinds:
        raise PermissionDenied("Only managers record management oversight.")
    today = timezone.localdate()
    first = plan.child.name.split()[0]
    if request.method != "POST":
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        form = OversightForm(kinds=kinds, child=first, initial={"date": format_short_date(today)})
        return _page(request, plan, form)
    form = OversightForm(request.POST, kinds=kinds, child=first)
    if not form.is_valid():
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        return _page(request, plan, form)
    _save(request, plan, form.cleaned_data)
    messages.success(request, f"{Kind(form.cleaned_data['kind']).label} recorded")
    return redirect(f"{reverse('plans:plan', args=[plan.pk])}#oversight")


def _save(request: HttpRequest, plan: Plan, data: dict[str, Any]) -> None:
    user = request.user
    assert isinstance(user, User)  # signed in: login_required

    def apply() -> None:
        entry = ManagementOversight.objects.create(
            plan=plan,
            kind=data["kind"],
            date=data["date"],
            recorded_by=user,
            plan_remains_appropriate=data["remains_appropriate"] == "yes",
            decision=data["decision"].strip(),
            actions=data["actions"].strip(),
        )
        record(request, AuditEntry.Action.CREATE, plan.child, entry)
        if data["kind"] == Kind.SENIOR_MANAGER_REVIEW:
            add_event(plan, "senior_manager_review", data["date"])

    if data["kind"] != Kind.SENIOR_MANAGER_REVIEW:  # not part of the plan: no new version
        with transaction.atomic():
            apply()
    else:
        change = f"Senior manager review on {format_short_date(data['date'])} recorded"
        add_to_plan(plan.pk, user, change, apply)
    LOG.info("oversight of plan %s recorded by user %s", plan.pk, user.pk)


def _page(request: HttpRequest, plan: Plan, form: OversightForm) -> HttpResponse:
    context = {"plan": plan, "child": plan.child, "form": form}
    return render(request, "plans/oversight.html", context)
