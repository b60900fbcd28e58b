"""The audit log page: administrators only; filters, errors, pages, CSV; few queries."""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
from html import unescape
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from childplan.web.audit.models import AuditEntry
from childplan.web.audit.views import CSV_HEADER, PER_PAGE

pytestmark = [pytest.mark.database, pytest.mark.django_db]

SEARCH = reverse("audit:search")
DOWNLOAD = reverse("audit:download")


def at(day: int, hour: int = 12) -> dt.datetime:
    """A moment in November 2026, London time."""
    return timezone.make_aware(dt.datetime(2026, 11, day, hour))


def entry(user: Any, child: Any, action: str, when: dt.datetime, **extra: Any) -> AuditEntry:
    fields = {"object_type": "child", "object_id": str(child.pk), "path": "/children/1/"}
    return AuditEntry.objects.create(
        user=user, child=child, action=action, at=when, **{**fields, **extra}
    )


@pytest.fixture
def log(world: Any, add_child: Any) -> dict[str, Any]:
    """Five entries: two children (Jimmy Smith, Leah Morgan), three users, three days."""
    leah = add_child(world.team, world.colleague, "child-protection.yaml").child
    made = {
        "jimmy_viewed": entry(world.worker, world.child, "view", at(2)),
        "jimmy_changed": entry(world.worker, world.child, "change", at(3)),
        "jimmy_by_manager": entry(world.manager, world.child, "view", at(3, 18)),
        "leah_viewed": entry(world.colleague, leah, "view", at(4)),
        "leah_exported": entry(world.colleague, leah, "export", at(4, 23)),
    }
    return {"leah": leah, **made}


def shown(page: Any) -> list[int]:
    return [item.pk for item in page.context["page"].object_list]


def test_everyone_but_administrators_gets_page_not_found(world: Any, signed_in: Any) -> None:
    for persona in ("worker", "manager", "senior", "outsider"):
        client = signed_in(getattr(world, persona))
        assert client.get(SEARCH).status_code == 404, persona
        assert client.get(DOWNLOAD).status_code == 404, persona
        assert "Audit log" not in client.get(reverse("children:caseload")).content.decode()
    caseload = signed_in(world.admin).get(reverse("children:caseload")).content.decode()
    assert f'href="{SEARCH}"' in caseload


def test_without_filters_every_entry_shows_newest_first(
    world: Any, signed_in: Any, log: dict[str, Any]
) -> None:
    page = signed_in(world.admin).get(SEARCH)
    assert page.status_code == 200
    assert shown(page) == [log[k].pk for k in reversed(list(log)) if k != "leah"]
    html = page.content.decode()
    assert "5 entries" in html and f'href="{DOWNLOAD}"' in html
    assert "Jimmy Smith" in html and "Leah Morgan" in html
    assert "Exported" in html and "4 Nov 2026, 23:00:00" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"user": "WORKER"}, ["jimmy_changed", "jimmy_viewed"]),
        ({"child": "leah"}, ["leah_exported", "leah_viewed"]),
        ({"action": "view"}, ["leah_viewed", "jimmy_by_manager", "jimmy_viewed"]),
        ({"start": "3/11/2026", "end": "3 November 2026"}, ["jimmy_by_manager", "jimmy_changed"]),
        ({"start": "2026-11-04"}, ["leah_exported", "leah_viewed"]),
        ({"end": "02/11/2026"}, ["jimmy_viewed"]),
        ({"user": "worker", "action": "change"}, ["jimmy_changed"]),
        ({"child": "Smith", "start": "4/11/2026"}, []),
    ],
)
def test_the_filters(
    world: Any, signed_in: Any, log: dict[str, Any], query: dict[str, str], expected: list[str]
) -> None:
    page = signed_in(world.admin).get(SEARCH, query)
    assert shown(page) == [log[name].pk for name in expected]
    if not expected:
        assert "No entries match" in page.content.decode()


def test_a_child_by_record_number(world: Any, signed_in: Any, log: dict[str, Any]) -> None:
    page = signed_in(world.admin).get(SEARCH, {"child": str(log["leah"].pk)})
    assert shown(page) == [log["leah_exported"].pk, log["leah_viewed"].pk]


@pytest.mark.parametrize(
    ("query", "field", "message"),
    [
        (
            {"start": "31/02/2026"},
            "start",
            "From date: '31/02/2026' is not a real date: February 2026 has 28 days",
        ),
        ({"end": "next week"}, "end", "To date: 'next week' is not a date"),
        (
            {"start": "5/11/2026", "end": "4/11/2026"},
            "end",
            "To date must be the same as or after the from date",
        ),
        ({"user": "nobody"}, "user", "There is no user with the user name ‘nobody’"),
        ({"action": "delete"}, "action", "Select an action from the list"),
    ],
)
def test_bad_filters_are_named_in_the_error_summary(
    world: Any, signed_in: Any, log: dict[str, Any], query: dict[str, str], field: str, message: str
) -> None:
    page = signed_in(world.admin).get(SEARCH, query)
    assert page.status_code == 200
    html = unescape(page.content.decode())
    assert "govuk-error-summary" in html and f'href="#id_{field}"' in html
    assert message in html
    assert "<title>Error: Audit log" in html
    assert page.context.get("page") is None  # no results for a search that makes no sense


def test_pages_of_fifty_keep_the_filters(world: Any, signed_in: Any) -> None:
    AuditEntry.objects.bulk_create(
        AuditEntry(
            user=world.worker,
            child=world.child,
            action="view",
            at=at(10) + dt.timedelta(minutes=n),
            object_type="child",
            object_id=str(world.child.pk),
            path="/children/1/",
        )
        for n in range(PER_PAGE + 5)
    )
    client = signed_in(world.admin)
    first = client.get(SEARCH, {"action": "view"})
    assert len(shown(first)) == PER_PAGE
    html = first.content.decode()
    assert f"{PER_PAGE + 5} entries" in html and "govuk-pagination" in html
    assert "?action=view&amp;page=2" in html
    second = client.get(SEARCH, {"action": "view", "page": "2"})
    assert len(shown(second)) == 5
    assert set(shown(first)).isdisjoint(shown(second))
    assert client.get(SEARCH, {"page": "many"}).status_code == 200  # the first page


def test_the_queries_do_not_grow_with_the_rows_shown(world: Any, signed_in: Any) -> None:
    client = signed_in(world.admin)

    def queries(rows: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            page = client.get(SEARCH)
        assert len(shown(page)) == rows
        return len(captured)

    users = [world.worker, world.colleague, world.manager]
    for n in range(2):
        entry(world.worker, world.child, "view", at(5, n))
    with_2 = queries(2)
    for n in range(60):  # more than a page, by several users
        entry(users[n % 3], world.child, "view", at(6, n % 24))
    assert queries(PER_PAGE) == with_2


def test_the_download_is_every_matching_entry_as_csv(
    world: Any, signed_in: Any, log: dict[str, Any]
) -> None:
    entry(world.worker, world.child, "view", at(5), path="=HYPERLINK(1)")
    response = signed_in(world.admin).get(DOWNLOAD, {"child": "jimmy", "page": "2"})
    assert response.status_code == 200 and response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="audit-log-')
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert rows[0] == list(CSV_HEADER)
    assert len(rows) == 1 + 4  # the page number does not limit the download
    newest = dict(zip(CSV_HEADER, rows[1], strict=True))
    assert newest["when"] == "2026-11-05T12:00:00+00:00"
    assert newest["user_name"] == "worker" and newest["child_name"] == "Jimmy Smith"
    assert newest["child_id"] == str(world.child.pk) and newest["action"] == "view"
    assert newest["page"] == "'=HYPERLINK(1)"  # a spreadsheet shows it, does not run it
    assert [row[3] for row in rows[2:]] == ["view", "change", "view"]


def test_a_download_with_bad_filters_goes_back_to_the_search(world: Any, signed_in: Any) -> None:
    response = signed_in(world.admin).get(DOWNLOAD, {"start": "soon"})
    assert response.status_code == 302
    assert response["Location"] == f"{SEARCH}?start=soon"


def test_a_search_is_logged_with_ids_never_names(
    world: Any, signed_in: Any, log: dict[str, Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = signed_in(world.admin)
    with caplog.at_level(logging.INFO, logger="childplan.web.audit"):
        client.get(SEARCH, {"child": "Leah", "user": "colleague", "action": "view"})
        client.get(DOWNLOAD, {"child": str(log["leah"].pk)})
    searched, downloaded = (r.getMessage() for r in caplog.records)
    assert searched == (
        f"audit log searched by user {world.admin.pk} (user {world.colleague.pk}, "
        "child by name, action view): 1 matching, page 1"
    )
    assert downloaded == (f"audit log downloaded by user {world.admin.pk} (child {log['leah'].pk})")
    assert "Leah" not in caplog.text and "colleague" not in caplog.text
    assert AuditEntry.objects.count() == 5  # searching writes no audit entries
