"""Reading the files and options the commands share, with one-line errors (exit 2)."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from childplan.plan.dates import DateError, parse_date
from childplan.plan.fileformat import PlanDocument, PlanFileError, load_plan_file
from childplan.quality.config import Config, ConfigError, find_config, load_config
from childplan.quality.rules import rules_by_slug

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


class CommandError(Exception):
    """Bad input to a command: print the message, exit 2."""


def read_plan(path: str) -> PlanDocument:
    """A plan from YAML, JSON or a Word document with the three-column table."""
    if Path(path).suffix.lower() == ".docx":
        from childplan.plan.wordimport import read_word_plan

        return read_word_plan(path)
    return load_plan_file(path)


def read_config(path: str | None) -> Config:
    try:
        if path is not None:
            return load_config(Path(path), rules_by_slug())
        found = find_config(Path.cwd())
        return load_config(found, rules_by_slug()) if found else Config()
    except ConfigError as error:
        raise CommandError(str(error)) from None


def date_argument(text: str) -> dt.date:
    try:
        return parse_date(text)
    except DateError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def report_unreadable(error: PlanFileError | CommandError) -> None:
    print(f"childplan: {error}", file=sys.stderr)
