"""Recording a review meeting from the plan page, and its minutes.

The review form is one page: the meeting and who came, the plan walked outcome by outcome,
and what was decided. Saving it goes through ``saving.save_review`` (one new version of the
plan). The next review date defaults to what the timescales engine works out for this plan
once this meeting is on it (``childplan.reviews.deadlines``); "Work out the next review
date" fills it in for the kind and date entered, without JavaScript.

The minutes page drafts the minutes from the record (``childplan.reviews.minutes``), keeps
the edited text, records who approved it, and the date it was sent, which also goes on the
meeting's event so the timescales see the 5 working days met.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone

from childplan.plan.dates import DateError, format_date, format_short_date, parse_date
from childplan.reviews.deadlines import NextReview, minutes_standing, next_review_after
from childplan.reviews.meeting import REVIEW_KINDS
from childplan.reviews.minutes import draft_minutes, meeting_title
from childplan.web.access import may_change, plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.plans.checking import checker
from childplan.web.plans.formfields import DayField
from childplan.web.plans.models import Event, Plan
from childplan.web.plans.versions import add_to_plan
from childplan.web.plans.views import banner
from childplan.web.reviews.forms import OutcomeItem, ReviewForm, describe
from childplan.web.reviews.models import ReviewMeeting
from childplan.web.reviews.records import meeting_from_records
from childplan.web.reviews.saving import save_review

LOG = logging.getLogger(__name__)


def live_outcomes(plan: Plan) -> list[OutcomeItem]:
    """The outcomes still on the plan (not achieved), numbered in the plan's order."""
    items: list[OutcomeItem] = []
    for need in plan.needs.all():
        for outcome in need.outcomes.all():
            if outcome.achieved is None:
                number = len(items) + 1
                actions = tuple(
                    (f"{number}.{a}", action)
                    for a, action in enumerate(outcome.actions.all(), start=1)
                )
                items.append(OutcomeItem(number, outcome, actions))
    return items


def _limit(plan: Plan, kind: object, day: object) -> NextReview | None:
    if kind not in REVIEW_KINDS or not isinstance(day, dt.date):
        return None
    settings = checker().config.timescales
    return next_review_after(plan.to_plan(), kind, day, settings)


@login_required
def record_review_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    """Record a review meeting of the plan."""
    plan = plan_for_user(request, plan_id, write=True)
    today = timezone.localdate()
    people, outcomes = list(plan.child.people.all()), live_outcomes(plan)
    options: dict[str, Any] = {
        "child": plan.child.name.split()[0],
        "people": people,
        "outcomes": outcomes,
    }
    if request.method != "POST":
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        kind = checker().config.timescales.ruleset().review_kind(plan.type)
        initial = _initial(plan, people, outcomes, kind, today)
        form = ReviewForm(initial=initial, **options)
        return _page(request, plan, form, _limit(plan, kind, today))
    if "calculate" in request.POST:
        return _calculate(request, plan, options, today)
    form = ReviewForm(request.POST, **options)
    if not form.is_valid():
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        data = form.cleaned_data
        return _page(request, plan, form, _limit(plan, data.get("kind"), data.get("date")))
    data = form.cleaned_data
    limit = _limit(plan, data["kind"], data["date"])
    meeting = save_review(request, plan, data, people, outcomes, limit)
    if meeting is None:
        LOG.info("plan %s: review from an old version refused", plan.pk)
        return _conflict(request, plan.pk, options, today, limit)
    LOG.info("plan %s: review meeting %s recorded by user %s", plan.pk, meeting.pk, request.user.pk)
    messages.success(request, f"{meeting_title(meeting.kind, meeting.date)} recorded")
    return redirect("reviews:minutes", plan_id=plan.pk, review_id=meeting.pk)


def _initial(
    plan: Plan, people: list[Any], outcomes: list[OutcomeItem], kind: str | None, today: dt.date
) -> dict[str, object]:
    """The form as the plan stands: the child's people invited as recorded, the actions'
    statuses as they are, outcomes still relevant and not yet achieved."""
    initial: dict[str, object] = {
        "version": plan.version,
        "kind": kind,
        "date": format_short_date(today),
    }
    for person in people:
        key = f"p{person.pk}"
        initial[f"{key}_invited"] = "no" if person.invited is False else "yes"
        initial[f"{key}_not_invited_reason"] = person.not_invited_reason
        if person.interpreter:
            initial[f"{key}_interpreter"] = "yes"
        if person.advocate:
            initial[f"{key}_advocate"] = "yes"
    for item in outcomes:
        initial[f"o{item.outcome.pk}_relevant"] = "yes"
        initial[f"o{item.outcome.pk}_achieved"] = "no"
        for _, action in item.actions:
            initial[f"a{action.pk}_status"] = action.status
    return initial


def _calculate(
    request: HttpRequest, plan: Plan, options: dict[str, Any], today: dt.date
) -> HttpResponse:
    """Fill in the next review date for the kind and date entered; nothing is checked or
    saved yet (the answers so far are kept as they are)."""
    values: dict[str, object] = {**request.POST.dict()}
    try:
        day: dt.date | None = parse_date(str(values.get("date", "")).strip())
    except DateError:
        day = None
    limit = _limit(plan, values.get("kind"), day)
    if limit is not None:
        values["next_review"] = format_short_date(limit.date)
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    return _page(request, plan, ReviewForm(initial=values, **options), limit)


def _conflict(
    request: HttpRequest,
    plan_id: int,
    options: dict[str, Any],
    today: dt.date,
    limit: NextReview | None,
) -> HttpResponse:
    """Someone saved the plan since the form was opened: keep the answers, take the new
    version, and ask for a second save."""
    plan = Plan.objects.with_contents().get(pk=plan_id)
    form = ReviewForm({**request.POST.dict(), "version": str(plan.version)}, **options)
    form.is_valid()
    form.add_error(
        None,
        "The plan was saved by someone else while you were recording the review. "
        "Check your answers against the plan and save again.",
    )
    return _page(request, plan, form, limit)


def _page(
    request: HttpRequest, plan: Plan, form: ReviewForm, limit: NextReview | None
) -> HttpResponse:
    hint = (
        f"Leave empty for {format_date(limit.date)}, the latest the timescales allow. "
        f"{limit.reason}"
        if limit is not None
        else "No timescale sets the next review of this plan: enter the date agreed."
    )
    form.fields["next_review"].help_text = hint
    context = {
        "plan": plan,
        "child": plan.child,
        "form": form,
        "people": [
            (person, describe(person), [form[name] for name in form.person_fields[person.pk]])
            for person in form.people
        ],
        "outcomes": [
            (
                item,
                [form[name] for name in form.outcome_fields[item.outcome.pk]],
                [
                    (number, action, [form[n] for n in form.action_fields[action.pk]])
                    for number, action in item.actions
                ],
            )
            for item in form.outcomes
        ],
    }
    return render(request, "reviews/record.html", context)


# --- the minutes ---------------------------------------------------------------------------


class MinutesForm(forms.Form):
    minutes = forms.CharField(
        label="Minutes",
        widget=forms.Textarea(attrs={"rows": 30}),
        error_messages={"required": "Enter the minutes"},
    )


class SentForm(forms.Form):
    sent = DayField(
        label="Date the minutes were sent",
        past=True,
        help_text="For example, 7 December 2026 or 7/12/2026",
        error_messages={"required": "Enter the date the minutes were sent"},
    )

    def __init__(self, *args: Any, meeting: ReviewMeeting, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.meeting = meeting

    def clean_sent(self) -> dt.date:
        day: dt.date = self.cleaned_data["sent"]
        if day < self.meeting.date:
            raise forms.ValidationError("The minutes cannot be sent before the meeting")
        if self.meeting.minutes_approved_at is None:
            raise forms.ValidationError("Approve the minutes before recording the date sent")
        return day


@login_required
def minutes_page(request: HttpRequest, plan_id: int, review_id: int) -> HttpResponse:
    """The draft minutes of a review meeting: edit, approve, record the date sent."""
    plan = plan_for_user(request, plan_id, write=request.method == "POST")
    meeting = get_object_or_404(
        ReviewMeeting.objects.select_related("minutes_approved_by", "recorded_by").prefetch_related(
            "attendance", "outcome_reviews__action_reviews"
        ),
        pk=review_id,
        plan=plan,
    )
    today = timezone.localdate()
    minutes = MinutesForm(initial={"minutes": meeting.minutes_text or _draft(plan, meeting)})
    sent = SentForm(meeting=meeting, initial={"sent": format_short_date(today)})
    action = request.POST.get("action")
    if request.method == "POST" and action in ("save", "approve"):
        minutes = MinutesForm(request.POST)
        if minutes.is_valid():
            _keep_minutes(request, plan, meeting, minutes.cleaned_data["minutes"], action)
            return redirect(request.path)
    elif request.method == "POST" and action == "sent":
        sent = SentForm(request.POST, meeting=meeting)
        if sent.is_valid():
            _record_sent(request, plan, meeting, sent.cleaned_data["sent"])
            return redirect(request.path)
    record(request, AuditEntry.Action.VIEW, plan.child, meeting)
    title = meeting_title(meeting.kind, meeting.date)
    context = {
        "plan": plan,
        "child": plan.child,
        "meeting": meeting,
        "title": f"{title[0].lower()}{title[1:]}",
        "next_review": format_date(meeting.next_review) if meeting.next_review else None,
        "standing": _standing(plan, meeting, today),
        "minutes_form": minutes,
        "sent_form": sent,
        "can_change": may_change(request.user, plan.child_id),
        "banner": banner(request),
    }
    return render(request, "reviews/minutes.html", context)


def _draft(plan: Plan, meeting: ReviewMeeting) -> str:
    return draft_minutes(plan.child.name, meeting_from_records(meeting)).text()


def _standing(plan: Plan, meeting: ReviewMeeting, today: dt.date) -> str | None:
    events = [event.pk for event in plan.events.all()]
    if meeting.event_id not in events:
        return None
    settings = checker().config.timescales
    found = minutes_standing(plan.to_plan(), events.index(meeting.event_id), settings, today)
    return found.words(today) if found is not None else None


def _keep_minutes(
    request: HttpRequest, plan: Plan, meeting: ReviewMeeting, text: str, action: str
) -> None:
    meeting.minutes_text = text.strip()
    if action == "approve":
        meeting.minutes_approved_by = request.user  # type: ignore[assignment]
        meeting.minutes_approved_at = timezone.now()
    else:  # a changed draft needs approving again
        meeting.minutes_approved_by = meeting.minutes_approved_at = None
    meeting.save(update_fields=["minutes_text", "minutes_approved_by", "minutes_approved_at"])
    record(request, AuditEntry.Action.CHANGE, plan.child, meeting)
    messages.success(request, "Minutes approved" if action == "approve" else "Draft saved")


def _record_sent(request: HttpRequest, plan: Plan, meeting: ReviewMeeting, day: dt.date) -> None:
    """The date sent, on the meeting and on its event (a new version of the plan)."""

    def apply() -> None:
        ReviewMeeting.objects.filter(pk=meeting.pk).update(minutes_sent=day)
        if meeting.event_id is not None:  # the event is the plan's while it is on it
            Event.objects.filter(pk=meeting.event_id, plan=plan).update(minutes_sent=day)
        record(request, AuditEntry.Action.CHANGE, plan.child, meeting)

    title = meeting_title(meeting.kind, meeting.date)
    change = f"Minutes of the {title[0].lower()}{title[1:]} sent on {format_short_date(day)}"
    add_to_plan(plan.pk, request.user, change, apply)
    messages.success(request, f"Minutes recorded as sent on {format_short_date(day)}")
