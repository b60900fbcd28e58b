"""The plan page: three columns, each finding beside its part, a summary at the top."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from childplan.web.audit.models import AuditEntry
from childplan.web.plans import checking
from childplan.web.plans.layout import anchor

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def url(plan: Any) -> str:
    return reverse("plans:plan", args=[plan.pk])


def test_the_worker_and_manager_see_the_plan_and_others_do_not(world: Any, signed_in: Any) -> None:
    for user in (world.worker, world.manager, world.senior, world.admin):
        assert signed_in(user).get(url(world.plan)).status_code == 200, user.username
    for user in (world.outsider, world.colleague, world.other_manager, world.other_senior):
        page = signed_in(user).get(url(world.plan))
        assert page.status_code == 404, user.username
        assert world.child.name not in page.content.decode()


def test_the_plan_is_laid_out_need_outcome_actions(world: Any, signed_in: Any) -> None:
    html = signed_in(world.worker).get(url(world.plan)).content.decode()
    reason = html.index("Jimmy needs his eczema managed")
    outcome = html.index("Jimmy&#x27;s skin is clear of broken patches")
    action = html.index("Make an appointment for Jimmy to be seen by his GP.")
    assert reason < outcome < action
    assert "Sarah Smith (mother)" in html and "within the next five days" in html


def test_every_finding_is_in_the_summary_and_beside_its_part(
    world: Any, signed_in: Any, add_child: Any
) -> None:
    plan = add_child(world.team, world.worker, "weak-plan.yaml")
    page = signed_in(world.worker).get(url(plan))
    html = page.content.decode()
    findings = checking.check(plan.to_plan(), timezone.localdate())
    layout = page.context["layout"]
    assert len(layout.summary) == len(findings) > 5
    assert layout.counts == checking.Counts.of(findings)
    for line in layout.summary:
        assert f'href="#{line.anchor}"' in html
        assert f'id="{line.anchor}"' in html or line.anchor == "summary"
    # a finding about an action's "who" is shown with that action, before the next action
    who = next(f for f in findings if f.path.endswith(".who"))
    action_path = who.path.rsplit(".", 1)[0]
    (part,) = [
        action
        for need in layout.needs
        for outcome in need.outcomes
        for action in outcome.actions
        if action.path == action_path
    ]
    message = escape(who.message)
    assert any(message in hint for hint in part.hints)
    start = html.index(f'id="{anchor(action_path)}"')
    following = html.find('id="needs-', start + 1) % (len(html) + 1)  # the next part, or the end
    assert start < html.index(message, start) < following


def test_errors_are_warning_text_and_warnings_inset_text(
    world: Any, signed_in: Any, add_child: Any
) -> None:
    plan = add_child(world.team, world.worker, "weak-plan.yaml")
    html = signed_in(world.worker).get(url(plan)).content.decode()
    assert 'class="govuk-warning-text"' in html
    assert '<span class="govuk-visually-hidden">Error</span>' in html
    assert 'class="govuk-inset-text"' in html and "<strong>Warning:</strong>" in html


def test_viewing_a_plan_is_audited(world: Any, signed_in: Any) -> None:
    signed_in(world.senior).get(url(world.plan))
    (entry,) = AuditEntry.objects.all()
    assert (entry.user, entry.child, entry.action) == (world.senior, world.child, "view")
    assert (entry.object_type, entry.object_id) == ("plan", str(world.plan.pk))


def test_the_queries_do_not_grow_with_the_plan(world: Any, signed_in: Any, add_child: Any) -> None:
    client = signed_in(world.worker)
    small = world.plan
    large = add_child(world.team, world.worker, "child-protection.yaml")
    counts = []
    for plan in (small, large):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url(plan)).status_code == 200
        counts.append(len(captured))
    assert counts[0] == counts[1]
