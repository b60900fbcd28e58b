"""`childplan convert FILE -o OUT`: a Word, YAML or JSON plan as a plan file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from childplan.cli.reading import (
    EXIT_OK,
    EXIT_UNREADABLE,
    CommandError,
    read_plan,
    report_unreadable,
)
from childplan.plan.fileformat import PlanFileError, dumps_plan


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "convert",
        help="write a plan file from a Word, YAML or JSON plan",
        description="Read a plan (YAML, JSON, or a Word document with the three-column "
        "table) and write it as a plan file. The format follows the output's extension.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", help="where to write (default: print it)")
    parser.add_argument("--format", choices=("yaml", "json"), help="default: from -o, else yaml")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    fmt = args.format or ("json" if (args.output or "").lower().endswith(".json") else "yaml")
    try:
        document = read_plan(args.file)
    except (PlanFileError, CommandError) as error:
        report_unreadable(error)
        return EXIT_UNREADABLE
    text = dumps_plan(document.plan, fmt)
    if args.output is None:
        sys.stdout.write(text)
        return EXIT_OK
    try:
        Path(args.output).write_text(text, encoding="utf-8")
    except OSError as error:
        report_unreadable(CommandError(f"{args.output}: cannot be written ({error.strerror})"))
        return EXIT_UNREADABLE
    print(f"Wrote {args.output}", file=sys.stderr)
    return EXIT_OK
