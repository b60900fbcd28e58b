"""Changing and adding the parts of a plan other than an action (tests/web/plans/
test_edit_action.py has the action): a need, an outcome, the plan's own texts and its
worries, each with the checker's findings under its fields, its version and audit entry,
bad input refused whole, and a save from an old version refused with the words kept."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from django.utils.html import escape

from childplan.web.audit.models import AuditEntry
from childplan.web.plans import checking
from childplan.web.plans.models import Need, Outcome, Plan, PlanStatement, PlanVersion

pytestmark = [pytest.mark.database, pytest.mark.django_db]

VAGUE = "school to monitor ongoing support as appropriate"


def need(plan: Plan, n: int = 0) -> Need:
    return Need.objects.filter(plan=plan).order_by("position")[n]


def outcome(plan: Plan) -> Outcome:
    return Outcome.objects.filter(need__plan=plan).order_by("need__position", "position")[0]


def version(plan: Plan) -> str:
    return str(Plan.objects.get(pk=plan.pk).version)


def outcome_values(plan: Plan, **changed: str) -> dict[str, str]:
    saved = outcome(plan)
    data = {
        "outcome": saved.outcome,
        "by": saved.by_text,
        "indicator": saved.indicator,
        "baseline": saved.baseline,
        "target": saved.target,
        "version": version(plan),
    }
    return {**data, **changed}


def findings_of(html: str, name: str) -> str:
    start = html.index(f'id="findings-{name}"')
    ends = [html.find(marker, start + 1) for marker in ('id="findings-', "govuk-button-group")]
    return html[start : min(end for end in ends if end > 0)]


def newest_version(plan: Plan) -> PlanVersion:
    return PlanVersion.objects.filter(plan=plan).order_by("-number")[0]


def test_a_need_is_changed_with_its_version_and_audit_entry(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    url = reverse("plans:edit_need", args=[world.plan.pk, need(world.plan).pk])
    form = client.get(url).content.decode()
    assert "Change need 1" in form and "Jimmy needs his eczema managed" in form
    reason = "Jimmy needs his eczema treated so that he sleeps through the night."
    response = client.post(url, {"reason": reason, "version": version(world.plan)})
    assert response.status_code == 302
    assert response["Location"].endswith("#needs-0")
    assert need(world.plan).reason == reason
    saved = newest_version(world.plan)
    assert saved.number == 2 and saved.change == "Need 1 changed" and saved.saved_by == world.worker
    assert reason in saved.content
    entry = AuditEntry.objects.get(action=AuditEntry.Action.CHANGE)
    assert entry.object_type == "need" and entry.object_id == str(need(world.plan).pk)
    page = client.get(response["Location"]).content.decode()
    assert "Need saved" in page and "govuk-notification-banner--success" in page


def test_an_outcome_is_changed_field_by_field(world: Any, signed_in: Any) -> None:
    url = reverse("plans:edit_outcome", args=[world.plan.pk, outcome(world.plan).pk])
    data = outcome_values(
        world.plan, by="by 19 March 2027", indicator="broken patches", baseline="6", target="0"
    )
    response = signed_in(world.worker).post(url, data)
    assert response.status_code == 302
    assert response["Location"].endswith("#needs-0-outcomes-0")
    saved = outcome(world.plan)
    assert (saved.indicator, saved.baseline, saved.target) == ("broken patches", "6", "0")
    assert saved.by_text == "by 19 March 2027"
    assert saved.by_date is not None and saved.by_date.isoformat() == "2027-03-19"
    assert newest_version(world.plan).change == "Outcome 1.1 changed"


def test_bad_input_is_named_in_the_error_summary_and_nothing_is_saved(
    world: Any, signed_in: Any
) -> None:
    url = reverse("plans:edit_outcome", args=[world.plan.pk, outcome(world.plan).pk])
    data = outcome_values(world.plan, outcome=" ", by="by 31/02/2027", indicator="changed")
    page = signed_in(world.worker).post(url, data)
    html = page.content.decode()
    assert page.status_code == 200 and "<title>Error:" in html
    assert "Enter what we want to achieve" in html and 'href="#id_outcome"' in html
    assert "is not a real date" in html and 'href="#id_by"' in html
    assert 'value="changed"' in html  # the user's words stay in the form
    assert outcome(world.plan).indicator == ""  # not half-saved
    assert version(world.plan) == "1"
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.CHANGE).exists()


@pytest.mark.parametrize(
    ("slug", "column"),
    [
        ("childs_views", "childs_views"),
        ("contingency", "contingency"),
        ("bottom_lines", "bottom_lines"),
        ("monitoring", "monitoring"),
    ],
)
def test_the_plans_own_texts_are_changed(
    world: Any, signed_in: Any, slug: str, column: str
) -> None:
    client = signed_in(world.worker)
    url = reverse(f"plans:edit_{slug}", args=[world.plan.pk])
    assert client.get(url).status_code == 200
    text = "If Jimmy's skin breaks again, Sarah will ring the GP that day."
    response = client.post(url, {column: text, "version": version(world.plan)})
    assert response.status_code == 302
    assert response["Location"].endswith("#" + slug.replace("_", "-"))
    assert getattr(Plan.objects.get(pk=world.plan.pk), column) == text
    assert newest_version(world.plan).change.endswith(" changed")


def test_the_findings_of_each_field_use_its_plan_file_path(world: Any, signed_in: Any) -> None:
    url = reverse("plans:edit_outcome", args=[world.plan.pk, outcome(world.plan).pk])
    data = outcome_values(world.plan, outcome=VAGUE, by="ongoing", check="1")
    html = signed_in(world.worker).post(url, data).content.decode()
    plan = world.plan.to_plan()
    for name, text in (("outcome", VAGUE), ("by", "ongoing")):
        found = checking.checker().check_field(plan, f"needs[0].outcomes[0].{name}", text)
        assert found, name
        for finding in found:
            assert escape(finding.message) in findings_of(html, name), (name, finding.rule)
    assert outcome(world.plan).outcome != VAGUE  # checking saves nothing


def test_the_live_check_of_a_text_and_of_a_new_need(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    check = reverse("plans:check_contingency", args=[world.plan.pk]) + "?field=contingency"
    text = "A strategy discussion will be held."
    expected = checking.checker().check_field(world.plan.to_plan(), "contingency", text)
    html = client.post(check, {"contingency": text}).content.decode()
    assert expected and all(escape(f.message) in html for f in expected)
    new = reverse("plans:check_new_need", args=[world.plan.pk]) + "?field=reason"
    html = client.post(new, {"reason": VAGUE}).content.decode()
    expected = checking.checker().check_field(world.plan.to_plan(), "needs[1].reason", VAGUE)
    assert expected and all(escape(f.message) in html for f in expected)
    assert "<html" not in html


def test_a_need_is_added_at_the_end(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    url = reverse("plans:add_need", args=[world.plan.pk])
    assert "Add a need" in client.get(url).content.decode()
    reason = "Jimmy needs to feel safe at home when his mother is unwell."
    response = client.post(url, {"reason": reason, "version": version(world.plan)})
    assert response.status_code == 302 and response["Location"].endswith("#needs-1")
    added = need(world.plan, 1)
    assert added.reason == reason and added.position == 1
    assert newest_version(world.plan).change == "Need 2 added"
    entry = AuditEntry.objects.get(action=AuditEntry.Action.CREATE)
    assert entry.object_type == "need" and entry.object_id == str(added.pk)
    assert "Need 2 added" in client.get(response["Location"]).content.decode()


def test_an_outcome_and_an_action_are_added_under_their_parents(world: Any, signed_in: Any) -> None:
    client = signed_in(world.worker)
    first = need(world.plan)
    url = reverse("plans:add_outcome", args=[world.plan.pk, first.pk])
    assert "Add an outcome to need 1" in client.get(url).content.decode()
    data = {"outcome": "Jimmy sleeps through the night on 6 nights out of 7.", "by": "by 1 March"}
    response = client.post(url, {**data, "version": version(world.plan)})
    assert response["Location"].endswith("#needs-0-outcomes-1")
    added = first.outcomes.order_by("position")[1]
    assert added.by_date is not None and added.by_date.isoformat() == "2027-03-01"
    url = reverse("plans:add_action", args=[world.plan.pk, added.pk])
    action = {"action": "Buy a cotton sheet.", "who": "Sarah Smith", "when": "by 1 December"}
    response = client.post(url, {**action, "version": version(world.plan)})
    assert response["Location"].endswith("#needs-0-outcomes-1-actions-0")
    assert added.actions.get().who == "Sarah Smith"
    changes = list(PlanVersion.objects.filter(plan=world.plan).values_list("change", flat=True))
    assert changes[:2] == ["Action 1.2.1 added", "Outcome 1.2 added"]


def test_a_worry_is_added_changed_and_checked_as_its_list_element(
    world: Any, signed_in: Any
) -> None:
    client = signed_in(world.worker)
    url = reverse("plans:add_worry", args=[world.plan.pk])
    worry = "Jimmy scratches until his skin bleeds at night."
    response = client.post(url, {"text": worry, "version": version(world.plan)})
    assert response["Location"].endswith("#worries-0")
    saved = PlanStatement.objects.get(plan=world.plan, kind="worries")
    page = client.get(reverse("plans:plan", args=[world.plan.pk])).content.decode()
    assert (
        'id="worries-0"' in page
        and reverse("plans:edit_worry", args=[world.plan.pk, saved.pk]) in page
    )
    edit = reverse("plans:edit_worry", args=[world.plan.pk, saved.pk])
    html = client.post(edit, {"text": VAGUE, "version": version(world.plan), "check": "1"})
    expected = checking.checker().check_field(world.plan.to_plan(), "worries[0]", VAGUE)
    assert all(escape(f.message) in html.content.decode() for f in expected)
    client.post(edit, {"text": "Jimmy's skin bleeds.", "version": version(world.plan)})
    assert PlanStatement.objects.get(pk=saved.pk).text == "Jimmy's skin bleeds."
    assert newest_version(world.plan).change == "Worry 1 changed"


def test_a_change_from_an_old_version_is_refused_with_the_words_kept(
    world: Any, signed_in: Any
) -> None:
    first, second = signed_in(world.worker), signed_in(world.manager)
    url = reverse("plans:edit_need", args=[world.plan.pk, need(world.plan).pk])
    opened = version(world.plan)
    assert first.post(url, {"reason": "Jimmy needs sleep.", "version": opened}).status_code == 302
    refused = second.post(url, {"reason": "Jimmy needs his skin clear.", "version": opened})
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "someone else changed this plan since you opened it" in html
    assert "Jimmy needs his skin clear." in html and "Jimmy needs sleep." in html
    assert 'name="version" value="2"' in html
    assert need(world.plan).reason == "Jimmy needs sleep."
    added = second.post(
        reverse("plans:add_need", args=[world.plan.pk]), {"reason": "A new need", "version": opened}
    )
    assert "someone else changed this plan" in added.content.decode()
    assert Need.objects.filter(plan=world.plan).count() == 1


def test_people_who_may_not_change_the_plan_are_refused(world: Any, signed_in: Any) -> None:
    urls = [
        reverse("plans:edit_need", args=[world.plan.pk, need(world.plan).pk]),
        reverse("plans:add_outcome", args=[world.plan.pk, need(world.plan).pk]),
        reverse("plans:edit_contingency", args=[world.plan.pk]),
    ]
    data = {"reason": "x", "outcome": "x", "contingency": "x", "version": "1"}
    for url in urls:
        assert signed_in(world.outsider).post(url, data).status_code == 404
        assert signed_in(world.senior).post(url, data).status_code == 403
    assert version(world.plan) == "1"


def test_a_need_of_another_plan_is_not_found(world: Any, signed_in: Any, add_child: Any) -> None:
    other = add_child(world.team, world.worker, "weak-plan.yaml")
    client = signed_in(world.worker)
    assert (
        client.get(reverse("plans:edit_need", args=[world.plan.pk, need(other).pk])).status_code
        == 404
    )
    add = reverse("plans:add_outcome", args=[world.plan.pk, need(other).pk])
    assert client.get(add).status_code == 404


def test_the_plan_page_offers_changes_only_to_those_who_may_make_them(
    world: Any, signed_in: Any
) -> None:
    plan_url = reverse("plans:plan", args=[world.plan.pk])
    links = [
        reverse("plans:edit_need", args=[world.plan.pk, need(world.plan).pk]),
        reverse("plans:edit_outcome", args=[world.plan.pk, outcome(world.plan).pk]),
        reverse("plans:add_need", args=[world.plan.pk]),
        reverse("plans:add_outcome", args=[world.plan.pk, need(world.plan).pk]),
        reverse("plans:add_worry", args=[world.plan.pk]),
        reverse("plans:edit_contingency", args=[world.plan.pk]),
        reverse("plans:remove_need", args=[world.plan.pk, need(world.plan).pk]),
    ]
    worker = signed_in(world.worker).get(plan_url).content.decode()
    senior = signed_in(world.senior).get(plan_url).content.decode()
    for link in links:
        href = f'href="{link}"'  # not a page under it (an outcome's progress page)
        assert href in worker and href not in senior, link


def test_a_change_to_a_need_removed_since_keeps_the_words_to_copy(
    world: Any, signed_in: Any
) -> None:
    opened = version(world.plan)
    first = need(world.plan)
    remove = reverse("plans:remove_need", args=[world.plan.pk, first.pk])
    assert signed_in(world.manager).post(remove, {"version": opened}).status_code == 302
    url = reverse("plans:edit_need", args=[world.plan.pk, first.pk])
    refused = signed_in(world.worker).post(url, {"reason": "Jimmy needs sleep.", "version": opened})
    html = refused.content.decode()
    assert refused.status_code == 200
    assert "someone else removed this part of the plan" in html
    assert "Jimmy needs sleep." in html and ">Save<" not in html
    assert not Need.objects.filter(plan=world.plan).exists()
