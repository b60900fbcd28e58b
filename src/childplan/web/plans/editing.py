"""Changing one action of a plan: what will be done, who does it and when, with the
checker's findings under each field, and no lost updates.

The form carries the plan's ``version`` as it was when the page was opened, and saving goes
through ``versions.change_plan``: when someone else saved the plan in between, nothing is
saved, and the page says so with the user's text kept in the fields and the text now saved
shown beside it. Each save keeps a new version of the plan.

Findings are hints, not form errors: a field the checker warns about can still be saved.
Without JavaScript they appear when the form is checked ("Check" re-draws the form without
saving) or saved; with JavaScript (htmx) typing in a field fetches that field's findings
from ``check_action_page``.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from childplan.plan.dates import DateError, parse_timescale
from childplan.quality.rule import Finding, Severity
from childplan.web.access import plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.govuk.components import component
from childplan.web.plans import checking
from childplan.web.plans.layout import anchor
from childplan.web.plans.models import Action, Plan
from childplan.web.plans.versions import change_plan

LOG = logging.getLogger(__name__)

# The form's fields, named as in the plan file: (name, label, hint).
FIELDS = (
    ("action", "What will be done", "Say what will happen, so anyone can tell it was done."),
    ("who", "Who will do it", "The person’s name and role, or the family member."),
    ("when", "When", "A date (12 January 2027), or how often and until when."),
)
FIELD_NAMES = tuple(name for name, _, _ in FIELDS)


class ActionForm(forms.Form):
    action = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": "Enter what will be done"},
    )
    who = forms.CharField(required=False, max_length=500)
    when = forms.CharField(required=False, max_length=500)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1, required=False)

    def __init__(self, *args: Any, plan_date: dt.date, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan_date = plan_date

    def clean_version(self) -> int:
        version: int | None = self.cleaned_data["version"]
        if version is None:  # a hidden field's own error would not be shown: say it here
            raise forms.ValidationError("")
        return version

    def clean(self) -> dict[str, Any] | None:
        cleaned = super().clean()
        if "version" in self.errors:
            del self.errors["version"]
            self.add_error(None, "Open this action from the plan page again, then change it")
        return cleaned

    def clean_when(self) -> str:
        text: str = self.cleaned_data["when"].strip()
        try:
            parse_timescale(text, self.plan_date)
        except DateError as error:
            raise forms.ValidationError(str(error)) from error
        return text


@dataclass(frozen=True)
class Located:
    """An action of a plan and its place in the plan file (``needs[0].outcomes[1].actions[2]``)."""

    record: Action
    path: str
    number: str


def locate(plan: Plan, action_id: int) -> Located:
    """The plan's action with this id (404 when it is not in this plan)."""
    for n, need in enumerate(plan.needs.all()):
        for o, outcome in enumerate(need.outcomes.all()):
            for a, action in enumerate(outcome.actions.all()):
                if action.pk == action_id:
                    path = f"needs[{n}].outcomes[{o}].actions[{a}]"
                    return Located(action, path, f"{n + 1}.{o + 1}.{a + 1}")
    raise Http404("No such action.")


def saved_values(action: Action) -> dict[str, str]:
    return {"action": action.action, "who": action.who, "when": action.when_text}


def findings_for(plan: Plan, path: str, name: str, text: str) -> list[Finding]:
    """The checker's findings for one field's text, in the context of its plan."""
    if not text.strip():
        return []
    return checking.checker().check_field(
        plan.to_plan(), f"{path}.{name}", text, today=timezone.localdate()
    )


def field_hint(finding: Finding, text: str) -> SafeString:
    """A finding under its field: the message, the field's words with the ones it is
    about marked, and what to do."""
    lines = [format_html("{}", finding.message)]
    if finding.span is not None:
        start, end = finding.span
        lines.append(
            format_html("<q>{}<mark>{}</mark>{}</q>", text[:start], text[start:end], text[end:])
        )
    if finding.suggestion:
        lines.append(format_html("What to do: {}", finding.suggestion))
    if finding.severity == Severity.ERROR:
        html = format_html_join(SafeString("<br>"), "{}", ((line,) for line in lines))
        return component("warning-text", html=html, iconFallbackText="Error")
    label = "Warning" if finding.severity == Severity.WARNING else "Advice"
    lines[0] = format_html("<strong>{}:</strong> {}", label, lines[0])
    html = format_html_join("", '<p class="govuk-body">{}</p>', ((line,) for line in lines))
    return component("inset-text", html=html)


def findings_html(plan: Plan, path: str, name: str, text: str) -> SafeString:
    found = findings_for(plan, path, name, text)
    return format_html_join("", "{}", ((field_hint(finding, text),) for finding in found))


def _field(
    form: ActionForm, name: str, label: str, hint: str, check_url: str, hints: SafeString
) -> SafeString:
    """One field as its GOV.UK component, asking for its findings as the user types, and
    the findings under it."""
    bound = form[name]
    value = bound.value()
    params: dict[str, Any] = {
        "id": bound.auto_id,
        "name": bound.html_name,
        "label": {"text": label, "classes": "govuk-label--s"},
        "hint": {"text": hint},
        "value": "" if value is None else str(value),
        "attributes": {
            "hx-post": f"{check_url}?field={name}",
            "hx-trigger": "input changed delay:400ms",
            "hx-target": f"#findings-{name}",
            "hx-swap": "innerHTML",
        },
    }
    if bound.errors:
        params["errorMessage"] = {"text": " ".join(str(error) for error in bound.errors)}
    if name == "action":
        drawn = component("textarea", rows=3, **params)
    else:
        drawn = component("input", spellcheck=True, **params)
    return format_html(
        '{}<div id="findings-{}" class="childplan-field-findings" aria-live="polite">{}</div>',
        drawn,
        name,
        hints,
    )


def _page(
    request: HttpRequest,
    plan: Plan,
    located: Located,
    form: ActionForm,
    *,
    show_findings: bool,
    conflict: dict[str, str] | None = None,
) -> HttpResponse:
    check_url = reverse("plans:check_action", args=[plan.pk, located.record.pk])
    fields = []
    for name, label, hint in FIELDS:
        text = str(form[name].value() or "")
        hints = findings_html(plan, located.path, name, text) if show_findings else SafeString("")
        fields.append(_field(form, name, label, hint, check_url, hints))
    context = {
        "plan": plan,
        "child": plan.child,
        "action": located,
        "form": form,
        "fields": fields,
        "conflict": conflict,
    }
    return render(request, "plans/edit_action.html", context)


@login_required
def edit_action_page(request: HttpRequest, plan_id: int, action_id: int) -> HttpResponse:
    """Change what an action says, who does it and when."""
    plan = plan_for_user(request, plan_id, write=True)
    located = locate(plan, action_id)
    if request.method != "POST":
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        form = ActionForm(
            initial={**saved_values(located.record), "version": plan.version},
            plan_date=plan.date,
        )
        return _page(request, plan, located, form, show_findings=True)
    form = ActionForm(request.POST, plan_date=plan.date)
    if "check" in request.POST or not form.is_valid():
        form.is_valid()
        record(request, AuditEntry.Action.VIEW, plan.child, plan)
        return _page(request, plan, located, form, show_findings=True)
    data = form.cleaned_data
    when = parse_timescale(data["when"], plan.date) if data["when"] else None

    def apply() -> None:
        Action.objects.filter(pk=located.record.pk).update(
            action=data["action"].strip(),
            who=data["who"].strip(),
            when_text=when.text if when else "",
            when_date=when.date if when else None,
            when_recurring=when.recurring if when else False,
        )
        record(request, AuditEntry.Action.CHANGE, plan.child, located.record)

    change = f"Action {located.number} changed"
    moved = change_plan(plan.pk, data["version"], request.user, change, apply)
    if not moved:
        # Someone saved the plan since this form was opened: keep the user's words in the
        # fields, show what is saved now, and let a second save apply them on top.
        current = Plan.objects.with_contents().get(pk=plan.pk)
        now = locate(current, action_id)
        fresh = ActionForm(
            {**request.POST.dict(), "version": str(current.version)}, plan_date=current.date
        )
        fresh.is_valid()
        LOG.info("action %s of plan %s: a change from an old version refused", action_id, plan.pk)
        return _page(
            request,
            current,
            now,
            fresh,
            show_findings=True,
            conflict=saved_values(now.record),
        )
    LOG.info("action %s of plan %s changed by user %s", action_id, plan.pk, request.user.pk)
    messages.success(request, "Action saved")
    return redirect(f"{reverse('plans:plan', args=[plan.pk])}#{anchor(located.path)}")


@login_required
def check_action_page(request: HttpRequest, plan_id: int, action_id: int) -> HttpResponse:
    """The findings for one field of an action as the user types it (an htmx fragment):
    ``?field=who`` names the field, and its text is the form's value of that name."""
    plan = plan_for_user(request, plan_id, write=True)
    located = locate(plan, action_id)
    data = request.POST if request.method == "POST" else request.GET
    name = data.get("field") or request.GET.get("field", "")
    if name not in FIELD_NAMES:
        name = ""
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    html = findings_html(plan, located.path, name, data.get(name, "")) if name else ""
    return HttpResponse(html)
