"""record(): one entry a view or change; ``once_within`` for pages fetched again and again."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import EDITING_SESSION, record

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def request_by(user: Any, path: str = "/plans/1/contingency/check/") -> Any:
    request = RequestFactory().post(path)
    request.user = user
    return request


def test_each_call_writes_an_entry(world: Any) -> None:
    for _ in range(2):
        record(request_by(world.worker), AuditEntry.Action.VIEW, world.child, world.plan)
    assert AuditEntry.objects.count() == 2


def test_once_within_writes_the_first_time_only(world: Any) -> None:
    request = request_by(world.worker)
    first = record(request, "view", world.child, world.plan, once_within=EDITING_SESSION)
    again = record(request, "view", world.child, world.plan, once_within=EDITING_SESSION)
    assert again == first and AuditEntry.objects.count() == 1
    assert (first.object_type, first.object_id) == ("plan", str(world.plan.pk))
    assert first.path == "/plans/1/contingency/check/"


def test_once_within_writes_again_for_someone_else_another_record_or_action(
    world: Any,
) -> None:
    once = {"once_within": EDITING_SESSION}
    record(request_by(world.worker), "view", world.child, world.plan, **once)
    record(request_by(world.manager), "view", world.child, world.plan, **once)
    record(request_by(world.worker), "view", world.child, None, **once)
    record(request_by(world.worker), "change", world.child, world.plan, **once)
    made = AuditEntry.objects.order_by("id").values_list("user__username", "object_type", "action")
    assert list(made) == [
        ("worker", "plan", "view"),
        ("manager", "plan", "view"),
        ("worker", "child", "view"),
        ("worker", "plan", "change"),
    ]


def test_once_within_writes_again_after_the_session(world: Any) -> None:
    AuditEntry.objects.create(
        user=world.worker,
        action="view",
        child=world.child,
        object_type="plan",
        object_id=str(world.plan.pk),
        path="/plans/1/",
        at=timezone.now() - EDITING_SESSION - dt.timedelta(minutes=1),
    )
    record(request_by(world.worker), "view", world.child, world.plan, once_within=EDITING_SESSION)
    assert AuditEntry.objects.count() == 2


def test_typing_in_a_field_writes_one_entry_not_one_a_keystroke(world: Any, signed_in: Any) -> None:
    check = reverse("plans:check_contingency", args=[world.plan.pk]) + "?field=contingency"
    client = signed_in(world.worker)
    for text in ("I", "If", "If things", "If things get worse"):
        assert client.post(check, {"contingency": text}).status_code == 200
    (entry,) = AuditEntry.objects.all()
    assert (entry.user, entry.action, entry.object_id) == (world.worker, "view", str(world.plan.pk))


def test_opening_the_form_then_typing_writes_only_the_opening(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    assert client.get(reverse("plans:edit_contingency", args=[world.plan.pk])).status_code == 200
    check = reverse("plans:check_contingency", args=[world.plan.pk]) + "?field=contingency"
    client.post(check, {"contingency": "If things get worse"})
    assert AuditEntry.objects.count() == 1
