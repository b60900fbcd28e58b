"""GOV.UK Frontend components for Django pages, from the maintained ports.

The component records come from ``govuk-frontend-django`` and the markup from the macros of
``govuk-frontend-jinja`` that it wraps, both pinned to the GOV.UK Frontend release in
``package.json`` (their compatibility table: govuk-frontend-django 0.21-0.22 is GOV.UK
Frontend 6.0.0). Nothing here writes component markup by hand.

    components.py         render(record) and component("tag", text=...) -> safe HTML
    forms.py              GOV.UK-shaped form fields and the error summary, from form.errors
    templatetags/govuk.py {% govuk "inset-text" text=... %} for templates (a builtin tag)
"""
