"""Template tags for GOV.UK components (a builtin: every template has them).

{% govuk "tag" text="Child in need" classes="govuk-tag--blue" %}
{% govuk "warning-text" text=finding.message %}
{% govuk_field field %}          (used by the form renderer's field template)
{% govuk_error_summary form %}   (nothing when the form has no errors)
"""

from __future__ import annotations

from typing import Any

from django import forms, template
from django.utils.safestring import SafeString

from childplan.web.govuk import components
from childplan.web.govuk import forms as govuk_forms

register = template.Library()


@register.simple_tag
def govuk(_component: str, **params: Any) -> SafeString:
    return components.component(_component, **params)


@register.simple_tag
def govuk_field(bound: forms.BoundField) -> SafeString:
    return govuk_forms.field(bound)


@register.simple_tag
def govuk_error_summary(form: forms.BaseForm) -> SafeString:
    errors = govuk_forms.error_list(form)
    if not errors:
        return SafeString("")
    return components.component("error-summary", titleText="There is a problem", errorList=errors)
