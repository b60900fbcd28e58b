"""Timescale rules: the plan's key dates against the calendar and the statutory rule set.

Empty until the timescales package lands (issue 3); each rule will be one module here, like
the wording and structure rules, and receive ``today`` through its ``Context``.
"""
