"""Without a 'today' the timescale rules say nothing (quality/plan_schedule.py says why)."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Rule
from childplan.quality.rules import all_rules

TIMESCALE_RULES = [rule for rule in all_rules() if rule.kind == "timescale"]


def test_every_timescale_rule_of_the_catalogue_exists(shared: object) -> None:
    from pathlib import Path

    section = (Path(str(shared)) / "RULES.md").read_text(encoding="utf-8").split("## Timescale")[1]
    import re

    wanted = set(re.findall(r"^\| `([a-z-]+)` \|", section, re.MULTILINE))
    assert wanted == {rule.slug for rule in TIMESCALE_RULES}


@pytest.mark.parametrize("rule", TIMESCALE_RULES, ids=lambda r: r.slug)
def test_no_today_no_findings(rule: Rule) -> None:
    for example in rule.flags:
        plan = example_plan(rule, example)
        assert Checker(rules=[rule]).check(plan, today=None) == []
