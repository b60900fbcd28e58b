"""The web application's settings from environment variables, read strictly.

Every variable is optional; a value that cannot be read is an error naming the variable and
what it accepts, never a silent default:

    CHILDPLAN_DATA_DIR        where the SQLite database and the secret key live (./data)
    DATABASE_URL              postgres://user:password@host:port/name; SQLite when unset
    CHILDPLAN_DEBUG           true | false (false): Django's debug pages; never in production
    CHILDPLAN_SECRET_KEY      Django's secret key; when unset, one is made on first run and
                              kept in the data directory (file ``secret-key``, mode 600)
    CHILDPLAN_ALLOWED_HOSTS   host names the site answers to, comma-separated
                              (127.0.0.1,localhost)
    CHILDPLAN_SECURE_COOKIES  true | false (true unless debug): send the session and CSRF
                              cookies over HTTPS only. ``childplan serve`` speaks plain HTTP
                              on this machine, so it sets false unless told otherwise.
    CHILDPLAN_CONFIG          a local authority's childplan.toml for the checker
                              (default: ``childplan.toml`` in the data directory, if any)

The names carry the ``CHILDPLAN_`` prefix (``DATABASE_URL`` is the common convention) so that
a ``DEBUG`` left set in a shell for another program cannot switch on debug pages here.
Nothing here imports Django: ``settings.py`` turns this into Django's settings.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SECRET_KEY_FILE = "secret-key"
DATABASE_FILE = "childplan.sqlite3"
_TRUE = ("true", "yes", "1", "on")
_FALSE = ("false", "no", "0", "off")
_DATABASE_SCHEMES = ("postgres://", "postgresql://", "sqlite://")


class SettingError(ValueError):
    """An environment variable that cannot be read; the message names it."""


@dataclass(frozen=True)
class Environment:
    data_dir: Path
    debug: bool
    secret_key: str | None
    database_url: str | None
    allowed_hosts: tuple[str, ...]
    secure_cookies: bool
    config_file: Path | None

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE


def read_environment(env: Mapping[str, str] | None = None) -> Environment:
    env = os.environ if env is None else env
    data_dir = Path(_text(env, "CHILDPLAN_DATA_DIR") or "data").expanduser().resolve()
    debug = _boolean(env, "CHILDPLAN_DEBUG", default=False)
    secure = _boolean(env, "CHILDPLAN_SECURE_COOKIES", default=not debug)
    database_url = _text(env, "DATABASE_URL")
    if database_url is not None and not database_url.startswith(_DATABASE_SCHEMES):
        scheme = database_url.split(":", 1)[0]
        raise SettingError(
            f"DATABASE_URL: '{scheme}' is not a database this application uses; "
            "give postgres://user:password@host:port/name (or leave it unset for SQLite)"
        )
    hosts = tuple(
        host.strip()
        for host in (_text(env, "CHILDPLAN_ALLOWED_HOSTS") or "127.0.0.1,localhost").split(",")
    )
    if not all(hosts):
        raise SettingError(
            "CHILDPLAN_ALLOWED_HOSTS: a host name is empty; give names separated by commas, "
            "such as 'plans.example.gov.uk,localhost'"
        )
    config = _text(env, "CHILDPLAN_CONFIG")
    config_file = Path(config).expanduser() if config else data_dir / "childplan.toml"
    if config and not config_file.is_file():
        raise SettingError(f"CHILDPLAN_CONFIG: there is no file at {config_file}")
    return Environment(
        data_dir=data_dir,
        debug=debug,
        secret_key=_text(env, "CHILDPLAN_SECRET_KEY"),
        database_url=database_url,
        allowed_hosts=hosts,
        secure_cookies=secure,
        config_file=config_file if config_file.is_file() else None,
    )


def secret_key(environment: Environment) -> str:
    """The configured key, or the one kept in the data directory (made on first use)."""
    if environment.secret_key is not None:
        if len(environment.secret_key) < 32:
            raise SettingError("CHILDPLAN_SECRET_KEY: too short; give at least 32 characters")
        return environment.secret_key
    path = environment.data_dir / SECRET_KEY_FILE
    if not path.exists():
        environment.data_dir.mkdir(parents=True, exist_ok=True)
        # Created with mode 600 and never overwritten: a second process racing us keeps ours.
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "w") as file:
                file.write(secrets.token_urlsafe(50) + "\n")
    key = path.read_text().strip()
    if len(key) < 32:
        raise SettingError(f"the secret key in {path} is too short; delete the file to make one")
    return key


def _text(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    if value is None or not value.strip():
        return None
    return value.strip()


def _boolean(env: Mapping[str, str], name: str, default: bool) -> bool:
    value = _text(env, name)
    if value is None:
        return default
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise SettingError(f"{name}: '{value}' is not true or false")
