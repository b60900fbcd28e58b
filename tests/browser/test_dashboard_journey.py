"""A team manager finds the late plans on the team dashboard, sorts them and opens one; a
practitioner opens My work. Every page is checked with axe (site_pages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from dashboard_pages import MyWorkPage, TeamPlansPage
from playwright.sync_api import Page
from site_pages import SignInPage

from childplan.web.demo import DemoLogins

pytestmark = pytest.mark.database


def test_a_manager_finds_the_late_plans_and_opens_one(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    SignInPage.open(page, artifacts).sign_in("manager", demo.password)
    page.get_by_role("link", name="Team plans").click()
    team = TeamPlansPage(page, artifacts)
    late = team.figure("With something late")
    assert team.shown() == team.figure("Plans")

    late_plans = team.filter("Something late")
    assert late_plans.shown() == late
    by_child = late_plans.sort_by("Child")
    assert by_child.sort_order("Child") == "ascending"
    names = by_child.children()
    assert names == sorted(names)
    backwards = by_child.sort_by("Child")
    assert backwards.sort_order("Child") == "descending"
    assert backwards.children() == names[::-1]

    plan = backwards.open_child(names[0])
    assert plan.page.url.endswith("#summary")


def test_a_practitioner_opens_my_work(page: Page, demo: DemoLogins, artifacts: Path) -> None:
    SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    page.get_by_role("link", name="My work").click()
    work = MyWorkPage(page, artifacts)
    assert "Plans with errors" in " ".join(work.captions())
