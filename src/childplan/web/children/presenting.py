"""What the caseload and the child's page show, arranged in Python so templates only lay
it out (no access or quality decisions in templates)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from childplan.dashboards.summary import standing
from childplan.plan.dates import format_short_date
from childplan.plan.model import Child as PlanChild
from childplan.web.children.models import Allocation, Child
from childplan.web.dashboards.models import PlanSummary
from childplan.web.govuk.components import component
from childplan.web.plans import checking
from childplan.web.plans.models import Plan

# Tag colours by plan type: words carry the meaning, colour only helps.
PLAN_TAG_CLASSES = {
    "early_help": "govuk-tag--green",
    "family_help": "govuk-tag--green",
    "child_in_need": "govuk-tag--blue",
    "child_protection": "govuk-tag--red",
    "looked_after": "govuk-tag--purple",
    "pathway": "govuk-tag--turquoise",
    "interim_safety": "govuk-tag--orange",
}


@dataclass(frozen=True)
class CaseloadRow:
    child: Child
    plan: Plan | None
    counts: checking.Counts | None
    review_overdue: bool


def current_plan(child: Child) -> Plan | None:
    """The plan the caseload shows, from ``open_plans`` prefetched by the caseload: the
    newest current plan, or, for a child who has only drafts, the newest draft (an
    imported draft does not displace the plan in force)."""
    plans: list[Plan] = getattr(child, "open_plans", None) or []
    return max(
        plans,
        key=lambda plan: (plan.status == Plan.Status.CURRENT, plan.date, plan.pk),
        default=None,
    )


def caseload_rows(
    children: Iterable[Child], summaries: Mapping[int, PlanSummary], today: dt.date
) -> list[CaseloadRow]:
    rows = []
    for child in children:
        plan = current_plan(child)
        summary = summaries.get(plan.pk) if plan is not None else None
        counts, overdue = None, False
        if summary is not None:
            counts = checking.Counts(summary.errors, summary.warnings)  # advice is not shown
            overdue = standing(summary.review_due, today) == "late"
        rows.append(CaseloadRow(child, plan, counts, overdue))
    return rows


def caseload_table(rows: list[CaseloadRow]) -> SafeString:
    table_rows = []
    for row in rows:
        link = format_html(
            '<a class="govuk-link" href="{}">{}</a>',
            reverse("children:child", args=[row.child.pk]),
            row.child.name,
        )
        plan = row.plan
        counts = row.counts
        table_rows.append(
            [
                {"html": link},
                {"html": plan_tag(plan) if plan else "No open plan"},
                {"html": review_cell(plan, row.review_overdue)},
                {"text": str(counts.errors) if counts else "", "format": "numeric"},
                {"text": str(counts.warnings) if counts else "", "format": "numeric"},
            ]
        )
    return component(
        "table",
        caption="Children",
        captionClasses="govuk-visually-hidden",
        firstCellIsHeader=True,
        head=[
            {"text": "Child"},
            {"text": "Plan"},
            {"text": "Next review"},
            {"text": "Errors", "format": "numeric"},
            {"text": "Warnings", "format": "numeric"},
        ],
        rows=table_rows,
    )


def plan_tag(plan: Plan) -> SafeString:
    return component("tag", text=plan.type_name, classes=PLAN_TAG_CLASSES.get(plan.type))


def review_cell(plan: Plan | None, overdue: bool) -> SafeString:
    if plan is None or plan.next_review is None:
        return SafeString("Not set")
    day = format_short_date(plan.next_review)
    if overdue:
        return format_html("{} {}", day, component("tag", text="Overdue", classes="govuk-tag--red"))
    return format_html("{}", day)


def child_context(child: Child, today: dt.date) -> dict[str, Any]:
    allocation = (
        Allocation.objects.filter(child=child, ended__isnull=True).select_related("worker").first()
    )
    plans = list(child.plans.all())
    details = [
        ("Date of birth", _birth(child, today)),
        ("First language", child.language or "Not recorded"),
        ("Needs an interpreter", _yes_no(child.needs_interpreter, child.interpreter)),
        ("Identity", child.identity or "Not recorded"),
        ("Team", child.team.name),
        ("Allocated worker", allocation.worker.display_name if allocation else "Not allocated"),
    ]
    people_rows = [
        [
            {"text": person.name},
            {"text": person.relationship or person.role or ""},
            {"text": person.agency},
            {"text": _maybe(person.parental_responsibility)},
            {"text": _maybe(person.lives_with_child)},
            {
                "text": "Yes"
                if person.involved
                else f"No: {person.not_involved_reason or 'no reason recorded'}"
            },
        ]
        for person in child.people.all()
    ]
    plan_rows = [
        [
            {
                "html": format_html(
                    '<a class="govuk-link" href="{}">{}</a>',
                    reverse("plans:plan", args=[plan.pk]),
                    format_short_date(plan.date),
                )
            },
            {"html": plan_tag(plan)},
            {"text": plan.get_status_display()},
            {"text": format_short_date(plan.next_review) if plan.next_review else "Not set"},
        ]
        for plan in plans
    ]
    return {
        "child": child,
        "details": component(
            "summary-list",
            rows=[{"key": {"text": key}, "value": {"text": value}} for key, value in details],
        ),
        "people": component(
            "table",
            caption="People in the child's life and the professionals working with them",
            captionClasses="govuk-table__caption--m",
            head=[
                {"text": "Name"},
                {"text": "Relationship or role"},
                {"text": "Agency"},
                {"text": "Parental responsibility"},
                {"text": "Lives with the child"},
                {"text": "Involved"},
            ],
            rows=people_rows,
        )
        if people_rows
        else None,
        "plans": component(
            "table",
            caption="Plans",
            captionClasses="govuk-table__caption--m",
            head=[
                {"text": "Plan date"},
                {"text": "Type"},
                {"text": "Status"},
                {"text": "Next review"},
            ],
            rows=plan_rows,
        )
        if plan_rows
        else None,
    }


def _birth(child: Child, today: dt.date) -> str:
    if child.date_of_birth is None:
        return "Not recorded"
    age = PlanChild(child.name, child.date_of_birth).age_on(today)
    return f"{format_short_date(child.date_of_birth)} (age {age})"


def _yes_no(flag: bool, detail: str) -> str:
    if not flag:
        return "No"
    return f"Yes: {detail}" if detail else "Yes, not yet arranged"


def _maybe(flag: bool | None) -> str:
    return "Not recorded" if flag is None else ("Yes" if flag else "No")
