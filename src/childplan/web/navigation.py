"""The service navigation at the top of every page (a context processor): the service
name, the user's pages, and signing out (a POST form, with its CSRF token)."""

from __future__ import annotations

from django.http import HttpRequest
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import SafeString

from childplan.web.accounts.models import Role
from childplan.web.govuk.components import component

DASHBOARDS = (
    ("My work", "dashboards:my_work", {Role.PRACTITIONER, Role.TEAM_MANAGER}),
    ("Team plans", "dashboards:team", {Role.TEAM_MANAGER, Role.SENIOR_MANAGER}),
)


def service_navigation(request: HttpRequest) -> dict[str, SafeString]:
    user = getattr(request, "user", None)
    items = []
    slots = {}
    if user is not None and user.is_authenticated:
        caseload = reverse("children:caseload")
        items.append({"text": "My caseload", "href": caseload, "active": request.path == caseload})
        for text, name, roles in DASHBOARDS:  # childplan.web.dashboards
            if user.role in roles:
                href = reverse(name)
                items.append({"text": text, "href": href, "active": request.path == href})
        if user.role == Role.ADMINISTRATOR:
            audit = reverse("audit:search")
            items.append({"text": "Audit log", "href": audit, "active": request.path == audit})
        if user.is_staff:
            items.append({"text": "Administration", "href": reverse("admin:index")})
        slots["end"] = format_html(
            '<form class="childplan-sign-out" method="post" action="{}">'
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<span class="govuk-body-s">{}</span> {}</form>',
            reverse("accounts:logout"),
            get_token(request),
            user.display_name,
            component(
                "button",
                text="Sign out",
                classes="govuk-button--secondary govuk-!-margin-bottom-0",
                preventDoubleClick=True,
            ),
        )
    return {
        "service_navigation": component(
            "service-navigation",
            serviceName="childplan",
            serviceUrl=reverse("children:caseload"),
            navigation=items,
            slots=slots or None,
        )
    }
