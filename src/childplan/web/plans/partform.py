"""The form of a part of the plan (its fields as declared in ``parts``), drawn as GOV.UK
fields with the checker's findings under each.

Findings are hints, not form errors: a field the checker warns about can still be saved.
Without JavaScript they appear when the form is checked ("Check" re-draws the form without
saving) or saved; with JavaScript (htmx) typing in a field asks the part's check URL for
that field's findings and puts them under it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from childplan.plan.dates import DateError, parse_timescale
from childplan.quality.rule import Finding, Severity
from childplan.web.children.models import Person
from childplan.web.govuk.components import component
from childplan.web.govuk.forms import field as govuk_field
from childplan.web.plans import checking
from childplan.web.plans.formfields import DayField
from childplan.web.plans.models import Plan
from childplan.web.plans.parts import Field, Located, Part


class PartForm(forms.Form):
    """The part's declared fields, and the plan's ``version`` as the page was opened."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    def __init__(self, *args: Any, part: Part, plan_date: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.part = part
        self.plan_date = plan_date
        for field in part.fields:
            self.fields[field.name] = _form_field(field)

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if "version" in self.errors or (cleaned and cleaned.get("version") is None):
            # a hidden field's own error would not be shown: say it here
            self.errors.pop("version", None)
            self.add_error(None, f"Open this {self.part.noun} from the plan page again")
        for field in self.part.fields:
            text = (cleaned or {}).get(field.name)
            if field.needed_if and not text and field.name not in self.errors:
                other, value = field.needed_if
                if (cleaned or {}).get(other) == value:
                    self.add_error(field.name, field.required)
            if field.timescale and text:
                try:
                    parse_timescale(text, self.plan_date)
                except DateError as error:
                    self.add_error(field.name, str(error))
        return cleaned


def _form_field(field: Field) -> forms.Field:
    """The Django field for a declared one: radios, a day, or words."""
    required = bool(field.required) and not field.needed_if
    messages = {"required": field.required}
    if field.choices:
        return forms.ChoiceField(
            label=field.label,
            help_text=field.hint,
            choices=field.choices,
            widget=forms.RadioSelect,
            required=required,
            error_messages={
                **messages,
                "invalid_choice": f"Select one of the choices for “{field.label.lower()}”",
            },
        )
    if field.day:
        day = DayField(label=field.label, required=required, error_messages=messages)
        day.help_text = field.hint or day.help_text
        return day
    return forms.CharField(
        required=required,
        max_length=None if field.rows else field.length,
        error_messages=messages,
    )


def findings_for(plan: Plan, path: str, text: str) -> list[Finding]:
    """The checker's findings for one field's text, in the context of its plan."""
    if not text.strip():
        return []
    return checking.checker().check_field(plan.to_plan(), path, text, today=timezone.localdate())


def field_hint(finding: Finding, text: str) -> SafeString:
    """A finding under its field: the message, the field's words with the ones it is
    about marked, and what to do."""
    lines = [format_html("{}", finding.message)]
    if finding.span is not None:
        start, end = finding.span
        lines.append(
            format_html("<q>{}<mark>{}</mark>{}</q>", text[:start], text[start:end], text[end:])
        )
    if finding.suggestion:
        lines.append(format_html("What to do: {}", finding.suggestion))
    if finding.severity == Severity.ERROR:
        html = format_html_join(SafeString("<br>"), "{}", ((line,) for line in lines))
        return component("warning-text", html=html, iconFallbackText="Error")
    label = "Warning" if finding.severity == Severity.WARNING else "Advice"
    lines[0] = format_html("<strong>{}:</strong> {}", label, lines[0])
    html = format_html_join("", '<p class="govuk-body">{}</p>', ((line,) for line in lines))
    return component("inset-text", html=html)


def findings_html(plan: Plan, path: str, text: str) -> SafeString:
    found = findings_for(plan, path, text)
    return format_html_join("", "{}", ((field_hint(finding, text),) for finding in found))


def draw_fields(
    form: PartForm, plan: Plan, located: Located, check_url: str, *, show_findings: bool
) -> list[SafeString]:
    """Each field as its GOV.UK component with its findings under it."""
    drawn = []
    for field in form.part.fields:
        if not field.live:
            drawn.append(govuk_field(form[field.name]))
            continue
        text = str(form[field.name].value() or "")
        path = form.part.field_path(located, field.name)
        hints = findings_html(plan, path, text) if show_findings else SafeString("")
        drawn.append(_field(form, field, check_url, hints))
        if field.people:
            drawn.append(people_list(plan, field))
    return drawn


def people_list(plan: Plan, field: Field) -> SafeString:
    """The plan's people as suggestions for a "who" field (a ``<datalist>``): the browser
    offers them as the user types, and any other words are still accepted."""
    names = [(who_words(person),) for person in plan.child.people.all()]
    return format_html(
        '<datalist id="people-{}">{}</datalist>',
        field.name,
        format_html_join("", '<option value="{}"></option>', names),
    )


def who_words(person: Person) -> str:
    """A person as an action's "who" names them: "Sarah Smith (mother)", "Dr Patel (GP,
    Hill Street Surgery)"."""
    about = [part for part in (person.relationship, person.role, person.agency) if part]
    return f"{person.name} ({', '.join(about)})" if about else person.name


def part_findings(plan: Plan, located: Located, part: Part) -> list[SafeString]:
    """The checker's findings about the part as a whole (a person a parent not invited),
    which no one field's words show."""
    if not part.whole_findings or not located.path:
        return []
    found = checking.check(plan.to_plan(), timezone.localdate())
    return [field_hint(finding, "") for finding in found if part.owns(located, finding.path)]


def _field(form: PartForm, field: Field, check_url: str, hints: SafeString) -> SafeString:
    """One field, asking for its findings as the user types, and the findings under it."""
    bound = form[field.name]
    value = bound.value()
    params: dict[str, Any] = {
        "id": bound.auto_id,
        "name": bound.html_name,
        "label": {"text": field.label, "classes": "govuk-label--s"},
        "hint": {"text": field.hint},
        "value": "" if value is None else str(value),
        "attributes": {
            "hx-post": f"{check_url}?field={field.name}",
            "hx-trigger": "input changed delay:400ms",
            "hx-target": f"#findings-{field.name}",
            "hx-swap": "innerHTML",
        },
    }
    if bound.errors:
        params["errorMessage"] = {"text": " ".join(str(error) for error in bound.errors)}
    if field.people:
        params["attributes"]["list"] = f"people-{field.name}"
        params["autocomplete"] = "off"
    if field.rows:
        drawn = component("textarea", rows=field.rows, **params)
    else:
        drawn = component("input", spellcheck=True, **params)
    return format_html(
        '{}<div id="findings-{}" class="childplan-field-findings" aria-live="polite">{}</div>',
        drawn,
        field.name,
        hints,
    )
