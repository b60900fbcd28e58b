"""The plan page: the plan's records with the checker's findings placed beside the part of
the plan each is about.

A finding's path (``needs[0].outcomes[1].actions[0].who``) is placed at the nearest element
the page shows (the action), walking up the path; findings about the plan as a whole go to
the summary at the top. Each finding becomes a GOV.UK hint: warning text for an error, inset
text for a warning or advice. They are hints, not form errors: a plan with findings can be
saved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from childplan.plan.dates import format_short_date
from childplan.plan.model import parent_path
from childplan.quality.rule import Finding, Severity
from childplan.web.children.models import Person
from childplan.web.govuk.components import component
from childplan.web.plans import models as db
from childplan.web.plans.checking import Counts

# Plan-wide parts shown in their own section, in page order, with their headings.
SECTIONS = (
    ("childs_views", "The child's views"),
    ("people", "People and network"),
    ("worries", "What we are worried about"),
    ("strengths", "What is working well"),
    ("contingency", "If the plan is not working (contingency)"),
    ("bottom_lines", "Bottom lines"),
    ("assumptions", "Assumptions"),
    ("resources", "Resources"),
    ("monitoring", "How we will know it is working (monitoring)"),
    ("events", "Key dates"),
)
# Paths shown in another part's section.
_SHOWN_WITH = {"explained_to_child": "childs_views", "next_review": "events"}
SUMMARY = "summary"


def anchor(path: str) -> str:
    """The page id for a part of the plan: needs[0].outcomes[1] -> needs-0-outcomes-1."""
    return re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or SUMMARY


@dataclass
class Part:
    """One place on the page that shows findings: a section, a need, an outcome, an action."""

    path: str
    hints: list[SafeString] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return anchor(self.path)


@dataclass
class ActionPart(Part):
    record: db.Action | None = None
    number: str = ""

    @property
    def when(self) -> str:
        assert self.record is not None
        return timescale_words(self.record.when_text, self.record.when_date)

    @property
    def last_noted(self) -> dt.date | None:
        """The date of the newest progress note (prefetched: no query)."""
        assert self.record is not None
        notes = list(self.record.progress.all())
        return notes[-1].date if notes else None


@dataclass
class OutcomePart(Part):
    record: db.Outcome | None = None
    number: str = ""
    actions: list[ActionPart] = field(default_factory=list)

    @property
    def by(self) -> str:
        assert self.record is not None
        return timescale_words(self.record.by_text, self.record.by_date)


@dataclass
class NeedPart(Part):
    record: db.Need | None = None
    number: str = ""
    outcomes: list[OutcomePart] = field(default_factory=list)


@dataclass
class Section(Part):
    title: str = ""


@dataclass
class PersonPart(Part):
    record: Person | None = None


@dataclass(frozen=True)
class SummaryLine:
    finding: Finding
    anchor: str


@dataclass
class PlanLayout:
    needs: list[NeedPart]
    sections: dict[str, Section]
    plan_wide: Part
    summary: list[SummaryLine]
    counts: Counts
    achieved: list[OutcomePart]  # off the live plan, listed apart (seed 003)
    people: list[PersonPart]  # each with the findings about them (parent not invited...)


def timescale_words(text: str, date: dt.date | None) -> str:
    """A "when" as written, but a bare date (2027-01-15) as people read it."""
    if date is not None and text.strip() == date.isoformat():
        return format_short_date(date)
    return text


def lay_out(plan: db.Plan, findings: list[Finding]) -> PlanLayout:
    parts: dict[str, Part] = {}
    sections = {path: Section(path, title=title) for path, title in SECTIONS}
    parts.update(sections)
    needs = []
    achieved = []
    people = [PersonPart(f"people[{i}]", record=p) for i, p in enumerate(plan.child.people.all())]
    parts.update((person.path, person) for person in people)
    for n, need in enumerate(plan.needs.all()):
        need_part = NeedPart(f"needs[{n}]", record=need, number=str(n + 1))
        for o, outcome in enumerate(need.outcomes.all()):
            outcome_part = OutcomePart(
                f"{need_part.path}.outcomes[{o}]", record=outcome, number=f"{n + 1}.{o + 1}"
            )
            if outcome.achieved is not None:
                achieved.append(outcome_part)
                continue
            for a, action in enumerate(outcome.actions.all()):
                outcome_part.actions.append(
                    ActionPart(
                        f"{outcome_part.path}.actions[{a}]",
                        record=action,
                        number=f"{outcome_part.number}.{a + 1}",
                    )
                )
                parts[outcome_part.actions[-1].path] = outcome_part.actions[-1]
            need_part.outcomes.append(outcome_part)
            parts[outcome_part.path] = outcome_part
        needs.append(need_part)
        parts[need_part.path] = need_part
    plan_wide = Part("")
    placed: dict[str, list[Finding]] = defaultdict(list)
    summary = []
    for finding in findings:
        part = _place(finding.path, parts) or plan_wide
        placed[part.path].append(finding)
        summary.append(SummaryLine(finding, part.anchor))
    for path, found in placed.items():
        (parts.get(path) or plan_wide).hints.extend(hint(finding) for finding in found)
    # The summary reads errors first, then warnings, then advice; in plan order within each.
    summary.sort(key=lambda line: -line.finding.severity)
    return PlanLayout(needs, sections, plan_wide, summary, Counts.of(findings), achieved, people)


def _place(path: str, parts: dict[str, Part]) -> Part | None:
    path = _SHOWN_WITH.get(path, path)
    while path:
        if path in parts:
            return parts[path]
        path = _SHOWN_WITH.get(parent_path(path), parent_path(path))
    return None


def hint(finding: Finding) -> SafeString:
    """A finding as GOV.UK warning text (an error) or inset text (a warning or advice):
    what is wrong, the words it is about (when it is about some words of the field), and
    what to do."""
    lines = [format_html("{}", finding.message)]
    if finding.span is not None and finding.text:
        lines.append(format_html("<q>{}</q>", finding.text))
    if finding.suggestion:
        lines.append(format_html("What to do: {}", finding.suggestion))
    if finding.severity == Severity.ERROR:  # warning text holds phrasing content only
        html = format_html_join(SafeString("<br>"), "{}", ((line,) for line in lines))
        return component("warning-text", html=html, iconFallbackText="Error")
    label = "Warning" if finding.severity == Severity.WARNING else "Advice"
    lines[0] = format_html("<strong>{}:</strong> {}", label, lines[0])
    html = format_html_join("", '<p class="govuk-body">{}</p>', ((line,) for line in lines))
    return component("inset-text", html=html)
