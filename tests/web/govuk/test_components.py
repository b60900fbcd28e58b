"""GOV.UK components: the shared renderer gives govuk-frontend-django's markup, faster."""

from __future__ import annotations

import pytest
from django import forms
from govuk_frontend_django.components.inset_text import GovUKInsetText
from govuk_frontend_django.components.tag import GovUKTag
from govuk_frontend_django.components.warning_text import GovUKWarningText

from childplan.web.govuk.components import component, render
from childplan.web.govuk.forms import error_list, field


@pytest.mark.parametrize(
    "record",
    [
        GovUKTag(text="Child protection", classes="govuk-tag--red"),
        GovUKInsetText(text="Kerry & Dean <are> invited"),
        GovUKWarningText(text="Mind the gap", iconFallbackText="Error"),
    ],
)
def test_the_markup_is_the_packages_own(record: object) -> None:
    assert render(record) == record.render()  # type: ignore[attr-defined]


def test_text_is_escaped_and_html_is_not() -> None:
    assert "&lt;b&gt;" in component("inset-text", text="<b>")
    assert "<b>bold</b>" in component("inset-text", html="<b>bold</b>")


def test_an_unknown_parameter_is_an_error() -> None:
    with pytest.raises(TypeError):
        component("tag", txt="typo")


class Form(forms.Form):
    name = forms.CharField(label="Your name", help_text="As on your badge")
    secret = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))
    notes = forms.CharField(widget=forms.Textarea, required=False)


def test_form_fields_are_gov_uk_components() -> None:
    form = Form(data={"name": "", "secret": "x"})
    assert not form.is_valid()
    name = field(form["name"])
    assert 'class="govuk-input govuk-input--error"' in name
    assert 'class="govuk-hint"' in name and "As on your badge" in name
    assert 'class="govuk-error-message"' in name
    assert 'aria-describedby="id_name-hint id_name-error"' in name
    assert 'autocomplete="new-password"' in field(form["secret"])
    assert 'class="govuk-textarea' in field(form["notes"])


def test_the_whole_form_renders_through_the_gov_uk_renderer() -> None:
    html = str(Form())
    assert html.count('class="govuk-form-group') == 3


def test_the_error_summary_links_each_error_to_its_input() -> None:
    form = Form(data={"name": "", "secret": ""})
    form.is_valid()
    assert [error["href"] for error in error_list(form)] == ["#id_name", "#id_secret"]
    assert error_list(Form()) == []


def test_a_widget_without_a_component_is_refused() -> None:
    class Other(forms.Form):
        when = forms.DateField(widget=forms.SelectDateWidget)

    with pytest.raises(TypeError, match="no GOV\\.UK component"):
        field(Other()["when"])
