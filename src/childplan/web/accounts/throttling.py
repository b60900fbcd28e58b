"""How django-axes names a client in its log lines: never the user name or the address
(personal data), only a short keyed hash, so repeated lock-outs of one client can be seen."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest


def client_str(
    username: str | None,
    ip_address: str | None,
    user_agent: str | None,
    path_info: str | None,
    request: HttpRequest | None,
) -> str:
    key = settings.SECRET_KEY.encode()
    digest = hmac.new(key, f"{username}\x00{ip_address}".encode(), hashlib.sha256).hexdigest()
    return f"client {digest[:12]}"
