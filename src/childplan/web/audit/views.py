"""The audit log page, for administrators: search by user, child, action and dates, page
through the entries newest first, and download them as CSV.

Everyone else gets "page not found" (``access.administrator_only``), as for a child they
may not see.

Searching the log is itself accounted for in the application log, not in the audit log:
each search and download writes one INFO line with the administrator's user id, the
filters as ids and dates ("user 7, child 12, action view", "child by name": a name someone
typed never reaches a log) and the number of entries. The audit log records views of a
child's record; the results list names and ids, as the caseload does, and writes no entry
per child shown (a search writing entries would fill the log it searches).
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone

from childplan.web.access import administrator_only
from childplan.web.audit import presenting
from childplan.web.audit.search import AuditSearchForm, described, matching

LOG = logging.getLogger(__name__)
PER_PAGE = 50
CSV_HEADER = (
    "when",
    "user_id",
    "user_name",
    "action",
    "child_id",
    "child_name",
    "object_type",
    "object_id",
    "page",
)
CSV_COLUMNS = (
    "at",
    "user_id",
    "user__username",
    "action",
    "child_id",
    "child__name",
    "object_type",
    "object_id",
    "path",
)


@login_required
def search_page(request: HttpRequest) -> HttpResponse:
    administrator_only(request)
    form = AuditSearchForm(request.GET)
    context: dict[str, Any] = {
        "form": form,
        "fields": {name: presenting.filter_field(form[name]) for name in form.fields},
    }
    if form.is_valid():
        page = Paginator(matching(form.cleaned_data), PER_PAGE).get_page(request.GET.get("page"))
        filters = request.GET.copy()
        filters.pop("page", None)
        context.update(
            page=page,
            table=presenting.entries_table(list(page)) if page.object_list else None,
            pagination=presenting.page_links(page, filters),
            download=_with_query(reverse("audit:download"), filters),
        )
        LOG.info(
            "audit log searched by user %s (%s): %s matching, page %s",
            request.user.pk,
            described(form.cleaned_data),
            page.paginator.count,
            page.number,
        )
    return render(request, "audit/search.html", context)


@login_required
def download_csv(request: HttpRequest) -> HttpResponseBase:
    """The entries the filters select, all of them, as CSV, streamed a few thousand rows at
    a time (a year's log need not fit in memory)."""
    administrator_only(request)
    form = AuditSearchForm(request.GET)
    if not form.is_valid():  # the search page shows what is wrong
        return redirect(_with_query(reverse("audit:search"), request.GET))
    rows = matching(form.cleaned_data).values_list(*CSV_COLUMNS).iterator(chunk_size=2000)
    LOG.info("audit log downloaded by user %s (%s)", request.user.pk, described(form.cleaned_data))
    response = StreamingHttpResponse(_csv_lines(rows), content_type="text/csv; charset=utf-8")
    name = f"audit-log-{timezone.localdate():%Y-%m-%d}.csv"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _with_query(url: str, query: QueryDict) -> str:
    return f"{url}?{query.urlencode()}" if query else url


class _Line:
    """What ``csv.writer`` writes to: each row comes back as its line."""

    def write(self, line: str) -> str:
        return line


def _csv_lines(rows: Iterator[tuple[Any, ...]]) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(CSV_HEADER)
    for at, *rest in rows:
        yield writer.writerow([timezone.localtime(at).isoformat(), *map(_cell, rest)])


def _cell(value: Any) -> str:
    """A value as text a spreadsheet will not run: a leading = + - @ is a formula there."""
    text = str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
