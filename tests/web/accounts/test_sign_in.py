"""Signing in: GOV.UK form with an error summary, throttled by django-axes."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

pytestmark = [pytest.mark.database, pytest.mark.django_db]

SIGN_IN = reverse("accounts:login")
PASSWORD = "correct horse battery"


@pytest.fixture
def user(world: Any) -> Any:
    world.worker.set_password(PASSWORD)
    world.worker.save()
    return world.worker


def sign_in(client: Any, password: str, username: str = "worker") -> Any:
    return client.post(SIGN_IN, {"username": username, "password": password})


def test_the_sign_in_page_is_a_gov_uk_form(client: Any) -> None:
    html = client.get(SIGN_IN).content.decode()
    assert 'class="govuk-input' in html and 'id="id_username"' in html
    assert (
        'data-module="govuk-password-input"' in html and 'autocomplete="current-password"' in html
    )
    assert "csrfmiddlewaretoken" in html
    assert "govuk-error-summary" not in html


def test_signing_in_goes_to_the_caseload(client: Any, user: Any) -> None:
    page = sign_in(client, PASSWORD)
    assert page.status_code == 302 and page["Location"] == reverse("children:caseload")


def test_a_wrong_password_gets_an_error_summary_linking_to_the_field(
    client: Any, user: Any
) -> None:
    page = sign_in(client, "wrong password")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<title>Error: Sign in" in html
    assert 'class="govuk-error-summary"' in html
    assert 'href="#id_username"' in html and "Enter a correct user name and password" in html


def test_an_empty_field_is_an_error_on_that_field(client: Any, user: Any) -> None:
    html = sign_in(client, "").content.decode()
    assert 'href="#id_password"' in html
    assert 'class="govuk-error-message"' in html


def test_five_wrong_passwords_lock_the_account_out(client: Any, user: Any) -> None:
    for _ in range(5):
        sign_in(client, "wrong password")
    locked = sign_in(client, PASSWORD)  # even the right password, now
    assert locked.status_code == 429
    assert "Too many attempts to sign in" in locked.content.decode()


def test_passwords_are_stored_with_argon2(world: Any, settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
    world.worker.set_password(PASSWORD)
    assert world.worker.password.startswith("argon2$")


def test_signing_out_needs_a_post(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    assert client.get(reverse("accounts:logout")).status_code == 405
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(reverse("children:caseload")).status_code == 302
