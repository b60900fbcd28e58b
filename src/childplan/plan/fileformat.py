"""The plan file (``format: childplan/1``) in YAML or JSON, read into a ``Plan`` and back.

Reading is strict: an unknown key, a wrong type or an impossible date is an error that names
the file, the line (YAML) and the path of the field, and nothing is half-read. Writing keeps
every field, so load -> dump -> load gives an equal plan. The schema is the dataclasses in
``model.py``; ``docs/plan-format.md`` documents it for people.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import difflib
import json
import re
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import yaml

from childplan.plan.dates import DateError, parse_date, parse_timescale
from childplan.plan.events import event_order_problems
from childplan.plan.model import Plan, Timescale, parent_path

FORMAT = "childplan/1"
FORMATS = ("yaml", "json")


class PlanFileError(Exception):
    """A plan file that cannot be read; each problem names where it is."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__("\n".join(p.describe(source) for p in problems))


@dataclass(frozen=True)
class Problem:
    message: str
    path: str = ""
    line: int | None = None

    def describe(self, source: str) -> str:
        where = source if self.line is None else f"{source}, line {self.line}"
        field = f"{self.path}: " if self.path else ""
        return f"{where}: {field}{self.message}"


@dataclass(frozen=True)
class PlanDocument:
    """A plan with where it came from: the file name and the line of each path (YAML)."""

    plan: Plan
    source: str
    lines: Mapping[str, int] = dataclasses.field(default_factory=dict)

    def line_of(self, path: str) -> int | None:
        return _line_of(self.lines, path)


def _line_of(lines: Mapping[str, int], path: str) -> int | None:
    """The line of a path, or of its nearest parent that has one."""
    while path:
        if path in lines:
            return lines[path]
        path = parent_path(path)
    return None


def load_plan_file(path: str | Path) -> PlanDocument:
    """Read a YAML or JSON plan file (by its extension; YAML when in doubt)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise PlanFileError(str(path), [Problem("no such file")]) from None
    except IsADirectoryError:
        raise PlanFileError(str(path), [Problem("is a folder, not a plan file")]) from None
    except UnicodeDecodeError:
        raise PlanFileError(str(path), [Problem("is not a text file (UTF-8)")]) from None
    except OSError as error:
        raise PlanFileError(str(path), [Problem(f"cannot be read ({error.strerror})")]) from None
    fmt = "json" if path.suffix.lower() == ".json" else "yaml"
    return loads_plan(text, fmt, source=str(path))


def loads_plan(text: str, fmt: str = "yaml", source: str = "<plan>") -> PlanDocument:
    lines: dict[str, int] = {}
    if fmt == "json":
        data = _parse_json(text, source)
    elif fmt == "yaml":
        data, lines = _parse_yaml(text, source)
    else:
        raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")
    return plan_from_data(data, source, lines)


def plan_from_data(
    data: object, source: str = "<plan>", lines: Mapping[str, int] | None = None
) -> PlanDocument:
    """Build a plan from parsed YAML/JSON data (a dict with ``format`` and ``plan``)."""
    lines = lines or {}
    reader = _Reader(lines)
    plan = reader.read_document(data)
    if plan is not None and not reader.problems:
        for path, message in event_order_problems(plan):  # key dates that contradict
            reader.problem(path, message)
        for path, message in dependency_problems(plan):
            reader.problem(path, message)
    if reader.problems or plan is None:
        raise PlanFileError(source, reader.problems)
    return PlanDocument(plan, source, lines)


def dependency_problems(plan: Plan) -> list[tuple[str, str]]:
    """Each ``depends_on`` that names no action's ``id``: a misspelt id would otherwise
    switch off the check that actions come in order, without anyone knowing."""
    actions = [
        (f"needs[{n}].outcomes[{o}].actions[{a}]", action)
        for n, need in enumerate(plan.needs)
        for o, outcome in enumerate(need.outcomes)
        for a, action in enumerate(outcome.actions)
    ]
    ids = [action.id for _, action in actions if action.id]
    problems = []
    for path, action in actions:
        for i, needed in enumerate(action.depends_on):
            if needed not in ids:
                problems.append(
                    (
                        f"{path}.depends_on[{i}]",
                        f"'{needed}' is no action's id" + _id_hint(needed, ids),
                    )
                )
    return problems


def _id_hint(needed: str, ids: list[str]) -> str:
    close = difflib.get_close_matches(needed, ids, n=1)
    if close:
        return f"; did you mean '{close[0]}'?"
    if not ids:
        return "; give that action an 'id' first"
    return f"; the actions' ids are {', '.join(repr(i) for i in ids[:8])}"


def dumps_plan(plan: Plan, fmt: str = "yaml") -> str:
    data = {"format": FORMAT, "plan": _to_data(plan)}
    if fmt == "json":
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    if fmt == "yaml":
        return yaml.dump(
            data, Dumper=PlanYamlDumper, sort_keys=False, allow_unicode=True, width=100
        )
    raise ValueError(f"unknown format {fmt!r}; expected one of {FORMATS}")


# --- parsing -----------------------------------------------------------------------------


class PlanYamlLoader(yaml.SafeLoader):
    """YAML without the surprises: dates stay text (we read UK forms ourselves) and only
    true/false are booleans, so "no" and "on" stay words."""


class PlanYamlDumper(yaml.SafeDumper):
    pass


for _cls in (PlanYamlLoader, PlanYamlDumper):
    _cls.yaml_implicit_resolvers = {
        first: [
            (tag, regexp)
            for tag, regexp in resolvers
            if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")
        ]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    _cls.add_implicit_resolver(
        "tag:yaml.org,2002:bool",
        re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
        list("tTfF"),
    )


def _parse_yaml(text: str, source: str) -> tuple[object, dict[str, int]]:
    loader = PlanYamlLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise PlanFileError(source, [Problem("is empty; a plan file starts with 'format:'")])
        lines: dict[str, int] = {}
        return _node_to_data(loader, node, "", lines), lines
    except _DuplicateKey as duplicate:
        raise PlanFileError(source, [duplicate.problem]) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark is not None else None
        what = error.problem or "is not valid YAML"
        raise PlanFileError(source, [Problem(f"not valid YAML: {what}", line=line)]) from None
    except yaml.YAMLError as error:
        raise PlanFileError(source, [Problem(f"not valid YAML: {error}")]) from None
    finally:
        loader.dispose()


class _DuplicateKey(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


def _node_to_data(
    loader: PlanYamlLoader, node: yaml.Node, path: str, lines: dict[str, int]
) -> object:
    """Turn a YAML node into plain data, noting the line of every path on the way."""
    plan_path = "" if path == "plan" else path.removeprefix("plan.")
    lines.setdefault(plan_path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                raise _DuplicateKey(
                    Problem(f"'{key}' appears twice", path, key_node.start_mark.line + 1)
                )
            child = f"{path}.{key}" if path else key
            result[key] = _node_to_data(loader, value_node, child, lines)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [
            _node_to_data(loader, item, f"{path}[{i}]", lines) for i, item in enumerate(node.value)
        ]
    return loader.construct_object(node)


def _parse_json(text: str, source: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise PlanFileError(
            source,
            [Problem(f"not valid JSON: {error.msg} (column {error.colno})", line=error.lineno)],
        ) from None


# --- reading data into records -----------------------------------------------------------


class _Reader:
    """Walks parsed data against the dataclasses of ``model.py``, collecting problems."""

    def __init__(self, lines: Mapping[str, int]) -> None:
        self.lines = lines
        self.problems: list[Problem] = []
        self.reference: dt.date | None = None  # the plan's date, for "by 4 December"

    def problem(self, path: str, message: str) -> None:
        self.problems.append(Problem(message, path, _line_of(self.lines, path)))

    def read_document(self, data: object) -> Plan | None:
        if not isinstance(data, dict):
            self.problem("", f"expected a plan (keys 'format' and 'plan'), found {_kind(data)}")
            return None
        unknown = set(data) - {"format", "plan"}
        for key in sorted(unknown):
            self.problem(key, _unknown_key_message(key, ["format", "plan"]))
        fmt = data.get("format", FORMAT)
        if fmt != FORMAT:
            self.problem("format", f"unsupported format '{fmt}'; this version reads '{FORMAT}'")
        if "plan" not in data:
            self.problem("", "missing 'plan:' (the plan itself goes under this key)")
            return None
        plan_data = data["plan"]
        if isinstance(plan_data, dict) and "date" in plan_data:
            with contextlib.suppress(DateError):  # reported when the field itself is read
                self.reference = parse_date(str(plan_data["date"]))
        plan = self.read_record(Plan, plan_data, "")
        return plan if isinstance(plan, Plan) else None

    def read_record(self, cls: type[Any], data: object, path: str) -> object | None:
        if not isinstance(data, dict):
            self.problem(
                path, f"expected a set of keys ({cls.__name__.lower()}), found {_kind(data)}"
            )
            return None
        hints = typing.get_type_hints(cls)
        fields = {f.name: f for f in dataclasses.fields(cls)}
        for key in data:
            if key not in fields:
                self.problem(_join(path, key), _unknown_key_message(key, list(fields)))
        values: dict[str, object] = {}
        ok = True
        for name, spec in fields.items():
            child = _join(path, name)
            if name not in data or data[name] is None:
                required = (
                    spec.default is dataclasses.MISSING
                    and spec.default_factory is dataclasses.MISSING
                )
                if required:
                    self.problem(child, f"'{name}' is required")
                    ok = False
                continue
            value = self.read_value(hints[name], data[name], child)
            if value is _INVALID:
                ok = False
            else:
                values[name] = value
        if not ok:
            return None
        record: object = cls(**values)
        return record

    def read_value(self, hint: Any, value: object, path: str) -> object:
        origin = typing.get_origin(hint)
        if origin in (types.UnionType, typing.Union):
            (inner,) = [arg for arg in typing.get_args(hint) if arg is not type(None)]
            return self.read_value(inner, value, path)
        if origin is tuple:
            return self.read_list(typing.get_args(hint)[0], value, path)
        if origin is Literal:
            return self.read_choice(typing.get_args(hint), value, path)
        if hint is str:
            return self.read_text(value, path)
        if hint is bool:
            return self.read_bool(value, path)
        if hint is dt.date:
            return self.read_date(value, path)
        if hint is Timescale:
            return self.read_timescale(value, path)
        if dataclasses.is_dataclass(hint):
            record = self.read_record(hint, value, path)  # type: ignore[arg-type]
            return _INVALID if record is None else record
        raise TypeError(f"no reader for {hint!r}")  # a programming error, not bad input

    def read_list(self, item_hint: Any, value: object, path: str) -> object:
        if not isinstance(value, list):
            if item_hint is str and isinstance(value, str):
                return (value,)  # a single worry written without a list
            self.problem(path, f"expected a list, found {_kind(value)}")
            return _INVALID
        items = [self.read_value(item_hint, item, f"{path}[{i}]") for i, item in enumerate(value)]
        return _INVALID if _INVALID in items else tuple(items)

    def read_choice(self, choices: tuple[str, ...], value: object, path: str) -> object:
        if isinstance(value, str) and value in choices:
            return value
        shown = value if isinstance(value, str) else _kind(value)
        self.problem(path, f"'{shown}' is not one of: {', '.join(choices)}")
        return _INVALID

    def read_text(self, value: object, path: str) -> object:
        if isinstance(value, str):
            return value
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        self.problem(path, f"expected text, found {_kind(value)}")
        return _INVALID

    def read_bool(self, value: object, path: str) -> object:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in ("yes", "no"):
            return value.strip().lower() == "yes"
        self.problem(path, f"expected true or false, found {_kind(value)}")
        return _INVALID

    def read_date(self, value: object, path: str) -> object:
        if isinstance(value, dt.date):
            return value
        try:
            return parse_date(str(value))
        except DateError as error:
            self.problem(path, str(error))
            return _INVALID

    def read_timescale(self, value: object, path: str) -> object:
        if isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str):
            self.problem(path, f"expected a date or text, found {_kind(value)}")
            return _INVALID
        try:
            return parse_timescale(value, self.reference)
        except DateError as error:
            self.problem(path, str(error))
            return _INVALID


_INVALID = object()


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return "a set of keys"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the text '{value}'" if len(value) < 40 else "text"
    return f"'{value}'"


def _unknown_key_message(key: str, known: list[str]) -> str:
    close = difflib.get_close_matches(key, known, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else f"; expected one of: {', '.join(known)}"
    return f"unknown key '{key}'{hint}"


# --- writing -----------------------------------------------------------------------------


def _to_data(record: object) -> dict[str, object]:
    """A record as plain data, leaving out what is at its default so files stay short."""
    result: dict[str, object] = {}
    for spec in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, spec.name)
        at_default = spec.default is not dataclasses.MISSING and value == spec.default
        if at_default or value is None or value == ():
            continue
        result[spec.name] = _value_to_data(value)
    return result


def _value_to_data(value: object) -> object:
    if isinstance(value, Timescale):
        return value.text
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_value_to_data(item) for item in value]
    if dataclasses.is_dataclass(value):
        return _to_data(value)
    return value
