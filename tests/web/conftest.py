"""Django for the web tests only: the pure tests never set it up.

Settings come from ``childplan.web.settings`` with a throwaway data directory and key;
the database is pytest-django's test database (SQLite in memory, or PostgreSQL when
DATABASE_URL names one, as CI's second run does). Every test that touches the database is
marked ``database`` as well as ``django_db``.

The ``world`` fixture is a small local authority with the personas the view tests share:
the allocated worker (``worker``), a colleague in the same team, the team manager
(``manager``), someone with no access (``outsider``, a practitioner in another team), the
other team's manager, the senior manager of the service, a senior manager of another
service, and an administrator.
"""

from __future__ import annotations

import atexit
import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import django
import pytest
from django.test import Client

_DATA_DIR = tempfile.mkdtemp(prefix="childplan-test-")
atexit.register(shutil.rmtree, _DATA_DIR, ignore_errors=True)
os.environ["CHILDPLAN_DATA_DIR"] = _DATA_DIR
os.environ["CHILDPLAN_SECRET_KEY"] = "test-key-" + "k" * 40
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "childplan.web.settings")
django.setup()

from childplan.plan.fileformat import load_plan_file  # noqa: E402
from childplan.web.accounts.models import Role, Service, Team, User  # noqa: E402
from childplan.web.children.models import Allocation, Child  # noqa: E402
from childplan.web.plans.models import Plan  # noqa: E402
from childplan.web.plans.records import import_plan  # noqa: E402
from childplan.web.plans.versions import keep_version  # noqa: E402

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def _fast_passwords(settings: Any) -> None:
    """argon2 is the hasher (tests/web/test_settings.py checks); tests use a fast one."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True, scope="session")
def _no_database_unless_asked(django_db_blocker: Any) -> Iterator[None]:
    """Django is set up here rather than by pytest-django, so block the database as it
    would: only tests that ask for it (``db``, ``django_db``) reach it."""
    with django_db_blocker.block():
        yield


@pytest.fixture(autouse=True)
def _database_marker(request: pytest.FixtureRequest) -> None:
    """CI runs `pytest -m database` again on PostgreSQL: no database test may miss it."""
    uses_database = "db" in request.fixturenames or request.node.get_closest_marker("django_db")
    if uses_database and not request.node.get_closest_marker("database"):
        pytest.fail("this test uses the database: mark it @pytest.mark.database")


@dataclass
class World:
    service: Service
    team: Team
    other_team: Team
    worker: User
    colleague: User
    manager: User
    outsider: User
    other_manager: User
    senior: User
    other_senior: User
    admin: User
    child: Child
    plan: Plan

    def personas(self) -> dict[str, User]:
        return {
            name: getattr(self, name)
            for name in (
                "worker",
                "colleague",
                "manager",
                "outsider",
                "other_manager",
                "senior",
                "other_senior",
                "admin",
            )
        }


def make_user(username: str, role: str, team: Team | None = None, **extra: object) -> User:
    return User.objects.create(
        username=username,
        first_name=username.capitalize(),
        last_name="Tester",
        role=role,
        team=team,
        **extra,
    )


def add_child(team: Team, worker: User | None, example: str = "jimmy.yaml") -> Plan:
    """A child with the example plan, allocated to ``worker`` (unless None)."""
    plan = import_plan(load_plan_file(EXAMPLES / example).plan, team)
    keep_version(plan.pk, worker, "Plan written")
    if worker is not None:
        Allocation.objects.create(child=plan.child, worker=worker, started=dt.date(2026, 10, 1))
    return plan


@pytest.fixture
def world(db: None) -> World:
    service = Service.objects.create(name="Northtown Children's Services")
    other_service = Service.objects.create(name="Southtown Children's Services")
    team = Team.objects.create(name="Family Help A", service=service)
    other_team = Team.objects.create(name="Safeguarding B", service=service)
    worker = make_user("worker", Role.PRACTITIONER, team)
    plan = add_child(team, worker)
    return World(
        service=service,
        team=team,
        other_team=other_team,
        worker=worker,
        colleague=make_user("colleague", Role.PRACTITIONER, team),
        manager=make_user("manager", Role.TEAM_MANAGER, team),
        outsider=make_user("outsider", Role.PRACTITIONER, other_team),
        other_manager=make_user("othermanager", Role.TEAM_MANAGER, other_team),
        senior=make_user("senior", Role.SENIOR_MANAGER, service=service),
        other_senior=make_user("othersenior", Role.SENIOR_MANAGER, service=other_service),
        admin=make_user("admin", Role.ADMINISTRATOR),
        child=plan.child,
        plan=plan,
    )


@pytest.fixture(name="add_child")
def _add_child() -> object:
    """``add_child(team, worker, example="jimmy.yaml")``: another child with a plan."""
    return add_child


def signed_in(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(name="signed_in")
def _signed_in() -> object:
    """``signed_in(user)``: a test client signed in as the user."""
    return signed_in
