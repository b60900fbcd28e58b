"""The practitioner's dashboard ("My work") and the team manager's ("Team plans").

Checking a plan takes milliseconds; a service's 20,000 plans cannot be checked on every
page view. So each plan keeps a ``PlanSummary`` (``models.py``): the dates things fall
due and the checker's counts, worked out by the pure ``childplan.dashboards.summary`` from
the same schedule as ``childplan due``. "Late" and "due this week" are then a comparison of
those dates with today in the database (``queries.py``), and a page is a handful of queries
whatever the caseload. ``summaries.py`` says when a summary is worked out again.
"""
