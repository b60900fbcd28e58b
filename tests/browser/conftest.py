"""Browser tests: Chromium driven by Playwright against pytest-django's live server.

Django is set up here as tests/web/conftest.py does (a throwaway data directory and key)
unless that has happened already. Chromium is Debian's (``/usr/bin/chromium``, installed by
scripts/bootstrap when it runs as root); Playwright's own browser downloads are never used.
A missing Chromium fails these tests with how to install it: a skipped browser test would
look like a passing one.
"""

from __future__ import annotations

import atexit
import importlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import django
import pytest

if "CHILDPLAN_DATA_DIR" not in os.environ:
    _DATA_DIR = tempfile.mkdtemp(prefix="childplan-browser-test-")
    atexit.register(shutil.rmtree, _DATA_DIR, ignore_errors=True)
    os.environ["CHILDPLAN_DATA_DIR"] = _DATA_DIR
os.environ.setdefault("CHILDPLAN_SECRET_KEY", "test-key-" + "k" * 40)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "childplan.web.settings")
django.setup()

from django.db import connection  # noqa: E402
from playwright.sync_api import Browser, Page, sync_playwright  # noqa: E402
from pytest_django.live_server_helper import LiveServer  # noqa: E402

from childplan.web.demo import DemoLogins, load_demo  # noqa: E402

CHROMIUM = Path(os.environ.get("CHILDPLAN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Chromium for one module of tests. While it runs, Playwright's event loop is on this
    thread, so Django would refuse the test's own queries without DJANGO_ALLOW_ASYNC_UNSAFE;
    it is set for the module only, and nothing here is asynchronous."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"the browser tests need Chromium at {CHROMIUM}: run scripts/bootstrap as root, "
            "or `sudo apt-get install -y chromium` (or set CHILDPLAN_CHROMIUM to its path)"
        )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()


@pytest.fixture(autouse=True)
def _plain_cookies(settings: Any) -> None:
    """The live server speaks HTTP, so its cookies cannot be HTTPS-only."""
    settings.SESSION_COOKIE_SECURE = False
    settings.CSRF_COOKIE_SECURE = False
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def artifacts(request: pytest.FixtureRequest) -> Path:
    """test-artifacts/browser/<test name>/ (git-ignored), emptied first."""
    folder = ARTIFACTS / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


@pytest.fixture
def live_database(transactional_db: None, live_server: LiveServer) -> Iterator[LiveServer]:
    """The live server, and a database that is emptied after the test (the live server's
    requests are in other transactions, so the test cannot be rolled back).

    On SQLite Django empties the tables with DELETE, which the audit log's trigger refuses
    (PostgreSQL's TRUNCATE is not refused): so the audit log is emptied here first, with
    its triggers taken off and put back exactly as the migration makes them.
    """
    yield live_server
    if connection.vendor == "sqlite":
        append_only = importlib.import_module("childplan.web.audit.migrations.0002_append_only")
        with connection.cursor() as cursor:
            for statement in append_only.SQLITE_REVERSE:
                cursor.execute(statement)
            cursor.execute(f"DELETE FROM {append_only.TABLE}")
            for statement in append_only.SQLITE:
                cursor.execute(statement)


@pytest.fixture
def demo(tmp_path: Path, live_database: LiveServer) -> DemoLogins:
    """The demo caseload in the test database (the live server makes the test transactional)."""
    return load_demo(tmp_path)


@pytest.fixture
def page(browser: Browser, live_database: LiveServer) -> Iterator[Page]:
    """A page of a fresh browser context on the live server (relative URLs work)."""
    context = browser.new_context(base_url=live_database.url)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()
