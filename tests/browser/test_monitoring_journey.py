"""A practitioner monitors a plan: records progress on an action, adds a reading of an
outcome's indicator and sees it charted, and marks the outcome achieved."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from monitoring_pages import open_action_progress, open_outcome_progress
from playwright.sync_api import Page, expect
from site_pages import SignInPage

from childplan.plan.dates import format_short_date
from childplan.web.demo import DemoLogins
from childplan.web.plans.models import Measurement

pytestmark = pytest.mark.database


def test_a_practitioner_records_progress_and_marks_an_outcome_achieved(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    measured = Measurement.objects.filter(
        outcome__need__plan__child__allocations__worker__username="practitioner",
        outcome__need__position=0,
        outcome__position=0,
    ).first()
    assert measured is not None, "the demo has readings for the practitioner's children"
    child = measured.outcome.need.plan.child.name

    caseload = SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    plan = caseload.open_child(child).open_plan()

    noted = open_action_progress(plan, "1.1.1").record("In progress", "Rang the school.")
    assert "Progress recorded" in noted.banner()
    expect(page.locator("main")).to_contain_text("Status: In progress")

    readings = open_outcome_progress(noted, "1.1")
    before = readings.readings()
    assert len(before) >= 2
    assert "then" in readings.chart_summary()
    # Today, so that it is the newest reading whatever day the demo's readings were made on.
    today = dt.date.today()
    added = readings.add_reading(f"{today:%d/%m/%Y}", "7 out of 10")
    assert added.readings()[-1] == "7 out of 10"
    assert f"7 out of 10 on {format_short_date(today)}" in added.chart_summary()

    achieved = added.mark_achieved()
    expect(page.locator("main")).to_contain_text("Achieved on")
    plan = achieved.back_to_plan()
    expect(page.locator("#achieved")).to_contain_text("Outcome 1.1")
