"""The rules about a missing part of the plan point at the right place: the element that
lacks something (needs[0].outcomes[0]) or the plan-wide key (contingency)."""

from __future__ import annotations

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example
from childplan.quality.rules import rules_by_slug

RULES = rules_by_slug()
TWO_NEEDS = (
    "needs: [{reason: A., outcomes: [{outcome: O1., actions: [{action: X., who: Sarah, "
    "when: 2026-11-09}, {action: Y.}]}, {outcome: O2.}]}, {reason: B.}]"
)


@pytest.mark.parametrize(
    ("slug", "fragment", "paths"),
    [
        ("need-without-outcome", TWO_NEEDS, ["needs[1]"]),
        ("outcome-without-action", TWO_NEEDS, ["needs[0].outcomes[1]"]),
        ("action-without-owner", TWO_NEEDS, ["needs[0].outcomes[0].actions[1]"]),
        ("action-without-date", TWO_NEEDS, ["needs[0].outcomes[0].actions[1]"]),
        ("missing-contingency", "contingency: null", ["contingency"]),
        ("missing-bottom-lines", "bottom_lines: null", ["bottom_lines"]),
        ("missing-childs-views", "childs_views: null", ["childs_views"]),
        ("missing-strengths", "strengths: []", ["strengths"]),
        ("missing-review-date", "next_review: null", ["next_review"]),
        ("missing-assumptions", "assumptions: []", ["assumptions"]),
        (
            "resource-without-owner",
            "resources: [{resource: A., who: Priya Shah, when: 2026-11-06}, {resource: B.}]",
            ["resources[1]"],
        ),
    ],
)
def test_paths(slug: str, fragment: str, paths: list[str]) -> None:
    rule = RULES[slug]
    findings = Checker(rules=[rule]).check(example_plan(rule, Example(plan=fragment)))
    assert [f.path for f in findings] == paths


def test_resource_message_says_what_is_missing() -> None:
    rule = RULES["resource-without-owner"]
    plan = example_plan(rule, Example(plan="resources: [{resource: A., who: Priya Shah}]"))
    (finding,) = Checker(rules=[rule]).check(plan)
    assert finding.message == "This resource does not say by when."
    plan = example_plan(rule, Example(plan="resources: [{resource: A.}]"))
    (finding,) = Checker(rules=[rule]).check(plan)
    assert finding.message == "This resource does not say who will get it or by when."
