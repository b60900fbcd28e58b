"""`childplan due FILE`: what is coming and what is late for a plan, and why.

Prints every upcoming and overdue key date of the plan (meetings, reviews, minutes, the full
plan that replaces an interim one), most urgent first, each with the rule and the guidance it
comes from. ``--format json`` gives the shape in PRODUCT.md; ``--format ics`` an iCalendar
file of the same items that Outlook, Google Calendar and Apple Calendar import.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import sys
import textwrap
from typing import Any, TextIO

from childplan.cli.reading import (
    EXIT_OK,
    EXIT_UNREADABLE,
    CommandError,
    date_argument,
    read_config,
    read_plan,
    report_unreadable,
)
from childplan.plan.dates import format_date
from childplan.plan.fileformat import PlanDocument, PlanFileError
from childplan.plan.model import NATIONS, Plan
from childplan.timescales.calendar import OutsideCalendarError
from childplan.timescales.engine import (
    BOOKED_RULE,
    NEXT_REVIEW_RULE,
    DueItem,
    Schedule,
    schedule,
)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "due",
        help="what is due and what is late for a plan",
        description="List a plan's upcoming and overdue meetings, reviews and deadlines, "
        "most urgent first, with the rule and guidance behind each date.",
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--format", choices=("text", "json", "ics"), default="text")
    parser.add_argument(
        "--today", type=date_argument, help="the day to count from (default: today)"
    )
    parser.add_argument(
        "--nation", choices=NATIONS, help="whose bank holidays count (default: the plan's nation)"
    )
    parser.add_argument("--config", help="settings file (default: ./childplan.toml or pyproject)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        settings = read_config(args.config).timescales
        document = read_plan(args.file)
    except (PlanFileError, CommandError) as error:
        report_unreadable(error)
        return EXIT_UNREADABLE
    today = args.today or dt.date.today()
    nation = args.nation or document.plan.nation
    try:
        result = schedule(document.plan, settings.calendar(nation), settings.ruleset(), today)
        items = result.items()
    except OutsideCalendarError as error:
        report_unreadable(CommandError(f"{args.file}: {error}"))
        return EXIT_UNREADABLE
    if args.format == "json":
        json.dump(as_json(result, items), sys.stdout, indent=2, ensure_ascii=False)
        print()
    elif args.format == "ics":
        sys.stdout.flush()
        sys.stdout.buffer.write(as_ics(result, items))  # bytes: keep iCalendar's CRLF
        sys.stdout.buffer.flush()
    else:
        write_report(document, result, items, sys.stdout)
    return EXIT_OK


def as_json(result: Schedule, items: list[DueItem]) -> dict[str, object]:
    return {
        "today": result.today.isoformat(),
        "nation": result.calendar.nation,
        "items": [item.to_json() for item in items],
        "calendar": result.calendar.describe(),
        "ruleset": result.ruleset.name,
    }


def write_report(
    document: PlanDocument, result: Schedule, items: list[DueItem], out: TextIO
) -> None:
    plan = document.plan
    out.write(f"{document.source}: {plan.type.replace('_', ' ')} plan for {plan.child.name}\n")
    out.write(
        f"Today is {format_date(result.today)}. Working days: {result.calendar.describe()}.\n"
    )
    if not items:
        out.write("\nNothing is due or booked.\n")
        return
    for item in items:
        out.write(f"\n{_LABELS[item.status]:<9} {item.title}\n")
        out.write(_wrapped(_when(item)))
        out.write(_wrapped(f"Why: {item.reason}."))
        if item.rule in (BOOKED_RULE, NEXT_REVIEW_RULE):
            out.write(_wrapped(f"From: {item.source}"))
        else:
            kind = "statutory" if item.statutory else "local practice"
            out.write(_wrapped(f"Rule: {item.rule} ({kind}). {item.source}"))


_LABELS = {"overdue": "OVERDUE", "today": "TODAY", "upcoming": "upcoming"}


def _when(item: DueItem) -> str:
    days = abs(item.working_days)
    count = f"{days} working day{'s' if days != 1 else ''}"
    if item.status == "overdue":
        text = f"Was due {format_date(item.due)}, {count} ago."
    elif item.status == "today":
        text = f"Due today, {format_date(item.due)}."
    else:
        text = f"Due {format_date(item.due)}, in {count}."
    if item.rule in (BOOKED_RULE, NEXT_REVIEW_RULE):
        return text.replace("Due ", "On ").replace("Was due", "Was set for")
    if item.planned is not None:
        if item.planned == item.due:
            text += " Booked for that day."
        else:
            after = ", after the limit" if item.planned > item.due else ""
            text += f" Booked for {format_date(item.planned)}{after}."
    return text


def _wrapped(text: str) -> str:
    return (
        textwrap.fill(text, width=100, initial_indent=" " * 10, subsequent_indent=" " * 10) + "\n"
    )


# --- iCalendar ---------------------------------------------------------------------------


def as_ics(result: Schedule, items: list[DueItem]) -> bytes:
    """The items as all-day calendar entries. Entries name the child by initials only: a
    calendar is often synced to phones and shared with colleagues."""
    from icalendar import Calendar, Event

    plan = result.plan
    who = initials(plan)
    calendar = Calendar()
    calendar.add("prodid", "-//childplan//childplan due//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"Key dates for {who}")
    stamp = dt.datetime.combine(result.today, dt.time(), tzinfo=dt.UTC)
    base = _uid_base(plan)
    for item in items:
        day = item.planned or item.due
        entry = Event()
        entry.add(
            "uid", f"{base}-{item.rule}-{item.kind}-{(item.date or item.due).isoformat()}@childplan"
        )
        entry.add("dtstamp", stamp)
        entry.add("dtstart", day)
        entry.add("dtend", day + dt.timedelta(days=1))
        entry.add("summary", f"{_ics_prefix(item)}{item.title} ({who})")
        entry.add("description", _ics_description(item))
        entry.add("categories", [item.status])
        entry.add("transp", "TRANSPARENT")  # a deadline does not make anyone busy all day
        if item.status == "overdue":
            entry.add("priority", 1)
        calendar.add_component(entry)
    result_bytes: bytes = calendar.to_ical()
    return result_bytes


def _ics_prefix(item: DueItem) -> str:
    if item.status == "overdue":
        return "OVERDUE: "
    if item.planned is None and item.rule not in (BOOKED_RULE, NEXT_REVIEW_RULE):
        return "Due: "
    return ""


def _ics_description(item: DueItem) -> str:
    lines = [f"Due by {format_date(item.due)}."]
    if item.planned is not None:
        lines.append(f"Booked for {format_date(item.planned)}.")
    lines.append(f"Why: {item.reason}.")
    if item.rule in (BOOKED_RULE, NEXT_REVIEW_RULE):
        lines.append(item.source)
    else:
        kind = "statutory" if item.statutory else "local practice"
        lines.append(f"Rule {item.rule} ({kind}): {item.source}")
    return "\n".join(lines)


def initials(plan: Plan) -> str:
    parts = [part for part in plan.child.name.replace("-", " ").split() if part[:1].isalpha()]
    return "".join(f"{part[0].upper()}." for part in parts) or "the child"


def _uid_base(plan: Plan) -> str:
    """Stable across runs, so that importing again updates entries instead of doubling them,
    and free of the child's name."""
    key = plan.id or f"{plan.child.name}|{plan.child.date_of_birth}|{plan.type}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
