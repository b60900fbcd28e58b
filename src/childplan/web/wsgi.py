"""The WSGI application, for a production server behind HTTPS (`childplan serve` uses
Django's own server on this machine)."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "childplan.web.settings")
application = get_wsgi_application()
