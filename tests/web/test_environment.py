"""The web settings' environment variables, read strictly (no Django needed)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from childplan.web.environment import SettingError, read_environment, secret_key


def test_the_defaults(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    env = read_environment({})
    assert env.data_dir == tmp_path / "data"
    assert env.database_file == tmp_path / "data" / "childplan.sqlite3"
    assert not env.debug and env.secure_cookies
    assert env.database_url is None and env.config_file is None
    assert env.allowed_hosts == ("127.0.0.1", "localhost")


def test_secure_cookies_follow_debug_unless_set(tmp_path: Path) -> None:
    base = {"CHILDPLAN_DATA_DIR": str(tmp_path)}
    assert not read_environment({**base, "CHILDPLAN_DEBUG": "true"}).secure_cookies
    assert not read_environment({**base, "CHILDPLAN_SECURE_COOKIES": "no"}).secure_cookies
    assert read_environment({**base, "CHILDPLAN_DEBUG": "1", "CHILDPLAN_SECURE_COOKIES": "1"})


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("CHILDPLAN_DEBUG", "maybe", "CHILDPLAN_DEBUG: 'maybe' is not true or false"),
        ("CHILDPLAN_SECURE_COOKIES", "2", "CHILDPLAN_SECURE_COOKIES: '2' is not true or false"),
        ("DATABASE_URL", "mysql://x@y/z", "DATABASE_URL: 'mysql' is not a database"),
        ("CHILDPLAN_ALLOWED_HOSTS", "a.example,,b", "CHILDPLAN_ALLOWED_HOSTS: a host name"),
        ("CHILDPLAN_CONFIG", "/no/such/childplan.toml", "CHILDPLAN_CONFIG: there is no file"),
    ],
)
def test_a_bad_value_is_an_error_naming_the_variable(
    tmp_path: Path, name: str, value: str, message: str
) -> None:
    with pytest.raises(SettingError, match=message):
        read_environment({"CHILDPLAN_DATA_DIR": str(tmp_path), name: value})


def test_a_postgres_url_is_taken(tmp_path: Path) -> None:
    url = "postgres://postgres@127.0.0.1:5432/childplan"
    assert read_environment({"DATABASE_URL": url}).database_url == url


def test_the_secret_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    env = read_environment({"CHILDPLAN_DATA_DIR": str(tmp_path / "new")})
    key = secret_key(env)
    assert len(key) >= 50 and secret_key(env) == key
    mode = (tmp_path / "new" / "secret-key").stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_a_given_secret_key_is_used_and_must_be_long(tmp_path: Path) -> None:
    given = "g" * 40
    env = read_environment({"CHILDPLAN_DATA_DIR": str(tmp_path), "CHILDPLAN_SECRET_KEY": given})
    assert secret_key(env) == given
    assert not (tmp_path / "secret-key").exists()
    short = read_environment({"CHILDPLAN_DATA_DIR": str(tmp_path), "CHILDPLAN_SECRET_KEY": "x"})
    with pytest.raises(SettingError, match="too short"):
        secret_key(short)


def test_docs_web_md_names_every_variable() -> None:
    import re

    from childplan.web import environment

    source = Path(environment.__file__).read_text(encoding="utf-8")
    names = set(re.findall(r'"((?:CHILDPLAN_[A-Z_]+)|DATABASE_URL)"', source))
    doc = (Path(__file__).resolve().parents[2] / "docs" / "web.md").read_text(encoding="utf-8")
    assert len(names) == 7
    assert [name for name in sorted(names) if f"`{name}`" not in doc] == []
