"""Changing a part of a plan, or adding one, with the checker's findings under each field,
and no lost updates. Which fields a part has, and where it sits in the plan, is declared in
``parts``; these views are the same for an action, a need, a worry or the contingency.

The form carries the plan's ``version`` as it was when the page was opened, and saving goes
through ``versions.change_plan``: when someone else saved the plan in between, nothing is
saved, and the page says so with the user's text kept in the fields and (for a change) the
text now saved shown beside it. Each save keeps a new version of the plan, described in a
few words ("Outcome 1.2 changed", "Need 3 added").

Each URL names its part's kind (``kind``, from the URL pattern) and the record's id under
the kind's own name (``need_id``; the parent's, ``need_id`` for a new outcome, when adding).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from childplan.web.access import plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import EDITING_SESSION, record
from childplan.web.plans.models import Plan
from childplan.web.plans.partform import PartForm, draw_fields, findings_html, part_findings
from childplan.web.plans.parts import PARTS, ListPart, Located, Part
from childplan.web.plans.versions import change_plan

LOG = logging.getLogger(__name__)


@dataclass(frozen=True)
class Shown:
    """What the form page is about: the part, its URL's ids, where it is, its heading."""

    part: Part
    ids: dict[str, int]
    located: Located
    heading: str
    adding: bool


def locate(plan: Plan, part: Part, ids: dict[str, int], adding: bool) -> Located:
    """The part the URL names, or where a new one will go (404 when not in this plan)."""
    if not adding:
        return part.locate(plan, ids.get(f"{part.slug}_id"))
    if not isinstance(part, ListPart):
        raise Http404("Only list elements are added.")
    return part.new(plan, parent_of(plan, part, ids))


def parent_of(plan: Plan, part: Part, ids: dict[str, int]) -> Located | None:
    """The need a new outcome goes under, the outcome of a new action (None: the plan)."""
    parent = part.parent if isinstance(part, ListPart) else None
    return parent.locate(plan, ids[f"{parent.slug}_id"]) if parent else None


def part_url(name: str, plan: Plan, part: Part, ids: dict[str, int]) -> str:
    return reverse(f"plans:{name}_{part.slug}", kwargs={"plan_id": plan.pk, **ids})


@login_required
def edit_part_page(request: HttpRequest, plan_id: int, kind: str, **ids: int) -> HttpResponse:
    """Change what a part of the plan says."""
    return _form_page(request, plan_id, PARTS[kind], ids, adding=False)


@login_required
def add_part_page(request: HttpRequest, plan_id: int, kind: str, **ids: int) -> HttpResponse:
    """Add a need, an outcome to a need, an action to an outcome, a worry... at the end of
    its list."""
    return _form_page(request, plan_id, PARTS[kind], ids, adding=True)


@login_required
def check_part_page(
    request: HttpRequest, plan_id: int, kind: str, adding: bool = False, **ids: int
) -> HttpResponse:
    """The findings for one field as the user types it (an htmx fragment): ``?field=who``
    names the field, and its text is the form's value of that name."""
    part = PARTS[kind]
    plan = plan_for_user(request, plan_id, write=True)
    located = locate(plan, part, ids, adding)
    data = request.POST if request.method == "POST" else request.GET
    name = data.get("field") or request.GET.get("field", "")
    if name not in {field.name for field in part.fields}:
        name = ""
    record(request, AuditEntry.Action.VIEW, plan.child, plan, once_within=EDITING_SESSION)
    if not name:
        return HttpResponse("")
    return HttpResponse(findings_html(plan, part.field_path(located, name), data.get(name, "")))


def _form_page(
    request: HttpRequest, plan_id: int, part: Part, ids: dict[str, int], *, adding: bool
) -> HttpResponse:
    plan = plan_for_user(request, plan_id, write=True)
    try:
        located = locate(plan, part, ids, adding)
    except Http404:
        if request.method == "POST" and _opened_before_a_save(request, plan):
            return _removed(request, plan, part, ids, adding)
        raise
    if adding:
        assert isinstance(part, ListPart)
        heading = part.add_heading(parent_of(plan, part, ids))
    else:
        heading = part.heading(located)
    shown = Shown(part, ids, located, heading, adding)
    if request.method != "POST":
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        saved = part.initial() if adding else part.values(located.record)
        form = PartForm(initial={**saved, "version": plan.version}, part=part, plan_date=plan.date)
        return _page(request, plan, shown, form)
    form = PartForm(request.POST, part=part, plan_date=plan.date)
    if "check" in request.POST or not form.is_valid():
        form.is_valid()
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        return _page(request, plan, shown, form)
    data = form.cleaned_data
    notes: list[str] = []

    def apply() -> None:
        if adding:
            assert isinstance(part, ListPart)
            made = part.create(plan, parent_of(plan, part, ids), data, plan.date)
            record(request, AuditEntry.Action.CREATE, plan.child, made)
        else:
            notes.extend(part.save(located, data, plan.date, request.user))
            record(request, AuditEntry.Action.CHANGE, plan.child, located.record)

    change = f"{located.title} {'added' if adding else 'changed'}"
    if not change_plan(plan.pk, data["version"], request.user, change, apply):
        LOG.info("plan %s: %s from an old version refused", plan.pk, part.slug)
        return _conflict(request, plan.pk, shown)
    LOG.info("plan %s: %s %s by user %s", plan.pk, part.slug, change, request.user.pk)
    messages.success(request, change if adding else f"{part.title} saved")
    for note in notes:
        messages.info(request, note)
    return redirect(f"{reverse('plans:plan', args=[plan.pk])}#{located.anchor}")


def _conflict(request: HttpRequest, plan_id: int, shown: Shown) -> HttpResponse:
    """Someone saved the plan since this form was opened: keep the user's words in the
    fields, show what is saved now, and let a second save apply them on top. When the part
    (or the need or outcome to add to) has been removed since, the words stay to copy."""
    current = Plan.objects.with_contents().get(pk=plan_id)
    form = PartForm(
        {**request.POST.dict(), "version": str(current.version)},
        part=shown.part,
        plan_date=current.date,
    )
    form.is_valid()
    try:
        now = locate(current, shown.part, shown.ids, shown.adding)
    except Http404:
        return _removed(request, current, shown.part, shown.ids, shown.adding)
    saved = {} if shown.adding else shown.part.values(now.record)
    conflict = {"saved": [(field.label, saved[field.name]) for field in shown.part.fields if saved]}
    return _page(request, current, replace(shown, located=now), form, conflict=conflict)


def _opened_before_a_save(request: HttpRequest, plan: Plan) -> bool:
    version = request.POST.get("version", "")
    return version.isdigit() and int(version) < plan.version


def _removed(
    request: HttpRequest, plan: Plan, part: Part, ids: dict[str, int], adding: bool
) -> HttpResponse:
    """The part (or the need or outcome to add to) was removed since the form was opened:
    nothing to save into, so the page keeps the user's words to copy."""
    LOG.info("plan %s: a %s removed since its form was opened", plan.pk, part.slug)
    form = PartForm(request.POST, part=part, plan_date=plan.date)
    form.is_valid()
    heading = f"Add {part.noun}" if adding else f"Change {part.noun}"
    shown = Shown(part, ids, Located(None, "", part.title), heading, adding)
    return _page(request, plan, shown, form, conflict={"removed": True})


def _page(
    request: HttpRequest,
    plan: Plan,
    shown: Shown,
    form: PartForm,
    *,
    conflict: dict[str, Any] | None = None,
) -> HttpResponse:
    check_url = part_url("check_new" if shown.adding else "check", plan, shown.part, shown.ids)
    context = {
        "plan": plan,
        "child": plan.child,
        "part": shown.part,
        "heading": shown.heading,
        "form": form,
        "fields": draw_fields(
            form, plan, shown.located, check_url, show_findings=shown.located.path != ""
        ),
        "conflict": conflict,
        "part_findings": part_findings(plan, shown.located, shown.part),
    }
    return render(request, "plans/edit_part.html", context)
