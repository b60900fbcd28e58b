"""Moving a need, an outcome or an action up or down its list, and removing an element of
a list (a need with its outcomes and actions), each as one save of the plan.

The plan page's "Move up" and "Remove" buttons post forms carrying the plan's ``version``;
opening the same address (a link, or no JavaScript needed at all) shows a page that asks
first. Like every save, the change goes through ``versions.change_plan``: a move or removal
made from a page opened before someone else's save is refused, and the page says so.
Positions are written again 0, 1, 2... for the whole list, so they stay the user's order.
"""

from __future__ import annotations

import logging
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from childplan.web.access import plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.plans.layout import anchor
from childplan.web.plans.models import Action, Plan
from childplan.web.plans.parts import PARTS, ListPart, Located
from childplan.web.plans.versions import change_plan

LOG = logging.getLogger(__name__)


class VersionForm(forms.Form):
    """A move or removal carries the plan's version as the page showed it."""

    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if self.errors.pop("version", None):
            self.add_error(None, "Open the plan page again, then try again")
        return cleaned


def list_part(kind: str) -> ListPart:
    part = PARTS[kind]
    if not isinstance(part, ListPart):
        raise Http404("Only list elements move or go.")
    return part


@login_required
def move_part_page(
    request: HttpRequest, plan_id: int, kind: str, direction: str, **ids: int
) -> HttpResponse:
    """Swap a need, outcome or action with the one above (or below) it."""
    part = list_part(kind)
    plan = plan_for_user(request, plan_id, write=True)
    located = part.locate(plan, ids[f"{part.slug}_id"])
    step = -1 if direction == "up" else 1
    to = located.index + step
    change = f"{located.title} moved {direction}"
    question: dict[str, Any] = {
        "heading": f"Move {located.name} {direction}",
        "button": f"Move {direction}",
        "text": _first_words(part, located),
    }
    if not part.movable:
        raise Http404(f"A {part.noun} keeps its place.")
    if not 0 <= to < len(located.siblings):
        question["cannot"] = f"{located.title} is already {'first' if step < 0 else 'last'}."
        if request.method == "POST":
            messages.info(request, question["cannot"])
            return redirect(_at(plan, located.anchor))
    form = VersionForm(request.POST if request.method == "POST" else None)
    if not form.is_valid():
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        return _confirm(request, plan, form, question)
    order = list(located.siblings)
    order[located.index], order[to] = order[to], order[located.index]

    def apply() -> None:
        part.renumber(order)
        record(request, AuditEntry.Action.CHANGE, plan.child, located.record)

    if not change_plan(plan.pk, form.cleaned_data["version"], request.user, change, apply):
        return _refused(request, plan.pk, question)
    LOG.info(
        "plan %s: %s %s moved by user %s", plan.pk, part.slug, located.record.pk, request.user.pk
    )
    messages.success(request, change)
    moved = f"{located.path[: located.path.rfind('[')]}[{to}]"
    return redirect(_at(plan, anchor(moved)))


@login_required
def remove_part_page(request: HttpRequest, plan_id: int, kind: str, **ids: int) -> HttpResponse:
    """Remove an element of a list, after asking: a need goes with its outcomes and
    actions, an outcome with its actions."""
    part = list_part(kind)
    plan = plan_for_user(request, plan_id, write=True)
    located = part.locate(plan, ids[f"{part.slug}_id"])
    contents = [(inner, n) for inner, n in part.contents(located.record) if n]
    question: dict[str, Any] = {
        "heading": f"Remove {located.name}?",
        "button": "Remove",
        "warning": True,
        "text": _first_words(part, located),
        "also": _also_removed(contents),
    }
    form = VersionForm(request.POST if request.method == "POST" else None)
    if not form.is_valid():
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        return _confirm(request, plan, form, question)
    rest = [r for r in located.siblings if r.pk != located.record.pk]

    def apply() -> None:
        record(request, AuditEntry.Action.CHANGE, plan.child, located.record)
        located.record.delete()
        part.renumber(rest)
        _forget_removed_actions(plan)

    change = f"{located.title} removed"
    if not change_plan(plan.pk, form.cleaned_data["version"], request.user, change, apply):
        return _refused(request, plan.pk, question)
    LOG.info("plan %s: %s removed by user %s", plan.pk, part.slug, request.user.pk)
    messages.success(request, change)
    owner = located.path.rsplit(".", 1)[0] if part.parent else part.key
    return redirect(_at(plan, anchor(owner)))


def _forget_removed_actions(plan: Plan) -> None:
    """No action may wait for one that is no longer in the plan: drop the keys of removed
    actions from the others' ``depends_on``."""
    actions = list(Action.objects.filter(outcome__need__plan=plan))
    keys = {action.key for action in actions if action.key}
    changed = []
    for action in actions:
        kept = [key for key in action.depends_on if key in keys]
        if kept != action.depends_on:
            action.depends_on = kept
            changed.append(action)
    Action.objects.bulk_update(changed, ["depends_on"])


def _also_removed(contents: list[tuple[ListPart, int]]) -> str:
    if not contents:
        return ""
    counted = [f"{n} {inner.noun}{'' if n == 1 else 's'}" for inner, n in contents]
    return f"This also removes its {' and '.join(counted)}."


def _first_words(part: ListPart, located: Located) -> str:
    return part.values(located.record)[part.fields[0].name]


def _at(plan: Plan, place: str) -> str:
    return f"{reverse('plans:plan', args=[plan.pk])}#{place}"


def _confirm(
    request: HttpRequest,
    plan: Plan,
    form: VersionForm,
    question: dict[str, Any],
    *,
    refused: bool = False,
) -> HttpResponse:
    if not form.is_bound:
        form = VersionForm(initial={"version": plan.version})
    context = {"plan": plan, "child": plan.child, "form": form, "refused": refused, **question}
    return render(request, "plans/confirm_part.html", context)


def _refused(request: HttpRequest, plan_id: int, question: dict[str, Any]) -> HttpResponse:
    """Someone saved the plan since the page was opened: nothing changed; ask again with
    the plan's version now, after the user has looked at the plan."""
    current = Plan.objects.select_related("child").get(pk=plan_id)
    LOG.info("plan %s: a move or removal from an old version refused", plan_id)
    return _confirm(request, current, VersionForm(), question, refused=True)
