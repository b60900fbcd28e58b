"""What the audit log page shows, arranged in Python: the filter fields, the table of
entries and the page links (GOV.UK components; the template only lays them out)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.paginator import Page
from django.http import QueryDict
from django.utils import timezone
from django.utils.safestring import SafeString

from childplan.web.audit.models import AuditEntry
from childplan.web.govuk.components import component

# Field name -> the width class of its input.
WIDTHS = {"user": "govuk-input--width-20", "child": "govuk-input--width-20"}
DATE_WIDTH = "govuk-input--width-10"


def filter_field(bound: forms.BoundField) -> SafeString:
    """One filter as its GOV.UK input (or select, for the action)."""
    value = bound.value()
    params: dict[str, Any] = {
        "id": bound.auto_id,
        "name": bound.html_name,
        "label": {"text": str(bound.label), "classes": "govuk-label--s"},
    }
    if bound.help_text:
        params["hint"] = {"text": str(bound.help_text)}
    if bound.errors:
        params["errorMessage"] = {"text": " ".join(str(error) for error in bound.errors)}
    if isinstance(bound.field, forms.ChoiceField):
        chosen = "" if value is None else str(value)
        items = [
            {"value": str(v), "text": str(t), "selected": str(v) == chosen}
            for v, t in bound.field.widget.choices
        ]
        return component("select", items=items, **params)
    classes = WIDTHS.get(bound.name, DATE_WIDTH)
    text = "" if value is None else str(value)
    return component("input", value=text, classes=classes, spellcheck=False, **params)


def when(entry: AuditEntry) -> str:
    at = timezone.localtime(entry.at)
    return f"{at.day} {at:%b %Y, %H:%M:%S}"


def entries_table(entries: list[AuditEntry]) -> SafeString:
    rows = [
        [
            {"text": when(entry)},
            {"text": f"{entry.user.display_name} ({entry.user.username})"},
            {"text": AuditEntry.Action(entry.action).label},
            {"text": f"{entry.child.name} ({entry.child_id})"},
            {"text": f"{entry.object_type} {entry.object_id}"},
            {"text": entry.path, "classes": "govuk-!-text-break-word"},
        ]
        for entry in entries
    ]
    return component(
        "table",
        caption="Audit entries, newest first",
        captionClasses="govuk-visually-hidden",
        head=[
            {"text": "When"},
            {"text": "Who"},
            {"text": "Action"},
            {"text": "Child (record)"},
            {"text": "What"},
            {"text": "Page"},
        ],
        rows=rows,
        classes="govuk-!-font-size-16",
    )


def page_links(page: Page[AuditEntry], query: QueryDict) -> SafeString:
    """The GOV.UK pagination for this page of results, keeping the filters in each link."""
    paginator = page.paginator
    if paginator.num_pages <= 1:
        return SafeString("")

    def href(number: int) -> str:
        params = query.copy()
        params["page"] = str(number)
        return f"?{params.urlencode()}"

    items: list[dict[str, Any]] = []
    shown = {1, page.number - 1, page.number, page.number + 1, paginator.num_pages}
    before = 0
    for number in sorted(n for n in shown if 1 <= n <= paginator.num_pages):
        if number > before + 1:
            items.append({"ellipsis": True})
        items.append(
            {"number": str(number), "href": href(number), "current": number == page.number}
        )
        before = number
    params: dict[str, Any] = {"items": items}
    if page.has_previous():
        params["previous"] = {"href": href(page.previous_page_number())}
    if page.has_next():
        params["next"] = {"href": href(page.next_page_number())}
    return component("pagination", landmarkLabel="Pages of audit entries", **params)
