"""The pure packages (plan, quality, timescales, cli) must work with no web framework."""

from __future__ import annotations

import subprocess
import sys

PURE = [
    "childplan.plan.model",
    "childplan.plan.fileformat",
    "childplan.quality.engine",
    "childplan.cli.main",
    "childplan.reviews.minutes",
    "childplan.reviews.deadlines",
    "childplan.dashboards.summary",
]


def test_pure_packages_load_no_django() -> None:
    code = (
        "import importlib, sys\n"
        f"for name in {PURE!r}: importlib.import_module(name)\n"
        "import childplan.quality.rules as r; r.all_rules()\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('django', 'rest_framework'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
