"""A plan's versions: the list of every save (who, when, what), and what one version
changed from the version before it.

Each version is the plan file kept at that save (``PlanVersion.content``); the compare page
reads two of them back through the file format and lists their differences with
``childplan.plan.compare``, marking the words struck out and added inside a changed text.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from childplan.plan.compare import Change, changes, word_changes
from childplan.plan.dates import format_short_date
from childplan.plan.fileformat import loads_plan
from childplan.plan.model import Plan as PurePlan
from childplan.web.access import plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.plans.models import PlanVersion

# How each kind of change reads in the table's first column.
KIND_NAMES = {"added": "Added", "removed": "Removed", "changed": "Changed", "moved": "Moved"}


@dataclass(frozen=True)
class ShownChange:
    label: str
    kind: str
    before: SafeString
    after: SafeString


@login_required
def history_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    """Every saved version of the plan, newest first."""
    plan = plan_for_user(request, plan_id)
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    versions = list(plan.versions.select_related("saved_by"))
    context = {
        "plan": plan,
        "child": plan.child,
        "versions": [(version, _saved_at(version)) for version in versions],
    }
    return render(request, "plans/history.html", context)


@login_required
def compare_page(request: HttpRequest, plan_id: int, number: int) -> HttpResponse:
    """What version ``number`` changed from the version before it."""
    plan = plan_for_user(request, plan_id)
    found = {v.number: v for v in plan.versions.filter(number__in=(number - 1, number))}
    version = found.get(number)
    if version is None:
        raise Http404("No such version.")
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    previous = found.get(number - 1)
    shown = (
        _status_change(previous, version) + _shown(_plan(previous), _plan(version))
        if previous
        else None
    )
    context = {
        "plan": plan,
        "child": plan.child,
        "version": version,
        "saved_at": _saved_at(version),
        "previous": previous,
        "changes": shown,
        "newer": plan.versions.filter(number=number + 1).exists(),
    }
    return render(request, "plans/compare.html", context)


def _plan(version: PlanVersion) -> PurePlan:
    return loads_plan(version.content, "yaml", f"<version {version.number}>").plan


def _saved_at(version: PlanVersion) -> str:
    local = timezone.localtime(version.saved_at)
    return f"{format_short_date(local.date())} at {local:%H:%M}"


def _status_change(before: PlanVersion, after: PlanVersion) -> list[ShownChange]:
    """The plan's status is not in the plan file: compared apart, when both versions kept it."""
    if not (before.status and after.status) or before.status == after.status:
        return []
    return [
        ShownChange(
            "Status",
            KIND_NAMES["changed"],
            _plain(before.get_status_display()),
            _plain(after.get_status_display()),
        )
    ]


def _shown(before: PurePlan, after: PurePlan) -> list[ShownChange]:
    return [
        ShownChange(change.label, KIND_NAMES[change.kind], *_texts(change))
        for change in changes(before, after)
    ]


def _texts(change: Change) -> tuple[SafeString, SafeString]:
    """The before and after cells: for a changed text, the words that went struck out in
    the first and the words that came marked in the second."""
    if change.kind == "changed" and change.before and change.after:
        runs = word_changes(change.before, change.after)
        return _marked(runs, "removed", "del"), _marked(runs, "added", "ins")
    return _plain(change.before), _plain(change.after)


def _marked(runs: list[tuple[str, str]], kind: str, tag: str) -> SafeString:
    # Screen readers do not announce <del> and <ins>: say it in hidden words.
    spoken = "removed" if tag == "del" else "added"
    return format_html_join(
        "",
        "{}",
        (
            (
                format_html(
                    '<{}><span class="govuk-visually-hidden">{}: </span>{}</{}>',
                    tag,
                    spoken,
                    text,
                    tag,
                )
                if run == kind
                else text,
            )
            for run, text in runs
            if run in ("same", kind)
        ),
    )


def _plain(text: str | None) -> SafeString:
    if text is None:
        return format_html('<span class="govuk-hint">{}</span>', "Nothing")
    return format_html("{}", text)
