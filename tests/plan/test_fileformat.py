from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from childplan.plan.fileformat import PlanFileError, dumps_plan, load_plan_file, loads_plan
from childplan.plan.model import Action, Child, Need, Outcome, Plan, Timescale

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [
    *sorted((ROOT / "examples").glob("*.yaml")),
    ROOT / "src/childplan/quality/example-plan.yaml",
]

MINIMAL = """\
format: childplan/1
plan:
  type: child_in_need
  date: 2026-11-02
  child: {name: Jimmy Smith}
"""


def _error(text: str, fmt: str = "yaml") -> str:
    with pytest.raises(PlanFileError) as caught:
        loads_plan(text, fmt, source="plan.yaml")
    return str(caught.value)


def test_reads_the_product_example() -> None:
    plan = load_plan_file(ROOT / "examples/jimmy.yaml").plan
    action = plan.needs[0].outcomes[0].actions[0]
    assert plan.type == "child_in_need"
    assert plan.date == dt.date(2026, 11, 2)
    assert plan.child == Child("Jimmy Smith", dt.date(2019, 5, 14))
    assert plan.people[1].agency == "Hill Street Surgery"
    assert action.who == "Sarah Smith (mother)"
    assert action.when == Timescale("within the next five days")
    assert plan.needs[0].outcomes[0].by == Timescale("2027-01-15", dt.date(2027, 1, 15))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_round_trip_gives_an_equal_plan(path: Path, fmt: str) -> None:
    plan = load_plan_file(path).plan
    again = loads_plan(dumps_plan(plan, fmt), fmt).plan
    assert again == plan
    assert dumps_plan(again, fmt) == dumps_plan(plan, fmt)


def test_round_trip_keeps_every_kind_of_field() -> None:
    plan = Plan(
        type="child_protection",
        date=dt.date(2026, 12, 17),
        child=Child("Amy Lee", dt.date(2012, 2, 29), needs_interpreter=True, interpreter="Li Wei"),
        nation="scotland",
        explained_to_child=False,
        needs=(
            Need(
                "Amy needs to be safe at home at night.",
                id="n1",
                outcomes=(
                    Outcome(
                        "Amy sleeps in her own bed every night.",
                        by=Timescale("by 4 December", dt.date(2027, 12, 4)),
                        family_proposed=True,
                        actions=(
                            Action("Buy a bed.", "Jo Lee", id="a1", status="done"),
                            Action("Build it.", "Jo Lee", depends_on=("a1",), status="in_progress"),
                        ),
                    ),
                ),
            ),
        ),
    )
    assert loads_plan(dumps_plan(plan)).plan == plan
    assert loads_plan(dumps_plan(plan, "json"), "json").plan == plan


def test_yaml_words_stay_words() -> None:
    text = MINIMAL + "  worries: [no, on, off, yes]\n  explained_to_child: yes\n"
    plan = loads_plan(text).plan
    assert plan.worries == ("no", "on", "off", "yes")
    assert plan.explained_to_child is True


def test_unknown_key_names_the_line_and_the_likely_key() -> None:
    text = MINIMAL + "  needs:\n    - reason: x\n      outcome: y\n"
    assert _error(text) == (
        "plan.yaml, line 8: needs[0].outcome: unknown key 'outcome' (did you mean 'outcomes'?)"
    )


def test_impossible_date_names_the_field() -> None:
    text = MINIMAL + "  next_review: 31/02/2027\n"
    assert "line 6: next_review: '31/02/2027' is not a real date" in _error(text)


def test_impossible_date_in_a_when_is_an_error() -> None:
    text = MINIMAL + (
        "  needs:\n    - reason: r\n      outcomes:\n        - outcome: o\n"
        "          actions:\n            - {action: a, who: b, when: 30/02/2027}\n"
    )
    assert "needs[0].outcomes[0].actions[0].when: '30/02/2027' is not a real date" in _error(text)


def test_a_dependency_on_no_known_action_is_an_error() -> None:
    # A misspelt id would silently switch off dependency-out-of-order.
    actions = (
        "            - {id: appointment, action: a, who: b, when: 2026-11-09}\n"
        "            - {action: c, who: b, when: 2026-11-20, depends_on: [apointment]}\n"
    )
    text = MINIMAL + (
        "  needs:\n    - reason: r\n      outcomes:\n        - outcome: o\n"
        "          actions:\n" + actions
    )
    assert _error(text) == (
        "plan.yaml, line 12: needs[0].outcomes[0].actions[1].depends_on[0]: 'apointment' is "
        "no action's id; did you mean 'appointment'?"
    )
    assert "give that action an 'id' first" in _error(text.replace("id: appointment, ", ""))


def test_every_problem_is_reported_at_once() -> None:
    text = "format: childplan/1\nplan:\n  type: foo\n  date: soon\n  child: {nme: J}\n"
    message = _error(text)
    assert "type: 'foo' is not one of: early_help" in message
    assert "date: 'soon' is not a date" in message
    assert "child.nme: unknown key 'nme' (did you mean 'name'?)" in message
    assert "child.name: 'name' is required" in message


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        ("[1, 2]", "json", "plan.yaml: expected a plan (keys 'format' and 'plan'), found a list"),
        ('{"plan": ', "json", "plan.yaml, line 1: not valid JSON: Expecting value"),
        ("plan: [\n", "yaml", "plan.yaml, line 2: not valid YAML"),
        ("", "yaml", "plan.yaml: is empty"),
        ("format: childplan/9\nplan: {}\n", "yaml", "format: unsupported format 'childplan/9'"),
        ("format: childplan/1\n", "yaml", "missing 'plan:'"),
        (MINIMAL + "  child: {name: K}\n", "yaml", "line 6: plan: 'child' appears twice"),
        (MINIMAL + "  worries: {a: 1}\n", "yaml", "worries: expected a list, found a set of keys"),
        (MINIMAL + "  explained_to_child: maybe\n", "yaml", "expected true or false"),
    ],
)
def test_bad_input_gets_a_clear_message(text: str, fmt: str, expected: str) -> None:
    assert expected in _error(text, fmt)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError, match="no such file"):
        load_plan_file(tmp_path / "nope.yaml")


def test_json_files_are_read_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    path.write_text(
        json.dumps(
            {
                "format": "childplan/1",
                "plan": {"type": "early_help", "date": "2/11/2026", "child": {"name": "J"}},
            }
        )
    )
    assert load_plan_file(path).plan.date == dt.date(2026, 11, 2)


def test_lines_point_at_fields() -> None:
    document = load_plan_file(ROOT / "examples/jimmy.yaml")
    assert document.line_of("needs[0].outcomes[0].actions[0].who") == 16
    # an element without its own line falls back to its parent's
    assert document.line_of("needs[0].outcomes[0].actions[0].id") == 15
