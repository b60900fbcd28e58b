"""Journeys through the site in Chromium, on the demo caseload, against a live server.

Every page the journeys open is checked with axe against WCAG 2.2 AA (see site_pages.py).
Run them alone with `.venv/bin/pytest tests/browser`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pytest_django.live_server_helper import LiveServer
from site_pages import NotFoundPage, PlanPage, SignInPage

from childplan.web.children.models import Allocation
from childplan.web.demo import DemoLogins

pytestmark = pytest.mark.database

# An action a practitioner might write once the checker has pointed out what was missing.
FIXED_ACTION = "Ring Mum before 10am on every day her son is not in school"


def test_a_practitioner_reads_a_plan_and_its_findings(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    caseload = SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    rows = caseload.rows()
    assert len(rows) >= 5
    with_findings = next(row for row in rows if row.errors + row.warnings)

    plan = caseload.open_child(with_findings.name).open_plan()
    summary = plan.summary_links()
    assert summary, "the plan's summary lists no findings"
    text, anchor = summary[0]
    severity, message = text.split(": ", 1)
    assert severity in {"Error", "Warning", "Advice"}
    assert message in plan.hints_at(anchor)

    signed_out = plan.sign_out()
    expect(signed_out.page).to_have_url(re.compile(r"/sign-in/$"))
    page.goto("/")
    SignInPage(page, artifacts)  # the caseload asks to sign in again


def test_a_practitioner_changes_an_action_and_sees_findings_as_they_type(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    problems: list[str] = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(  # the favicon's 404 is not ours to mind; a missing htmx fails the findings
        "console",
        lambda message: (
            message.type == "error"
            and "Failed to load resource" not in message.text
            and problems.append(message.text)
        ),
    )
    caseload = SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    plan = caseload.open_child(caseload.rows()[0].name).open_plan()
    form = plan.change_first_action()

    form.type_into("What will be done", "school to monitor ongoing")
    assert "Warning" in form.findings_under("action")
    assert "monitor" in form.marked_under("action")
    form.type_into("Who will do it", "school")
    form.findings_under("who")
    assert form.marked_under("who") == ["school"]
    form.type_into("When", "ongoing")
    form.findings_under("when")
    assert form.marked_under("when") == ["ongoing"]

    # Put right as the findings ask: one named person, what they will do, and a date.
    due = dt.date.today() + dt.timedelta(days=28)
    form.type_into("What will be done", FIXED_ACTION)
    form.no_findings_under("action")
    form.type_into("Who will do it", "Sam Jones, class teacher")
    form.no_findings_under("who")
    form.type_into("When", f"by {due.day} {due:%B %Y}")
    form.no_findings_under("when")

    saved = form.save()
    assert "Action saved" in saved.banner()
    expect(page.locator("main")).to_contain_text(FIXED_ACTION)

    history = saved.open_history()
    newest = history.rows()[0]
    assert newest[0].startswith("Version 2")
    assert newest[2] == "Priya Shah" and newest[3] == "Action 1.1.1 changed"
    compared = history.open_version(2)
    parts = {part: after for part, _, after in compared.changes()}
    assert parts["Need 1, outcome 1, action 1: action"].endswith(FIXED_ACTION)
    assert "Sam Jones, class teacher" in parts["Need 1, outcome 1, action 1: who"]
    assert not problems, problems  # no script or content security policy errors


def test_another_teams_child_is_page_not_found(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    theirs = Allocation.objects.filter(worker__username="practitioner").first()
    assert theirs is not None
    SignInPage.open(page, artifacts).sign_in("practitioner2", demo.password)
    response = page.goto(f"/children/{theirs.child_id}/")
    assert response is not None and response.status == 404
    not_found = NotFoundPage(page, artifacts)
    expect(not_found.page.locator("main")).not_to_contain_text(theirs.child.name)


def test_tab_from_the_top_of_sign_in_reaches_the_form_in_order(
    page: Page, live_database: LiveServer, artifacts: Path
) -> None:
    SignInPage.open(page, artifacts)
    focused = []
    for _ in range(6):
        page.keyboard.press("Tab")
        focused.append(
            page.evaluate(
                "() => { const e = document.activeElement;"
                " return e.id || e.getAttribute('href') || e.textContent.trim(); }"
            )
        )
    # the skip link, the service name (a link to the caseload), then the form in order
    assert focused == ["#main-content", "/", "id_username", "id_password", "Show", "Sign in"]

    page.goto("/sign-in/")  # the skip link moves the focus to the main content
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{live_database.url}/sign-in/#main-content")
    expect(page.locator("#main-content")).to_be_focused()


def test_the_caseload_needs_signing_in(
    page: Page, live_database: LiveServer, artifacts: Path
) -> None:
    page.goto("/")
    SignInPage(page, artifacts)
    assert "/sign-in/" in page.url


def test_a_wrong_password_is_an_accessible_error(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    again = SignInPage.open(page, artifacts).sign_in_wrongly("practitioner", "not-the-password")
    summary = again.page.locator(".govuk-error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    expect(page).to_have_title("Error: Sign in – childplan")


def test_a_practitioner_adds_an_outcome_and_sees_findings_as_they_type(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    caseload = SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    plan = caseload.open_child(caseload.rows()[0].name).open_plan()
    form = plan.add_outcome_to_first_need()

    form.type_into("What we want to achieve", "Things are better at home as appropriate")
    assert "Warning" in form.findings_under("outcome")  # axe runs again after the swap
    assert "as appropriate" in form.marked_under("outcome")
    form.type_into("By when", "ongoing")
    form.findings_under("by")
    assert form.marked_under("by") == ["ongoing"]

    due = dt.date.today() + dt.timedelta(days=90)
    outcome = f"Our child sleeps through the night on 6 nights out of 7 by {due.day} {due:%B %Y}"
    form.type_into("What we want to achieve", outcome)
    form.no_findings_under("outcome")
    form.type_into("By when", f"by {due.day} {due:%B %Y}")
    form.no_findings_under("by")

    saved = form.save()
    added = re.search(r"Outcome (1\.\d+) added", saved.banner())
    assert added, saved.banner()
    expect(page.locator("main")).to_contain_text(outcome)

    # Move it up one place, then remove it: each asks nothing more of a script.
    number = added.group(1)
    above = f"1.{int(number.split('.')[1]) - 1}"
    moved = saved.move_up(f"outcome {number}")
    assert f"Outcome {number} moved up" in moved.banner()
    question = moved.remove(f"outcome {above}")
    expect(question.page.locator("main")).to_contain_text(outcome)
    removed = question.remove()
    assert f"Outcome {above} removed" in removed.banner()
    expect(page.locator("main")).not_to_contain_text(outcome)


def test_a_practitioner_adds_a_person_to_the_childs_network(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    caseload = SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    plan = caseload.open_child(caseload.rows()[0].name).open_plan()
    details = plan.change_details()  # the plan's details form passes axe too
    expect(details.page.get_by_role("group", name="Status")).to_be_visible()
    page.go_back()

    form = PlanPage(page, artifacts).add_person()
    form.type_into("Name", "Jan Kowalski")
    form.type_into("Relationship to the child", "uncle")
    form.choose("Involved in the plan", "No")
    assert "Enter why they are not involved in the plan" in form.save_wrongly()
    form.type_into("Why they are not involved", "He lives in Poland and is not in touch")
    saved = form.save()
    assert re.search(r"Person \d+ added", saved.banner()), saved.banner()
    expect(page.locator("main")).to_contain_text("Jan Kowalski, uncle: not involved")
