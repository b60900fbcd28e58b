"""Every page refuses people who may not see it: a table-driven test over the URLconf.

Each URL pattern is resolved from ``childplan.web.urls`` and requested as an anonymous
visitor (sent to sign in), as someone with no access to the world's child (404 for a page
about a child or a plan; a page without one must not show the child), and as the child's
worker (allowed, and the view is written to the audit log). A new page that forgets
``child_for_user`` / ``plan_for_user`` fails here; a new kind of URL argument must be added
to ARGUMENTS. Pages for administrators only (the audit log) are "page not found" for
everyone else. The Django admin (its own gate: administrators only) is tested below.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from childplan.web.audit.models import AuditEntry

pytestmark = [pytest.mark.database, pytest.mark.django_db]

PUBLIC = {"accounts:login", "accounts:logout"}  # signing in and out need no access
# Pages for one role: the persona who is let in (everyone else, the child's worker too, is
# refused). Other pages let in the child's worker.
LET_IN = {"plans:oversight": "manager"}
# Pages for administrators only: "page not found" for everyone else, as for a child.
ADMINISTRATORS_ONLY = {"audit:search", "audit:download"}
ARGUMENTS = {  # URL argument -> the world's record it names
    "child_id": lambda world: world.child.pk,
    "plan_id": lambda world: world.plan.pk,
    "action_id": lambda world: world.plan.needs.first().outcomes.first().actions.first().pk,
    "number": lambda world: world.plan.version,
    "need_id": lambda world: world.plan.needs.first().pk,
    "outcome_id": lambda world: world.plan.needs.first().outcomes.first().pk,
    "worry_id": lambda world: statement(world, "worries"),
    "strength_id": lambda world: statement(world, "strengths"),
    "assumption_id": lambda world: statement(world, "assumptions"),
    "review_id": lambda world: review_meeting(world),
    "person_id": lambda world: world.child.people.first().pk,
    "resource_id": lambda world: (
        world.plan.resources.get_or_create(resource="A nursery place")[0].pk
    ),
}


def review_meeting(world: Any) -> int:
    """A review meeting of the world's plan, recorded by its worker."""
    meeting = world.plan.review_meetings.create(
        kind="child_in_need_review",
        date=world.plan.date,
        chair="Chair",
        note_taker="Notes",
        child_participation="none",
        contingency_holds=True,
        decisions="Decisions",
        recorded_by=world.worker,
    )
    return int(meeting.pk)


def statement(world: Any, kind: str) -> int:
    """A worry, strength or assumption of the world's plan (its example has none)."""
    made = world.plan.statements.get_or_create(kind=kind, defaults={"text": f"One of {kind}"})
    return int(made[0].pk)


def patterns(
    resolver: URLResolver | None = None, namespace: str = ""
) -> Iterator[tuple[str, URLPattern]]:
    """(name, pattern) for every page of the application, the admin site's aside."""
    for entry in (resolver or get_resolver()).url_patterns:
        if isinstance(entry, URLResolver):
            if entry.namespace == "admin":
                continue
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from patterns(entry, inner)
        else:
            assert entry.name, f"give the URL pattern {entry.pattern} a name"
            yield f"{namespace}{entry.name}", entry


PAGES = sorted(patterns(), key=lambda item: item[0])


def url_for(name: str, pattern: URLPattern, world: Any) -> str:
    arguments = re.findall(r"<(?:\w+:)?(\w+)>", str(pattern.pattern))
    unknown = [a for a in arguments if a not in ARGUMENTS]
    assert not unknown, f"{name}: add {unknown} to ARGUMENTS in this test"
    return reverse(name, kwargs={a: ARGUMENTS[a](world) for a in arguments})


def test_the_table_covers_the_pages() -> None:
    names = {name for name, _ in PAGES}
    assert {"children:caseload", "children:child", "plans:plan"} <= names
    assert names >= PUBLIC | ADMINISTRATORS_ONLY


@pytest.mark.parametrize(("name", "pattern"), PAGES, ids=[name for name, _ in PAGES])
def test_every_page_checks_access(
    name: str, pattern: URLPattern, world: Any, client: Any, signed_in: Any
) -> None:
    if name in PUBLIC:
        return
    url = url_for(name, pattern, world)
    anonymous = client.get(url)
    assert anonymous.status_code == 302, f"{name} lets an anonymous visitor in"
    assert anonymous["Location"].startswith(reverse("accounts:login"))

    about_a_child = bool(re.search(r"<(?:\w+:)?\w+_id>", str(pattern.pattern)))
    refused = signed_in(world.outsider).get(url)
    if about_a_child or name in ADMINISTRATORS_ONLY:
        assert refused.status_code == 404, f"{name} shows a child to someone with no access"
    else:
        assert refused.status_code in (200, 302), name
        assert world.child.name not in refused.content.decode(), f"{name} shows the child"
    assert not AuditEntry.objects.exists()

    user = getattr(world, LET_IN.get(name, "worker"))
    if name in ADMINISTRATORS_ONLY:
        for persona in ("worker", "manager", "senior"):
            page = signed_in(getattr(world, persona)).get(url)
            assert page.status_code == 404, f"{name} lets the {persona} in"
        user = world.admin
    if name in LET_IN:
        assert signed_in(world.worker).get(url).status_code == 403, f"{name} lets the worker in"
    allowed = signed_in(user).get(url)
    assert allowed.status_code == 200, name
    body = b"".join(allowed.streaming_content) if allowed.streaming else allowed.content
    html = body.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), f"{name}: inline script"
    assert not re.search(r"<style|\sstyle=", html), f"{name}: inline style"
    if about_a_child:
        assert AuditEntry.objects.filter(user=user, child=world.child).exists(), (
            f"{name} does not write the audit log"
        )


def test_the_admin_is_for_administrators_only(world: Any, signed_in: Any) -> None:
    admin_pages = [reverse("admin:index"), reverse("admin:children_child_changelist")]
    for user in (world.worker, world.manager, world.senior):
        for url in admin_pages:
            page = signed_in(user).get(url)
            assert page.status_code == 302, (user.username, url)
            assert "/admin/login/" in page["Location"]
    for url in admin_pages:
        assert signed_in(world.admin).get(url).status_code == 200


def test_only_the_administrator_role_makes_staff(world: Any) -> None:
    world.worker.is_staff = world.worker.is_superuser = True
    world.worker.save()
    world.worker.refresh_from_db()
    assert not world.worker.is_staff and not world.worker.is_superuser
    assert world.admin.is_staff and world.admin.is_superuser
