"""`childplan explain RULE`: what a rule flags, why, the guidance behind it, and examples."""

from __future__ import annotations

import argparse
import difflib
import sys
from typing import Any

from childplan.cli.reading import EXIT_OK, EXIT_UNREADABLE
from childplan.quality.explanation import explain
from childplan.quality.rules import rules_by_slug


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "explain",
        help="explain one rule",
        description="Explain a rule: what it flags, why, and examples.",
    )
    parser.add_argument("slug", metavar="RULE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    rules = rules_by_slug()
    rule = rules.get(args.slug)
    if rule is None:
        close = difflib.get_close_matches(args.slug, list(rules), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else "; `childplan rules` lists them"
        print(f"childplan: no rule '{args.slug}'{hint}", file=sys.stderr)
        return EXIT_UNREADABLE
    sys.stdout.write(explain(rule))
    return EXIT_OK
