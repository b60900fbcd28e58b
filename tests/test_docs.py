"""Documentation that is generated, or that must name every field, stays current."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from childplan.plan import model
from childplan.quality.explanation import rule_pages

ROOT = Path(__file__).resolve().parent.parent


def test_rule_pages_are_current() -> None:
    folder = ROOT / "docs" / "rules"
    on_disk = {path.name: path.read_text(encoding="utf-8") for path in folder.glob("*.md")}
    stale = [name for name, text in rule_pages().items() if on_disk.get(name) != text]
    extra = set(on_disk) - set(rule_pages())
    assert not stale and not extra, (
        f"docs/rules is out of date ({stale or extra}); run: childplan rules --docs docs/rules"
    )


def test_plan_format_doc_names_every_key() -> None:
    doc = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    records = [
        model.Plan,
        model.Child,
        model.Person,
        model.Need,
        model.Outcome,
        model.Action,
        model.Resource,
        model.Event,
    ]
    missing = [
        f"{record.__name__}.{field.name}"
        for record in records
        for field in dataclasses.fields(record)
        if f"`{field.name}`" not in doc
    ]
    assert missing == []


def test_plan_format_doc_lists_every_choice() -> None:
    doc = (ROOT / "docs" / "plan-format.md").read_text(encoding="utf-8")
    choices = model.PLAN_TYPES + model.NATIONS + model.ACTION_STATUSES + model.EVENT_KINDS
    assert [c for c in choices if f"`{c}`" not in doc] == []
