"""A local authority's timescale settings: the ``[timescales]`` table of ``childplan.toml``.

    [timescales]
    closures = [2026-12-29, 2026-12-30, 2026-12-31]   # days the council is shut

    [timescales.rules.child-in-need-review]
    offset = 6                  # every 6 weeks instead of every 3 months
    unit = "weeks"

    [timescales.rules.interim-plan]
    enabled = false

Only local practice rules can be changed; a statutory rule is an error that says so. Every
key is checked, and a mistake names the file and the key (``quality/config.py`` turns it into
the checker's one-line configuration error).
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from dataclasses import dataclass

from childplan.plan.dates import DateError, parse_date
from childplan.timescales.calendar import WorkingDayCalendar
from childplan.timescales.ruleset import (
    RuleSet,
    RulesetError,
    Unit,
    changed,
    check_offset,
    check_series,
    check_unit,
    default_ruleset,
)

_TOP_KEYS = ("closures", "rules")
_RULE_KEYS = ("offset", "unit", "enabled")


class TimescaleSettingsError(ValueError):
    """A mistake in the [timescales] settings; the message names the file and the key."""


@dataclass(frozen=True)
class RuleChange:
    """What a local authority changed in one local practice rule."""

    offset: int | None = None
    unit: Unit | None = None
    enabled: bool = True


@dataclass(frozen=True)
class LocalTimescales:
    """The settings as read; hashable, so the rule set and calendars built from them are
    built once."""

    source: str | None = None
    closures: frozenset[dt.date] = frozenset()
    changes: tuple[tuple[str, RuleChange], ...] = ()

    def ruleset(self) -> RuleSet:
        return _ruleset(self.changes, self.source or "childplan.toml")

    def calendar(self, nation: str) -> WorkingDayCalendar:
        return _calendar(nation, self.closures)


def parse_local_timescales(table: object, source: str) -> LocalTimescales:
    """Read and check the [timescales] table (already parsed from TOML)."""
    if not isinstance(table, dict):
        raise TimescaleSettingsError(f"{source}: timescales must be a table ([timescales])")
    for key in table:
        if key not in _TOP_KEYS:
            raise TimescaleSettingsError(
                f"{source}: timescales.{key}: unknown setting{_did_you_mean(key, _TOP_KEYS)}"
            )
    closures = _closures(table.get("closures", []), source)
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise TimescaleSettingsError(
            f"{source}: timescales.rules must be a table of [timescales.rules.ID] sections"
        )
    changes = tuple(
        (rule_id, _rule_change(rule_id, value, source)) for rule_id, value in rules.items()
    )
    settings = LocalTimescales(source, closures, changes)
    try:
        settings.ruleset()  # a change that breaks a series is caught now, not when counting
    except RulesetError as error:
        raise TimescaleSettingsError(str(error)) from None
    return settings


def _closures(value: object, source: str) -> frozenset[dt.date]:
    where = f"{source}: timescales.closures"
    if not isinstance(value, list):
        raise TimescaleSettingsError(f"{where}: expected a list of dates")
    days = set()
    for item in value:
        if isinstance(item, dt.datetime):
            raise TimescaleSettingsError(f"{where}: {item} is a time; give dates only")
        if isinstance(item, dt.date):
            days.add(item)
            continue
        try:
            days.add(parse_date(str(item)))
        except DateError as error:
            raise TimescaleSettingsError(f"{where}: {error}") from None
    return frozenset(days)


def _rule_change(rule_id: str, value: object, source: str) -> RuleChange:
    where = f"{source}: timescales.rules.{rule_id}"
    rule = default_ruleset().get(rule_id)
    if rule is None:
        known = [rule.id for rule in default_ruleset().rules]
        raise TimescaleSettingsError(f"{where}: no such timescale{_did_you_mean(rule_id, known)}")
    if rule.statutory:
        raise TimescaleSettingsError(
            f"{where}: this timescale is statutory ({rule.summary}) and cannot be changed locally"
        )
    if not isinstance(value, dict):
        raise TimescaleSettingsError(f"{where} must be a table")
    for key in value:
        if key not in _RULE_KEYS:
            raise TimescaleSettingsError(
                f"{where}.{key}: unknown setting{_did_you_mean(key, _RULE_KEYS)}"
            )
    enabled = value.get("enabled", True)
    if not isinstance(enabled, bool):
        raise TimescaleSettingsError(f"{where}.enabled: expected true or false, found {enabled!r}")
    try:
        offset = check_offset(value["offset"], f"{where}.offset") if "offset" in value else None
        unit = check_unit(value["unit"], f"{where}.unit") if "unit" in value else None
    except RulesetError as error:
        raise TimescaleSettingsError(str(error)) from None
    return RuleChange(offset, unit, enabled)


@functools.cache
def _ruleset(changes: tuple[tuple[str, RuleChange], ...], source: str) -> RuleSet:
    base = default_ruleset()
    if not changes:
        return base
    by_id = dict(changes)
    rules = []
    for rule in base.rules:
        change = by_id.get(rule.id)
        if change is None:
            rules.append(rule)
        elif change.enabled:
            rules.append(
                changed(rule, change.offset or rule.offset, change.unit or rule.unit, source)
            )
    ruleset = RuleSet(base.name, base.title, base.source, tuple(rules), base.reviews)
    check_series(ruleset)
    return ruleset


@functools.cache
def _calendar(nation: str, closures: frozenset[dt.date]) -> WorkingDayCalendar:
    return WorkingDayCalendar(nation, closures)


def _did_you_mean(word: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
