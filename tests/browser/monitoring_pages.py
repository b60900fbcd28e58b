"""Page objects for monitoring: an action's progress and an outcome's readings (each runs
axe when made, as every page object does; see site_pages.py)."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from site_pages import PlanPage, SitePage


def open_outcome_progress(plan: PlanPage, number: str) -> OutcomeProgressPage:
    name = f"Readings and progress of outcome {number}"
    plan.page.get_by_role("link", name=name, exact=True).click()
    return OutcomeProgressPage(plan.page, plan.artifacts)


def open_action_progress(plan: PlanPage, number: str) -> ActionProgressPage:
    plan.page.get_by_role(
        "link", name=re.compile(rf"progress on action {re.escape(number)}$", re.I)
    ).click()
    return ActionProgressPage(plan.page, plan.artifacts)


class OutcomeProgressPage(SitePage):
    heading = "Progress towards outcome"

    def readings(self) -> list[str]:
        return self.page.locator("main table tbody tr td:nth-child(2)").all_inner_texts()

    def chart_summary(self) -> str:
        chart = self.page.locator("figure.childplan-chart svg[role='img']")
        expect(chart).to_be_visible()
        return chart.locator("title").text_content() or ""

    def add_reading(self, day: str, value: str) -> OutcomeProgressPage:
        self.page.get_by_label("Date of the reading", exact=True).fill(day)
        self.page.get_by_label("Reading", exact=True).fill(value)
        self.page.get_by_role("button", name="Save the reading").click()
        return OutcomeProgressPage(self.page, self.artifacts)

    def mark_achieved(self) -> OutcomeProgressPage:
        self.page.get_by_role("button", name="Mark as achieved").click()
        return OutcomeProgressPage(self.page, self.artifacts)

    def back_to_plan(self) -> PlanPage:
        self.page.get_by_role("link", name="Back to the plan").click()
        return PlanPage(self.page, self.artifacts)


class ActionProgressPage(SitePage):
    heading = "Progress on action"

    def record(self, status: str, note: str) -> PlanPage:
        self.page.get_by_label(status, exact=True).check()
        self.page.get_by_label("What has been done?", exact=True).fill(note)
        self.page.get_by_role("button", name="Save progress").click()
        return PlanPage(self.page, self.artifacts)
