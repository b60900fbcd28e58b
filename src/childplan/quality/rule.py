"""What a quality rule is: one record with its slug, severity, fields, message, the seed
sentence it rests on, the examples it must and must not flag, and the function that checks.

Rules are declared once, in ``rules/<kind>/<slug>.py``; the engine, the CLI (``rules``,
``explain``), the generated docs and the tests all read these records.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from childplan.plan.model import Plan, TextField

if TYPE_CHECKING:
    from childplan.quality.terms import Term, TermList
    from childplan.timescales.settings import LocalTimescales


class Severity(enum.IntEnum):
    ADVICE = 1
    WARNING = 2
    ERROR = 3

    def __str__(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, name: str) -> Severity:
        try:
            return cls[name.strip().upper()]
        except KeyError:
            raise ValueError(f"'{name}' is not a severity; use error, warning or advice") from None


RuleKind = Literal["wording", "structure", "timescale"]

# Fields the family reads: the "any text" of RULES.md. Who, when and by have rules of
# their own; practitioner notes are for professionals only.
FAMILY_TEXT = (
    "reason",
    "outcome",
    "action",
    "contingency",
    "bottom_lines",
    "childs_views",
    "worries",
    "strengths",
    "assumptions",
    "resource",
    "monitoring",
)


@dataclass(frozen=True)
class Source:
    """The seed document and the verbatim sentence a rule rests on."""

    seed: str  # the seed's number: "000" ... "004"
    quote: str


@dataclass(frozen=True)
class Example:
    """A case the rule must flag, or must leave alone.

    Wording rules put ``text`` into one ``field`` of the example plan (default: the rule's
    first field); ``plan`` is a YAML fragment merged over the example plan, for rules about
    the plan as a whole or for the context a wording example needs (its plan type, say).
    """

    text: str | None = None
    field: str | None = None
    plan: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Hit:
    """One thing a check found. Wording checks give the span in the field's text;
    structure checks give the path of the element and the text to show."""

    start: int = 0
    end: int = 0
    suggestion: str | None = None
    detail: str | None = None  # replaces the rule's message when the case needs its own words
    path: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    path: str
    text: str
    message: str
    suggestion: str | None
    span: tuple[int, int] | None = None  # character span of ``text`` in the field's text

    def to_json(self) -> dict[str, object]:
        return {
            "rule": self.rule,
            "severity": str(self.severity),
            "path": self.path,
            "text": self.text,
            "message": self.message,
            "suggestion": self.suggestion,
            "span": list(self.span) if self.span else None,
        }


@dataclass(frozen=True)
class Context:
    """What a check may look at besides its own field: the plan, its settings, the day."""

    plan: Plan
    terms: TermList | None
    options: Mapping[str, object]
    today: dt.date | None
    timescales: LocalTimescales | None = None  # [timescales] settings, for timescale rules
    # The plan's texts in reading order when the engine has already walked them (a whole
    # plan's check); empty when a rule that needs them must walk the plan itself.
    fields: Sequence[TextField] = ()

    def option(self, name: str) -> object:
        return self.options[name]


WordingCheck = Callable[[TextField, Context], Iterable[Hit]]
PlanCheck = Callable[[Plan, Context], Iterable[Hit]]


@dataclass(frozen=True)
class Rule:
    slug: str
    kind: RuleKind
    severity: Severity
    fields: tuple[str, ...]
    summary: str  # what it flags, one line, for `childplan rules`
    message: str  # what is wrong, shown with each finding
    why: str  # the reasoning in plain words, for `childplan explain`
    sources: tuple[Source, ...]
    flags: tuple[Example, ...]
    passes: tuple[Example, ...]
    check: WordingCheck | PlanCheck
    suggestion: str | None = None  # the fix when a hit brings none; "{child}" = the first name
    terms: tuple[Term, ...] = ()  # the word list a local authority may add to or cut
    options: Mapping[str, object] = field(default_factory=dict)  # e.g. reading grade
    supersedes: tuple[str, ...] = ()  # rules whose finding on the same words adds nothing
    # True when the check finds nothing unless one of its terms matches: the engine then
    # skips it for a text none of its terms can be in (most texts), without calling it.
    needs_terms: bool = False

    def reads(self, field_name: str) -> bool:
        return field_name in self.fields
