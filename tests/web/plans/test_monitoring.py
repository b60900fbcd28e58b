"""Monitoring: progress on an action, readings of an outcome's indicator with its chart,
and an outcome marked achieved; each a new version of the plan."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from childplan.plan.fileformat import loads_plan
from childplan.web.audit.models import AuditEntry
from childplan.web.plans.models import Action, Measurement, Outcome, Plan, PlanVersion

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def first_action(plan: Plan) -> Action:
    return Action.objects.filter(outcome__need__plan=plan).order_by(
        "outcome__need__position", "outcome__position", "position"
    )[0]


def first_outcome(plan: Plan) -> Outcome:
    return Outcome.objects.filter(need__plan=plan).order_by("need__position", "position")[0]


def progress_url(plan: Plan) -> str:
    return reverse("plans:action_progress", args=[plan.pk, first_action(plan).pk])


def outcome_url(plan: Plan) -> str:
    return reverse("plans:outcome_progress", args=[plan.pk, first_outcome(plan).pk])


def newest_version(plan: Plan) -> PlanVersion:
    version = PlanVersion.objects.filter(plan=plan).first()
    assert version is not None
    return version


def test_progress_on_an_action_is_kept_with_its_status_as_a_new_version(
    world: Any, signed_in: Any
) -> None:
    client = signed_in(world.worker)
    answers = {
        "status": "in_progress",
        "date": "20/11/2026",
        "note": "Mum went to the first appointment.",
        "evidence": "Letter from the Recovery Service",
    }
    response = client.post(progress_url(world.plan), answers)
    assert response.status_code == 302
    action = first_action(world.plan)
    assert action.status == "in_progress"
    [note] = action.progress.all()
    assert (note.date, note.status) == (dt.date(2026, 11, 20), "in_progress")
    version = newest_version(world.plan)
    assert version.change == "Progress on action 1.1.1 recorded"
    kept = loads_plan(version.content).plan.needs[0].outcomes[0].actions[0]
    assert kept.status == "in_progress"
    assert kept.progress[0].evidence == "Letter from the Recovery Service"
    assert AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE, object_type="action").exists()
    page = client.get(progress_url(world.plan)).content.decode()
    assert "Mum went to the first appointment." in page and "20 November 2026" in page


@pytest.mark.parametrize(
    ("changed", "message"),
    [
        ({"status": ""}, "Select where the action has got to"),
        ({"note": " "}, "Enter what has been done, or why it has not"),
        ({"date": "2026-02-30"}, "Date:"),
        ({"date": "1 January 2099"}, "Date must be today or in the past"),
    ],
)
def test_bad_progress_is_named_and_nothing_is_saved(
    world: Any, signed_in: Any, changed: dict[str, str], message: str
) -> None:
    answers = {"status": "done", "date": "20/11/2026", "note": "Done.", "evidence": ""}
    answers.update(changed)
    response = signed_in(world.worker).post(progress_url(world.plan), answers)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not first_action(world.plan).progress.exists()
    assert Plan.objects.get(pk=world.plan.pk).version == 1


def test_readings_are_kept_in_date_order_and_charted_against_the_target(
    world: Any, signed_in: Any
) -> None:
    client = signed_in(world.worker)
    outcome = first_outcome(world.plan)
    Outcome.objects.filter(pk=outcome.pk).update(indicator="nights of sleep", target="7 of 7")
    for day, value in (("13/11/2026", "5 of 7"), ("6/11/2026", "3 of 7")):
        answers = {"save": "reading", "reading-date": day, "reading-value": value}
        assert client.post(outcome_url(world.plan), answers).status_code == 302
    values = list(Measurement.objects.filter(outcome=outcome).values_list("value", flat=True))
    assert values == ["3 of 7", "5 of 7"]  # oldest first, whatever order they came in
    assert newest_version(world.plan).change == "Reading of outcome 1.1 recorded"
    html = client.get(outcome_url(world.plan)).content.decode()
    assert "<svg" in html and 'class="childplan-chart__target"' in html
    assert "Nights of sleep: 3 of 7 on 6 November 2026, then 5 of 7 on 13 November 2026" in html


def test_a_reading_needs_a_value(world: Any, signed_in: Any) -> None:
    answers = {"save": "reading", "reading-date": "13/11/2026", "reading-value": ""}
    response = signed_in(world.worker).post(outcome_url(world.plan), answers)
    assert "Enter the reading" in response.content.decode()
    assert not Measurement.objects.exists()


def test_an_achieved_outcome_leaves_the_live_plan_and_can_come_back(
    world: Any, signed_in: Any
) -> None:
    client = signed_in(world.worker)
    answers = {"save": "achieved", "achieved-achieved": "20 November 2026"}
    assert client.post(outcome_url(world.plan), answers).status_code == 302
    outcome = first_outcome(world.plan)
    assert outcome.achieved == dt.date(2026, 11, 20)
    assert newest_version(world.plan).change == "Outcome 1.1 achieved"
    plan = Plan.objects.with_contents().get(pk=world.plan.pk).to_plan()
    assert "needs[0].outcomes[0]" not in [path for path, _ in plan.outcomes()]

    assert client.post(outcome_url(world.plan), {"save": "back"}).status_code == 302
    assert first_outcome(world.plan).achieved is None
    assert newest_version(world.plan).change == "Outcome 1.1 back on the plan"


def test_readers_see_progress_but_only_those_who_may_change_record_it(
    world: Any, signed_in: Any
) -> None:
    for url in (progress_url(world.plan), outcome_url(world.plan)):
        senior = signed_in(world.senior)
        page = senior.get(url)
        assert page.status_code == 200
        html = page.content.decode()
        assert "Save progress" not in html and "Save the reading" not in html
        assert senior.post(url, {"save": "back"}).status_code == 403
        outsider = signed_in(world.outsider)
        assert outsider.get(url).status_code == 404
        assert outsider.post(url, {"save": "back"}).status_code == 404
    assert Plan.objects.get(pk=world.plan.pk).version == 1


def test_the_plan_page_lists_an_achieved_outcome_apart_and_links_to_progress(
    world: Any, signed_in: Any
) -> None:
    client = signed_in(world.worker)
    plan_url = reverse("plans:plan", args=[world.plan.pk])
    page = client.get(plan_url).content.decode()
    assert f'href="{progress_url(world.plan)}"' in page
    assert f'href="{outcome_url(world.plan)}"' in page
    assert "Achieved outcomes" not in page

    Outcome.objects.filter(pk=first_outcome(world.plan).pk).update(achieved=dt.date(2026, 11, 20))
    page = client.get(plan_url).content.decode()
    achieved = page[page.index('id="achieved"') :]
    assert "Achieved 20 November 2026" in achieved
    words = escape(first_outcome(world.plan).outcome)
    assert words in achieved
    live = page[page.index('id="needs"') : page.index('id="achieved"')]
    assert words not in live
