"""The web application: Django pages over the plan model, the checker and the timescales.

It calls the pure packages (``childplan.plan``, ``childplan.quality``,
``childplan.timescales``); they never import it. See docs.md for the design.
"""
