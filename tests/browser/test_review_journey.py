"""The demo practitioner records a full review meeting of a plan from the browser: the
plan gets a new version, the minutes are drafted, approved and sent, and the next review
date is set. Every page is checked with axe (site_pages.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from review_pages import open_minutes, record_review
from site_pages import PlanPage, SignInPage

from childplan.web.demo import DemoLogins

pytestmark = pytest.mark.database

DECISIONS = "The plan continues; the family and school agree the next steps."


def test_a_practitioner_records_a_full_review(
    page: Page, demo: DemoLogins, artifacts: Path
) -> None:
    caseload = SignInPage.open(page, artifacts).sign_in("practitioner", demo.password)
    name = caseload.rows()[0].name
    first = name.split()[0]
    plan = caseload.open_child(name).open_plan()
    form = record_review(plan)

    # The meeting and who came: the child's people are listed already.
    form.fill("Who chaired the meeting?", "Ann Lee")
    form.fill("Who took the notes?", "Priya Shah")
    form.choose(re.compile(r"^Did .+ come\?$"), "Came")
    form.choose(re.compile(r"Was one arranged\?$"), "Yes", some=False)  # interpreters
    form.choose(f"How did {first} take part?", "Gave their views another way")
    form.fill(f"{first}’s views, in their words (optional)", "I like my new school.")
    # Walking the plan: progress on each outcome.
    assert form.fill_all(re.compile(r"Progress towards outcome \d+"), "Better, see school") >= 1
    form.choose("Does the contingency plan still hold?", "Yes, it still holds")

    with_errors = form.save_wrongly()  # forgot the decisions
    assert with_errors.errors() == ["Enter what the meeting decided"]
    with_errors.fill("What the meeting decided", DECISIONS)
    filled = with_errors.work_out_next_review()
    next_review = filled.next_review()
    assert re.fullmatch(r"\d{1,2} \w+ \d{4}", next_review), next_review

    minutes = filled.save()
    assert "recorded" in minutes.banner()
    assert next_review in minutes.next_review()
    assert "Due by" in minutes.minutes_due()
    draft = minutes.draft()
    assert DECISIONS in draft and "Who does what, by when" in draft
    assert "Not yet" in minutes.approved()

    approved = minutes.approve()
    assert "Minutes approved" in approved.banner()
    sent = approved.record_sent()
    assert "Minutes recorded as sent" in sent.banner()
    assert "on time" in sent.minutes_due()

    plan = sent.back_to_plan()
    expect(page.locator("main")).to_contain_text(f"Next review: {next_review}")
    history = plan.open_history()
    changes = [row[-1] for row in history.rows()]
    assert any(re.search(r"held on \d", change) for change in changes), changes
    assert any("sent on" in change for change in changes), changes

    page.go_back()
    again = open_minutes(PlanPage(page, artifacts))
    assert "Sent on" in again.minutes_due()
