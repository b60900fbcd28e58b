"""The site's pages as the browser tests see them (page objects).

Making a page object is an accessibility assertion: the constructor waits for the page's
heading, runs axe-core (axe-playwright-python) with the WCAG 2.2 AA rules and fails on any
violation, and saves a screenshot to test-artifacts/browser/<test>/ (git-ignored). So every
page a journey reaches is checked, not only the ones a test thinks to check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE = Axe()


def assert_accessible(page: Page, name: str) -> None:
    results = AXE.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_22_AA}, "resultTypes": ["violations"]},
    )
    assert results.violations_count == 0, f"{name} ({page.url}):\n{results.generate_report()}"


class SitePage:
    """One page of the site; ``heading`` is its h1 (a string it contains)."""

    heading: ClassVar[str]

    def __init__(self, page: Page, artifacts: Path) -> None:
        self.page = page
        self.artifacts = artifacts
        expect(page.locator("h1")).to_contain_text(self.heading)
        number = len(list(artifacts.glob("*.png"))) + 1
        name = type(self).__name__
        page.screenshot(path=artifacts / f"{number:02d}-{name}.png", full_page=True)
        assert_accessible(page, name)

    def sign_out(self) -> SignInPage:
        self.page.get_by_role("button", name="Sign out").click()
        return SignInPage(self.page, self.artifacts)


class SignInPage(SitePage):
    heading = "Sign in to childplan"

    @classmethod
    def open(cls, page: Page, artifacts: Path) -> SignInPage:
        page.goto("/sign-in/")
        return cls(page, artifacts)

    def submit(self, username: str, password: str) -> None:
        self.page.get_by_label("User name", exact=True).fill(username)
        self.page.get_by_label("Password", exact=True).fill(password)
        self.page.get_by_role("button", name="Sign in").click()

    def sign_in(self, username: str, password: str) -> CaseloadPage:
        self.submit(username, password)
        return CaseloadPage(self.page, self.artifacts)

    def sign_in_wrongly(self, username: str, password: str) -> SignInPage:
        self.submit(username, password)
        return SignInPage(self.page, self.artifacts)


@dataclass(frozen=True)
class CaseloadRow:
    name: str
    errors: int
    warnings: int


class CaseloadPage(SitePage):
    heading = "My caseload"

    def rows(self) -> list[CaseloadRow]:
        rows = []
        for row in self.page.locator("main tbody tr").all():
            numbers = row.locator("td.govuk-table__cell--numeric").all_inner_texts()
            name = row.locator("th a").inner_text()
            rows.append(CaseloadRow(name, int(numbers[0]), int(numbers[1])))
        return rows

    def open_child(self, name: str) -> ChildPage:
        self.page.locator("main").get_by_role("link", name=name, exact=True).click()
        page = ChildPage(self.page, self.artifacts)
        expect(self.page.locator("h1")).to_contain_text(name)
        return page


class ChildPage(SitePage):
    heading = ""  # the child's name, checked by CaseloadPage.open_child

    def open_plan(self) -> PlanPage:
        self.page.locator("main table a[href^='/plans/']").first.click()
        expect(self.page).to_have_url(re.compile(r"/plans/\d+/$"))
        return PlanPage(self.page, self.artifacts)


class PlanPage(SitePage):
    heading = "plan"

    def summary_links(self) -> list[tuple[str, str]]:
        """The "Check this plan" summary: (text, anchor) of each finding's link."""
        summary = self.page.locator("#summary")
        expect(summary.get_by_role("heading", name="Check this plan")).to_be_visible()
        links = summary.locator("li a").all()
        return [
            (link.inner_text(), (link.get_attribute("href") or "").lstrip("#")) for link in links
        ]

    def hints_at(self, anchor: str) -> str:
        """The text of the findings shown in the part of the plan with this id."""
        part = self.page.locator(f"[id='{anchor}']")
        hints = part.locator(".govuk-inset-text, .govuk-warning-text")
        expect(hints.first).to_be_visible()
        return "\n".join(hints.all_inner_texts())

    def change_first_action(self) -> EditActionPage:
        self.page.locator("main").get_by_role(
            "link", name=re.compile(r"^Change action")
        ).first.click()
        return EditActionPage(self.page, self.artifacts)

    def add_outcome_to_first_need(self) -> AddOutcomePage:
        self.page.locator("main").get_by_role(
            "link", name=re.compile(r"^Add an outcome to need 1$")
        ).click()
        return AddOutcomePage(self.page, self.artifacts)

    def add_person(self) -> AddPersonPage:
        self.page.locator("main").get_by_role("link", name="Add a person", exact=True).click()
        return AddPersonPage(self.page, self.artifacts)

    def change_details(self) -> PlanDetailsPage:
        self.page.get_by_role("link", name="Change plan details", exact=True).click()
        return PlanDetailsPage(self.page, self.artifacts)

    def move_up(self, part: str) -> PlanPage:
        """Press "Move up" for a part ("outcome 1.2"); the page comes back at the part."""
        self.page.get_by_role("button", name=f"Move up {part}", exact=True).click()
        return PlanPage(self.page, self.artifacts)

    def remove(self, part: str) -> RemovePage:
        self.page.get_by_role("link", name=f"Remove {part}", exact=True).click()
        return RemovePage(self.page, self.artifacts)

    def banner(self) -> str:
        banner = self.page.locator(".govuk-notification-banner")
        expect(banner).to_be_visible()
        return banner.inner_text()

    def record_oversight(self) -> OversightPage:
        self.page.get_by_role("link", name="Record management oversight").click()
        return OversightPage(self.page, self.artifacts)

    def open_history(self) -> HistoryPage:
        self.page.get_by_role("link", name="Versions of this plan").click()
        return HistoryPage(self.page, self.artifacts)


class OversightPage(SitePage):
    heading = "Record management oversight"

    def choose(self, question: str, answer: str) -> None:
        self.page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()

    def fill(self, label: str, text: str) -> None:
        self.page.get_by_label(label, exact=True).fill(text)

    def save(self) -> PlanPage:
        self.page.get_by_role("button", name="Save").click()
        return PlanPage(self.page, self.artifacts)

    def save_wrongly(self) -> OversightPage:
        self.page.get_by_role("button", name="Save").click()
        return OversightPage(self.page, self.artifacts)

    def errors(self) -> list[str]:
        return self.page.locator(".govuk-error-summary li").all_inner_texts()


class HistoryPage(SitePage):
    heading = "Versions of this plan"

    def rows(self) -> list[list[str]]:
        """Each version's cells (version, saved, by, what changed), newest first."""
        return [row.locator("td").all_inner_texts() for row in self.page.locator("tbody tr").all()]

    def open_version(self, number: int) -> ComparePage:
        self.page.get_by_role("link", name=re.compile(rf"^Version {number}\b")).click()
        return ComparePage(self.page, self.artifacts)


class ComparePage(SitePage):
    heading = "Version"

    def changes(self) -> list[tuple[str, str, str]]:
        """(part of the plan, before, after) for each change listed."""
        rows = self.page.locator("table.childplan-changes tbody tr").all()
        return [
            (
                row.locator("th").inner_text(),
                row.locator("td").nth(1).inner_text(),
                row.locator("td").nth(2).inner_text(),
            )
            for row in rows
        ]


class PartFormPage(SitePage):
    """A form that changes or adds a part of the plan, with findings under each field."""

    heading = ""

    def type_into(self, label: str, text: str) -> None:
        """Type (key by key, as a person does) into the field with this label."""
        field = self.page.get_by_label(label, exact=True)
        field.fill("")
        field.press_sequentially(text)

    def findings_under(self, name: str) -> str:
        """The findings shown under a field once they arrive; checked with axe again."""
        marked = self.page.locator(f"#findings-{name} mark")
        expect(marked.first).to_be_visible()
        assert_accessible(self.page, f"{type(self).__name__} with findings")
        return self.page.locator(f"#findings-{name}").inner_text()

    def no_findings_under(self, name: str) -> None:
        """Wait until the findings under a field have gone (the text was put right)."""
        expect(self.page.locator(f"#findings-{name} mark")).to_have_count(0)
        expect(self.page.locator(f"#findings-{name}")).to_have_text("")
        assert_accessible(self.page, f"{type(self).__name__} without findings")

    def marked_under(self, name: str) -> list[str]:
        return self.page.locator(f"#findings-{name} mark").all_inner_texts()

    def choose(self, question: str, answer: str) -> None:
        self.page.get_by_role("group", name=question).get_by_label(answer, exact=True).check()

    def save_wrongly(self) -> list[str]:
        """Save a form the server refuses; the errors in its summary."""
        self.page.get_by_role("button", name="Save").click()
        type(self)(self.page, self.artifacts)
        return self.page.locator(".govuk-error-summary li").all_inner_texts()

    def save(self) -> PlanPage:
        self.page.get_by_role("button", name="Save").click()
        return PlanPage(self.page, self.artifacts)


class EditActionPage(PartFormPage):
    heading = "Change action"


class AddOutcomePage(PartFormPage):
    heading = "Add an outcome to need"


class AddPersonPage(PartFormPage):
    heading = "Add a person"


class PlanDetailsPage(PartFormPage):
    heading = "Change plan details"


class RemovePage(SitePage):
    heading = "Remove"

    def remove(self) -> PlanPage:
        self.page.locator("main").get_by_role("button", name="Remove").click()
        return PlanPage(self.page, self.artifacts)


class NotFoundPage(SitePage):
    heading = "Page not found"
