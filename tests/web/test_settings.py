"""The security settings that are not a deployment's choice."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from childplan.web import settings as ours


def test_passwords_are_hashed_with_argon2_first() -> None:
    assert ours.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"


def test_sign_in_is_throttled_by_axes() -> None:
    assert ours.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"
    assert ours.MIDDLEWARE[-1] == "axes.middleware.AxesMiddleware"
    assert ours.AXES_FAILURE_LIMIT == 5


def test_csrf_and_csp_are_on() -> None:
    assert "django.middleware.csrf.CsrfViewMiddleware" in ours.MIDDLEWARE
    assert "csp.middleware.CSPMiddleware" in ours.MIDDLEWARE
    for sources in ours.CONTENT_SECURITY_POLICY["DIRECTIVES"].values():
        assert "'unsafe-inline'" not in sources and "'unsafe-eval'" not in sources


def test_the_logs_name_no_one() -> None:
    formats = [f["format"] for f in ours.LOGGING["formatters"].values()]
    assert all("request" not in f and "body" not in f for f in formats)


@pytest.mark.database
@pytest.mark.django_db
def test_every_page_sends_the_security_headers(client: Any) -> None:
    page = client.get(reverse("accounts:login"))
    policy = page["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "script-src 'self'" in policy
    assert "style-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert page["X-Frame-Options"] == "DENY"
    assert page["X-Content-Type-Options"] == "nosniff"
    assert page["Referrer-Policy"] == "same-origin"
