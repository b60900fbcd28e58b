"""A review meeting as immutable records: who was invited and came, the plan walked outcome
by outcome and action by action, and what the meeting decided (seed 004, "Reviewing the
Plan"). The web app keeps these as rows; the minutes are drafted from these records.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from childplan.plan.model import ActionStatus, EventKind

# The meetings that review a plan (seed 004: "Team Around the Child/Family Meeting, Child
# in Need Meeting, Child Protection Conference or Core Group, or Child Looked After Review").
REVIEW_KINDS: tuple[EventKind, ...] = (
    "team_around_family",
    "child_in_need_review",
    "initial_conference",
    "review_conference",
    "core_group",
    "looked_after_review",
    "pathway_review",
)

Participation = Literal["attended", "views_another_way", "none"]
Presence = Literal["attended", "apologies", "absent"]


@dataclass(frozen=True)
class Attendance:
    """One of the child's people or professionals, and the meeting."""

    name: str
    description: str = ""  # "mother", "GP, Hill Street Surgery"
    invited: bool = True
    not_invited_reason: str | None = None
    presence: Presence | None = None  # None when not invited
    written_views: str | None = None  # from someone who could not come
    interpreter_arranged: bool | None = None  # None: not needed
    advocate_arranged: bool | None = None
    support_note: str | None = None  # why an interpreter or advocate was not there


@dataclass(frozen=True)
class ActionReview:
    action: str
    who: str | None = None
    when: str | None = None
    feedback: str | None = None
    status: ActionStatus = "not_started"
    why_not_done: str | None = None


@dataclass(frozen=True)
class OutcomeReview:
    outcome: str
    progress: str = ""
    evidence: str | None = None
    reading: str | None = None  # the indicator's value at the meeting ("86%")
    indicator: str | None = None  # what it measures, as the plan says
    target: str | None = None
    still_relevant: bool = True
    achieved: bool = False
    actions: tuple[ActionReview, ...] = ()


@dataclass(frozen=True)
class ReviewMeeting:
    kind: EventKind
    date: dt.date
    chair: str
    note_taker: str
    child_participation: Participation = "none"
    childs_views: str | None = None
    attendance: tuple[Attendance, ...] = ()
    outcomes: tuple[OutcomeReview, ...] = ()
    what_worked: str | None = None
    what_did_not: str | None = None
    unplanned_outcomes: str | None = None
    contingency_holds: bool | None = True  # None: not discussed at this meeting
    contingency_note: str | None = None
    disagreements: str | None = None
    disagreement_action: str | None = None
    decisions: str = ""
    next_review: dt.date | None = None
    next_review_reason: str | None = None
