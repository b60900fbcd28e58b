"""The draft minutes of a review meeting, drafted from what the meeting recorded.

Seed 004 asks that the actions and notes go to everyone within 5 working days, with who is
doing what by when made clear. The draft is structured sections (a heading, its lines),
which the web page turns into text for the note taker to edit before approving.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from childplan.plan.dates import format_date, format_short_date
from childplan.reviews.meeting import ActionReview, Attendance, OutcomeReview, ReviewMeeting
from childplan.timescales.engine import TITLES

PRESENCE_WORDS = {"attended": "attended", "apologies": "sent apologies", "absent": "did not come"}
STATUS_WORDS = {
    "not_started": "not started",
    "in_progress": "in progress",
    "done": "done",
    "not_done": "not done",
}
PARTICIPATION_WORDS = {
    "attended": "{child} came to the meeting.",
    "views_another_way": "{child} gave their views another way.",
    "none": "{child} did not take part.",
}


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True)
class Minutes:
    title: str
    sections: tuple[Section, ...]

    def text(self) -> str:
        parts = [self.title]
        for section in self.sections:
            parts.append(f"{section.heading}\n" + "\n".join(section.lines))
        return "\n\n".join(parts) + "\n"


def meeting_title(kind: str, day: dt.date) -> str:
    """'Review child protection conference on 3 December 2026'."""
    return f"{TITLES.get(kind, kind.replace('_', ' ').capitalize())} on {format_short_date(day)}"


def draft_minutes(child: str, meeting: ReviewMeeting) -> Minutes:
    """The minutes of ``meeting`` about the child named ``child``."""
    sections = [
        Section(
            "Who was there",
            (
                f"Chair: {meeting.chair}. Notes: {meeting.note_taker}.",
                *(_attendance(person) for person in meeting.attendance),
            ),
        ),
        Section("Written views of those who could not come", _written_views(meeting)),
        Section(f"{child}’s views", _childs_views(child, meeting)),
        Section("The plan, outcome by outcome", _outcomes(meeting.outcomes)),
        Section("What worked and what did not", _worked(meeting)),
        Section("Contingency", (_contingency(meeting),)),
        Section("Decisions", (meeting.decisions,)),
        Section("Disagreements", _disagreements(meeting)),
        Section("Who does what, by when", _who_does_what(meeting.outcomes)),
        Section("Next review", (_next_review(meeting),)),
    ]
    title = f"Minutes: {meeting_title(meeting.kind, meeting.date)}, about {child}"
    return Minutes(title, tuple(s for s in sections if s.lines))


def _attendance(person: Attendance) -> str:
    who = f"{person.name} ({person.description})" if person.description else person.name
    if not person.invited:
        reason = f": {person.not_invited_reason}" if person.not_invited_reason else ""
        return f"- {who}: not invited{reason}"
    line = f"- {who}: {PRESENCE_WORDS.get(person.presence or '', 'invited')}"
    support = [
        f"{what} {'arranged' if arranged else 'not arranged'}"
        for what, arranged in (
            ("interpreter", person.interpreter_arranged),
            ("advocate", person.advocate_arranged),
        )
        if arranged is not None
    ]
    if support:
        line += f"; {', '.join(support)}"
    if person.support_note:
        line += f" ({person.support_note})"
    return line


def _written_views(meeting: ReviewMeeting) -> tuple[str, ...]:
    return tuple(
        f"- {person.name}: {person.written_views}"
        for person in meeting.attendance
        if person.written_views
    )


def _childs_views(child: str, meeting: ReviewMeeting) -> tuple[str, ...]:
    first = PARTICIPATION_WORDS[meeting.child_participation].format(child=child)
    return (first, meeting.childs_views) if meeting.childs_views else (first,)


def _outcomes(outcomes: tuple[OutcomeReview, ...]) -> tuple[str, ...]:
    lines: list[str] = []
    for number, outcome in enumerate(outcomes, start=1):
        lines.append(f"Outcome {number}: {outcome.outcome}")
        lines.append(f"  Progress: {outcome.progress}")
        if outcome.evidence:
            lines.append(f"  Evidence: {outcome.evidence}")
        if outcome.reading:
            target = f" (target {outcome.target})" if outcome.target else ""
            lines.append(f"  {outcome.indicator or 'Indicator'} now: {outcome.reading}{target}")
        if outcome.achieved:
            lines.append("  Achieved: it comes off the plan.")
        elif not outcome.still_relevant:
            lines.append("  No longer relevant.")
        for action in outcome.actions:
            lines.append(f"  - Action: {action.action}")
            lines.append(f"    Where it is now: {_status(action)}")
            if action.feedback:
                lines.append(f"    Feedback: {action.feedback}")
    return tuple(lines)


def _status(action: ActionReview) -> str:
    words = STATUS_WORDS[action.status]
    return f"{words} ({action.why_not_done})" if action.why_not_done else words


def _worked(meeting: ReviewMeeting) -> tuple[str, ...]:
    return tuple(
        f"{label}: {text}"
        for label, text in (
            ("What worked", meeting.what_worked),
            ("What did not work", meeting.what_did_not),
            ("What happened that was not planned", meeting.unplanned_outcomes),
        )
        if text
    )


def _contingency(meeting: ReviewMeeting) -> str:
    if meeting.contingency_holds is None:
        return "The contingency plan was not discussed at this meeting."
    holds = "still holds" if meeting.contingency_holds else "no longer holds"
    note = f" {meeting.contingency_note}" if meeting.contingency_note else ""
    return f"The contingency plan {holds}.{note}"


def _disagreements(meeting: ReviewMeeting) -> tuple[str, ...]:
    if not meeting.disagreements:
        return ("None recorded.",)
    lines = [meeting.disagreements]
    if meeting.disagreement_action:
        lines.append(f"Action proposed: {meeting.disagreement_action}")
    return tuple(lines)


def _who_does_what(outcomes: tuple[OutcomeReview, ...]) -> tuple[str, ...]:
    """Every action still to do, as the plan now has it."""
    return tuple(
        f"- {action.who or 'No one named'}: {action.action} ({action.when or 'no date'})"
        for outcome in outcomes
        if not outcome.achieved
        for action in outcome.actions
        if action.status != "done"
    )


def _next_review(meeting: ReviewMeeting) -> str:
    if meeting.next_review is None:
        return "No date set."
    return f"The next review is by {format_date(meeting.next_review)}."
