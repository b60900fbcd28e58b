"""A local authority's settings for the checker, from ``childplan.toml`` or
``[tool.childplan]`` in ``pyproject.toml``.

    [rules.jargon]
    enabled = false                 # switch a rule off

    [rules.vague-word]
    severity = "error"              # error | warning | advice
    add = ["as per"]                # more words to flag (or a table: word = "suggestion")
    remove = ["ongoing"]            # built-in words not to flag

    [rules.unexplained-acronym]
    add = { SGO = "Special Guardianship Order" }   # acronym = its expansion

    [rules.hard-to-read]
    reading_grade = 9               # any option the rule lists in `childplan explain`

Every key is checked: a misspelt rule, option or severity is an error naming the file and
the key, never silently ignored.
"""

from __future__ import annotations

import difflib
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from childplan.quality.rule import Rule, Severity
from childplan.quality.terms import Term
from childplan.timescales.settings import (
    LocalTimescales,
    TimescaleSettingsError,
    parse_local_timescales,
)

CONFIG_FILE = "childplan.toml"
_RULE_KEYS = ("enabled", "severity", "add", "remove")


class ConfigError(Exception):
    pass


@dataclass(frozen=True)
class RuleSettings:
    enabled: bool = True
    severity: Severity | None = None
    add: tuple[Term, ...] = ()
    remove: tuple[str, ...] = ()
    options: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    source: str | None = None
    rules: Mapping[str, RuleSettings] = field(default_factory=dict)
    timescales: LocalTimescales = field(default_factory=LocalTimescales)  # [timescales]

    def for_rule(self, slug: str) -> RuleSettings:
        return self.rules.get(slug, RuleSettings())


def find_config(start: Path) -> Path | None:
    """childplan.toml in the folder, else a pyproject.toml there with [tool.childplan]."""
    candidate = start / CONFIG_FILE
    if candidate.is_file():
        return candidate
    pyproject = start / "pyproject.toml"
    if pyproject.is_file():
        try:
            data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError):
            return None  # someone else's broken pyproject is not our config
        if "childplan" in data.get("tool", {}):
            return pyproject
    return None


def load_config(path: Path, rules: Mapping[str, Rule]) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: not valid TOML: {error}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("childplan", {})
    return parse_config(data, rules, str(path))


def parse_config(data: Mapping[str, object], rules: Mapping[str, Rule], source: str) -> Config:
    for key in data:
        if key not in ("rules", "timescales"):  # [timescales]: timescales/settings.py
            raise ConfigError(
                f"{source}: unknown setting '{key}'; rule settings go under [rules.SLUG]"
            )
    tables = data.get("rules", {})
    if not isinstance(tables, dict):
        raise ConfigError(f"{source}: 'rules' must be a table of [rules.SLUG] sections")
    settings = {}
    for slug, table in tables.items():
        if slug not in rules:
            raise ConfigError(f"{source}: rules.{slug}: no such rule{_did_you_mean(slug, rules)}")
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: rules.{slug} must be a table")
        settings[slug] = _rule_settings(rules[slug], table, f"{source}: rules.{slug}")
    try:
        timescales = parse_local_timescales(data.get("timescales", {}), source)
    except TimescaleSettingsError as error:
        raise ConfigError(str(error)) from None
    return Config(source, settings, timescales)


def _rule_settings(rule: Rule, table: Mapping[str, object], where: str) -> RuleSettings:
    options = dict(rule.options)
    for key, value in table.items():
        if key in _RULE_KEYS:
            continue
        if key not in rule.options:
            known = list(_RULE_KEYS) + list(rule.options)
            raise ConfigError(f"{where}.{key}: unknown setting{_did_you_mean(key, known)}")
        default = rule.options[key]
        if type(value) is not type(default) and not (
            isinstance(default, float) and isinstance(value, int)
        ):
            raise ConfigError(f"{where}.{key}: expected {type(default).__name__}, found {value!r}")
        options[key] = value
    enabled = table.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ConfigError(f"{where}.enabled: expected true or false, found {enabled!r}")
    severity = None
    if "severity" in table:
        try:
            severity = Severity.parse(str(table["severity"]))
        except ValueError as error:
            raise ConfigError(f"{where}.severity: {error}") from None
    add, remove = _term_changes(rule, table, where)
    return RuleSettings(enabled, severity, add, remove, options)


def _term_changes(
    rule: Rule, table: Mapping[str, object], where: str
) -> tuple[tuple[Term, ...], tuple[str, ...]]:
    if ("add" in table or "remove" in table) and not rule.terms:
        raise ConfigError(f"{where}: this rule has no word list to add to or remove from")
    raw_add = table.get("add", [])
    if isinstance(raw_add, list) and all(isinstance(w, str) for w in raw_add):
        add = tuple(Term(word) for word in raw_add)
    elif isinstance(raw_add, dict) and all(isinstance(v, str) for v in raw_add.values()):
        add = tuple(Term(word, suggestion=text, replacement=text) for word, text in raw_add.items())
    else:
        raise ConfigError(f'{where}.add: expected a list of words or a table of word = "text"')
    raw_remove = table.get("remove", [])
    if not isinstance(raw_remove, list) or not all(isinstance(w, str) for w in raw_remove):
        raise ConfigError(f"{where}.remove: expected a list of words")
    known = {term.phrase.lower(): term.phrase for term in rule.terms}
    for word in raw_remove:
        if word.lower() not in known:
            hint = _did_you_mean(word, list(known.values()))
            raise ConfigError(f"{where}.remove: '{word}' is not in this rule's list{hint}")
    return add, tuple(raw_remove)


def _did_you_mean(word: str, known: object) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)  # type: ignore[call-overload]
    return f" (did you mean '{close[0]}'?)" if close else ""
