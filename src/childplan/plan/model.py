"""The child's plan as immutable records.

Names follow the guidance in the seeds: a plan has needs ("reasons for action"), each need
has outcomes, each outcome has actions with one named person and a date. The file format
(``fileformat.py``) turns YAML/JSON into these records and back; nothing here knows about
files, Django or the checker.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

PlanType = Literal[
    "early_help",
    "family_help",
    "child_in_need",
    "child_protection",
    "looked_after",
    "pathway",
    "interim_safety",
]
PLAN_TYPES: tuple[str, ...] = PlanType.__args__  # type: ignore[attr-defined]

# Plans the family agrees to voluntarily: the plan has no power to direct them (seed 003).
CONSENSUAL_PLAN_TYPES = frozenset({"early_help", "family_help", "child_in_need"})

Nation = Literal["england", "wales", "scotland", "northern_ireland"]
NATIONS: tuple[str, ...] = Nation.__args__  # type: ignore[attr-defined]

ActionStatus = Literal["not_started", "in_progress", "done", "not_done"]
ACTION_STATUSES: tuple[str, ...] = ActionStatus.__args__  # type: ignore[attr-defined]

EventKind = Literal[
    "strategy_discussion",
    "initial_conference",
    "review_conference",
    "core_group",
    "child_in_need_review",
    "team_around_family",
    "looked_after",
    "looked_after_review",
    "pathway_review",
    "senior_manager_review",
    "interim_plan",
]
EVENT_KINDS: tuple[str, ...] = EventKind.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Timescale:
    """A 'when' as the practitioner wrote it, with the calendar date it names, if any.

    ``text`` is kept verbatim so that the checker can quote it and the file round-trips;
    ``date`` is the date the text names (the end date of a recurring schedule), or None
    when the text names no date ("within 6 weeks", "ongoing").
    """

    text: str
    date: dt.date | None = None
    recurring: bool = False


@dataclass(frozen=True)
class Child:
    name: str
    date_of_birth: dt.date | None = None
    id: str | None = None
    identity: str | None = None  # ethnicity, religion, culture, gender identity, as recorded
    language: str | None = None
    needs_interpreter: bool = False
    interpreter: str | None = None  # who interprets, when arranged
    needs_advocate: bool = False
    advocate: str | None = None

    def age_on(self, day: dt.date) -> int | None:
        if self.date_of_birth is None:
            return None
        born = self.date_of_birth
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True)
class Person:
    """Someone in the child's family, network or professional network."""

    name: str
    id: str | None = None
    relationship: str | None = None  # to the child: mother, father, maternal grandmother...
    role: str | None = None  # professional role: GP, Head of Year 6, social worker...
    agency: str | None = None  # professional's organisation
    parental_responsibility: bool | None = None
    lives_with_child: bool | None = None
    involved: bool = True
    not_involved_reason: str | None = None
    invited: bool | None = None  # to the next review meeting
    not_invited_reason: str | None = None  # the recorded risk when a parent is not invited
    language: str | None = None
    needs_interpreter: bool = False
    interpreter: str | None = None
    needs_advocate: bool = False
    advocate: str | None = None

    @property
    def is_professional(self) -> bool:
        return self.agency is not None or (self.role is not None and self.relationship is None)


@dataclass(frozen=True)
class ProgressNote:
    """What was done towards an action, on a date, and what shows it (seed 000: "are the
    actions being done?"). ``status`` is the action's status as of this note."""

    date: dt.date
    note: str
    evidence: str | None = None
    status: ActionStatus | None = None


@dataclass(frozen=True)
class Action:
    action: str
    who: str | None = None
    when: Timescale | None = None
    id: str | None = None
    depends_on: tuple[str, ...] = ()
    status: ActionStatus = "not_started"
    family_proposed: bool = False  # the family thought of it and want it (seed 003)
    previous_dates: tuple[dt.date, ...] = ()  # the dates it was due before it was re-dated
    progress: tuple[ProgressNote, ...] = ()  # oldest first


@dataclass(frozen=True)
class Measurement:
    """One reading of an outcome's indicator ("58%", "3 nights out of 7") on a date."""

    date: dt.date
    value: str
    note: str | None = None


@dataclass(frozen=True)
class Outcome:
    outcome: str
    by: Timescale | None = None
    id: str | None = None
    indicator: str | None = None  # what will be measured, e.g. "school attendance %"
    baseline: str | None = None
    target: str | None = None
    family_proposed: bool = False
    actions: tuple[Action, ...] = ()
    measurements: tuple[Measurement, ...] = ()  # the indicator over time, oldest first
    # The day it was marked achieved: it is then off the live plan (seed 003: achieved
    # outcomes come off the plan), kept in the file and shown as achieved, never checked.
    achieved: dt.date | None = None


@dataclass(frozen=True)
class Need:
    reason: str
    id: str | None = None
    outcomes: tuple[Outcome, ...] = ()


@dataclass(frozen=True)
class Resource:
    """Finances, people, materials or transport the actions need (seed 000)."""

    resource: str
    who: str | None = None
    when: Timescale | None = None
    id: str | None = None


@dataclass(frozen=True)
class Event:
    """A meeting or milestone on the plan's timeline."""

    kind: EventKind
    date: dt.date
    id: str | None = None
    minutes_sent: dt.date | None = None
    contingency_reviewed: bool | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Plan:
    type: PlanType
    date: dt.date
    child: Child
    id: str | None = None
    nation: Nation = "england"
    started: dt.date | None = None
    ended: dt.date | None = None  # when the plan closed: nothing more falls due after it
    people: tuple[Person, ...] = ()
    worries: tuple[str, ...] = ()
    strengths: tuple[str, ...] = ()
    childs_views: str | None = None
    explained_to_child: bool | None = None
    needs: tuple[Need, ...] = ()
    contingency: str | None = None
    bottom_lines: str | None = None
    assumptions: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    monitoring: str | None = None  # what information is collected, how and by whom (seed 000)
    practitioner_notes: str | None = None  # for professionals only; not shared with the family
    next_review: dt.date | None = None
    events: tuple[Event, ...] = ()

    @property
    def is_consensual(self) -> bool:
        return self.type in CONSENSUAL_PLAN_TYPES

    def texts(self) -> Iterator[TextField]:
        """Every free-text field of the plan, in reading order, with its path."""
        yield from _optional("childs_views", self.childs_views)
        for i, worry in enumerate(self.worries):
            yield TextField(f"worries[{i}]", "worries", worry)
        for i, strength in enumerate(self.strengths):
            yield TextField(f"strengths[{i}]", "strengths", strength)
        for n, need in enumerate(self.needs):
            need_path = f"needs[{n}]"
            yield TextField(f"{need_path}.reason", "reason", need.reason, need=n)
            for o, outcome in enumerate(need.outcomes):
                if outcome.achieved is not None:
                    continue
                outcome_path = f"{need_path}.outcomes[{o}]"
                yield TextField(f"{outcome_path}.outcome", "outcome", outcome.outcome, n, o)
                if outcome.by is not None:
                    yield TextField(f"{outcome_path}.by", "by", outcome.by.text, n, o)
                for a, action in enumerate(outcome.actions):
                    action_path = f"{outcome_path}.actions[{a}]"
                    yield TextField(f"{action_path}.action", "action", action.action, n, o, a)
                    if action.who is not None:
                        yield TextField(f"{action_path}.who", "who", action.who, n, o, a)
                    if action.when is not None:
                        yield TextField(f"{action_path}.when", "when", action.when.text, n, o, a)
        yield from _optional("contingency", self.contingency)
        yield from _optional("bottom_lines", self.bottom_lines)
        for i, assumption in enumerate(self.assumptions):
            yield TextField(f"assumptions[{i}]", "assumptions", assumption)
        for i, resource in enumerate(self.resources):
            yield TextField(f"resources[{i}].resource", "resource", resource.resource)
        yield from _optional("monitoring", self.monitoring)
        yield from _optional("practitioner_notes", self.practitioner_notes)

    def outcomes(self) -> Iterator[tuple[str, Outcome]]:
        """The live plan's outcomes (not those achieved), with their paths."""
        for n, need in enumerate(self.needs):
            for o, outcome in enumerate(need.outcomes):
                if outcome.achieved is None:
                    yield f"needs[{n}].outcomes[{o}]", outcome

    def actions(self) -> Iterator[tuple[str, Outcome, Action]]:
        for outcome_path, outcome in self.outcomes():
            for a, action in enumerate(outcome.actions):
                yield f"{outcome_path}.actions[{a}]", outcome, action


@dataclass(frozen=True)
class TextField:
    """One piece of free text in a plan and where it sits.

    ``name`` is the key the text is under (``reason``, ``outcome``, ``action``, ``who``,
    ``when``, ``by``, ``contingency``...), which is what a rule's ``fields`` refer to.
    """

    path: str
    name: str
    text: str
    need: int | None = None
    outcome: int | None = None
    action: int | None = None


def parent_path(path: str) -> str:
    """needs[0].outcomes[1].by -> needs[0].outcomes[1] -> needs[0].outcomes -> needs[0] -> ''"""
    return re.sub(r"(?:^|\.)[a-z_]+$|\[\d+\]$", "", path)


def _optional(name: str, text: str | None) -> Iterator[TextField]:
    if text is not None and text.strip():
        yield TextField(name, name, text)
