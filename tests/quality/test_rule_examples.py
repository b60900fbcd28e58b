"""Every rule's examples behave as the rule says: each 'flags' example is flagged at its
field, each 'passes' example is not. The examples are the rule's tests."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import EXAMPLE_TODAY, example_path, example_plan
from childplan.quality.rule import Example, Rule
from childplan.quality.rules import all_rules

CASES = [
    pytest.param(rule, example, expected, id=f"{rule.slug}-{verdict}-{i}")
    for rule in all_rules()
    for expected, verdict, examples in ((True, "flags", rule.flags), (False, "passes", rule.passes))
    for i, example in enumerate(examples)
]


def _findings(rule: Rule, example: Example) -> list[str]:
    plan = example_plan(rule, example)
    findings = Checker(rules=[rule]).check(plan, today=EXAMPLE_TODAY)
    if example.text is None:
        return [f.path for f in findings]
    return [f.path for f in findings if f.path == example_path(rule, example)]


@pytest.mark.parametrize(("rule", "example", "expected"), CASES)
def test_example(rule: Rule, example: Example, expected: bool) -> None:
    found = _findings(rule, example)
    what = example.text or example.plan
    if expected:
        assert found, f"{rule.slug} should flag: {what}"
    else:
        assert not found, f"{rule.slug} should not flag: {what} (found at {found})"


def test_example_plan_passes_every_rule() -> None:
    plan = example_plan(all_rules()[0], Example())
    findings = Checker().check(plan, today=EXAMPLE_TODAY)
    assert findings == []
