"""Between the review meeting's rows and ``childplan.reviews.meeting`` (the pure records
the minutes are drafted from)."""

from __future__ import annotations

from typing import cast

from childplan.plan import model as pure_plan
from childplan.reviews import meeting as pure
from childplan.web.reviews.models import ActionReview, Attendance, OutcomeReview, ReviewMeeting


def meeting_from_records(meeting: ReviewMeeting) -> pure.ReviewMeeting:
    return pure.ReviewMeeting(
        kind=cast(pure_plan.EventKind, meeting.kind),
        date=meeting.date,
        chair=meeting.chair,
        note_taker=meeting.note_taker,
        child_participation=cast(pure.Participation, meeting.child_participation),
        childs_views=meeting.childs_views or None,
        attendance=tuple(_attendance(a) for a in meeting.attendance.all()),
        outcomes=tuple(_outcome(o) for o in meeting.outcome_reviews.all()),
        what_worked=meeting.what_worked or None,
        what_did_not=meeting.what_did_not or None,
        unplanned_outcomes=meeting.unplanned_outcomes or None,
        contingency_holds=meeting.contingency_holds,
        contingency_note=meeting.contingency_note or None,
        disagreements=meeting.disagreements or None,
        disagreement_action=meeting.disagreement_action or None,
        decisions=meeting.decisions,
        next_review=meeting.next_review,
        next_review_reason=meeting.next_review_reason or None,
    )


def _attendance(row: Attendance) -> pure.Attendance:
    return pure.Attendance(
        name=row.name,
        description=row.description,
        invited=row.invited,
        not_invited_reason=row.not_invited_reason or None,
        presence=cast(pure.Presence, row.presence) if row.presence else None,
        written_views=row.written_views or None,
        interpreter_arranged=row.interpreter_arranged,
        advocate_arranged=row.advocate_arranged,
        support_note=row.support_note or None,
    )


def _outcome(row: OutcomeReview) -> pure.OutcomeReview:
    return pure.OutcomeReview(
        outcome=row.outcome_text,
        progress=row.progress,
        evidence=row.evidence or None,
        reading=row.reading or None,
        indicator=row.indicator or None,
        target=row.target or None,
        still_relevant=row.still_relevant,
        achieved=row.achieved,
        actions=tuple(_action(a) for a in row.action_reviews.all()),
    )


def _action(row: ActionReview) -> pure.ActionReview:
    return pure.ActionReview(
        action=row.action_text,
        who=row.who or None,
        when=row.when_text or None,
        feedback=row.feedback or None,
        status=cast(pure_plan.ActionStatus, row.status),
        why_not_done=row.why_not_done or None,
    )
