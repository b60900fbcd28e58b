"""What the dashboards show about a plan, worked out without a web framework.

``summary.summarise(plan, checker, today)`` turns one plan into the dates and counts the
practitioner's and the team manager's dashboards list, from the same schedule as
``childplan due`` and the same findings as ``childplan check``. The web application keeps
one summary a plan (``childplan.web.dashboards``) so that a team's plans are filtered with
a date comparison instead of being checked on every page view.
"""
