"""`childplan check FILE...`: what in a plan will not work for the child, and how to fix it."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Iterable
from typing import Any, TextIO

from childplan.cli.reading import (
    EXIT_FINDINGS,
    EXIT_OK,
    EXIT_UNREADABLE,
    CommandError,
    date_argument,
    read_config,
    read_plan,
    report_unreadable,
)
from childplan.plan.fileformat import PlanDocument, PlanFileError
from childplan.quality.engine import Checker
from childplan.quality.rule import Finding, Severity


def add_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "check",
        help="check plans against the guidance",
        description="Check plan files (YAML, JSON or a Word plan with the three-column "
        "table) and say what will not work for the child and how to fix it.",
    )
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--fail-on",
        choices=("error", "warning", "advice"),
        default="error",
        help="exit 1 when there is a finding at or above this severity (default: error)",
    )
    parser.add_argument(
        "--today", type=date_argument, help="the day to check timescales against (default: today)"
    )
    parser.add_argument("--config", help="settings file (default: ./childplan.toml or pyproject)")
    parser.add_argument("--no-color", action="store_true", help="plain text output")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        checker = Checker(read_config(args.config))
    except CommandError as error:
        report_unreadable(error)
        return EXIT_UNREADABLE
    today = args.today or dt.date.today()
    fail_on = Severity.parse(args.fail_on)
    unreadable = False
    results: list[tuple[PlanDocument, list[Finding]]] = []
    for path in args.files:
        try:
            document = read_plan(path)
        except (PlanFileError, CommandError) as error:
            report_unreadable(error)
            unreadable = True
            continue
        results.append((document, checker.check(document.plan, today)))
    if args.format == "json":
        json.dump(_as_json(results), sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        colour = not args.no_color and sys.stdout.isatty() and "NO_COLOR" not in os.environ
        for document, findings in results:
            write_report(document, findings, sys.stdout, colour)
    if unreadable:
        return EXIT_UNREADABLE
    failing = any(f.severity >= fail_on for _, findings in results for f in findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def summary(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {str(severity): 0 for severity in sorted(Severity, reverse=True)}
    for finding in findings:
        counts[str(finding.severity)] += 1
    return counts


def _as_json(results: list[tuple[PlanDocument, list[Finding]]]) -> dict[str, object]:
    findings = []
    for document, found in results:
        for finding in found:
            entry = finding.to_json()
            if len(results) > 1:
                entry["file"] = document.source
            findings.append(entry)
    all_findings = [f for _, found in results for f in found]
    return {"findings": findings, "summary": summary(all_findings)}


# --- the report for people ---------------------------------------------------------------

_STYLES = {"error": "1;31", "warning": "1;33", "advice": "1;36", "words": "1;4", "dim": "2"}


def write_report(
    document: PlanDocument, findings: list[Finding], out: TextIO, colour: bool = False
) -> None:
    def style(text: str, name: str) -> str:
        return f"\033[{_STYLES[name]}m{text}\033[0m" if colour else text

    plan = document.plan
    counts = ", ".join(
        f"{n} {s}{'s' if n != 1 and s != 'advice' else ''}" for s, n in summary(findings).items()
    )
    title = f"{plan.type.replace('_', ' ')} plan for {plan.child.name}"
    out.write(f"{document.source}: {title}: {counts}\n")
    texts = {field.path: field.text for field in plan.texts()}
    for heading, group in _grouped_by_need(plan, findings):
        out.write(f"\n{heading}\n")
        for finding in group:
            severity = str(finding.severity)
            line = document.line_of(finding.path)
            where = f"{finding.path}" + (f" (line {line})" if line else "")
            out.write(f"  {style(severity, severity)} [{finding.rule}] {where}\n")
            field_text = texts.get(finding.path)
            if finding.span and field_text is not None:
                start, end = finding.span
                marked = (
                    field_text[:start]
                    + (
                        style(field_text[start:end], "words")
                        if colour
                        else f"[[{field_text[start:end]}]]"
                    )
                    + field_text[end:]
                )
                out.write(f"    “{marked}”\n")
            out.write(f"    {finding.message}\n")
            if finding.suggestion:
                out.write(f"    → {finding.suggestion}\n")
    if not findings:
        out.write("  No problems found.\n")


def _grouped_by_need(plan: Any, findings: list[Finding]) -> list[tuple[str, list[Finding]]]:
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.path.startswith("needs["):
            index = int(finding.path[6 : finding.path.index("]")])
            reason = plan.needs[index].reason
            short = reason if len(reason) <= 70 else reason[:67].rstrip() + "..."
            heading = f"Need {index + 1}: {short}"
        else:
            heading = "The plan as a whole"
        groups.setdefault(heading, []).append(finding)
    return list(groups.items())
