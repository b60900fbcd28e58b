"""Saving a review meeting: one ``change_plan``, so the meeting, its event on the plan's key
dates, the actions' new statuses, achieved outcomes, the plan's date and its next review are
all saved together as a new version of the plan, or nothing is (someone saved the plan
since the form was opened)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Max
from django.http import HttpRequest

from childplan.reviews.deadlines import NextReview
from childplan.reviews.minutes import meeting_title
from childplan.web.accounts.models import User
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.children.models import Person
from childplan.web.plans.models import Action, Measurement, Outcome, Plan, ProgressNote
from childplan.web.plans.timeline import add_event
from childplan.web.plans.versions import change_plan
from childplan.web.reviews.forms import OutcomeItem, describe
from childplan.web.reviews.models import ActionReview, Attendance, OutcomeReview, ReviewMeeting


def next_review_choice(
    chosen: dt.date | None, limit: NextReview | None
) -> tuple[dt.date | None, str]:
    """The next review date and the reason kept with it: the timescales' date when none
    was chosen, else the meeting's own, said against the limit."""
    if chosen is None:
        return (limit.date, limit.reason) if limit else (None, "")
    if limit is None or chosen == limit.date:
        return chosen, limit.reason if limit else "Agreed at the meeting."
    side = "earlier than" if chosen < limit.date else "LATER than"
    return chosen, f"Agreed at the meeting, {side} the timescales allow. {limit.reason}"


def save_review(
    request: HttpRequest,
    plan: Plan,
    data: dict[str, Any],
    people: list[Person],
    outcomes: list[OutcomeItem],
    limit: NextReview | None,
) -> ReviewMeeting | None:
    """The meeting as saved, or None when the plan was saved by someone else first."""
    day: dt.date = data["date"]
    next_review, reason = next_review_choice(data["next_review"], limit)
    saved: list[ReviewMeeting] = []
    user = request.user
    assert isinstance(user, User)  # signed in: login_required

    def apply() -> None:
        event = add_event(
            plan, data["kind"], day, contingency_reviewed=data["contingency"] != "not_discussed"
        )
        meeting = ReviewMeeting.objects.create(
            plan=plan,
            event=event,
            kind=data["kind"],
            date=day,
            chair=data["chair"].strip(),
            note_taker=data["note_taker"].strip(),
            child_participation=data["child_participation"],
            childs_views=data["childs_views"].strip(),
            what_worked=data["what_worked"].strip(),
            what_did_not=data["what_did_not"].strip(),
            unplanned_outcomes=data["unplanned_outcomes"].strip(),
            contingency_holds={"holds": True, "change": False}.get(data["contingency"]),
            contingency_note=data["contingency_note"].strip(),
            disagreements=data["disagreements"].strip(),
            disagreement_action=data["disagreement_action"].strip(),
            decisions=data["decisions"].strip(),
            next_review=next_review,
            next_review_reason=reason,
            recorded_by=user,
        )
        Attendance.objects.bulk_create(
            _attendance(meeting, n, person, data) for n, person in enumerate(people)
        )
        for n, item in enumerate(outcomes):
            _review_outcome(meeting, n, item, data)
        Plan.objects.filter(pk=plan.pk).update(date=day, next_review=next_review)
        record(request, AuditEntry.Action.CREATE, plan.child, meeting)
        saved.append(meeting)

    change = f"{meeting_title(data['kind'], day).replace(' on ', ' held on ', 1)}"
    if not change_plan(plan.pk, data["version"], request.user, change, apply):
        return None
    return saved[0]


def _yes(data: dict[str, Any], name: str) -> bool | None:
    answer = data.get(name)
    return None if not answer else answer == "yes"


def _attendance(
    meeting: ReviewMeeting, position: int, person: Person, data: dict[str, Any]
) -> Attendance:
    key = f"p{person.pk}"
    invited = data[f"{key}_invited"] == "yes"
    return Attendance(
        meeting=meeting,
        person=person,
        position=position,
        name=person.name,
        description=describe(person),
        parental_responsibility=bool(person.parental_responsibility),
        invited=invited,
        not_invited_reason="" if invited else data[f"{key}_not_invited_reason"].strip(),
        presence=data[f"{key}_presence"] if invited else "",
        written_views=data[f"{key}_written_views"].strip(),
        interpreter_arranged=_yes(data, f"{key}_interpreter"),
        advocate_arranged=_yes(data, f"{key}_advocate"),
        support_note=data.get(f"{key}_support_note", "").strip(),
    )


def _review_outcome(
    meeting: ReviewMeeting, position: int, item: OutcomeItem, data: dict[str, Any]
) -> None:
    key = f"o{item.outcome.pk}"
    achieved = data[f"{key}_achieved"] == "yes"
    review = OutcomeReview.objects.create(
        meeting=meeting,
        outcome=item.outcome,
        position=position,
        outcome_text=item.outcome.outcome,
        progress=data[f"{key}_progress"].strip(),
        evidence=data[f"{key}_evidence"].strip(),
        indicator=item.outcome.indicator,
        target=item.outcome.target,
        reading=data.get(f"{key}_reading", "").strip(),
        still_relevant=data[f"{key}_relevant"] == "yes",
        achieved=achieved,
    )
    if review.reading:  # the indicator over time: drift is read across reviews
        last = Measurement.objects.filter(outcome=item.outcome).aggregate(last=Max("position"))
        Measurement.objects.create(
            outcome=item.outcome,
            position=0 if last["last"] is None else last["last"] + 1,
            date=meeting.date,
            value=review.reading,
            note=meeting_title(meeting.kind, meeting.date),
        )
    if achieved:  # off the live plan from the meeting's day (seed 003)
        Outcome.objects.filter(pk=item.outcome.pk).update(achieved=meeting.date)
    for n, (_, action) in enumerate(item.actions):
        _review_action(meeting, review, n, action, data)


def _review_action(
    meeting: ReviewMeeting,
    review: OutcomeReview,
    position: int,
    action: Action,
    data: dict[str, Any],
) -> None:
    key = f"a{action.pk}"
    status, feedback = data[f"{key}_status"], data[f"{key}_feedback"].strip()
    why = data[f"{key}_why"].strip() if status == "not_done" else ""
    ActionReview.objects.create(
        outcome_review=review,
        action=action,
        position=position,
        action_text=action.action,
        who=action.who,
        when_text=action.when_text,
        feedback=feedback,
        status=status,
        why_not_done=why,
    )
    Action.objects.filter(pk=action.pk).update(status=status)
    if feedback or why:  # the action's progress notes: monitoring sees the review too
        last = ProgressNote.objects.filter(action=action).aggregate(last=Max("position"))["last"]
        ProgressNote.objects.create(
            action=action,
            position=0 if last is None else last + 1,
            date=meeting.date,
            note=" ".join(part for part in (feedback, why) if part),
            status=status,
        )
