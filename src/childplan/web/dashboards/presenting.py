"""What the dashboards show, arranged in Python so the templates only lay it out: the
tables (with sort links and ``aria-sort``), the filters form and the figures. Whether a date
is late or due comes from ``childplan.dashboards.summary.standing``."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from typing import Any

from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from childplan.dashboards.summary import Standing, standing
from childplan.plan.dates import format_short_date
from childplan.plan.model import Action
from childplan.web.accounts.models import User
from childplan.web.children.presenting import PLAN_TAG_CLASSES
from childplan.web.dashboards.models import PlanSummary
from childplan.web.dashboards.queries import SHOW, Filters
from childplan.web.govuk.components import component
from childplan.web.plans.layout import SUMMARY, anchor
from childplan.web.plans.models import PLAN_TYPE_NAMES

TAGS: dict[Standing, tuple[str, str]] = {
    "late": ("Late", "govuk-tag--red"),
    "due": ("Due this week", "govuk-tag--yellow"),
    "later": ("", ""),
}
COLUMNS = (  # (sort key or None, heading, numeric)
    ("child", "Child", False),
    ("type", "Plan", False),
    ("worker", "Worker", False),
    ("review", "Review", False),
    ("core_group", "Core group", False),
    ("minutes", "Notes of meetings", False),
    (None, "Also", False),
    ("errors", "Errors", True),
)


def plan_link(summary: PlanSummary, part: str = SUMMARY) -> str:
    return f"{reverse('plans:plan', args=[summary.plan_id])}#{part}"


def team_table(
    rows: Sequence[PlanSummary], workers: dict[int, str], filters: Filters, today: dt.date
) -> SafeString:
    return component(
        "table",
        caption="Plans",
        captionClasses="govuk-visually-hidden",
        firstCellIsHeader=True,
        head=[_head(key, heading, numeric, filters) for key, heading, numeric in COLUMNS],
        rows=[_team_row(row, workers.get(row.plan.child_id), today) for row in rows],
    )


def _head(key: str | None, heading: str, numeric: bool, filters: Filters) -> dict[str, Any]:
    cell: dict[str, Any] = {"format": "numeric"} if numeric else {}
    if key is None:
        return {**cell, "text": heading}
    current = filters.sort == key
    href = filters.query(sort=key, descending=current and not filters.descending, page=1)
    sort = "none"
    if current:
        sort = "descending" if filters.descending else "ascending"
    return {
        **cell,
        "html": format_html('<a class="govuk-link" href="{}">{}</a>', href, heading),
        "attributes": {"aria-sort": sort},
    }


def _team_row(row: PlanSummary, worker: str | None, today: dt.date) -> list[dict[str, Any]]:
    child = format_html(
        '<a class="govuk-link" href="{}">{}</a>', plan_link(row), row.plan.child.name
    )
    errors = format_html('<a class="govuk-link" href="{}">{}</a>', plan_link(row), row.errors)
    return [
        {"html": child},
        {"html": _type_tag(row.plan.type)},
        {"text": worker or "Not allocated"},
        {"html": due_cell(row, "review", today)},
        {"html": due_cell(row, "core_group", today)},
        {"html": due_cell(row, "minutes", today)},
        {"html": also_cell(row, today)},
        {"html": errors, "format": "numeric"},
    ]


def due_cell(row: PlanSummary, column: str, today: dt.date) -> SafeString:
    """The date linking to the plan, and when it is late or due this week, a tag and the
    reason in words."""
    day: dt.date | None = getattr(row, f"{column}_due")
    if day is None:
        return SafeString("")
    state = standing(day, today)
    link = format_html(
        '<a class="govuk-link" href="{}">{}</a>', plan_link(row), format_short_date(day)
    )
    if state == "later":
        return link
    about = row.dues.get(column, {})
    booked = about.get("booked")
    return format_html(
        '{} {}<br><span class="govuk-body-s">{}{}</span>',
        link,
        _tag(state),
        about.get("reason", ""),
        f"; booked for {format_short_date(dt.date.fromisoformat(booked))}" if booked else "",
    )


def also_cell(row: PlanSummary, today: dt.date) -> SafeString:
    """Over 9 months, an interim plan expired, other things late, drift: each a link."""
    found: list[tuple[str, str]] = []
    if row.nine_months_on is not None and today > row.nine_months_on:
        found.append((plan_link(row), "Child in need over 9 months"))
    if standing(row.senior_review_due, today) in ("late", "due") and not found:
        found.append((plan_link(row), "Senior manager review due"))
    if row.interim_due is not None and row.interim_due < today:
        found.append((plan_link(row), "Interim plan expired"))
    elif standing(row.interim_due, today) == "due":
        found.append((plan_link(row), "Full plan due this week"))
    other = standing(row.other_due, today)
    if other in ("late", "due"):
        title = row.dues.get("other", {}).get("title", "Meeting")
        found.append((plan_link(row), f"{title} {'late' if other == 'late' else 'due'}"))
    if row.drift:
        found.append((plan_link(row, anchor(row.drift_path or SUMMARY)), "Drifting"))
    if standing(row.action_due, today) == "late":
        found.append((plan_link(row), "Actions overdue"))
    return format_html_join(SafeString("<br>"), '<a class="govuk-link" href="{}">{}</a>', found)


@functools.cache
def _tag(state: Standing | None) -> SafeString:
    """Made once a process: the same few tags are on every row."""
    if state is None or state == "later":
        return SafeString("")
    text, classes = TAGS[state]
    return component("tag", text=text, classes=classes)


@functools.cache
def _type_tag(plan_type: str) -> SafeString:
    return component(
        "tag",
        text=PLAN_TYPE_NAMES.get(plan_type, plan_type),
        classes=PLAN_TAG_CLASSES.get(plan_type),
    )


def figures_list(counted: dict[str, int], filters: Filters) -> SafeString:
    """The figures as a summary list, each linking to the plans it counts."""
    lines = [
        ("Plans", counted["plans"], "all"),
        ("With something late", counted["late"], "late"),
        ("With something due this week", counted["due"], "due"),
        ("Reviews late", counted["reviews_late"], "late"),
        ("Reviews due this week", counted["reviews_due"], "due"),
        ("Core groups late", counted["core_groups_late"], "late"),
        ("Core groups due this week", counted["core_groups_due"], "due"),
        ("Notes of meetings late", counted["minutes_late"], "late"),
        ("Child in need over 9 months", counted["over_nine_months"], "late"),
        ("Interim plans expired", counted["interim_expired"], "late"),
        ("With actions overdue", counted["actions_late"], "late"),
        ("Drifting", counted["drifting"], "drift"),
        ("With errors", counted["with_errors"], "errors"),
    ]
    return component(
        "summary-list",
        classes="govuk-summary-list--no-border",
        rows=[
            {
                "key": {"text": key},
                "value": {"text": str(value)},
                "actions": {
                    "items": [
                        {
                            "href": filters.query(show=show, page=1),
                            "text": "Show",
                            "visuallyHiddenText": key.lower(),
                        }
                    ]
                }
                if show != filters.show
                else None,
            }
            for key, value, show in lines
        ],
    )


def filters_form(filters: Filters, workers: Sequence[User]) -> dict[str, SafeString]:
    return {
        "show": _select("show", "Show", filters.show, list(SHOW.items())),
        "type": _select(
            "type", "Plan type", filters.plan_type, [("", "Any"), *PLAN_TYPE_NAMES.items()]
        ),
        "worker": _select(
            "worker",
            "Worker",
            str(filters.worker or ""),
            [("", "Anyone"), *((str(user.pk), user.display_name) for user in workers)],
        ),
        "button": component(
            "button", text="Apply filters", classes="govuk-button--secondary", type="submit"
        ),
    }


def _select(name: str, label: str, chosen: str, options: list[tuple[str, str]]) -> SafeString:
    return component(
        "select",
        id=f"filter-{name}",
        name=name,
        label={"text": label},
        items=[
            {"value": value, "text": text, "selected": value == chosen} for value, text in options
        ],
    )


def pagination(page: Any, filters: Filters) -> SafeString | None:
    if page.paginator.num_pages <= 1:
        return None
    return component(
        "pagination",
        previous={"href": filters.query(page=page.previous_page_number())}
        if page.has_previous()
        else None,
        next={"href": filters.query(page=page.next_page_number())} if page.has_next() else None,
        items=[
            {"number": number, "href": filters.query(page=number), "current": number == page.number}
            if isinstance(number, int)
            else {"ellipsis": True}
            for number in page.paginator.get_elided_page_range(page.number)
        ],
    )


def actions_table(found: Sequence[tuple[PlanSummary, str, Action]], today: dt.date) -> SafeString:
    """The practitioner's actions late or due this week, each linking to it in its plan."""
    rows = []
    for row, path, action in found:
        when = action.when
        day = when.date if when is not None else None
        rows.append(
            [
                {"text": row.plan.child.name},
                {
                    "html": format_html(
                        '<a class="govuk-link" href="{}">{}</a>',
                        plan_link(row, anchor(path)),
                        action.action,
                    )
                },
                {"text": action.who or "No one named"},
                {
                    "html": format_html(
                        "{} {}", format_short_date(day) if day else "", _tag(standing(day, today))
                    )
                },
            ]
        )
    return component(
        "table",
        caption="Actions late or due this week",
        captionClasses="govuk-table__caption--m",
        firstCellIsHeader=True,
        head=[{"text": "Child"}, {"text": "Action"}, {"text": "Who"}, {"text": "Due"}],
        rows=rows,
    )


def plans_table(caption: str, rows: Sequence[PlanSummary], today: dt.date) -> SafeString:
    """The practitioner's plans with something late or due, or with errors."""
    return component(
        "table",
        caption=caption,
        captionClasses="govuk-table__caption--m",
        firstCellIsHeader=True,
        head=[
            {"text": "Child"},
            {"text": "Plan"},
            {"text": "Review"},
            {"text": "Also"},
            {"text": "Errors", "format": "numeric"},
            {"text": "Warnings", "format": "numeric"},
        ],
        rows=[
            [
                {
                    "html": format_html(
                        '<a class="govuk-link" href="{}">{}</a>',
                        plan_link(row),
                        row.plan.child.name,
                    )
                },
                {"html": _type_tag(row.plan.type)},
                {"html": due_cell(row, "review", today)},
                {"html": _also_with_meetings(row, today)},
                {"text": str(row.errors), "format": "numeric"},
                {"text": str(row.warnings), "format": "numeric"},
            ]
            for row in rows
        ],
    )


def _also_with_meetings(row: PlanSummary, today: dt.date) -> SafeString:
    parts = [
        due_cell(row, column, today)
        for column in ("core_group", "minutes")
        if standing(getattr(row, f"{column}_due"), today) in ("late", "due")
    ]
    parts.append(also_cell(row, today))
    return format_html_join(SafeString("<br>"), "{}", ((part,) for part in parts if part))


def as_of(rows: Sequence[PlanSummary], today: dt.date) -> str | None:
    """When the checker's counts shown are older than today: from which day."""
    oldest = min((row.computed_on for row in rows), default=today)
    return format_short_date(oldest) if oldest < today else None
