"""Monitoring a plan (seed 000: "are the actions being done?" and "is the child's life
better?"): progress on each action, readings of each outcome's indicator, and outcomes
marked achieved.

Anyone who may read the plan sees an action's progress and an outcome's readings and chart;
those who may change it record them. Each record is a change of the plan, made through
``versions.change_plan`` so it is a new version. A progress note or a reading adds to what is
there and does not overwrite anyone's words, so it is saved on top of whatever version is
current rather than refused like a change of text; an action's status is the one the
newest note gives it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Max
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from childplan.plan import model as pure
from childplan.plan.dates import format_short_date
from childplan.plan.indicators import chart
from childplan.plan.model import ACTION_STATUSES
from childplan.web.access import may_change, plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.plans.formfields import DayField
from childplan.web.plans.layout import anchor, timescale_words
from childplan.web.plans.models import Action, Measurement, Outcome, Plan, ProgressNote
from childplan.web.plans.parts import ACTION, OUTCOME, Located
from childplan.web.plans.versions import add_to_plan

LOG = logging.getLogger(__name__)

STATUS_NAMES = {
    "not_started": "Not started",
    "in_progress": "In progress",
    "done": "Done",
    "not_done": "Not done",
}


class ProgressForm(forms.Form):
    status = forms.ChoiceField(
        label="Where has this action got to?",
        choices=[(status, STATUS_NAMES[status]) for status in ACTION_STATUSES],
        widget=forms.RadioSelect,
        error_messages={"required": "Select where the action has got to"},
    )
    date = DayField(label="Date", past=True, error_messages={"required": "Enter the date"})
    note = forms.CharField(
        label="What has been done?",
        help_text="If it has not been done, say why.",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Enter what has been done, or why it has not"},
    )
    evidence = forms.CharField(
        label="What shows it? (optional)",
        help_text="For example: the school’s attendance record, the GP’s letter.",
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class ReadingForm(forms.Form):
    date = DayField(
        label="Date of the reading",
        past=True,
        error_messages={"required": "Enter the date of the reading"},
    )
    value = forms.CharField(
        label="Reading",
        help_text="As the indicator is measured: for example 84%, or 6 out of 10.",
        max_length=200,
        error_messages={"required": "Enter the reading"},
    )
    note = forms.CharField(
        label="Note (optional)", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class AchievedForm(forms.Form):
    achieved = DayField(
        label="Date achieved",
        past=True,
        error_messages={"required": "Enter the date it was achieved"},
    )


@login_required
def action_progress_page(request: HttpRequest, plan_id: int, action_id: int) -> HttpResponse:
    """An action's progress notes, and a form to record the latest."""
    posting = request.method == "POST"
    plan = plan_for_user(request, plan_id, write=posting)
    place = ACTION.locate(plan, action_id)
    action: Action = place.record
    form = ProgressForm(
        request.POST if posting else None,
        initial={"status": action.status, "date": format_short_date(timezone.localdate())},
    )
    if posting and form.is_valid():
        data = form.cleaned_data

        def apply() -> None:
            ProgressNote.objects.create(
                action=action,
                position=_next_position(action.progress.all()),
                date=data["date"],
                note=data["note"].strip(),
                evidence=data["evidence"].strip(),
                status=data["status"],
            )
            Action.objects.filter(pk=action.pk).update(status=data["status"])
            record(request, AuditEntry.Action.CHANGE, plan.child, action)

        _save(request, plan, f"Progress on action {place.number} recorded", apply)
        messages.success(request, "Progress recorded")
        return redirect(f"{reverse('plans:plan', args=[plan.pk])}#{anchor(place.path)}")
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    context = {
        "plan": plan,
        "child": plan.child,
        "place": place,
        "status": STATUS_NAMES.get(action.status, action.status),
        "when": timescale_words(action.when_text, action.when_date),
        "notes": [
            (note, STATUS_NAMES.get(note.status, ""))
            for note in reversed(list(action.progress.all()))
        ],
        "form": form,
        "can_change": may_change(request.user, plan.child_id),
    }
    return render(request, "plans/action_progress.html", context)


@login_required
def outcome_progress_page(request: HttpRequest, plan_id: int, outcome_id: int) -> HttpResponse:
    """An outcome's readings and chart against its target; forms to add a reading and to
    mark the outcome achieved (or put it back on the plan)."""
    posting = request.method == "POST"
    plan = plan_for_user(request, plan_id, write=posting)
    place = OUTCOME.locate(plan, outcome_id)
    outcome: Outcome = place.record
    chosen = request.POST.get("save", "") if posting else ""
    today = format_short_date(timezone.localdate())
    reading = ReadingForm(
        request.POST if chosen == "reading" else None,
        prefix="reading",
        initial={"date": today},
    )
    achieved = AchievedForm(
        request.POST if chosen == "achieved" else None,
        prefix="achieved",
        initial={"achieved": today},
    )
    if posting:
        saved = _save_outcome(request, plan, place, reading, achieved)
        if saved is not None:
            messages.success(request, saved)
            return redirect(reverse("plans:outcome_progress", args=[plan.pk, outcome.pk]))
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    readings = list(outcome.measurements.all())
    drawn = chart(
        tuple(pure.Measurement(m.date, m.value, m.note or None) for m in readings),
        outcome.target or None,
        outcome.indicator or None,
    )
    context = {
        "plan": plan,
        "child": plan.child,
        "place": place,
        "chart": drawn,
        "by": timescale_words(outcome.by_text, outcome.by_date),
        "readings": readings,
        "reading_form": reading,
        "achieved_form": achieved,
        "can_change": may_change(request.user, plan.child_id),
    }
    return render(request, "plans/outcome_progress.html", context)


def _save_outcome(
    request: HttpRequest, plan: Plan, place: Located, reading: ReadingForm, achieved: AchievedForm
) -> str | None:
    """Save what the form posted; the banner's words, or None when the form has errors."""
    outcome: Outcome = place.record
    if request.POST.get("save") == "back":

        def put_back() -> None:
            Outcome.objects.filter(pk=outcome.pk).update(achieved=None)
            record(request, AuditEntry.Action.CHANGE, plan.child, outcome)

        _save(request, plan, f"Outcome {place.number} back on the plan", put_back)
        return "Outcome put back on the plan"
    if achieved.is_bound and achieved.is_valid():
        day = achieved.cleaned_data["achieved"]

        def mark() -> None:
            Outcome.objects.filter(pk=outcome.pk).update(achieved=day)
            record(request, AuditEntry.Action.CHANGE, plan.child, outcome)

        _save(request, plan, f"Outcome {place.number} achieved", mark)
        return "Outcome marked achieved"
    if reading.is_bound and reading.is_valid():
        data = reading.cleaned_data

        def add() -> None:
            Measurement.objects.create(
                outcome=outcome,
                date=data["date"],
                value=data["value"].strip(),
                note=data["note"].strip(),
            )
            _in_date_order(outcome)
            record(request, AuditEntry.Action.CHANGE, plan.child, outcome)

        _save(request, plan, f"Reading of outcome {place.number} recorded", add)
        return "Reading recorded"
    return None


def _save(request: HttpRequest, plan: Plan, change: str, apply: Callable[[], object]) -> None:
    add_to_plan(plan.pk, request.user, change, apply)
    LOG.info("plan %s: %s by user %s", plan.pk, change, request.user.pk)


def _next_position(records: Any) -> int:
    highest = records.aggregate(Max("position"))["position__max"]
    return 0 if highest is None else highest + 1


def _in_date_order(outcome: Outcome) -> None:
    """Readings are kept oldest first, as the plan file lists them."""
    ordered = list(Measurement.objects.filter(outcome=outcome).order_by("date", "id"))
    for position, measurement in enumerate(ordered):
        measurement.position = position
    Measurement.objects.bulk_update(ordered, ["position"])
