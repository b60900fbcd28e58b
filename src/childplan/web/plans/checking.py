"""The quality checker as the web application uses it: one ``Checker`` a process (set up
with the local authority's childplan.toml, if any), and findings arranged for pages.

Checking is CPU work on records already in memory: it adds no queries.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings

from childplan.plan import model as pure
from childplan.quality.config import Config, load_config
from childplan.quality.engine import Checker
from childplan.quality.rule import Finding, Severity
from childplan.quality.rules import rules_by_slug


@functools.cache
def checker() -> Checker:
    path = settings.CHECKER_CONFIG
    config = load_config(path, rules_by_slug()) if path is not None else Config()
    return Checker(config)


@dataclass(frozen=True)
class Counts:
    errors: int = 0
    warnings: int = 0
    advice: int = 0

    @classmethod
    def of(cls, findings: Iterable[Finding]) -> Counts:
        counted = Counter(finding.severity for finding in findings)
        return cls(counted[Severity.ERROR], counted[Severity.WARNING], counted[Severity.ADVICE])

    @property
    def total(self) -> int:
        return self.errors + self.warnings + self.advice


def check(plan: pure.Plan, today: dt.date) -> list[Finding]:
    return checker().check(plan, today=today)
