"""The shipped rule set says what PRODUCT.md's timescales say, and a broken rule set, or a
broken local setting, is an error naming the file and the key."""

from __future__ import annotations

import copy
import datetime as dt
from importlib import resources
from typing import Any

import pytest
import yaml

from childplan.quality.config import ConfigError, parse_config
from childplan.quality.rules import rules_by_slug
from childplan.timescales.ruleset import RulesetError, default_ruleset, parse_ruleset
from childplan.timescales.settings import TimescaleSettingsError, parse_local_timescales


def shipped() -> dict[str, Any]:
    text = resources.files("childplan.timescales").joinpath("rulesets/england.yaml")
    data: dict[str, Any] = yaml.safe_load(text.read_text("utf-8"))
    return data


# --- what the shipped rules say -----------------------------------------------------------


@pytest.mark.parametrize(
    ("rule_id", "due", "after", "period", "statutory"),
    [
        (
            "initial-conference",
            "initial_conference",
            ("strategy_discussion",),
            "15 working days",
            True,
        ),
        ("first-core-group", "core_group", ("initial_conference",), "10 working days", True),
        ("first-review-conference", "review_conference", ("initial_conference",), "3 months", True),
        ("later-review-conferences", "review_conference", ("review_conference",), "6 months", True),
        (
            "first-looked-after-review",
            "looked_after_review",
            ("looked_after",),
            "20 working days",
            True,
        ),
        (
            "second-looked-after-review",
            "looked_after_review",
            ("looked_after_review",),
            "3 months",
            True,
        ),
        (
            "later-looked-after-reviews",
            "looked_after_review",
            ("looked_after_review",),
            "6 months",
            True,
        ),
        (
            "child-in-need-senior-manager-review",
            "senior_manager_review",
            ("plan_start",),
            "9 months",
            False,
        ),
        ("interim-plan", "full_plan", ("interim_plan",), "10 working days", False),
        ("child-in-need-review", "child_in_need_review", ("plan_start",), "3 months", False),
    ],
)
def test_the_product_timescales_are_in_the_rule_set(
    rule_id: str, due: str, after: tuple[str, ...], period: str, statutory: bool
) -> None:
    rule = default_ruleset().get(rule_id)
    assert rule is not None
    assert (rule.due, rule.after, rule.period, rule.statutory) == (due, after, period, statutory)
    assert len(rule.source) > 40  # every rule says where it comes from


def test_minutes_are_due_after_every_meeting_with_notes() -> None:
    rule = default_ruleset().get("minutes")
    assert rule is not None and rule.period == "5 working days" and not rule.statutory
    assert set(rule.after) >= {
        "initial_conference",
        "review_conference",
        "core_group",
        "child_in_need_review",
        "looked_after_review",
    }


def test_the_seed_quotes_in_the_sources_are_verbatim(shared: Any) -> None:
    """A source that says it quotes a seed quotes it word for word."""
    import re

    for rule in default_ruleset().rules:
        seed = re.search(r"\(seed (\d{3})\)", rule.source)
        if not seed:
            continue
        (path,) = (shared / "seeds").glob(f"{seed.group(1)}_*.txt")
        text = " ".join(path.read_text(encoding="utf-8").replace("’", "'").split())
        for quote in re.findall(r'"([^"]+)"', rule.source):
            assert " ".join(quote.split()) in text, f"{rule.id}: {quote}"


def test_review_meetings_for_each_plan_type() -> None:
    ruleset = default_ruleset()
    assert ruleset.review_kind("child_protection") == "review_conference"
    assert ruleset.review_kind("child_in_need") == "child_in_need_review"
    assert ruleset.review_kind("looked_after") == "looked_after_review"
    assert ruleset.review_kind("interim_safety") is None


# --- a broken rule set ------------------------------------------------------------------------


def broken(change: str, value: object, index: int = 1) -> dict[str, Any]:
    data = copy.deepcopy(shipped())
    if value is None:
        del data["rules"][index][change]
    else:
        data["rules"][index][change] = value
    return data


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            broken("unit", "fortnights"),
            "england.yaml: rules[1].unit: 'fortnights' is not allowed here",
        ),
        (broken("unit", "working_day"), "(did you mean 'working_days'?)"),
        (
            broken("due", "core_groop"),
            "rules[1].due: 'core_groop' is not allowed here (did you mean 'core_group'?)",
        ),
        (broken("offset", 0), "rules[1].offset: expected a whole number of 1 or more, found 0"),
        (
            broken("offset", "ten"),
            "rules[1].offset: expected a whole number of 1 or more, found 'ten'",
        ),
        (
            broken("statutory", None),
            "rules[1].statutory: say true (statutory guidance or regulations) or false",
        ),
        (broken("source", None), "rules[1].source: required text is missing"),
        (
            broken("plan_types", ["child_protecton"]),
            "rules[1].plan_types: 'child_protecton' is not allowed here "
            "(did you mean 'child_protection'?)",
        ),
        (broken("offfset", 3), "rules[1].offfset: unknown key (did you mean 'offset'?)"),
        (
            broken("id", "First Core Group"),
            "rules[1].id: 'First Core Group' must be lower-case words",
        ),
        (broken("id", "initial-conference"), "rule 'initial-conference' appears twice"),
        (
            broken("after", ["initial_conference", "strategy_discussion"]),
            "rules[1].after: only the minutes rule counts from a list",
        ),
        (
            broken("repeat", True, index=2),
            "rule 'first-review-conference': only the last rule for 'review_conference' may repeat",
        ),
        (
            broken("after", "initial_conference", index=3),
            "a later rule for 'review_conference' counts from the 'review_conference' before it",
        ),
        (
            broken("after", "core_group"),
            "rule 'first-core-group': the first rule for 'core_group' must count from "
            "another event",
        ),
    ],
)
def test_a_broken_rule_set_names_the_key(data: dict[str, Any], message: str) -> None:
    with pytest.raises(RulesetError) as error:
        parse_ruleset(data, "england.yaml")
    assert message in str(error.value)


def test_unknown_top_level_key() -> None:
    data = {**shipped(), "rulez": []}
    with pytest.raises(RulesetError, match=r"rulez: unknown key \(did you mean 'rules'\?\)"):
        parse_ruleset(data, "england.yaml")


# --- local settings ([timescales] in childplan.toml) ----------------------------------------------


def test_local_settings_change_a_local_rule() -> None:
    settings = parse_local_timescales(
        {"rules": {"child-in-need-review": {"offset": 6, "unit": "weeks"}}}, "childplan.toml"
    )
    rule = settings.ruleset().get("child-in-need-review")
    assert rule is not None and rule.period == "6 weeks"
    assert "Changed locally to 6 weeks in childplan.toml." in rule.source_text
    # 6 weeks after Monday 2 November 2026 is Monday 14 December 2026.
    calendar = settings.calendar("england")
    assert rule.end_of_period(dt.date(2026, 11, 2), calendar) == dt.date(2026, 12, 14)


def test_local_settings_switch_a_local_rule_off() -> None:
    settings = parse_local_timescales({"rules": {"interim-plan": {"enabled": False}}}, "x.toml")
    assert settings.ruleset().get("interim-plan") is None


def test_closure_days() -> None:
    settings = parse_local_timescales(
        {"closures": [dt.date(2026, 12, 29), "30/12/2026", "31 December 2026"]}, "x.toml"
    )
    assert settings.closures == {
        dt.date(2026, 12, 29),
        dt.date(2026, 12, 30),
        dt.date(2026, 12, 31),
    }
    assert not settings.calendar("england").is_working_day(dt.date(2026, 12, 30))


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            {"rules": {"first-core-group": {"offset": 15}}},
            "x.toml: timescales.rules.first-core-group: this timescale is statutory",
        ),
        (
            {"rules": {"minutes": {"ofset": 10}}},
            "timescales.rules.minutes.ofset: unknown setting (did you mean 'offset'?)",
        ),
        (
            {"rules": {"minuets": {"offset": 10}}},
            "timescales.rules.minuets: no such timescale (did you mean 'minutes'?)",
        ),
        (
            {"rules": {"minutes": {"unit": "hours"}}},
            "timescales.rules.minutes.unit: 'hours' is not one of working_days, days, weeks, "
            "months",
        ),
        (
            {"rules": {"minutes": {"offset": -1}}},
            "timescales.rules.minutes.offset: expected a whole number of 1 or more",
        ),
        (
            {"rules": {"minutes": {"enabled": "no"}}},
            "timescales.rules.minutes.enabled: expected true or false",
        ),
        ({"closures": ["31/02/2027"]}, "timescales.closures: '31/02/2027' is not a real date"),
        ({"closure": []}, "timescales.closure: unknown setting (did you mean 'closures'?)"),
    ],
)
def test_a_bad_local_setting_names_the_key(table: dict[str, Any], message: str) -> None:
    with pytest.raises(TimescaleSettingsError) as error:
        parse_local_timescales(table, "x.toml")
    assert message in str(error.value)


def test_the_checker_config_reads_the_timescales_table() -> None:
    config = parse_config(
        {"timescales": {"rules": {"minutes": {"offset": 10}}}}, rules_by_slug(), "childplan.toml"
    )
    rule = config.timescales.ruleset().get("minutes")
    assert rule is not None and rule.offset == 10
    with pytest.raises(
        ConfigError, match=r"timescales\.rules\.first-core-group: this timescale is statutory"
    ):
        parse_config(
            {"timescales": {"rules": {"first-core-group": {"offset": 5}}}},
            rules_by_slug(),
            "childplan.toml",
        )


def test_the_timescales_doc_names_every_rule_and_its_period() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "timescales.md").read_text("utf-8")
    rows = {line.split("|")[1].strip(): line for line in doc.splitlines() if line.startswith("| `")}
    for rule in default_ruleset().rules:
        assert f"`{rule.id}`" in rows, f"docs/timescales.md has no row for {rule.id}"
        assert rule.period in rows[f"`{rule.id}`"], f"docs/timescales.md: {rule.id}: {rule.period}"
    for slug, timescale_rule in rules_by_slug().items():
        if timescale_rule.kind == "timescale":
            assert f"`{slug}`" in rows, f"docs/timescales.md does not describe {slug}"
