"""The parts of a plan a user can change, each declared once: its fields (named as in the
plan file), where it sits in the plan (its path, ``needs[0].outcomes[1]``, and the number
people read, "Outcome 1.2"), and how it is written to its records.

The views in ``editing`` (change and add) and ``arranging`` (move and remove) are the same
for every part; what differs between a need, an outcome, a worry and the contingency is
only what is declared here.

- A ``ListPart`` is an element of one of the plan's lists: needs, a need's outcomes, an
  outcome's actions, and the worries, strengths and assumptions. It can be added, removed
  and (needs, outcomes and actions) moved within its list.
- A ``TextPart`` is one of the plan's own texts (the contingency, say): only changed.
- ``PEOPLE`` are the child's people (a ``ListPart`` whose records belong to the child), and
  ``DETAILS`` the plan's own details (type, status, dates): only changed.

A field is text, a timescale, a day (``day``) or one of a few choices drawn as radios
(``choices``); yes/no choices (``flag``) are kept as True, False or None ("not known").
A field ``needed_if`` another has a value ("why not involved" when not involved) must be
filled in then, with its ``required`` message.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.http import Http404

from childplan.plan.dates import format_short_date, parse_timescale
from childplan.plan.model import PLAN_TYPES
from childplan.web.children.models import Person
from childplan.web.plans import models as db
from childplan.web.plans.layout import anchor
from childplan.web.plans.versions import change_plan

YES_NO = (("yes", "Yes"), ("no", "No"))
YES_NO_NOT_KNOWN = (*YES_NO, ("unknown", "Not known"))


@dataclass(frozen=True)
class Field:
    """One field of a part's form."""

    name: str  # the key in the plan file (the form field's name)
    label: str
    hint: str
    required: str = ""  # the error when it is left empty; "" when it may be
    rows: int = 0  # a text area of this many rows; 0 for a one-line input
    timescale: bool = False  # a "when" or "by": the words (by_text) and their date (by_date)
    choices: tuple[tuple[str, str], ...] = ()  # radios: (value, words)
    flag: bool = False  # yes/no choices kept as True/False, and None for any other choice
    day: bool = False  # a date as people type it, kept as a date
    needed_if: tuple[str, str] | None = None  # (field, value): required when it has that value
    initial: str = ""  # the value a new part starts with
    people: bool = False  # offers the plan's people as suggestions ("who")
    length: int = 500  # the most characters a one-line field keeps

    @property
    def live(self) -> bool:
        """Whether the checker reads this field's words as they are typed."""
        return not (self.choices or self.day)

    def shown(self, value: Any) -> str:
        """A saved value as the form shows it."""
        if self.flag:
            return "yes" if value else "no" if value is False else "unknown"
        if self.day:
            return format_short_date(value) if value else ""
        return str(value or "")

    def kept(self, value: Any) -> Any:
        """A cleaned value of the form as the record keeps it."""
        if self.flag:
            return True if value == "yes" else False if value == "no" else None
        if self.day:
            return value
        return str(value or "").strip()


@dataclass(frozen=True)
class Located:
    """A part of the plan: its record (None for one being added), where it is in the plan
    file, what people call it ("Outcome 1.2"), and the list it is in."""

    record: Any
    path: str
    title: str
    number: str = ""
    siblings: tuple[Any, ...] = ()

    @property
    def anchor(self) -> str:
        return anchor(self.path)

    @property
    def name(self) -> str:
        """The title as it reads inside a sentence: "Move outcome 1.2 up"."""
        return self.title[:1].lower() + self.title[1:]

    @property
    def index(self) -> int:
        return next(i for i, record in enumerate(self.siblings) if record.pk == self.record.pk)


class Part:
    """What every part declares; the views read nothing else."""

    slug: str  # in URL names: edit_need, add_need
    segment: str  # in URLs: plans/1/needs/2/
    title: str  # "Need", "Contingency"
    noun: str  # "need", "contingency"
    fields: tuple[Field, ...]
    movable = False
    listed = False  # an element of a list: added and removed
    whole_findings = False  # its form shows the checker's findings about the whole part

    def locate(self, plan: db.Plan, part_id: int | None) -> Located:
        raise NotImplementedError

    def field_path(self, located: Located, name: str) -> str:
        """The plan-file path of one field of this part (what the checker reads)."""
        return f"{located.path}.{name}"

    def heading(self, located: Located) -> str:
        return f"Change {located.name}"

    def owns(self, located: Located, path: str) -> bool:
        """Whether a finding at ``path`` is about this part (``people[1]``, or one of its
        fields)."""
        return path == located.path or path.startswith((f"{located.path}.", f"{located.path}["))

    def initial(self) -> dict[str, str]:
        """What the form of a new part starts with."""
        return {field.name: field.initial for field in self.fields if field.initial}

    def values(self, record: Any) -> dict[str, str]:
        """The saved text of each field, as the form shows it."""
        return {
            field.name: field.shown(
                getattr(record, f"{field.name}_text" if field.timescale else field.name)
            )
            for field in self.fields
        }

    def columns(self, cleaned: dict[str, Any], plan_date: Any) -> dict[str, Any]:
        """The record's columns for the form's cleaned words."""
        written: dict[str, Any] = {}
        for field in self.fields:
            if not field.timescale:
                written[field.name] = field.kept(cleaned[field.name])
                continue
            text = cleaned[field.name].strip()
            when = parse_timescale(text, plan_date) if text else None
            written[f"{field.name}_text"] = when.text if when else ""
            written[f"{field.name}_date"] = when.date if when else None
            written[f"{field.name}_recurring"] = when.recurring if when else False
        return written

    def save(
        self, located: Located, cleaned: dict[str, Any], plan_date: Any, user: Any
    ) -> list[str]:
        """Write the form's words to the part's record; what else the save did, in words
        for the page (nothing, for most parts)."""
        columns = self.columns(cleaned, plan_date)
        if isinstance(located.record, db.Action):
            columns["previous_dates"] = _redated(located.record, columns["when_date"])
        records = type(located.record)._default_manager.filter(pk=located.record.pk)
        records.update(**columns)
        return []


def _redated(action: db.Action, new: Any) -> list[str]:
    """The action's earlier due dates, with the one it had if this change moves it to
    another date: what the drift rule reads to see an action slipping again and again."""
    old = action.when_date
    if old is None or new is None or new == old:
        return list(action.previous_dates)
    return [*action.previous_dates, old.isoformat()]


class ListPart(Part):
    """An element of one of the plan's lists, in the user's order (``position``)."""

    listed = True

    def __init__(
        self,
        slug: str,
        key: str,
        title: str,
        fields: tuple[Field, ...],
        *,
        model: type[models.Model],
        parent: ListPart | None = None,
        owner: str = "plan",
        article: str = "a",
        movable: bool = False,
        whole_text: bool = False,
    ) -> None:
        self.slug, self.key, self.title, self.fields = slug, key, title, fields
        self.segment = key
        self.noun = title.lower()
        self.model, self.parent, self.owner = model, parent, owner
        self.article, self.movable = article, movable
        self.whole_text = whole_text  # the element is its text: worries[2], not worries[2].text

    def records(self, owner: Any) -> tuple[Any, ...]:
        if self.model is db.PlanStatement:
            return tuple(s for s in owner.statements.all() if s.kind == self.key)
        return tuple(getattr(owner, self.key).all())

    def children(self, plan: db.Plan, parent: Located | None) -> list[Located]:
        """The elements of this list under ``parent`` (the plan's own list when None)."""
        records = self.records(parent.record if parent else plan)
        return [self._at(parent, i, record, records) for i, record in enumerate(records)]

    def _at(
        self, parent: Located | None, i: int, record: Any, siblings: tuple[Any, ...]
    ) -> Located:
        path = f"{parent.path}.{self.key}[{i}]" if parent else f"{self.key}[{i}]"
        number = f"{parent.number}.{i + 1}" if parent else str(i + 1)
        return Located(record, path, f"{self.title} {number}", number, siblings)

    def elements(self, plan: db.Plan) -> list[Located]:
        if self.parent is None:
            return self.children(plan, None)
        return [
            child for parent in self.parent.elements(plan) for child in self.children(plan, parent)
        ]

    def locate(self, plan: db.Plan, part_id: int | None) -> Located:
        """The element with this id (404 when it is not in this plan)."""
        for located in self.elements(plan):
            if located.record.pk == part_id:
                return located
        raise Http404(f"No such {self.noun}.")

    def new(self, plan: db.Plan, parent: Located | None) -> Located:
        """Where an element added at the end of the list will be."""
        siblings = self.records(parent.record if parent else plan)
        return self._at(parent, len(siblings), None, siblings)

    def add_heading(self, parent: Located | None) -> str:
        to = f" to {parent.name}" if parent else ""
        return f"Add {self.article} {self.noun}{to}"

    def create(
        self, plan: db.Plan, parent: Located | None, cleaned: dict[str, Any], plan_date: Any
    ) -> Any:
        owner = {self.owner: parent.record if parent else plan}
        extra = {"kind": self.key} if self.model is db.PlanStatement else {}
        position = len(self.records(parent.record if parent else plan))
        return self.model._default_manager.create(
            **owner, **extra, position=position, **self.columns(cleaned, plan_date)
        )

    def field_path(self, located: Located, name: str) -> str:
        return located.path if self.whole_text else f"{located.path}.{name}"

    def renumber(self, records: list[Any]) -> None:
        """Write each record's place in the list: 0, 1, 2... in this order."""
        for position, record in enumerate(records):
            record.position = position
        self.model._default_manager.bulk_update(records, ["position"])

    def contents(self, record: Any) -> list[tuple[ListPart, int]]:
        """The lists under an element and how many are in each: a need's outcomes and
        their actions, which go when it is removed."""
        counted = []
        owners, inner = [record], self.inner()
        while inner is not None:
            owners = [child for owner in owners for child in inner.records(owner)]
            counted.append((inner, len(owners)))
            inner = inner.inner()
        return counted

    def inner(self) -> ListPart | None:
        return next((part for part in LISTS if part.parent is self), None)


class TextPart(Part):
    """One of the plan's own texts: the record is the plan."""

    def __init__(self, name: str, segment: str, title: str, field: Field) -> None:
        self.slug, self.segment, self.title, self.fields = name, segment, title, (field,)
        self.noun = title[:1].lower() + title[1:]

    def locate(self, plan: db.Plan, part_id: int | None) -> Located:
        return Located(plan, self.slug, self.title)

    def field_path(self, located: Located, name: str) -> str:
        return located.path


NEED = ListPart(
    "need",
    "needs",
    "Need",
    (
        Field(
            "reason",
            "What the child needs and why",
            "Say what needs to change for the child, and why it matters to them.",
            required="Enter what the child needs and why",
            rows=4,
        ),
    ),
    model=db.Need,
    movable=True,
)
OUTCOME = ListPart(
    "outcome",
    "outcomes",
    "Outcome",
    (
        Field(
            "outcome",
            "What we want to achieve",
            "One change for the child that anyone could see has happened.",
            required="Enter what we want to achieve",
            rows=3,
        ),
        Field("by", "By when", "A date (15 January 2027) or a month (March 2027).", timescale=True),
        Field("indicator", "Indicator", "What will be measured (school attendance, say)."),
        Field("baseline", "Baseline", "Where it is now (58%, say)."),
        Field("target", "Target", "Where it should get to (92%, say)."),
    ),
    model=db.Outcome,
    parent=NEED,
    owner="need",
    article="an",
    movable=True,
)
ACTION = ListPart(
    "action",
    "actions",
    "Action",
    (
        Field(
            "action",
            "What will be done",
            "Say what will happen, so anyone can tell it was done.",
            required="Enter what will be done",
            rows=3,
        ),
        Field(
            "who",
            "Who will do it",
            "The person’s name and role, or the family member.",
            people=True,
        ),
        Field(
            "when", "When", "A date (12 January 2027), or how often and until when.", timescale=True
        ),
    ),
    model=db.Action,
    parent=OUTCOME,
    owner="outcome",
    article="an",
    movable=True,
)


def _statement(slug: str, key: str, title: str, label: str, hint: str) -> ListPart:
    field = Field("text", label, hint, required=f"Enter the {title.lower()}", rows=3)
    return ListPart(slug, key, title, (field,), model=db.PlanStatement, whole_text=True)


WORRY = _statement(
    "worry",
    "worries",
    "Worry",
    "What we are worried about",
    "What has happened or might happen to the child, and how it affects them.",
)
STRENGTH = _statement(
    "strength",
    "strengths",
    "Strength",
    "What is working well",
    "What the family and network do that keeps the child safe and well.",
)
ASSUMPTION = _statement(
    "assumption",
    "assumptions",
    "Assumption",
    "What the plan takes for granted",
    "Something the plan relies on, so that it is kept in view.",
)


def _text(name: str, segment: str, title: str, hint: str) -> TextPart:
    return TextPart(name, segment, title, Field(name, title, hint, rows=6))


TEXTS = (
    _text(
        "childs_views",
        "childs-views",
        "The child’s views",
        "The child’s wishes and feelings, in their own words where you can.",
    ),
    _text(
        "contingency",
        "contingency",
        "Contingency",
        "What will happen, and who will do what, if the plan does not keep the child safe.",
    ),
    _text(
        "bottom_lines",
        "bottom-lines",
        "Bottom lines",
        "What will happen if the plan is not achieved.",
    ),
    _text(
        "monitoring",
        "monitoring",
        "Monitoring arrangements",
        "What information will show progress, how it is collected and by whom.",
    ),
)


class PersonPart(ListPart):
    """Someone in the child's family, network or professional network.

    People belong to the child, not to one plan (``records`` explains): adding, changing
    or removing a person changes every plan of the child. The new version is kept on the
    plan being edited only (``change_plan`` on that plan), where the user made the change;
    the child's other plans read the change the next time they are saved or shown.
    """

    whole_findings = True  # "parent not invited" and the like are about the whole person

    def records(self, owner: Any) -> tuple[Any, ...]:
        child = owner.child if isinstance(owner, db.Plan) else owner
        return tuple(child.people.all())

    def create(
        self, plan: db.Plan, parent: Located | None, cleaned: dict[str, Any], plan_date: Any
    ) -> Any:
        position = len(self.records(plan))
        return Person.objects.create(
            child=plan.child, position=position, **self.columns(cleaned, plan_date)
        )


def _reason(name: str, label: str, hint: str, when: tuple[str, str], required: str) -> Field:
    return Field(name, label, hint, required=required, rows=2, needed_if=when)


def _flag(name: str, label: str, hint: str = "", *, known: bool = True) -> Field:
    """A yes/no question; ``known=False`` adds "Not known" (kept as None)."""
    if known:
        required = f"Select yes or no for “{label.lower()}”"
        return Field(name, label, hint, required, choices=YES_NO, flag=True, initial="no")
    return Field(name, label, hint, choices=YES_NO_NOT_KNOWN, flag=True, initial="unknown")


PERSON = PersonPart(
    "person",
    "people",
    "Person",
    (
        Field("name", "Name", "Their full name.", required="Enter the person’s name", length=200),
        Field(
            "relationship",
            "Relationship to the child",
            "For family and network: mother, father, grandmother, family friend.",
            length=100,
        ),
        Field("role", "Role", "For professionals: social worker, GP, class teacher.", length=200),
        Field(
            "agency",
            "Agency",
            "For professionals: the school, the surgery, the service.",
            length=200,
        ),
        _flag("parental_responsibility", "Parental responsibility", known=False),
        _flag("lives_with_child", "Lives with the child", known=False),
        Field(
            "involved",
            "Involved in the plan",
            "",
            required="Select whether they are involved in the plan",
            choices=YES_NO,
            flag=True,
            initial="yes",
        ),
        _reason(
            "not_involved_reason",
            "Why they are not involved",
            "Needed when they are not involved: what stops them, and what has been tried.",
            ("involved", "no"),
            "Enter why they are not involved in the plan",
        ),
        _flag("invited", "Invited to the next review", known=False),
        Field(
            "not_invited_reason",
            "Why they are not invited",
            "For a parent who is not invited: the reason, recorded.",
            rows=2,
        ),
        Field("language", "Language", "The language they prefer, if not English.", length=100),
        _flag("needs_interpreter", "Needs an interpreter"),
        Field(
            "interpreter", "Interpreter", "Who will interpret, and how it is booked.", length=200
        ),
        _flag("needs_advocate", "Needs an advocate"),
        Field("advocate", "Advocate", "Who their advocate is.", length=200),
    ),
    model=Person,
    owner="child",
    movable=True,
)
RESOURCE = ListPart(
    "resource",
    "resources",
    "Resource",
    (
        Field(
            "resource",
            "Resource",
            "What the plan needs: a service, a place, money, equipment.",
            required="Enter the resource",
            rows=2,
        ),
        Field("who", "Who provides it", "The person or service.", people=True),
        Field(
            "when", "When", "A date (12 January 2027), or how often and until when.", timescale=True
        ),
    ),
    model=db.Resource,
    movable=True,
)


class DetailsPart(Part):
    """The plan's own details: its type, status and dates. Making a plan current ends the
    child's other current plan, on this plan's date, as a save of that plan (with its own
    version): a child has one current plan."""

    slug, segment, title, noun = "details", "details", "Plan details", "plan details"
    whole_findings = True

    def __init__(self, fields: tuple[Field, ...]) -> None:
        self.fields = fields

    def locate(self, plan: db.Plan, part_id: int | None) -> Located:
        return Located(plan, "details", self.title)

    def heading(self, located: Located) -> str:
        return "Change plan details"

    def field_path(self, located: Located, name: str) -> str:
        return name

    def owns(self, located: Located, path: str) -> bool:
        return path.split(".")[0] in {field.name for field in self.fields}

    def save(
        self, located: Located, cleaned: dict[str, Any], plan_date: Any, user: Any
    ) -> list[str]:
        super().save(located, cleaned, plan_date, user)
        if cleaned["status"] != db.Plan.Status.CURRENT:
            return []
        return _end_other_current(located.record, cleaned["date"], user)


def _end_other_current(plan: db.Plan, day: dt.date, user: Any) -> list[str]:
    """End the child's other current plans on ``day``; what was ended, in words."""
    ended = []
    others = db.Plan.objects.filter(child_id=plan.child_id, status=db.Plan.Status.CURRENT)
    for other in others.exclude(pk=plan.pk):

        def end(other: db.Plan = other) -> None:
            db.Plan.objects.filter(pk=other.pk).update(status=db.Plan.Status.ENDED, ended=day)

        change_plan(other.pk, other.version, user, f"Ended: plan {plan.pk} made current", end)
        ended.append(
            f"The {other.type_name.lower()} plan of {format_short_date(other.date)} has "
            f"ended on {format_short_date(day)}: a child has one current plan."
        )
    return ended


DETAILS = DetailsPart(
    (
        Field(
            "type",
            "Type of plan",
            "",
            required="Select the type of plan",
            choices=tuple((value, db.PLAN_TYPE_NAMES[value]) for value in PLAN_TYPES),
        ),
        Field(
            "status",
            "Status",
            "A current plan ends the child’s other current plan, on this plan’s date.",
            required="Select the plan’s status",
            choices=tuple((str(value), str(name)) for value, name in db.Plan.Status.choices),
        ),
        Field(
            "date",
            "Made or last reviewed on",
            "For example, 27 November 2026 or 27/11/2026.",
            required="Enter the date the plan was made or last reviewed",
            day=True,
        ),
        Field("started", "Started on", "When the child first had a plan of this type.", day=True),
        Field(
            "ended",
            "Ended on",
            "Needed when the plan has ended.",
            required="Enter the date the plan ended",
            day=True,
            needed_if=("status", db.Plan.Status.ENDED.value),
        ),
        Field("next_review", "Next review", "The date of the next review meeting.", day=True),
        Field(
            "explained_to_child",
            "Plan explained to the child",
            "",
            choices=(*YES_NO, ("unknown", "Not recorded")),
            flag=True,
        ),
    )
)
LISTS = (NEED, OUTCOME, ACTION, WORRY, STRENGTH, ASSUMPTION, PERSON, RESOURCE)
PARTS: dict[str, Part] = {part.slug: part for part in (*LISTS, *TEXTS, DETAILS)}
