from __future__ import annotations

from typing import Any

from django.contrib.auth.forms import AuthenticationForm


class SignInForm(AuthenticationForm):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].label = "User name"
        self.error_messages = {
            "invalid_login": "Enter a correct user name and password. Both are case-sensitive.",
            "inactive": "This account is not active. Ask your administrator.",
        }
