"""drift: indicators flat across reviews, actions re-dated; both thresholds are options."""

from __future__ import annotations

import datetime as dt

from childplan.quality.config import parse_config
from childplan.quality.engine import Checker
from childplan.quality.examples import EXAMPLE_TODAY, example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules import rules_by_slug
from childplan.quality.rules.timescale.drift import RULE, _outcome, _readings, _redated


def findings(fragment: str, options: dict[str, object] | None = None) -> list[Finding]:
    plan = example_plan(RULE, Example(plan=fragment))
    config = parse_config({"rules": {"drift": options or {}}}, rules_by_slug(), "childplan.toml")
    return Checker(config, rules=[RULE]).check(plan, today=EXAMPLE_TODAY)


def test_flat_indicator_message() -> None:
    (finding,) = findings(_outcome(_readings("58%", "58%", "58%")))
    assert finding.path == "needs[0].outcomes[0]"
    assert finding.message == (
        "School attendance has stayed at 58% from 4 May 2026 to 2 November 2026, across 2 "
        "reviews (3 August 2026, 2 November 2026)."
    )


def test_the_number_of_reviews_is_an_option() -> None:
    flat = _outcome(_readings("58%", "58%", "58%"))
    assert findings(flat, {"reviews": 3}) == []
    two_readings = _outcome(_readings("58%", "58%", dates=("2026-08-03", "2026-11-02")))
    assert findings(two_readings) == []
    assert len(findings(two_readings, {"reviews": 1})) == 1


def test_words_are_compared_when_there_is_no_number() -> None:
    assert len(findings(_outcome(_readings("Not yet", "not yet", "Not  yet")))) == 1
    assert findings(_outcome(_readings("Not yet", "Sometimes", "Most days"))) == []


def test_readings_after_today_are_not_counted() -> None:
    later = ("2026-05-04", "2026-08-03", "2027-02-01")
    assert findings(_outcome(_readings("58%", "64%", "64%", dates=later))) == []


def test_redated_message_and_option() -> None:
    (finding,) = findings(_redated("2026-09-04, 2026-10-16"))
    assert finding.path == "needs[0].outcomes[0].actions[0].when"
    assert finding.message == (
        "This action has been re-dated 2 times (due Friday 4 September 2026, then Friday "
        "16 October 2026, then Friday 4 December 2026) and is still not done."
    )
    assert findings(_redated("2026-09-04, 2026-10-16"), {"redated": 3}) == []


def test_no_today_no_drift() -> None:
    plan = example_plan(RULE, Example(plan=_redated("2026-09-04, 2026-10-16")))
    assert Checker(rules=[RULE]).check(plan, today=None) == []
    assert Checker(rules=[RULE]).check(plan, today=dt.date(2026, 11, 10)) != []
