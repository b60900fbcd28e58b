"""How long the team manager's dashboard takes for a service of 20,000 children.

    .venv/bin/python -m benchmarks.dashboard                      # SQLite, in a scratch folder
    .venv/bin/python -m benchmarks.dashboard --postgres postgres://postgres@127.0.0.1:5432/bench
    .venv/bin/python -m benchmarks.dashboard --children 2000      # a smaller caseload

Makes a scratch database (a SQLite file in a temporary folder, or the PostgreSQL database
named, which must not exist yet: it is created and dropped again), fills it with one team of
``--children`` children, each with a plan of a random type, start date and key dates
(reviews, conferences, core groups, minutes sent or not, some meetings booked ahead), works
out every plan's summary as the nightly ``refresh_summaries`` does, gathers the database's
statistics (``ANALYZE``: PostgreSQL's autovacuum does so within a minute or so of a bulk load,
and plans its queries badly until it has), then times the team page
as its manager sees it (Django's test client: the whole request, queries and HTML) with
several filters and sorts, and the practitioner's "My work". Prints a table and writes the
numbers to benchmarks/results/dashboard-<database>.json. docs/benchmarks.md says what it
found.

The plans have key dates but no needs: the page reads only the summaries, so the words in a
plan do not change its cost (the nightly refresh does depend on them: see the checker's own
benchmark for the time to check a typical plan).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

if __package__ in (None, ""):  # run as a script: benchmarks/dashboard.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
CHILDREN_A_WORKER = 25
VIEWS = (  # (what, query string)
    ("first page, sorted by next date", ""),
    ("something late", "?show=late"),
    ("due this week, by review date", "?show=due&sort=review"),
    ("child protection, by worker", "?type=child_protection&sort=worker&order=desc"),
    ("with errors, by errors", "?show=errors&sort=errors&order=desc"),
    ("page 200, by child", "?sort=child&page=200"),
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--children", type=int, default=20_000, help="children in the team")
    parser.add_argument("--runs", type=int, default=20, help="timed requests of each view")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated caseload")
    parser.add_argument(
        "--postgres", metavar="URL", help="a PostgreSQL database to create, use and drop"
    )
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="childplan-dashboard-"))
    os.environ.update(
        CHILDPLAN_DATA_DIR=str(scratch),
        CHILDPLAN_SECRET_KEY="benchmark-" + "k" * 40,
        CHILDPLAN_ALLOWED_HOSTS="testserver",
        DJANGO_SETTINGS_MODULE="childplan.web.settings",
    )
    if args.postgres:
        _create_database(args.postgres)
        os.environ["DATABASE_URL"] = args.postgres
    try:
        results = run(args)
    finally:
        _close_connections()
        if args.postgres:
            _drop_database(args.postgres)
        shutil.rmtree(scratch, ignore_errors=True)
    report(results)
    RESULTS.mkdir(parents=True, exist_ok=True)
    output = RESULTS / f"dashboard-{results['database']}.json"
    output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nWritten to {output.relative_to(ROOT)}")
    return 0


def run(args: argparse.Namespace) -> dict[str, Any]:
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0)
    today = dt.date.today()
    started = time.perf_counter()
    manager, worker = make_caseload(args.children, today, random.Random(args.seed))
    made = time.perf_counter() - started

    from childplan.web.dashboards.summaries import refresh_older
    from childplan.web.plans.models import Plan

    started = time.perf_counter()
    refreshed = refresh_older(Plan.objects.open(), today)
    refresh = time.perf_counter() - started
    with connection.cursor() as cursor:  # statistics, as autovacuum gathers after a bulk load
        cursor.execute("ANALYZE")

    return {
        "date": today.isoformat(),
        "database": connection.vendor,
        "database_version": _database_version(),
        "children": args.children,
        "runs": args.runs,
        "seed": args.seed,
        "make_seconds": round(made, 1),
        "refresh": {"plans": refreshed, "seconds": round(refresh, 1)},
        "team": [time_view(manager, "dashboards:team", query, args.runs) for _, query in VIEWS],
        "team_views": [what for what, _ in VIEWS],
        "my_work": time_view(worker, "dashboards:my_work", "", args.runs),
    }


def time_view(user: Any, name: str, query: str, runs: int) -> dict[str, Any]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext
    from django.urls import reverse

    client = Client()
    client.force_login(user)
    url = reverse(name) + query
    for _ in range(3):  # warm up: templates compiled, caches filled
        assert client.get(url).status_code == 200
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        page = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as captured:
        page = client.get(url)
    return {
        "url": url,
        "plans": _plans_shown(page.content.decode()),
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(statistics.quantiles(times, n=10)[-1], 1),
        "queries": len(captured),
    }


def _plans_shown(html: str) -> int | None:
    """The count the team page's heading gives ("20,000 plans"), if it is that page."""
    found = re.search(r'<h2 class="govuk-heading-m">([\d,]+) plans?</h2>', html)
    return int(found.group(1).replace(",", "")) if found else None


def make_caseload(children: int, today: dt.date, rng: random.Random) -> tuple[Any, Any]:
    """One service, one team of ``children`` children with plans, its manager, and workers
    with 25 children each; the manager and the first worker."""
    from childplan.web.accounts.models import Role, Service, Team, User
    from childplan.web.children.models import Allocation, Child
    from childplan.web.plans.models import Event, Plan

    service = Service.objects.create(name="Benchmark service")
    team = Team.objects.create(name="Benchmark team", service=service)
    manager = User.objects.create(username="manager", role=Role.TEAM_MANAGER, team=team)
    workers = User.objects.bulk_create(
        User(
            username=f"worker{i}",
            first_name=f"Worker{i:04d}",
            last_name="Benchmark",
            role=Role.PRACTITIONER,
            team=team,
        )
        for i in range(max(1, children // CHILDREN_A_WORKER))
    )
    made = Child.objects.bulk_create(
        (Child(name=f"Child {i:05d}", team=team) for i in range(children)), batch_size=2000
    )
    Allocation.objects.bulk_create(
        (
            Allocation(child=child, worker=workers[i % len(workers)], started=today)
            for i, child in enumerate(made)
        ),
        batch_size=2000,
    )
    drawn = [plan_dates(rng, today) for _ in made]
    plans = Plan.objects.bulk_create(
        (
            Plan(
                child=child,
                type=kind,
                date=start,
                started=start,
                next_review=next_review,
            )
            for child, (kind, start, next_review, _) in zip(made, drawn, strict=True)
        ),
        batch_size=2000,
    )
    Event.objects.bulk_create(
        (
            Event(plan=plan, position=position, kind=kind, date=day, minutes_sent=sent)
            for plan, (_, _, _, events) in zip(plans, drawn, strict=True)
            for position, (kind, day, sent) in enumerate(events)
        ),
        batch_size=2000,
    )
    return manager, workers[0]


Drawn = tuple[str, dt.date, dt.date | None, list[tuple[str, dt.date, dt.date | None]]]


def plan_dates(rng: random.Random, today: dt.date) -> Drawn:
    """A plan's type, start, next review and key dates, some late, some on time."""
    kind = rng.choices(
        ("child_in_need", "child_protection", "looked_after", "early_help", "interim_safety"),
        weights=(40, 25, 15, 15, 5),
    )[0]
    start = today - dt.timedelta(days=rng.randint(3, 500))
    if kind == "interim_safety":
        return kind, start, None, []
    events: list[tuple[str, dt.date, dt.date | None]] = []
    first, review, every = {
        "child_in_need": (None, "child_in_need_review", 91),
        "child_protection": ("initial_conference", "review_conference", 182),
        "looked_after": ("looked_after", "looked_after_review", 182),
        "early_help": (None, "team_around_family", 60),
    }[kind]
    if kind == "child_protection":
        events.append(("strategy_discussion", start - dt.timedelta(days=14), None))
    if first is not None:
        events.append((first, start, _sent(rng, start, today) if first != "looked_after" else None))
    if kind == "child_protection" and start + dt.timedelta(days=10) < today:
        core_group = start + dt.timedelta(days=rng.randint(8, 18))
        events.append(("core_group", core_group, _sent(rng, core_group, today)))
    day = start + dt.timedelta(days=every + rng.randint(-10, 20))
    while day <= today:
        events.append((review, day, _sent(rng, day, today)))
        day += dt.timedelta(days=every + rng.randint(-10, 25))
    if rng.random() < 0.15:  # a meeting booked ahead
        events.append((review, today + dt.timedelta(days=rng.randint(1, 40)), None))
    last = events[-1][1] if events else start
    next_review = last + dt.timedelta(days=rng.randint(60, 100)) if rng.random() < 0.7 else None
    return kind, start, next_review, sorted(events, key=lambda event: event[1])


def _sent(rng: random.Random, meeting: dt.date, today: dt.date) -> dt.date | None:
    """Notes sent 1 to 9 days after the meeting, or (one time in eight) not yet."""
    sent = meeting + dt.timedelta(days=rng.randint(1, 9))
    return sent if sent <= today and rng.random() > 0.125 else None


def report(results: dict[str, Any]) -> None:
    print(
        f"Team dashboard, {results['children']:,} children, {results['database']} "
        f"{results['database_version']}, {results['date']}"
    )
    print(
        f"caseload made in {results['make_seconds']} s; nightly refresh of "
        f"{results['refresh']['plans']:,} summaries in {results['refresh']['seconds']} s\n"
    )
    print(f"{'view':<46} {'plans':>7} {'median':>9} {'p90':>9} {'queries':>8}")
    rows = [*zip(results["team_views"], results["team"], strict=True)]
    rows.append(("my work (25 children)", results["my_work"]))
    for what, timed in rows:
        plans = "" if timed["plans"] is None else f"{timed['plans']:,}"
        print(
            f"{what:<46} {plans:>7} {timed['median_ms']:>7} ms {timed['p90_ms']:>6} ms "
            f"{timed['queries']:>8}"
        )


def _database_version() -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
        else:
            cursor.execute("show server_version")
        return str(cursor.fetchone()[0]).split(" ")[0]


def _maintenance(url: str) -> tuple[str, str]:
    """The database's name, and the same server's ``postgres`` database to create it from."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if not name or not name.replace("_", "").isalnum():
        raise SystemExit(f"--postgres: name a database of letters, digits and _: {name!r}")
    return name, urlunsplit(parts._replace(path="/postgres"))


def _create_database(url: str) -> None:
    import psycopg

    name, maintenance = _maintenance(url)
    with psycopg.connect(maintenance, autocommit=True) as connection:
        exists = connection.execute("select 1 from pg_database where datname = %s", (name,))
        if exists.fetchone():
            raise SystemExit(f"--postgres: the database {name} exists; name a new one")
        connection.execute(f'create database "{name}"')


def _drop_database(url: str) -> None:
    import psycopg

    name, maintenance = _maintenance(url)
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(f'drop database if exists "{name}"')


def _close_connections() -> None:
    if "django.db" in sys.modules:
        from django.db import connections

        connections.close_all()


if __name__ == "__main__":
    sys.exit(main())
