"""Page objects of recording a review meeting and its minutes (see site_pages.py: making
one waits for its heading, runs axe and takes a screenshot)."""

from __future__ import annotations

import re

from playwright.sync_api import expect
from site_pages import PlanPage, SitePage


def record_review(plan: PlanPage) -> ReviewFormPage:
    plan.page.get_by_role("link", name="Record a review meeting").click()
    return ReviewFormPage(plan.page, plan.artifacts)


def open_minutes(plan: PlanPage) -> MinutesPage:
    plan.page.get_by_role("link", name="Minutes of the last review meeting").click()
    return MinutesPage(plan.page, plan.artifacts)


class ReviewFormPage(SitePage):
    heading = "Record a review meeting"

    def fill(self, label: str, text: str) -> None:
        self.page.get_by_label(label, exact=True).fill(text)

    def choose(self, question: str | re.Pattern[str], answer: str, *, some: bool = True) -> None:
        """Choose ``answer`` in every group of radios whose question matches (there must be
        one, unless ``some`` is False)."""
        groups = self.page.get_by_role("group", name=question).all()
        assert groups or not some, f"no question {question}"
        for group in groups:
            group.get_by_label(answer, exact=True).check()

    def fill_all(self, label: re.Pattern[str], text: str) -> int:
        fields = self.page.get_by_label(label).all()
        for field in fields:
            field.fill(text)
        return len(fields)

    def next_review(self) -> str:
        return self.page.get_by_label("Next review date", exact=True).input_value()

    def work_out_next_review(self) -> ReviewFormPage:
        self.page.get_by_role("button", name="Work out the next review date").click()
        return ReviewFormPage(self.page, self.artifacts)

    def save_wrongly(self) -> ReviewFormPage:
        self.page.get_by_role("button", name="Save the review").click()
        return ReviewFormPage(self.page, self.artifacts)

    def save(self) -> MinutesPage:
        self.page.get_by_role("button", name="Save the review").click()
        return MinutesPage(self.page, self.artifacts)

    def errors(self) -> list[str]:
        return self.page.locator(".govuk-error-summary li").all_inner_texts()


class MinutesPage(SitePage):
    heading = "Minutes of the"

    def banner(self) -> str:
        banner = self.page.locator(".govuk-notification-banner")
        expect(banner).to_be_visible()
        return banner.inner_text()

    def next_review(self) -> str:
        return self.page.locator("#next-review").inner_text()

    def minutes_due(self) -> str:
        return self.page.locator("#minutes-due").inner_text()

    def approved(self) -> str:
        return self.page.locator("#minutes-approved").inner_text()

    def draft(self) -> str:
        return self.page.get_by_label("Minutes", exact=True).input_value()

    def approve(self) -> MinutesPage:
        self.page.get_by_role("button", name="Approve minutes").click()
        return MinutesPage(self.page, self.artifacts)

    def record_sent(self) -> MinutesPage:
        self.page.get_by_role("button", name="Record date sent").click()
        return MinutesPage(self.page, self.artifacts)

    def back_to_plan(self) -> PlanPage:
        self.page.get_by_role("link", name="Back to the plan").click()
        return PlanPage(self.page, self.artifacts)
