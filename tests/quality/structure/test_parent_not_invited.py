"""parent-not-invited: each uninvited parent is its own finding, at its own path."""

from __future__ import annotations

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example
from childplan.quality.rules.structure.parent_not_invited import RULE


def test_each_parent_at_its_path() -> None:
    fragment = (
        "people: [{name: Jean Jones, relationship: maternal grandmother, invited: false}, "
        "{name: Sarah Smith, relationship: mother, parental_responsibility: true, "
        "invited: false}, {name: Tom Smith, relationship: father, parental_responsibility: "
        "true, invited: false, not_invited_reason: '  '}]"
    )
    findings = Checker(rules=[RULE]).check(example_plan(RULE, Example(plan=fragment)))
    assert [f.path for f in findings] == ["people[1]", "people[2]"]
    assert findings[0].message == (
        "Sarah Smith has parental responsibility but is not invited to the review, and no "
        "reason is recorded."
    )
    assert findings[0].suggestion is not None
    assert findings[0].suggestion.startswith("Invite Sarah Smith, or record")


def test_unknown_parental_responsibility_is_not_flagged() -> None:
    fragment = "people: [{name: Tom Smith, relationship: father, invited: false}]"
    assert Checker(rules=[RULE]).check(example_plan(RULE, Example(plan=fragment))) == []
