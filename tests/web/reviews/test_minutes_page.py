"""The minutes of a review meeting: drafted from the record, edited, approved, and the
date sent recorded on the meeting's event (a new version), with the 5 working days shown."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from test_record_review import answers

from childplan.web.audit.models import AuditEntry
from childplan.web.children.models import Grant
from childplan.web.plans.models import Event, Plan, PlanVersion
from childplan.web.reviews.models import ReviewMeeting

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def reviewed(world: Any, signed_in: Any) -> tuple[Any, ReviewMeeting, str]:
    """The world's plan reviewed on 20 November 2026 by its worker; the minutes' URL."""
    client = signed_in(world.worker)
    client.post(reverse("reviews:record", args=[world.plan.pk]), answers(world.plan))
    meeting = ReviewMeeting.objects.get()
    return client, meeting, reverse("reviews:minutes", args=[world.plan.pk, meeting.pk])


def test_the_draft_minutes_and_the_next_review_date(world: Any, signed_in: Any) -> None:
    client, _, url = reviewed(world, signed_in)
    html = client.get(url).content.decode()
    assert "Minutes: Child in need review on 20 November 2026, about Jimmy Smith" in html
    assert "- Dr Patel (GP, Hill Street Surgery): sent apologies" in html
    assert "- Dr Patel: The eczema is better since the new cream." in html
    assert "  Progress: Two small patches left, down from six." in html
    assert "The plan continues for another 3 months." in html
    assert "By Friday 19 February 2027" in html  # the next review
    # 5 working days after Friday 20 November 2026, not yet sent.
    assert "Friday 27 November 2026" in html
    assert "Not yet: this is a draft" in html
    assert AuditEntry.objects.filter(action="view", object_type="reviewmeeting").exists()


def test_approving_keeps_the_edited_text_and_who_approved(world: Any, signed_in: Any) -> None:
    client, meeting, url = reviewed(world, signed_in)
    response = client.post(url, {"action": "approve", "minutes": "Edited minutes."})
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes_text == "Edited minutes."
    assert meeting.minutes_approved_by == world.worker
    assert meeting.minutes_approved_at is not None
    html = client.get(url).content.decode()
    assert "Edited minutes." in html and "Minutes approved" in html
    client.post(url, {"action": "save", "minutes": "Changed again."})
    meeting.refresh_from_db()
    assert meeting.minutes_approved_at is None  # a changed draft is approved again


def test_empty_minutes_are_refused(world: Any, signed_in: Any) -> None:
    client, meeting, url = reviewed(world, signed_in)
    page = client.post(url, {"action": "approve", "minutes": " "})
    assert page.status_code == 200 and "Enter the minutes" in page.content.decode()
    meeting.refresh_from_db()
    assert meeting.minutes_approved_at is None


def test_the_date_sent_goes_on_the_event_as_a_new_version(world: Any, signed_in: Any) -> None:
    client, meeting, url = reviewed(world, signed_in)
    refused = client.post(url, {"action": "sent", "sent": "23/11/2026"}).content.decode()
    assert "Approve the minutes before recording the date sent" in refused
    client.post(url, {"action": "approve", "minutes": "The minutes."})
    assert client.post(url, {"action": "sent", "sent": "19/11/2026"}).status_code == 200
    assert client.post(url, {"action": "sent", "sent": "23/11/2026"}).status_code == 302
    meeting.refresh_from_db()
    assert meeting.minutes_sent == dt.date(2026, 11, 23)
    assert Event.objects.get(plan=world.plan).minutes_sent == dt.date(2026, 11, 23)
    version = PlanVersion.objects.filter(plan=world.plan).first()
    assert version is not None and version.number == Plan.objects.get(pk=world.plan.pk).version
    assert version.change == (
        "Minutes of the child in need review on 20 November 2026 sent on 23 November 2026"
    )
    html = client.get(url).content.decode()
    assert "Sent on 23 November 2026, on time" in html


def test_a_reader_sees_the_minutes_but_cannot_change_them(world: Any, signed_in: Any) -> None:
    _, meeting, url = reviewed(world, signed_in)
    Grant.objects.create(
        child=world.child, user=world.outsider, reason="Covering a visit.", granted_by=world.manager
    )
    reader = signed_in(world.outsider)
    html = reader.get(url).content.decode()
    assert "Approve minutes" not in html and "Child in need review on 20 November" in html
    assert reader.post(url, {"action": "approve", "minutes": "Mine."}).status_code == 403
    meeting.refresh_from_db()
    assert meeting.minutes_approved_at is None


def test_minutes_of_another_plan_are_not_found(world: Any, signed_in: Any, add_child: Any) -> None:
    client, meeting, _ = reviewed(world, signed_in)
    other = add_child(world.team, world.worker)
    wrong = reverse("reviews:minutes", args=[other.pk, meeting.pk])
    assert client.get(wrong).status_code == 404
    assert (
        signed_in(world.outsider)
        .get(reverse("reviews:minutes", args=[world.plan.pk, meeting.pk]))
        .status_code
        == 404
    )


def test_the_plan_page_links_to_the_last_minutes(world: Any, signed_in: Any) -> None:
    client, _, url = reviewed(world, signed_in)
    html = client.get(reverse("plans:plan", args=[world.plan.pk])).content.decode()
    assert url in html and "Minutes of the last review meeting" in html
    assert "Next review: 19 February 2027" in html


def test_the_key_dates_list_every_meeting_recorded_with_its_minutes(
    world: Any, signed_in: Any
) -> None:
    client, meeting, url = reviewed(world, signed_in)
    html = client.get(reverse("plans:plan", args=[world.plan.pk])).content.decode()
    listed = html[html.index("Review meetings recorded here") :]
    assert f'href="{url}"' in listed
    assert "minutes in draft" in listed
    meeting.minutes_sent = meeting.date
    meeting.save()
    html = client.get(reverse("plans:plan", args=[world.plan.pk])).content.decode()
    assert "minutes sent on" in html[html.index("Review meetings recorded here") :]
