"""`childplan rules`: the table of every rule, its severity and the fields it reads."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from childplan.cli.reading import (
    EXIT_OK,
    EXIT_UNREADABLE,
    CommandError,
    read_config,
    report_unreadable,
)
from childplan.quality.explanation import rule_pages
from childplan.quality.rules import all_rules


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "rules", help="list every rule", description="List every quality rule."
    )
    parser.add_argument("--config", help="show severities and switches from this settings file")
    parser.add_argument("--docs", metavar="FOLDER", help="write one Markdown page per rule there")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        config = read_config(args.config)
    except CommandError as error:
        report_unreadable(error)
        return EXIT_UNREADABLE
    if args.docs:
        return write_docs(Path(args.docs))
    rows = [("RULE", "KIND", "SEVERITY", "FIELDS", "WHAT IT FLAGS")]
    for rule in all_rules():
        settings = config.for_rule(rule.slug)
        severity = "off" if not settings.enabled else str(settings.severity or rule.severity)
        fields = ", ".join(rule.fields) if rule.fields else "the plan"
        rows.append((rule.slug, rule.kind, severity, fields, rule.summary))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
            + "  "
            + row[4]
        )
    print(f"\n{len(rows) - 1} rules. `childplan explain RULE` says why each matters.")
    return EXIT_OK


def write_docs(folder: Path) -> int:
    folder.mkdir(parents=True, exist_ok=True)
    pages = rule_pages()
    for stale in set(p.name for p in folder.glob("*.md")) - set(pages):
        (folder / stale).unlink()
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    print(f"Wrote {len(pages)} pages to {folder}")
    return EXIT_OK
