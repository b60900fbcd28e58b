"""Render GOV.UK Frontend components from govuk-frontend-django's records.

govuk-frontend-django renders each component by building a new Jinja environment and
compiling the macro again, about 11 ms a component: a caseload of 200 children would take
seconds. Here one environment is shared and each macro is compiled once, so a component
takes well under a millisecond; the markup is the same (tests/web/govuk/test_components.py
compares the two).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib
from typing import Any

from django.utils.safestring import SafeString, mark_safe
from jinja2 import Environment, PackageLoader, PrefixLoader, Template, select_autoescape

_ENVIRONMENT = Environment(
    loader=PrefixLoader({"govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja")}),
    autoescape=select_autoescape(default_for_string=True),
)


def component(component_name: str, /, **params: Any) -> SafeString:
    """A component by its GOV.UK Frontend name ("tag", "inset-text", "error-summary"...)."""
    return render(record_class(component_name)(**params))


def record_class(name: str) -> Any:
    module = importlib.import_module(f"govuk_frontend_django.components.{name.replace('-', '_')}")
    return module.COMPONENT


def render(record: Any) -> SafeString:
    """One govuk-frontend-django component record as HTML."""
    macro = _macro(record._jinja2_template, record._macro_name)
    return mark_safe(macro.render(data=_params(record)))


@functools.cache
def _macro(template: str, name: str) -> Template:
    return _ENVIRONMENT.from_string(
        f"{{%- from '{template}' import {name} -%}}{{{{ {name}(data) }}}}"
    )


def _params(value: Any) -> Any:
    """The record as the plain data the macros read: no unset (None) values, and the
    fields Python cannot name (``_for``) under their GOV.UK names (``for``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            str(field.metadata.get("name", field.name)): _params(getattr(value, field.name))
            for field in dataclasses.fields(value)
            if getattr(value, field.name) is not None
        }
    if isinstance(value, dict):
        return {key: _params(item) for key, item in value.items() if item is not None}
    if isinstance(value, list | tuple):
        return [_params(item) for item in value]
    return value
