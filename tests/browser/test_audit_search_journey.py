"""An administrator reads the audit log in Chromium; axe checks each page it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from site_pages import SignInPage, SitePage

from childplan.web.demo import DemoLogins

pytestmark = pytest.mark.database


class AuditLogPage(SitePage):
    heading = "Audit log"

    def search(self, **filters: str) -> AuditLogPage:
        for label, text in filters.items():
            self.page.get_by_label(label, exact=True).fill(text)
        self.page.get_by_role("button", name="Search").click()
        return AuditLogPage(self.page, self.artifacts)

    def rows(self) -> list[list[str]]:
        """Each entry's cells (when, who, action, child, what, page), newest first."""
        return [row.locator("td").all_inner_texts() for row in self.page.locator("tbody tr").all()]

    def errors(self) -> list[str]:
        return self.page.locator(".govuk-error-summary li").all_inner_texts()


def test_an_administrator_finds_who_opened_a_child(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    caseload = SignInPage.open(page, artifacts).sign_in("admin", demo.password)
    name = caseload.rows()[0].name
    caseload.open_child(name)

    page.get_by_role("link", name="Audit log").click()
    log = AuditLogPage(page, artifacts)
    newest = log.rows()[0]
    assert newest[1:3] == ["Alex Morgan (admin)", "Viewed"]
    assert newest[3].startswith(name)

    wrong = log.search(**{"From date": "12/11/2026", "To date": "1/11/2026"})
    assert wrong.errors() == ["To date must be the same as or after the from date"]
    expect(page).to_have_title("Error: Audit log – childplan")

    found = wrong.search(**{"Child": name, "From date": "", "To date": ""})
    assert found.rows() and all(row[3].startswith(name) for row in found.rows())
