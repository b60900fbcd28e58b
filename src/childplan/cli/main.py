"""The `childplan` command: one sub-command per module in this package."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from childplan import __version__
from childplan.cli import check, convert, due, explain, rules, serve

COMMANDS = (check, rules, explain, convert, due, serve)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="childplan",
        description="Write, check, schedule, monitor and review a child's plan.",
    )
    parser.add_argument("--version", action="version", version=f"childplan {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        return int(args.run(args))
    except BrokenPipeError:  # `childplan rules | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
