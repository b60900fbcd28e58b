"""What changed between two versions of a plan, part by part, in words a reader follows.

``changes(before, after)`` walks both plans field by field and lists each difference with
its plan-file path (``needs[0].outcomes[1].actions[2].who``), a label ("Need 1, outcome 2,
action 3: who") and the text before and after. Lists are lined up the way a reader would:
by ``id`` where both versions give their elements ids, otherwise by content (a need added
at the top does not make every need below it "changed"); an element found in both at
different places is reported as moved. ``word_changes`` marks the words changed inside one
text, for showing deletions and insertions in place.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from childplan.plan.dates import format_date
from childplan.plan.model import Timescale

ChangeKind = Literal["added", "removed", "changed", "moved"]

# List fields by the name of one element, for labels: needs[0] is "Need 1".
_ELEMENT_NAMES = {
    "needs": "need",
    "outcomes": "outcome",
    "actions": "action",
    "people": "person",
    "worries": "worry",
    "strengths": "strength",
    "assumptions": "assumption",
    "resources": "resource",
    "events": "meeting or date",
    "measurements": "measurement",
    "previous_dates": "earlier date",
    "depends_on": "depends on",
}
_FIELD_NAMES = {
    "childs_views": "child's views",
    "by": "by when",
    "when": "when",
    "who": "who",
    "date_of_birth": "date of birth",
    "next_review": "next review",
    "minutes_sent": "minutes sent",
    "family_proposed": "proposed by the family",
    "explained_to_child": "explained to the child",
    "parental_responsibility": "parental responsibility",
    "lives_with_child": "lives with the child",
}


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    path: str
    label: str
    before: str | None
    after: str | None


def changes(before: object, after: object) -> list[Change]:
    """Every difference between two plans (or any two parts of the same kind), in the
    order of the plan."""
    return list(_walk(before, after, "", ""))


def word_changes(before: str, after: str) -> list[tuple[str, str]]:
    """The two texts as runs of (``"same"`` | ``"removed"`` | ``"added"``, words), so that a
    page can strike out what went and mark what came."""
    old, new = _words(before), _words(after)
    runs: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            runs.append(("same", "".join(old[i1:i2])))
            continue
        if i2 > i1:
            runs.append(("removed", "".join(old[i1:i2])))
        if j2 > j1:
            runs.append(("added", "".join(new[j1:j2])))
    return runs


def _words(text: str) -> list[str]:
    return re.findall(r"\S+\s*|\s+", text)


def _walk(before: object, after: object, path: str, label: str) -> Iterator[Change]:
    if before == after:
        return
    if _is_record(before) and type(before) is type(after):
        for field in dataclasses.fields(before):  # type: ignore[arg-type]
            old, new = getattr(before, field.name), getattr(after, field.name)
            # A list's elements are named for themselves ("Need 1"), not for the list.
            inner = label if isinstance(old, tuple) else _field_label(label, field.name)
            yield from _walk(old, new, _join(path, field.name), inner)
    elif isinstance(before, tuple) and isinstance(after, tuple):
        yield from _walk_list(before, after, path, label)
    else:
        yield Change("changed", path, label, _text(before), _text(after))


def _walk_list(
    before: Sequence[object], after: Sequence[object], path: str, label: str
) -> Iterator[Change]:
    name = _ELEMENT_NAMES.get(path.rsplit(".", 1)[-1], "item")
    old_keys, new_keys = _keys(before, after)
    matcher = difflib.SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
    removed: list[int] = []
    added: list[int] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                yield from _element(before[i], after[j], path, label, name, j)
            continue
        paired = min(i2 - i1, j2 - j1) if op == "replace" else 0
        for k in range(paired):  # the same place, new words: a change, not a swap
            yield from _element(before[i1 + k], after[j1 + k], path, label, name, j1 + k)
        removed.extend(range(i1 + paired, i2))
        added.extend(range(j1 + paired, j2))
    # What went from one place and came at another has moved.
    for j in added:
        moved_from = next((i for i in removed if old_keys[i] == new_keys[j]), None)
        here = f"{path}[{j}]"
        if moved_from is None:
            yield Change("added", here, _element_label(label, name, j), None, _text(after[j]))
            continue
        removed.remove(moved_from)
        place = f"from {moved_from + 1} to {j + 1}"
        yield Change("moved", here, _element_label(label, name, j), place, _text(after[j]))
        yield from _element(before[moved_from], after[j], path, label, name, j)
    for i in removed:
        yield Change(
            "removed", f"{path}[{i}]", _element_label(label, name, i), _text(before[i]), None
        )


def _element(
    before: object, after: object, path: str, label: str, name: str, index: int
) -> Iterator[Change]:
    yield from _walk(before, after, f"{path}[{index}]", _element_label(label, name, index))


def _keys(before: Sequence[object], after: Sequence[object]) -> tuple[list[object], list[object]]:
    """What lines elements up: their ids when every element of both lists has a distinct
    one, else their content."""
    ids = [getattr(element, "id", None) for element in (*before, *after)]
    by_id = all(ids) and len(set(ids[: len(before)])) == len(before)
    if by_id and len(set(ids[len(before) :])) == len(after):
        return ids[: len(before)], ids[len(before) :]
    return list(before), list(after)


def _is_record(value: object) -> bool:
    return dataclasses.is_dataclass(value) and not isinstance(value, (type, Timescale))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _field_label(label: str, name: str) -> str:
    words = _FIELD_NAMES.get(name, name.replace("_", " "))
    return f"{label}: {words}" if label else words[:1].upper() + words[1:]


def _element_label(label: str, name: str, index: int) -> str:
    if not label:
        return f"{name[:1].upper()}{name[1:]} {index + 1}"
    return f"{label}, {name} {index + 1}"


def _text(value: object) -> str | None:
    """A value as a reader would write it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Timescale):
        return value.text
    if isinstance(value, tuple):
        return "; ".join(text for text in map(_text, value) if text)
    if _is_record(value):
        return _summary(value)
    return str(value)


def _summary(record: object) -> str:
    """A part in a line: its leading fields up to its first text ("Mum will ...",
    "Core group, 3 December 2026")."""
    parts = []
    for field in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, field.name)
        if isinstance(value, tuple) or value is None:
            continue
        parts.append(_text(value) or "")
        if isinstance(value, str):
            break
    return ", ".join(part.replace("_", " ") for part in parts if part)
