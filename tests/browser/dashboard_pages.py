"""The dashboards as the browser tests see them (page objects: each checks itself with axe
when made, as site_pages.py explains)."""

from __future__ import annotations

from site_pages import PlanPage, SitePage


class TeamPlansPage(SitePage):
    heading = "Team plans"

    def figure(self, name: str) -> int:
        row = self.page.locator(".govuk-summary-list__row", has_text=name).first
        return int(row.locator(".govuk-summary-list__value").inner_text())

    def shown(self) -> int:
        heading = self.page.locator("h2", has_text=" plan").last.inner_text()
        return int(heading.split()[0].replace(",", ""))

    def children(self) -> list[str]:
        return self.page.locator("tbody tr th a").all_inner_texts()

    def filter(self, show: str) -> TeamPlansPage:
        self.page.get_by_label("Show", exact=True).select_option(label=show)
        self.page.get_by_role("button", name="Apply filters").click()
        return TeamPlansPage(self.page, self.artifacts)

    def sort_by(self, heading: str) -> TeamPlansPage:
        self.page.locator("thead").get_by_role("link", name=heading, exact=True).click()
        return TeamPlansPage(self.page, self.artifacts)

    def sort_order(self, heading: str) -> str | None:
        cell = self.page.locator("thead th", has_text=heading).first
        return cell.get_attribute("aria-sort")

    def open_child(self, name: str) -> PlanPage:
        self.page.locator("tbody").get_by_role("link", name=name, exact=True).click()
        return PlanPage(self.page, self.artifacts)


class MyWorkPage(SitePage):
    heading = "My work"

    def captions(self) -> list[str]:
        return self.page.locator("caption, h2").all_inner_texts()
