"""The demonstration caseload: made once, of mixed quality, across every plan type."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from childplan.web.accounts.models import Role, User
from childplan.web.children.models import Allocation, Child, Grant
from childplan.web.demo import CHILDREN, load_demo
from childplan.web.plans import checking
from childplan.web.plans.models import Plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

TODAY = dt.date(2026, 11, 23)


def counts() -> tuple[int, ...]:
    return tuple(model.objects.count() for model in (User, Child, Plan, Allocation, Grant))


def test_loading_twice_changes_nothing_and_the_printed_password_works(tmp_path: Path) -> None:
    first = load_demo(tmp_path, TODAY)
    made = counts()
    second = load_demo(tmp_path, TODAY)
    assert counts() == made
    assert second.password == first.password
    assert (tmp_path / "demo-password").read_text().strip() == first.password
    shown = {user.username for user in second.users}
    assert {"practitioner", "manager", "senior", "admin"} <= shown
    for username in shown:
        assert User.objects.get(username=username).check_password(second.password)


def test_a_lost_password_file_gives_a_new_password(tmp_path: Path) -> None:
    first = load_demo(tmp_path, TODAY)
    (tmp_path / "demo-password").unlink()
    second = load_demo(tmp_path, TODAY)
    assert second.password != first.password
    assert User.objects.get(username="manager").check_password(second.password)


def test_the_caseload_covers_every_plan_type_team_role_and_quality(tmp_path: Path) -> None:
    load_demo(tmp_path, TODAY)
    assert Child.objects.count() == CHILDREN
    types = Counter(Plan.objects.values_list("type", flat=True))
    assert set(types) == {"early_help", "child_in_need", "child_protection", "looked_after"}
    assert min(types.values()) >= 8
    assert Counter(Child.objects.values_list("team__name", flat=True)).most_common()[-1][1] > 10
    assert set(User.objects.values_list("role", flat=True)) == set(Role.values)
    assert Child.objects.filter(restricted=True).count() >= 2
    assert Child.objects.filter(allocations__isnull=True).exists()  # unallocated
    assert Grant.objects.exists()
    # and of mixed quality
    errors = [
        checking.Counts.of(checking.check(plan.to_plan(), TODAY)).errors
        for plan in Plan.objects.with_contents()
    ]
    assert min(errors) <= 1  # some plans are nearly right
    assert max(errors) >= 6  # some have the typical faults
