"""Review meetings of a child's plan (seed 004): what a review records, the minutes drafted
from it, the next review date the timescales set, and when the minutes are due.

Pure Python like ``plan`` and ``timescales``: no Django (tests/test_layering.py).
"""
