"""`childplan serve`: the web application on this machine, with a demonstration caseload.

Applies the database migrations (SQLite in the data directory unless DATABASE_URL names a
PostgreSQL database), loads the demo caseload once (unless --no-demo), prints the address
and the demo logins, and serves on 127.0.0.1 with Django's own server. Django is imported
here, inside run(), so the other commands never load it.

It speaks plain HTTP on this machine only, so it sends cookies without the HTTPS-only flag
unless CHILDPLAN_SECURE_COOKIES says otherwise; a deployment serves ``childplan.web.wsgi``
behind HTTPS instead.
"""

from __future__ import annotations

import argparse
import io
import os
from pathlib import Path
from typing import Any

from childplan.cli.reading import EXIT_OK, EXIT_UNREADABLE, CommandError, report_unreadable

HOST = "127.0.0.1"


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "serve",
        help="start the web application on this machine",
        description="Set up the database, load the demonstration caseload and serve the web "
        f"application at http://{HOST}:PORT/.",
    )
    parser.add_argument("--port", type=_port, default=8000, help="the port (default: 8000)")
    parser.add_argument(
        "--no-demo", action="store_true", help="do not load the demonstration caseload"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        logins = prepare(demo=not args.no_demo)
    except CommandError as error:
        report_unreadable(error)
        return EXIT_UNREADABLE
    print(welcome(args.port, logins), flush=True)

    from django.core.management import call_command

    call_command("runserver", f"{HOST}:{args.port}", use_reloader=False, skip_checks=True)
    return EXIT_OK


def prepare(demo: bool = True) -> Any:
    """Set Django up, migrate the database and load the demo; the demo logins or None."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "childplan.web.settings")
    os.environ.setdefault("CHILDPLAN_SECURE_COOKIES", "false")  # plain HTTP, this machine only
    import django
    from django.core.exceptions import ImproperlyConfigured
    from django.db.utils import OperationalError

    try:
        django.setup()
    except ImproperlyConfigured as error:
        raise CommandError(f"settings: {error}") from None
    from django.conf import settings
    from django.core.management import call_command
    from django.core.management.base import SystemCheckError

    try:
        call_command("check", stdout=io.StringIO())
        call_command("migrate", interactive=False, verbosity=0)
    except SystemCheckError as error:
        raise CommandError(f"settings: {error}") from None
    except OperationalError as error:
        raise CommandError(f"cannot use the database: {error}") from None
    if not (Path(settings.STATICFILES_DIRS[0]) / "childplan.css").is_file():
        print(
            "childplan: the pages' styles are not built; run scripts/bootstrap "
            "(or scripts/build-assets) first. Serving without them."
        )
    if not demo:
        return None
    from childplan.web.demo import load_demo

    return load_demo(settings.DATA_DIR)


def welcome(port: int, logins: Any) -> str:
    lines = ["", f"childplan is running at http://{HOST}:{port}/", ""]
    if logins is not None:
        lines.append(f"Demo logins (every one has the password {logins.password}):")
        for user in logins.users:
            lines.append(f"  {user.username:<15} {_describe(user)}")
        lines.append("")
    lines.append("Press Ctrl+C to stop.")
    return "\n".join(lines)


def _describe(user: Any) -> str:
    from childplan.web.accounts.models import Role
    from childplan.web.demo import TEAMS

    role = Role(user.role).label.lower()
    where = f", {TEAMS[user.team]}" if user.team is not None else ""
    return f"{user.first_name} {user.last_name}: {role}{where}"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1 to 65535)")
    return port
