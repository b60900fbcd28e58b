"""not-explained-to-child: the age below which there is no explaining to record."""

from __future__ import annotations

import pytest

from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.not_explained_to_child import RULE


def _findings(
    born: str | None, explained: str = "null", checker: Checker | None = None
) -> list[Finding]:
    child = f"{{name: Lily Smith, date_of_birth: {born}}}" if born else "{name: Lily Smith}"
    fragment = f"{{type: child_protection, explained_to_child: {explained}, child: {child}}}"
    return (checker or Checker(rules=[RULE])).check(example_plan(RULE, Example(plan=fragment)))


@pytest.mark.parametrize(
    ("born", "flagged"),
    [
        ("2023-11-02", True),  # three on the plan's date, 2 November 2026
        ("2023-11-03", False),  # three the next day
        ("2026-01-01", False),
        ("2027-03-01", False),  # unborn
        ("2012-01-01", True),
        (None, True),
    ],
)
def test_age_on_the_plans_date(born: str | None, flagged: bool) -> None:
    assert bool(_findings(born)) is flagged


def test_path_and_recorded_false() -> None:
    (finding,) = _findings("2015-01-01", explained="false")
    assert finding.path == "explained_to_child"
    assert _findings("2015-01-01", explained="true") == []


def test_min_age_is_an_option() -> None:
    config = Config(rules={"not-explained-to-child": RuleSettings(options={"min_age": 5})})
    assert _findings("2022-01-01", checker=Checker(config, rules=[RULE])) == []
    assert _findings("2022-01-01") != []
