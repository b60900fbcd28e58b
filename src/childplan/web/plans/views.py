"""The plan page (the plan in three columns with the checker's findings beside each part),
importing a plan file as a draft plan of a child, and downloading a plan as a file.

Changing and adding each part of a plan, with live checking (htmx), is in ``editing``
(moving and removing in ``arranging``); each view that changes a plan gets it through
``plan_for_user(request, plan_id, write=True)``.
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.messages import get_messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from childplan.plan.dates import format_short_date
from childplan.plan.events import EVENT_NAMES
from childplan.web.access import child_for_user, may_change, plan_for_user
from childplan.web.audit.models import AuditEntry
from childplan.web.audit.record import record
from childplan.web.children.presenting import plan_tag
from childplan.web.govuk.components import component
from childplan.web.plans import checking, oversight, transfer
from childplan.web.plans.layout import lay_out
from childplan.web.plans.models import PlanStatement
from childplan.web.plans.records import import_plan_for_child
from childplan.web.plans.versions import keep_version

LOG = logging.getLogger(__name__)


@login_required
def plan_page(request: HttpRequest, plan_id: int) -> HttpResponse:
    plan = plan_for_user(request, plan_id)
    record(request, AuditEntry.Action.VIEW, plan.child, plan)
    today = timezone.localdate()
    findings = checking.check(plan.to_plan(), today)
    context = {
        "plan": plan,
        "child": plan.child,
        "tag": plan_tag(plan),
        "plan_date": format_short_date(plan.date),
        "next_review": format_short_date(plan.next_review) if plan.next_review else None,
        "layout": lay_out(plan, findings),
        "statements": {  # worries, strengths, assumptions: each list in its order
            kind: [s for s in plan.statements.all() if s.kind == kind]
            for kind in PlanStatement.Kind.values
        },
        "events": [
            (EVENT_NAMES.get(event.kind, event.kind), format_short_date(event.date))
            for event in plan.events.all()
        ],
        "can_change": may_change(request.user, plan.child_id),
        "oversights": list(plan.oversights.select_related("recorded_by")),
        "may_record_oversight": bool(oversight.kinds_for(request.user)),
        "banner": banner(request),
    }
    return render(request, "plans/plan.html", context)


def banner(request: HttpRequest) -> SafeString | None:
    """One notification banner for the messages a change left ("Plan imported as a
    draft"): the first is its heading, the rest paragraphs under it."""
    notes = list(get_messages(request))
    if not notes:
        return None
    html = format_html(
        '<p class="govuk-notification-banner__heading">{}</p>{}',
        notes[0].message,
        format_html_join("", '<p class="govuk-body">{}</p>', ((n.message,) for n in notes[1:])),
    )
    kind = "success" if notes[0].level_tag == "success" else None
    return component("notification-banner", type=kind, html=html)


@login_required
def import_page(request: HttpRequest, child_id: int) -> HttpResponse:
    """Upload a plan file (YAML, JSON or Word) to make a draft plan of this child.

    The plan is this child's whatever child the file names: the child's details are not
    changed, and the page says so when the file named someone else. A file that cannot be
    read shows its problems in the error summary and saves nothing.
    """
    child = child_for_user(request, child_id, write=True)
    if request.method != "POST":
        record(request, AuditEntry.Action.VIEW, child)
        return render(request, "plans/import.html", {"child": child, "form": transfer.ImportForm()})
    form = transfer.ImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            plan = transfer.read_upload(form.cleaned_data["plan_file"], timezone.localdate())
        except transfer.UploadError as error:
            for message in error.messages:
                form.add_error("plan_file", message)
        else:
            with transaction.atomic():
                saved = import_plan_for_child(plan, child)
                keep_version(saved.pk, request.user, "Imported from a file")
                record(request, AuditEntry.Action.CREATE, child, saved)
            LOG.info(
                "plan %s imported for child %s by user %s", saved.pk, child.pk, request.user.pk
            )
            messages.success(request, "Plan imported as a draft")
            if transfer.differences(plan, child):
                messages.info(
                    request,
                    "The file named a different child. The plan was added to this child’s "
                    "record; the child’s details were not changed.",
                )
            return redirect("plans:plan", plan_id=saved.pk)
    return render(request, "plans/import.html", {"child": child, "form": form})


@login_required
def download_page(request: HttpRequest, plan_id: int, fmt: str) -> HttpResponse:
    """The plan as a childplan file (YAML or JSON), to keep or to open in another tool."""
    plan = plan_for_user(request, plan_id)
    text, content_type = transfer.download(plan.to_plan(), fmt)
    record(request, AuditEntry.Action.EXPORT, plan.child, plan)
    response = HttpResponse(text, content_type=content_type)
    filename = transfer.download_name(plan.child, plan.date, fmt)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
