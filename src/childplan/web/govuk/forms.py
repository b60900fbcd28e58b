"""Django forms drawn as GOV.UK Frontend form fields, and the error summary.

``FORM_RENDERER`` (settings) makes ``{{ form }}`` draw every field through ``field()``: the
GOV.UK input, password input, file upload or textarea with its label, hint and error
message. The error summary is built from ``form.errors``; each error links to its input (a
form-wide error to the first input), as the GOV.UK error summary pattern asks.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.forms.renderers import TemplatesSetting
from django.utils.safestring import SafeString

from childplan.web.govuk.components import component


class GovukFormRenderer(TemplatesSetting):
    form_template_name = "govuk/form.html"
    field_template_name = "govuk/field.html"


def field(bound: forms.BoundField) -> SafeString:
    """One form field as its GOV.UK component."""
    widget = bound.field.widget
    params: dict[str, Any] = {
        "id": bound.auto_id,
        "name": bound.html_name,
        "label": {"text": str(bound.label)},
    }
    if bound.help_text:
        params["hint"] = {"text": str(bound.help_text)}
    if bound.errors:
        params["errorMessage"] = {"text": " ".join(str(error) for error in bound.errors)}
    autocomplete = widget.attrs.get("autocomplete")
    if autocomplete:
        params["autocomplete"] = autocomplete
    if isinstance(widget, forms.PasswordInput):
        return component("password-input", **params)
    if isinstance(widget, forms.FileInput):
        return component("file-upload", **params)
    if isinstance(widget, forms.RadioSelect):
        return _radios(bound, params)
    value = bound.value()
    text = "" if value is None else str(value)
    if isinstance(widget, forms.Textarea):
        return component("textarea", value=text, rows=widget.attrs.get("rows"), **params)
    if isinstance(widget, forms.widgets.Input) and widget.input_type in ("text", "email", "number"):
        if widget.attrs.get("autocapitalize"):
            params["autocapitalize"] = widget.attrs["autocapitalize"]
        return component("input", type=widget.input_type, value=text, **params)
    raise TypeError(f"no GOV.UK component for a {type(widget).__name__} field yet")


def _radios(bound: forms.BoundField, params: dict[str, Any]) -> SafeString:
    """Radios in a fieldset whose legend is the field's label; the error links to the
    first radio, whose id is the field's."""
    label = params.pop("label")
    chosen = "" if bound.value() is None else str(bound.value())
    items = [
        {"value": str(value), "text": str(text), "checked": str(value) == chosen}
        for value, text in bound.field.widget.choices
        if str(value) != ""
    ]
    classes = "govuk-radios--inline" if len(items) == 2 else ""  # yes/no side by side
    params["idPrefix"] = params.pop("id")
    return component(
        "radios",
        fieldset={"legend": {"text": label["text"], "classes": "govuk-fieldset__legend--s"}},
        items=items,
        classes=classes,
        **params,
    )


def error_list(form: forms.BaseForm) -> list[dict[str, str]]:
    """The form's errors for the GOV.UK error summary, each linking to its input."""
    if not form.is_bound or not form.errors:
        return []
    fields = list(form.visible_fields())
    first = f"#{fields[0].auto_id}" if fields else "#main-content"
    errors = [{"text": str(message), "href": first} for message in form.non_field_errors()]
    for bound in fields:
        for message in bound.errors:
            errors.append({"text": str(message), "href": f"#{bound.auto_id}"})
    return errors
