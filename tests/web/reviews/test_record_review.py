"""Recording a review meeting: one form, saved as a new version of the plan with the
meeting on its key dates, the actions' statuses, the plan's date and its next review."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse

from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Grant, Person
from childplan.web.plans.models import (
    Action,
    Event,
    Measurement,
    Outcome,
    Plan,
    PlanVersion,
    ProgressNote,
)
from childplan.web.reviews.models import ActionReview, Attendance, OutcomeReview, ReviewMeeting

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def url(plan: Plan) -> str:
    return reverse("reviews:record", args=[plan.pk])


def answers(plan: Plan, **changed: str) -> dict[str, str]:
    """A full review of the world's plan (Jimmy: his mother and his GP, one outcome with
    one action)."""
    mother = Person.objects.get(child=plan.child, name="Sarah Smith")
    gp = Person.objects.get(child=plan.child, name="Dr Patel")
    outcome = Outcome.objects.get(need__plan=plan)
    action = Action.objects.get(outcome=outcome)
    data = {
        "version": str(Plan.objects.get(pk=plan.pk).version),
        "kind": "child_in_need_review",
        "date": "20/11/2026",
        "chair": "Priya Shah",
        "note_taker": "Ann Lee",
        f"p{mother.pk}_invited": "yes",
        f"p{mother.pk}_not_invited_reason": "",
        f"p{mother.pk}_presence": "attended",
        f"p{mother.pk}_written_views": "",
        f"p{gp.pk}_invited": "yes",
        f"p{gp.pk}_not_invited_reason": "",
        f"p{gp.pk}_presence": "apologies",
        f"p{gp.pk}_written_views": "The eczema is better since the new cream.",
        "child_participation": "views_another_way",
        "childs_views": "My skin does not itch at night now.",
        f"o{outcome.pk}_progress": "Two small patches left, down from six.",
        f"o{outcome.pk}_evidence": "GP letter of 12 November 2026",
        f"o{outcome.pk}_relevant": "yes",
        f"o{outcome.pk}_achieved": "no",
        f"a{action.pk}_feedback": "Seen on 9 November 2026.",
        f"a{action.pk}_status": "done",
        f"a{action.pk}_why": "",
        "what_worked": "Mum keeping a cream chart.",
        "what_did_not": "",
        "unplanned_outcomes": "",
        "contingency": "holds",
        "contingency_note": "",
        "disagreements": "",
        "disagreement_action": "",
        "decisions": "The plan continues for another 3 months.",
        "next_review": "",
        "save": "yes",
    }
    data.update(changed)
    return data


def test_the_form_lists_the_childs_people_and_the_plan(world: Any, signed_in: Any) -> None:
    page = signed_in(world.worker).get(url(world.plan))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Was Sarah Smith invited?" in html and "Did Dr Patel come?" in html
    assert "Has parental responsibility" in html
    assert "Where is action 1.1 now?" in html
    # The next review date the timescales set, with the reason.
    assert "A Child in Need plan reviewed at least every 3 months" in html
    assert AuditEntry.objects.filter(user=world.worker, action="view").exists()


def test_saving_a_review_makes_a_new_version_with_the_meeting_on_the_plan(
    world: Any, signed_in: Any
) -> None:
    response = signed_in(world.worker).post(url(world.plan), answers(world.plan))
    meeting = ReviewMeeting.objects.get(plan=world.plan)
    assert response.status_code == 302
    assert response["Location"] == reverse("reviews:minutes", args=[world.plan.pk, meeting.pk])
    plan = Plan.objects.get(pk=world.plan.pk)
    assert plan.version == 2
    assert plan.date == dt.date(2026, 11, 20)  # made or last reviewed
    # 3 months after 20 November 2026 is Saturday 20 February: due the Friday before.
    assert plan.next_review == dt.date(2027, 2, 19)
    assert meeting.next_review == dt.date(2027, 2, 19)
    assert "3 months after the child in need review on 20 November 2026" in (
        meeting.next_review_reason
    )
    event = Event.objects.get(plan=plan)
    assert (event.kind, event.date, event.contingency_reviewed) == (
        "child_in_need_review",
        dt.date(2026, 11, 20),
        True,
    )
    assert meeting.event == event
    version = PlanVersion.objects.filter(plan=plan).first()
    assert version is not None and version.number == 2
    assert version.change == "Child in need review held on 20 November 2026"
    assert "child_in_need_review" in version.content


def test_the_walk_through_the_plan_is_kept(world: Any, signed_in: Any) -> None:
    signed_in(world.worker).post(url(world.plan), answers(world.plan))
    action = Action.objects.get(outcome__need__plan=world.plan)
    assert action.status == "done"
    note = ProgressNote.objects.get(action=action)
    assert (note.date, note.note, note.status) == (
        dt.date(2026, 11, 20),
        "Seen on 9 November 2026.",
        "done",
    )
    reviewed = ActionReview.objects.get()
    assert (reviewed.action, reviewed.status, reviewed.action_text) == (
        action,
        "done",
        action.action,
    )
    outcome = OutcomeReview.objects.get()
    assert outcome.progress == "Two small patches left, down from six."
    assert outcome.still_relevant and not outcome.achieved
    rows = [(a.name, a.invited, a.presence, a.written_views) for a in Attendance.objects.all()]
    assert rows == [
        ("Sarah Smith", True, "attended", ""),
        ("Dr Patel", True, "apologies", "The eczema is better since the new cream."),
    ]
    assert AuditEntry.objects.filter(
        user=world.worker, action="create", object_type="reviewmeeting"
    ).exists()


def test_an_achieved_outcome_comes_off_the_plan(world: Any, signed_in: Any) -> None:
    outcome = Outcome.objects.get(need__plan=world.plan)
    signed_in(world.worker).post(
        url(world.plan), answers(world.plan, **{f"o{outcome.pk}_achieved": "yes"})
    )
    outcome.refresh_from_db()
    assert outcome.achieved == dt.date(2026, 11, 20)


def test_a_date_chosen_at_the_meeting_is_kept_with_the_limit_beside_it(
    world: Any, signed_in: Any
) -> None:
    signed_in(world.worker).post(url(world.plan), answers(world.plan, next_review="1/3/2027"))
    meeting = ReviewMeeting.objects.get()
    assert meeting.next_review == dt.date(2027, 3, 1)
    assert meeting.next_review_reason.startswith("Agreed at the meeting, LATER than")
    assert Plan.objects.get(pk=world.plan.pk).next_review == dt.date(2027, 3, 1)


def test_work_out_the_next_review_date_fills_it_in_and_saves_nothing(
    world: Any, signed_in: Any
) -> None:
    data = answers(world.plan, decisions="")
    del data["save"]
    data["calculate"] = "yes"
    page = signed_in(world.worker).post(url(world.plan), data)
    html = page.content.decode()
    assert page.status_code == 200
    assert 'value="19 February 2027"' in html
    assert "govuk-error-summary" not in html  # not checked yet
    assert not ReviewMeeting.objects.exists()
    assert Plan.objects.get(pk=world.plan.pk).version == 1


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"chair": ""}, "Enter who chaired the meeting"),
        ({"date": "32/11/2026"}, "Date of the meeting:"),
        ({"date": "1/1/2099"}, "Date of the meeting must be today or in the past"),
        ({"decisions": ""}, "Enter what the meeting decided"),
        ({"disagreements": "Mum wants no GP visits."}, "Enter the action proposed"),
        ({"next_review": "1/11/2026"}, "The next review must be after the meeting"),
    ],
)
def test_bad_input_is_named_and_nothing_is_saved(
    world: Any, signed_in: Any, change: dict[str, str], error: str
) -> None:
    page = signed_in(world.worker).post(url(world.plan), answers(world.plan, **change))
    html = page.content.decode()
    assert page.status_code == 200
    assert "govuk-error-summary" in html and error in html
    assert not ReviewMeeting.objects.exists() and not Event.objects.exists()
    assert Plan.objects.get(pk=world.plan.pk).version == 1


def test_a_parent_with_parental_responsibility_not_invited_needs_a_reason(
    world: Any, signed_in: Any
) -> None:
    mother = Person.objects.get(name="Sarah Smith")
    key = f"p{mother.pk}"
    client = signed_in(world.worker)
    html = client.post(url(world.plan), answers(world.plan, **{f"{key}_invited": "no"}))
    assert "Enter why Sarah Smith, who has parental responsibility, was not invited" in (
        html.content.decode()
    )
    assert not ReviewMeeting.objects.exists()
    fixed = answers(
        world.plan, **{f"{key}_invited": "no", f"{key}_not_invited_reason": "A court order."}
    )
    assert client.post(url(world.plan), fixed).status_code == 302
    row = Attendance.objects.get(name="Sarah Smith")
    assert (row.invited, row.not_invited_reason, row.presence) == (False, "A court order.", "")


def test_an_interpreter_needed_and_not_arranged_needs_a_reason(world: Any, signed_in: Any) -> None:
    mother = Person.objects.get(name="Sarah Smith")
    Person.objects.filter(pk=mother.pk).update(needs_interpreter=True, language="Polish")
    key = f"p{mother.pk}"
    client = signed_in(world.worker)
    missing = client.post(url(world.plan), answers(world.plan)).content.decode()
    assert "Select yes if an interpreter was arranged for Sarah Smith" in missing
    not_there = client.post(url(world.plan), answers(world.plan, **{f"{key}_interpreter": "no"}))
    assert "Sarah Smith needs an interpreter and none was arranged: enter why" in (
        not_there.content.decode()
    )
    assert not ReviewMeeting.objects.exists()
    ok = answers(world.plan, **{f"{key}_interpreter": "yes"})
    assert client.post(url(world.plan), ok).status_code == 302
    assert Attendance.objects.get(name="Sarah Smith").interpreter_arranged is True


def test_an_action_not_done_needs_why(world: Any, signed_in: Any) -> None:
    action = Action.objects.get(outcome__need__plan=world.plan)
    page = signed_in(world.worker).post(
        url(world.plan), answers(world.plan, **{f"a{action.pk}_status": "not_done"})
    )
    assert "Enter why action 1.1 was not done" in page.content.decode()


def test_a_review_of_an_old_version_is_refused_and_the_answers_kept(
    world: Any, signed_in: Any
) -> None:
    stale = answers(world.plan)
    Plan.objects.filter(pk=world.plan.pk).update(version=5)  # someone saved since
    page = signed_in(world.worker).post(url(world.plan), stale)
    html = page.content.decode()
    assert page.status_code == 200
    assert "The plan was saved by someone else" in html
    assert "Mum keeping a cream chart." in html
    assert 'name="version" value="5"' in html
    assert not ReviewMeeting.objects.exists() and not Event.objects.exists()


def test_someone_who_may_only_read_the_plan_cannot_record_a_review(
    world: Any, signed_in: Any
) -> None:
    Grant.objects.create(
        child=world.child, user=world.outsider, reason="Covering a visit.", granted_by=world.manager
    )
    client = signed_in(world.outsider)
    assert client.get(url(world.plan)).status_code == 403
    assert client.post(url(world.plan), answers(world.plan)).status_code == 403
    assert not ReviewMeeting.objects.exists()


def test_no_access_is_not_found(world: Any, signed_in: Any) -> None:
    assert signed_in(world.outsider).get(url(world.plan)).status_code == 404


def test_the_plan_page_links_to_recording_a_review(world: Any, signed_in: Any) -> None:
    html = signed_in(world.worker).get(reverse("plans:plan", args=[world.plan.pk])).content
    assert url(world.plan).encode() in html
    assert b"Record a review meeting" in html


@pytest.mark.parametrize(
    ("answer", "reviewed", "holds"),
    [("holds", True, True), ("change", True, False), ("not_discussed", False, None)],
)
def test_the_contingency_answered_either_way_was_reviewed(
    world: Any, signed_in: Any, answer: str, reviewed: bool, holds: bool | None
) -> None:
    signed_in(world.worker).post(url(world.plan), answers(world.plan, contingency=answer))
    assert Event.objects.get(plan=world.plan).contingency_reviewed is reviewed
    assert ReviewMeeting.objects.get().contingency_holds is holds


def test_a_reading_of_the_indicator_is_kept_for_drift(world: Any, signed_in: Any) -> None:
    outcome = Outcome.objects.get(need__plan=world.plan)
    Outcome.objects.filter(pk=outcome.pk).update(indicator="broken patches", target="0")
    client = signed_in(world.worker)
    assert (
        "Outcome 1: broken patches now (optional)" in client.get(url(world.plan)).content.decode()
    )
    client.post(url(world.plan), answers(world.plan, **{f"o{outcome.pk}_reading": "2"}))
    (reading,) = Measurement.objects.filter(outcome=outcome)
    assert (reading.date, reading.value) == (dt.date(2026, 11, 20), "2")
    assert OutcomeReview.objects.get().reading == "2"
