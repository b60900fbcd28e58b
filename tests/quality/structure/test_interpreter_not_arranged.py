"""interpreter-not-arranged: interpreter and advocate are separate findings, at the person."""

from __future__ import annotations

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.interpreter_not_arranged import RULE


def _findings(fragment: str) -> list[Finding]:
    return Checker(rules=[RULE]).check(example_plan(RULE, Example(plan=fragment)))


def test_both_needs_are_reported_with_the_language() -> None:
    findings = _findings(
        "people: [{name: Sarah Smith, relationship: mother}, {name: Tom Smith, relationship: "
        "father, language: Romanian, needs_interpreter: true, needs_advocate: true}]"
    )
    assert [(f.path, f.message) for f in findings] == [
        ("people[1]", "Tom Smith needs an interpreter in Romanian and none is recorded."),
        ("people[1]", "Tom Smith needs an advocate and none is recorded."),
    ]
    assert findings[0].suggestion == (
        "Book an interpreter in Romanian for Tom Smith before the meeting and record who it is "
        "in interpreter."
    )


def test_the_child() -> None:
    (finding,) = _findings(
        "child: {name: Jimmy Smith, date_of_birth: 2014-05-14, needs_interpreter: true}"
    )
    assert finding.path == "child"
    assert finding.message == "Jimmy Smith needs an interpreter and none is recorded."


def test_people_not_at_the_meeting_are_not_checked() -> None:
    assert (
        _findings(
            "people: [{name: Tom Smith, relationship: father, needs_interpreter: true, "
            "involved: false, not_involved_reason: Lives abroad.}]"
        )
        == []
    )
    assert (
        _findings(
            "people: [{name: Tom Smith, relationship: father, needs_advocate: true, invited: null}]"
        )
        != []
    )
