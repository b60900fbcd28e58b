"""My caseload: the children the user may see, with their plan and the checker's counts."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from childplan.web.plans import checking
from childplan.web.plans.models import Plan
from childplan.web.plans.records import import_plan_for_child
from childplan.web.plans.versions import change_plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

CASELOAD = reverse("children:caseload")


def test_the_worker_and_their_manager_see_the_child(world: Any, signed_in: Any) -> None:
    for user in (world.worker, world.manager, world.senior, world.admin):
        page = signed_in(user).get(CASELOAD)
        assert page.status_code == 200
        assert world.child.name in page.content.decode(), user.username


def test_someone_with_no_access_sees_an_empty_caseload(world: Any, signed_in: Any) -> None:
    page = signed_in(world.outsider).get(CASELOAD)
    assert page.status_code == 200
    assert world.child.name not in page.content.decode()
    assert "There are no children on your caseload" in page.content.decode()


def test_an_anonymous_visitor_is_sent_to_sign_in(world: Any, client: Any) -> None:
    page = client.get(CASELOAD)
    assert page.status_code == 302
    assert page["Location"].startswith(reverse("accounts:login"))


def test_each_row_has_the_plan_type_review_date_and_checker_counts(
    world: Any, signed_in: Any
) -> None:
    page = signed_in(world.worker).get(CASELOAD)
    html = page.content.decode()
    counts = checking.Counts.of(checking.check(world.plan.to_plan(), timezone.localdate()))
    (row,) = page.context["rows"]
    assert (row.counts.errors, row.counts.warnings) == (counts.errors, counts.warnings)
    assert "Child in need" in html  # the tag, in words
    assert "20 January 2027" in html  # jimmy.yaml's next review
    assert f'<td class="govuk-table__cell govuk-table__cell--numeric">{counts.errors}</td>' in html


def test_an_overdue_review_is_tagged_in_words(world: Any, signed_in: Any) -> None:
    def overdue() -> None:
        Plan.objects.filter(pk=world.plan.pk).update(next_review=dt.date(2020, 1, 1))

    assert change_plan(world.plan.pk, world.plan.version, world.worker, "Next review", overdue)
    assert "Overdue" in signed_in(world.worker).get(CASELOAD).content.decode()


def test_a_newer_imported_draft_does_not_displace_the_current_plan(
    world: Any, signed_in: Any
) -> None:
    draft = import_plan_for_child(
        dataclasses.replace(world.plan.to_plan(), date=dt.date(2026, 11, 20), type="early_help"),
        world.child,
    )
    assert draft.status == Plan.Status.DRAFT
    (row,) = signed_in(world.worker).get(CASELOAD).context["rows"]
    assert row.plan == world.plan
    Plan.objects.filter(pk=world.plan.pk).update(status=Plan.Status.ENDED)
    (row,) = signed_in(world.worker).get(CASELOAD).context["rows"]
    assert row.plan == draft  # only drafts left: the newest draft is shown


def test_the_queries_do_not_grow_with_the_caseload(
    world: Any, signed_in: Any, add_child: Any
) -> None:
    client = signed_in(world.manager)

    def queries(children: int) -> int:
        with CaptureQueriesContext(connection) as captured:
            page = client.get(CASELOAD)
        assert len(page.context["rows"]) == children
        return len(captured)

    for _ in range(9):
        add_child(world.team, world.worker, "child-protection.yaml")
    with_10 = queries(10)
    for i in range(190):
        add_child(world.team, world.colleague if i % 2 else None)
    assert queries(200) == with_10
