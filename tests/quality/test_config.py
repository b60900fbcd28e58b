"""A local authority's settings change what the checker flags, and mistakes are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from childplan.quality.config import ConfigError, find_config, load_config, parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Severity
from childplan.quality.rules import rules_by_slug

RULES = rules_by_slug()
PLAN = example_plan(RULES["vague-word"], Example())
PATH = "needs[0].outcomes[0].actions[0].action"


def checker(toml: dict[str, object]) -> Checker:
    return Checker(parse_config({"rules": toml}, RULES, "childplan.toml"))


def slugs(checker: Checker, text: str) -> list[str]:
    return [f.rule for f in checker.check_field(PLAN, PATH, text)]


def test_a_rule_can_be_switched_off() -> None:
    assert "vague-word" in slugs(checker({}), "School to monitor attendance.")
    assert "vague-word" not in slugs(
        checker({"vague-word": {"enabled": False}}), "School to monitor attendance."
    )


def test_a_severity_can_be_changed() -> None:
    findings = checker({"vague-word": {"severity": "error"}}).check_field(PLAN, PATH, "monitor it")
    assert findings[0].severity is Severity.ERROR


def test_words_can_be_added_and_removed() -> None:
    configured = checker({"vague-word": {"add": ["as per"], "remove": ["ongoing"]}})
    assert slugs(configured, "Visits as per the plan.") == ["vague-word"]
    assert slugs(configured, "Visits will be ongoing.") == []
    assert slugs(checker({}), "Visits will be ongoing.") == ["vague-word"]


def test_added_words_can_bring_their_suggestion() -> None:
    configured = checker({"vague-word": {"add": {"as per": "Say which plan and which part."}}})
    (finding,) = configured.check_field(PLAN, PATH, "Visits as per the plan.")
    assert finding.suggestion == "Say which plan and which part."


@pytest.mark.parametrize(
    ("toml", "expected"),
    [
        ({"vage-word": {}}, "rules.vage-word: no such rule (did you mean 'vague-word'?)"),
        (
            {"vague-word": {"severity": "high"}},
            "rules.vague-word.severity: 'high' is not a severity",
        ),
        ({"vague-word": {"enabled": "no"}}, "rules.vague-word.enabled: expected true or false"),
        ({"vague-word": {"remove": ["nonsense"]}}, "'nonsense' is not in this rule's list"),
        ({"vague-word": {"add": [1, 2]}}, "rules.vague-word.add: expected a list of words"),
        ({"vague-word": {"colour": "red"}}, "rules.vague-word.colour: unknown setting"),
        ({"vague-word": "off"}, "rules.vague-word must be a table"),
    ],
)
def test_mistakes_name_the_key(toml: dict[str, object], expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        parse_config({"rules": toml}, RULES, "childplan.toml")
    assert str(caught.value).startswith("childplan.toml: ")
    assert expected in str(caught.value)


def test_unknown_top_level_setting() -> None:
    with pytest.raises(ConfigError, match="unknown setting 'fail_on'"):
        parse_config({"fail_on": "warning"}, RULES, "childplan.toml")


def test_invalid_toml(tmp_path: Path) -> None:
    path = tmp_path / "childplan.toml"
    path.write_text("[rules.vague-word\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path, RULES)


def test_found_in_pyproject(tmp_path: Path) -> None:
    assert find_config(tmp_path) is None
    (tmp_path / "pyproject.toml").write_text("[tool.childplan.rules.jargon]\nenabled = false\n")
    found = find_config(tmp_path)
    assert found == tmp_path / "pyproject.toml"
    assert load_config(found, RULES).for_rule("jargon").enabled is False


def test_childplan_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.childplan]\n")
    (tmp_path / "childplan.toml").write_text("")
    assert find_config(tmp_path) == tmp_path / "childplan.toml"
