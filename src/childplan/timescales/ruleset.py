"""The rule set: which event falls due how long after which, and on whose authority.

The rules are data (``rulesets/england.yaml``), read and checked here into frozen records.
Every mistake in the file is an error that names the file and the key
(``england.yaml: rules[3].unit: 'fortnights' is not one of working_days, days, weeks,
months``), never a silently skipped rule. ``docs/timescales.md`` explains each key.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from typing import Literal

import yaml

from childplan.plan.model import EVENT_KINDS, PLAN_TYPES
from childplan.timescales.calendar import WorkingDayCalendar

Unit = Literal["working_days", "days", "weeks", "months"]
UNITS: tuple[str, ...] = Unit.__args__  # type: ignore[attr-defined]

PLAN_START = "plan_start"  # the plan's `started` date (its `date` when none is recorded)
MINUTES = "minutes"  # a meeting's actions and notes, due after the meeting
FULL_PLAN = "full_plan"  # the full plan that replaces an interim safety plan

DUE_KINDS: tuple[str, ...] = (*EVENT_KINDS, MINUTES, FULL_PLAN)
AFTER_KINDS: tuple[str, ...] = (*EVENT_KINDS, PLAN_START)

_RULE_KEYS = (
    "id", "summary", "due", "after", "counts_from", "offset", "unit", "repeat",
    "plan_types", "statutory", "source",
)  # fmt: skip
_TOP_KEYS = ("name", "title", "reviews", "rules")
_ID = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class RulesetError(ValueError):
    """A rule set file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class TimescaleRule:
    id: str
    summary: str
    due: str  # the event kind that falls due, or "minutes", or "full_plan"
    after: tuple[str, ...]  # what it counts from: event kinds, or "plan_start"
    offset: int
    unit: Unit
    statutory: bool
    source: str
    plan_types: tuple[str, ...] = PLAN_TYPES
    repeat: bool = False
    counts_from: Literal["first", "latest"] = "latest"
    changed_by: str | None = None  # the settings file that changed it, if one did

    def applies_to(self, plan_type: str) -> bool:
        return plan_type in self.plan_types

    @property
    def period(self) -> str:
        """'10 working days', '3 months', '1 week'."""
        words = {"working_days": "working day", "days": "day", "weeks": "week", "months": "month"}
        word = words[self.unit]
        return f"{self.offset} {word}{'s' if self.offset != 1 else ''}"

    def end_of_period(self, start: dt.date, calendar: WorkingDayCalendar) -> dt.date:
        """The last day of the period that starts on ``start`` (not a working day, maybe)."""
        if self.unit == "working_days":
            return calendar.add_working_days(start, self.offset)
        if self.unit == "months":
            return calendar.add_months(start, self.offset)
        days = self.offset * (7 if self.unit == "weeks" else 1)
        return start + dt.timedelta(days=days)

    @property
    def source_text(self) -> str:
        if self.changed_by:
            return f"{self.source} Changed locally to {self.period} in {self.changed_by}."
        return self.source


@dataclass(frozen=True)
class RuleSet:
    name: str
    title: str
    source: str  # the file it was read from
    rules: tuple[TimescaleRule, ...]
    reviews: tuple[tuple[str, str], ...]  # plan type -> the meeting that reviews it

    def get(self, rule_id: str) -> TimescaleRule | None:
        return next((rule for rule in self.rules if rule.id == rule_id), None)

    def review_kind(self, plan_type: str) -> str | None:
        return dict(self.reviews).get(plan_type)

    @property
    def review_kinds(self) -> frozenset[str]:
        return frozenset(kind for _, kind in self.reviews)

    def series(self) -> Iterator[tuple[str, tuple[TimescaleRule, ...]]]:
        """The rules of each due kind, in file order (minutes are per meeting, not a series)."""
        kinds = dict.fromkeys(rule.due for rule in self.rules if rule.due != MINUTES)
        for kind in kinds:
            yield kind, tuple(rule for rule in self.rules if rule.due == kind)


@functools.cache
def default_ruleset() -> RuleSet:
    """The rule set shipped with childplan (``rulesets/england.yaml``)."""
    text = resources.files("childplan.timescales").joinpath("rulesets/england.yaml")
    return parse_ruleset(yaml.safe_load(text.read_text("utf-8")), "england.yaml")


def parse_ruleset(data: object, source: str) -> RuleSet:
    """Check parsed YAML against the rule set's shape; raise RulesetError naming the key."""
    if not isinstance(data, dict):
        raise RulesetError(f"{source}: expected keys {', '.join(_TOP_KEYS)}")
    _known_keys(data, _TOP_KEYS, source, "")
    name = _text(data, "name", source, "")
    title = str(data.get("title") or name)
    reviews = _reviews(data.get("reviews", {}), source)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulesetError(f"{source}: rules: expected a list of rules")
    rules = tuple(_rule(item, source, f"rules[{i}]") for i, item in enumerate(raw_rules))
    ruleset = RuleSet(name, title, source, rules, reviews)
    check_series(ruleset)
    return ruleset


def check_series(ruleset: RuleSet) -> None:
    """Rules of one due kind must make sense as a series (see the module docs)."""
    seen: set[str] = set()
    for rule in ruleset.rules:
        if rule.id in seen:
            raise RulesetError(f"{ruleset.source}: rule '{rule.id}' appears twice")
        seen.add(rule.id)
    for kind, series in ruleset.series():
        first, *later = series
        where = f"{ruleset.source}: rule '{first.id}'"
        if kind in first.after:
            raise RulesetError(
                f"{where}: the first rule for '{kind}' must count from another event "
                f"(a later rule in the series counts from the '{kind}' before it)"
            )
        for rule in later:
            if rule.after != (kind,):
                raise RulesetError(
                    f"{ruleset.source}: rule '{rule.id}': a later rule for '{kind}' counts "
                    f"from the '{kind}' before it, so its 'after' must be {kind}"
                )
            if rule.plan_types != first.plan_types:
                raise RulesetError(
                    f"{ruleset.source}: rule '{rule.id}': plan_types must be those of "
                    f"'{first.id}', the first rule for '{kind}'"
                )
        for rule in series[:-1]:
            if rule.repeat:
                raise RulesetError(
                    f"{ruleset.source}: rule '{rule.id}': only the last rule for '{kind}' "
                    "may repeat"
                )


def _rule(item: object, source: str, path: str) -> TimescaleRule:
    if not isinstance(item, dict):
        raise RulesetError(f"{source}: {path}: expected a rule (a set of keys)")
    _known_keys(item, _RULE_KEYS, source, path)
    rule_id = _text(item, "id", source, path)
    if not _ID.match(rule_id):
        raise RulesetError(
            f"{source}: {path}.id: '{rule_id}' must be lower-case words joined by hyphens"
        )
    due = _choice(item.get("due"), DUE_KINDS, source, f"{path}.due")
    after_raw = item.get("after")
    after_list = after_raw if isinstance(after_raw, list) else [after_raw]
    after = tuple(_choice(kind, AFTER_KINDS, source, f"{path}.after") for kind in after_list)
    if len(after) > 1 and due != MINUTES:
        raise RulesetError(f"{source}: {path}.after: only the minutes rule counts from a list")
    if due == MINUTES and PLAN_START in after:
        raise RulesetError(f"{source}: {path}.after: minutes are due after meetings")
    plan_types_raw = item.get("plan_types", list(PLAN_TYPES))
    if not isinstance(plan_types_raw, list) or not plan_types_raw:
        raise RulesetError(f"{source}: {path}.plan_types: expected a list of plan types")
    plan_types = tuple(
        _choice(kind, PLAN_TYPES, source, f"{path}.plan_types") for kind in plan_types_raw
    )
    unit = _choice(item.get("unit"), UNITS, source, f"{path}.unit")
    statutory = item.get("statutory")
    if not isinstance(statutory, bool):
        raise RulesetError(
            f"{source}: {path}.statutory: say true (statutory guidance or regulations) or "
            "false (local practice)"
        )
    repeat = item.get("repeat", False)
    if not isinstance(repeat, bool):
        raise RulesetError(f"{source}: {path}.repeat: expected true or false")
    counts_from = _choice(
        item.get("counts_from", "latest"), ("first", "latest"), source, f"{path}.counts_from"
    )
    return TimescaleRule(
        id=rule_id,
        summary=_text(item, "summary", source, path),
        due=due,
        after=after,
        offset=check_offset(item.get("offset"), f"{source}: {path}.offset"),
        unit=unit,  # type: ignore[arg-type]
        statutory=statutory,
        source=" ".join(_text(item, "source", source, path).split()),
        plan_types=plan_types,
        repeat=repeat,
        counts_from=counts_from,  # type: ignore[arg-type]
    )


def check_offset(value: object, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise RulesetError(f"{where}: expected a whole number of 1 or more, found {value!r}")
    return value


def check_unit(value: object, where: str) -> Unit:
    if value not in UNITS:
        raise RulesetError(f"{where}: {value!r} is not one of {', '.join(UNITS)}")
    return value  # type: ignore[return-value]


def changed(rule: TimescaleRule, offset: int, unit: Unit, source: str) -> TimescaleRule:
    return replace(rule, offset=offset, unit=unit, changed_by=source)


def _reviews(value: object, source: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise RulesetError(f"{source}: reviews: expected plan type: meeting kind")
    return tuple(
        (
            _choice(plan_type, PLAN_TYPES, source, "reviews"),
            _choice(kind, EVENT_KINDS, source, f"reviews.{plan_type}"),
        )
        for plan_type, kind in value.items()
    )


def _known_keys(
    data: Mapping[object, object], known: tuple[str, ...], source: str, path: str
) -> None:
    for key in data:
        if key not in known:
            where = f"{path}.{key}" if path else str(key)
            raise RulesetError(f"{source}: {where}: unknown key{_did_you_mean(str(key), known)}")


def _text(data: Mapping[str, object], key: str, source: str, path: str) -> str:
    value = data.get(key)
    where = f"{path}.{key}" if path else key
    if not isinstance(value, str) or not value.strip():
        raise RulesetError(f"{source}: {where}: required text is missing")
    return value.strip()


def _choice(value: object, choices: tuple[str, ...], source: str, where: str) -> str:
    if isinstance(value, str) and value in choices:
        return value
    close = _did_you_mean(str(value), choices)
    shown = f"'{value}'" if isinstance(value, str) else repr(value)
    listed = close or f"; expected one of: {', '.join(choices)}"
    return _raise(f"{source}: {where}: {shown} is not allowed here{listed}")


def _raise(message: str) -> str:
    raise RulesetError(message)


def _did_you_mean(word: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""
