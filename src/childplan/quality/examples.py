"""Builds the plan for one rule example: the example plan with the example's text in its
field, or with the example's YAML fragment merged over it.

Used by the tests (every example behaves as stated) and by ``childplan explain``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from importlib import resources
from typing import Any

import yaml

from childplan.plan.fileformat import PlanYamlLoader, plan_from_data
from childplan.plan.model import Plan
from childplan.quality.rule import Example, Rule

# "Today" for examples, so that date-dependent examples do not change with the calendar.
EXAMPLE_TODAY = dt.date(2026, 11, 10)

# Where a wording example's text goes in the example plan.
FIELD_PATHS = {
    "reason": "needs[0].reason",
    "outcome": "needs[0].outcomes[0].outcome",
    "by": "needs[0].outcomes[0].by",
    "action": "needs[0].outcomes[0].actions[0].action",
    "who": "needs[0].outcomes[0].actions[0].who",
    "when": "needs[0].outcomes[0].actions[0].when",
    "contingency": "contingency",
    "bottom_lines": "bottom_lines",
    "childs_views": "childs_views",
    "worries": "worries[0]",
    "strengths": "strengths[0]",
    "assumptions": "assumptions[0]",
    "resource": "resources[0].resource",
    "monitoring": "monitoring",
}


@functools.cache
def _base_text() -> str:
    return resources.files("childplan.quality").joinpath("example-plan.yaml").read_text("utf-8")


def example_field(rule: Rule, example: Example) -> str:
    return example.field or rule.fields[0]


def example_path(rule: Rule, example: Example) -> str:
    return FIELD_PATHS[example_field(rule, example)]


def example_plan(rule: Rule, example: Example) -> Plan:
    data = yaml.load(_base_text(), Loader=PlanYamlLoader)
    plan = data["plan"]
    if example.plan:
        _merge(plan, yaml.load(example.plan, Loader=PlanYamlLoader))
    if example.text is not None:
        _set(plan, example_path(rule, example), example.text)
    return plan_from_data(data, f"example of {rule.slug}").plan


def _merge(target: dict[str, Any], fragment: dict[str, Any]) -> None:
    """Deep-merge: tables merge, lists and values replace, null removes the key."""
    for key, value in fragment.items():
        if value is None:
            target.pop(key, None)
        elif isinstance(value, dict) and isinstance(target.get(key), dict):
            _merge(target[key], value)
        else:
            target[key] = value


def _set(plan: dict[str, Any], path: str, text: str) -> None:
    """Put text at a path such as needs[0].outcomes[0].actions[0].who or worries[0]."""
    node: Any = plan
    parts = re.findall(r"[a-z_]+|\[\d+\]", path)
    for part in parts[:-1]:
        node = node[int(part[1:-1])] if part.startswith("[") else node.setdefault(part, {})
    last = parts[-1]
    if last.startswith("["):
        index = int(last[1:-1])
        while len(node) <= index:
            node.append("")
        node[index] = text
    else:
        node[last] = text
