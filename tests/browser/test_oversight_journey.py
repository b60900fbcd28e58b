"""A team manager records management oversight of a plan, by keyboard and mouse, and the
worker's plan page shows it. Every page is checked with axe (site_pages.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from site_pages import SignInPage

from childplan.web.demo import DemoLogins

pytestmark = pytest.mark.database

DECISION = "Attendance is rising and Mum is going to every appointment: keep the plan."


def test_a_manager_records_oversight_and_puts_right_a_mistake(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    caseload = SignInPage.open(page, artifacts).sign_in("manager", demo.password)
    name = caseload.rows()[0].name
    plan = caseload.open_child(name).open_plan()
    first = name.split()[0]
    form = plan.record_oversight()

    form.fill("What did you decide, and why?", DECISION)
    with_errors = form.save_wrongly()  # forgot to answer the question
    assert with_errors.errors() == [f"Select yes if the plan still meets {first}’s needs"]
    with_errors.page.locator(".govuk-error-summary a").first.click()  # the link finds the field
    expect(page.get_by_label("Yes", exact=True)).to_be_focused()

    with_errors.choose(f"Does the plan still meet {first}’s needs?", "Yes")
    saved = with_errors.save()
    assert "Team manager oversight recorded" in saved.banner()
    oversight = page.locator("#oversight")
    expect(oversight).to_contain_text(DECISION)
    expect(oversight).to_contain_text("Helen Okafor")
