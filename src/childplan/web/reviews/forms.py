"""The review meeting form: the meeting, each of the child's people, each live outcome and
its actions, and what the meeting decided. One form on one page, so nothing is saved until
all of it is right; its fields are made from the plan, each named by its record's id
(``p12_invited``, ``o7_progress``, ``a31_status``), and every error names the person,
outcome or action it is about.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import forms

from childplan.plan.model import ACTION_STATUSES
from childplan.reviews.meeting import REVIEW_KINDS
from childplan.timescales.engine import TITLES
from childplan.web.children.models import Person
from childplan.web.plans.formfields import DayField
from childplan.web.plans.models import Action, Outcome
from childplan.web.reviews.models import Attendance, ReviewMeeting

YES_NO = (("yes", "Yes"), ("no", "No"))
# Answered either way, the contingency was reviewed (the contingency-not-reviewed rule).
CONTINGENCY = (
    ("holds", "Yes, it still holds"),
    ("change", "No, it needs to change"),
    ("not_discussed", "It was not discussed"),
)
STATUS_CHOICES = [(s, s.replace("_", " ").capitalize()) for s in ACTION_STATUSES]
MEETING_FIELDS = ("version", "kind", "date", "chair", "note_taker")
CHILD_FIELDS = ("child_participation", "childs_views")
CLOSING_FIELDS = (
    "what_worked",
    "what_did_not",
    "unplanned_outcomes",
    "contingency",
    "contingency_note",
    "disagreements",
    "disagreement_action",
    "decisions",
    "next_review",
)


def _text(label: str, required: bool = True, rows: int | None = None, **kw: Any) -> Any:
    widget = forms.Textarea(attrs={"rows": rows}) if rows else forms.TextInput()
    messages = {"required": kw.pop("required_message", f"Enter {label[0].lower()}{label[1:]}")}
    return forms.CharField(
        label=label, required=required, widget=widget, error_messages=messages, **kw
    )


def _radios(label: str, choices: Any, required_message: str, **kw: Any) -> forms.ChoiceField:
    return forms.ChoiceField(
        label=label,
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={"required": required_message},
        **kw,
    )


def describe(person: Person) -> str:
    """'mother', 'GP, Hill Street Surgery': who they are to the child."""
    if person.relationship:
        return person.relationship
    return ", ".join(part for part in (person.role, person.agency) if part)


@dataclass(frozen=True)
class OutcomeItem:
    number: int
    outcome: Outcome
    actions: tuple[tuple[str, Action], ...]  # (number "1.2", action)


class ReviewForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)
    kind = _radios(
        "What kind of meeting was it?",
        [(kind, TITLES[kind]) for kind in REVIEW_KINDS],
        "Select what kind of meeting it was",
    )
    date = DayField(
        label="Date of the meeting",
        past=True,
        help_text="For example, 3 December 2026 or 3/12/2026",
        error_messages={"required": "Enter the date of the meeting"},
    )
    chair = _text("Who chaired the meeting?", required_message="Enter who chaired the meeting")
    note_taker = _text("Who took the notes?", required_message="Enter who took the notes")
    child_participation = _radios(
        "How did the child take part?",
        ReviewMeeting.Participation.choices,
        "Select how the child took part",
    )
    childs_views = _text("The child’s views, in their words (optional)", False, 4)
    what_worked = _text("What worked (optional)", False, 3)
    what_did_not = _text("What did not work (optional)", False, 3)
    unplanned_outcomes = _text("What happened that was not planned (optional)", False, 3)
    contingency = _radios(
        "Does the contingency plan still hold?",
        CONTINGENCY,
        "Select whether the contingency plan still holds",
    )
    contingency_note = _text("What needs to change in the contingency plan (optional)", False, 3)
    disagreements = _text("Disagreements (optional)", False, 3)
    disagreement_action = _text(
        "The action proposed about the disagreements",
        False,
        3,
        help_text="Needed when there are disagreements.",
    )
    decisions = _text("What the meeting decided", rows=4)
    next_review = DayField(label="Next review date", required=False)

    def __init__(
        self,
        *args: Any,
        child: str,
        people: list[Person],
        outcomes: list[OutcomeItem],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.people = people
        self.outcomes = outcomes
        # The fields of each person, outcome and action, for the page to draw them together.
        self.person_fields: dict[int, list[str]] = {}
        self.outcome_fields: dict[int, list[str]] = {}
        self.action_fields: dict[int, list[str]] = {}
        self._name_the_child(child)
        order = [*MEETING_FIELDS, *CHILD_FIELDS]
        for person in people:
            self.person_fields[person.pk] = self._person_fields(person)
            order += self.person_fields[person.pk]
        for item in outcomes:
            self.outcome_fields[item.outcome.pk] = self._outcome_fields(item)
            order += self.outcome_fields[item.outcome.pk]
            for number, action in item.actions:
                self.action_fields[action.pk] = self._action_fields(number, action)
                order += self.action_fields[action.pk]
        self.order_fields([*order, *CLOSING_FIELDS])

    def _name_the_child(self, child: str) -> None:
        participation = self.fields["child_participation"]
        participation.label = f"How did {child} take part?"
        participation.error_messages["required"] = f"Select how {child} took part"
        self.fields["childs_views"].label = f"{child}’s views, in their words (optional)"

    def _person_fields(self, person: Person) -> list[str]:
        key, name = f"p{person.pk}", person.name
        self.fields[f"{key}_invited"] = _radios(
            f"Was {name} invited?", YES_NO, f"Select yes if {name} was invited"
        )
        hint = "Needed for a parent with parental responsibility: the risk of inviting them."
        self.fields[f"{key}_not_invited_reason"] = _text(
            f"Why was {name} not invited?",
            False,
            2,
            help_text=hint if person.parental_responsibility else None,
        )
        self.fields[f"{key}_presence"] = _radios(
            f"Did {name} come?",
            Attendance.Presence.choices,
            f"Select whether {name} came",
            required=False,
        )
        self.fields[f"{key}_written_views"] = _text(
            f"Written views of {name}, if they could not come (optional)", False, 2
        )
        names = [f"{key}_invited", f"{key}_not_invited_reason", f"{key}_presence"]
        names.append(f"{key}_written_views")
        for need, word in (
            (person.needs_interpreter, "interpreter"),
            (person.needs_advocate, "advocate"),
        ):
            if need:
                self.fields[f"{key}_{word}"] = _radios(
                    f"{name} needs an {word}. Was one arranged?",
                    YES_NO,
                    f"Select yes if an {word} was arranged for {name}",
                    required=False,
                )
                names.append(f"{key}_{word}")
        if person.needs_interpreter or person.needs_advocate:
            self.fields[f"{key}_support_note"] = _text(
                f"Why was no interpreter or advocate there for {name}?",
                False,
                2,
                help_text="Needed when one was not arranged.",
            )
            names.append(f"{key}_support_note")
        return names

    def _outcome_fields(self, item: OutcomeItem) -> list[str]:
        key, n = f"o{item.outcome.pk}", item.number
        self.fields[f"{key}_progress"] = _text(
            f"Progress towards outcome {n}",
            rows=3,
            required_message=f"Enter the progress towards outcome {n}",
        )
        self.fields[f"{key}_evidence"] = _text(f"Evidence for outcome {n} (optional)", False, 2)
        names = [f"{key}_progress", f"{key}_evidence"]
        indicator = item.outcome.indicator
        if indicator:  # a reading at each review is what shows drift (the drift rule)
            target = f" The target is {item.outcome.target}." if item.outcome.target else ""
            self.fields[f"{key}_reading"] = forms.CharField(
                label=f"Outcome {n}: {indicator} now (optional)",
                help_text=f"Kept as a reading of the indicator on the meeting’s date.{target}",
                required=False,
                max_length=200,
                error_messages={"max_length": f"Enter at most 200 characters for outcome {n}"},
            )
            names.append(f"{key}_reading")
        self.fields[f"{key}_relevant"] = _radios(
            f"Is outcome {n} still relevant?",
            YES_NO,
            f"Select yes if outcome {n} is still relevant",
        )
        self.fields[f"{key}_achieved"] = _radios(
            f"Has outcome {n} been achieved?",
            YES_NO,
            f"Select yes if outcome {n} has been achieved",
        )
        return [*names, f"{key}_relevant", f"{key}_achieved"]

    def _action_fields(self, number: str, action: Action) -> list[str]:
        key = f"a{action.pk}"
        self.fields[f"{key}_feedback"] = _text(f"Feedback on action {number} (optional)", False, 2)
        self.fields[f"{key}_status"] = _radios(
            f"Where is action {number} now?",
            STATUS_CHOICES,
            f"Select where action {number} is now",
        )
        self.fields[f"{key}_why"] = _text(
            f"Why was action {number} not done?",
            False,
            2,
            help_text="Needed when it was not done.",
        )
        return [f"{key}_feedback", f"{key}_status", f"{key}_why"]

    def clean(self) -> dict[str, Any] | None:
        data = super().clean() or {}
        for person in self.people:
            self._check_person(person, data)
        for item in self.outcomes:
            for number, action in item.actions:
                key = f"a{action.pk}"
                if data.get(f"{key}_status") == "not_done" and not data.get(f"{key}_why"):
                    self.add_error(f"{key}_why", f"Enter why action {number} was not done")
        if data.get("disagreements") and not data.get("disagreement_action"):
            self.add_error(
                "disagreement_action", "Enter the action proposed about the disagreements"
            )
        meeting, review = data.get("date"), data.get("next_review")
        if meeting is not None and review is not None and review <= meeting:
            self.add_error("next_review", "The next review must be after the meeting")
        return data

    def _check_person(self, person: Person, data: dict[str, Any]) -> None:
        key, name = f"p{person.pk}", person.name
        if data.get(f"{key}_invited") == "no":
            if person.parental_responsibility and not data.get(f"{key}_not_invited_reason"):
                self.add_error(
                    f"{key}_not_invited_reason",
                    f"Enter why {name}, who has parental responsibility, was not invited: "
                    "both parents are invited unless it would increase the risk",
                )
            return
        if data.get(f"{key}_invited") == "yes" and not data.get(f"{key}_presence"):
            self.add_error(f"{key}_presence", f"Select whether {name} came")
        for word in ("interpreter", "advocate"):
            answer = data.get(f"{key}_{word}")
            if f"{key}_{word}" in self.fields and not answer:
                self.add_error(f"{key}_{word}", f"Select yes if an {word} was arranged for {name}")
            if answer == "no" and not data.get(f"{key}_support_note"):
                self.add_error(
                    f"{key}_support_note",
                    f"{name} needs an {word} and none was arranged: enter why",
                )
