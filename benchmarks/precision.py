"""How the checker does on real plan sentences it was not written for.

    .venv/bin/python -m benchmarks.precision            # changes since the record, a summary
    .venv/bin/python -m benchmarks.precision --update   # record the findings as they are now

Each sentence of benchmarks/real_sentences.yaml (quoted from published plans and guidance,
with the source's own verdict) is checked as someone typing it into that field of the
checker's example plan would see it (``check_field``, today 6 December 2026). The findings
are compared with benchmarks/real_sentences.findings, one line a sentence: a change to a
rule shows here as the real sentences it now flags or no longer flags, to be read before the
record is updated. tests/benchmarks/test_precision.py fails while the record is out of date.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

if __package__ in (None, ""):  # run as a script: benchmarks/precision.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from childplan.quality.engine import Checker
from childplan.quality.examples import FIELD_PATHS, example_plan
from childplan.quality.rule import Example, Severity
from childplan.quality.rules import all_rules

HERE = Path(__file__).resolve().parent
SENTENCES = HERE / "real_sentences.yaml"
RECORD = HERE / "real_sentences.findings"
TODAY = dt.date(2026, 12, 6)


def sentences() -> list[dict[str, Any]]:
    loaded: list[dict[str, Any]] = yaml.safe_load(SENTENCES.read_text(encoding="utf-8"))
    return loaded


def findings_now() -> dict[str, str]:
    """Each sentence's id and its findings: 'rule[words], rule[words]' or '-'."""
    checker = Checker()
    plan = example_plan(all_rules()[0], Example())
    lines = {}
    for sentence in sentences():
        found = checker.check_field(plan, FIELD_PATHS[sentence["field"]], sentence["text"], TODAY)
        shown = [f"{f.rule}[{f.text}]" for f in found]
        lines[sentence["id"]] = ", ".join(shown) or "-"
    return lines


def recorded() -> dict[str, str]:
    if not RECORD.exists():
        return {}
    lines = RECORD.read_text(encoding="utf-8").splitlines()
    return dict(line.split(" | ", 1) for line in lines if " | " in line)


def write_record(now: dict[str, str]) -> None:
    RECORD.write_text("".join(f"{key} | {value}\n" for key, value in now.items()), "utf-8")


def summary() -> dict[str, collections.Counter[str]]:
    """For each verdict, how many sentences get a warning or an error, advice only, nothing."""
    checker = Checker()
    plan = example_plan(all_rules()[0], Example())
    counts: dict[str, collections.Counter[str]] = {}
    for sentence in sentences():
        found = checker.check_field(plan, FIELD_PATHS[sentence["field"]], sentence["text"], TODAY)
        if any(f.severity in (Severity.WARNING, Severity.ERROR) for f in found):
            kind = "warning or error"
        else:
            kind = "advice only" if found else "nothing"
        counts.setdefault(sentence["verdict"], collections.Counter())[kind] += 1
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="record the findings as they are")
    args = parser.parse_args(argv)
    now, before = findings_now(), recorded()
    changed = [key for key in now if now[key] != before.get(key)]
    for key in changed:
        print(f"{key}\n  was: {before.get(key, '(not recorded)')}\n  now: {now[key]}")
    print(f"{len(now)} sentences, {len(changed)} changed since the record")
    for verdict, counts in sorted(summary().items()):
        total = sum(counts.values())
        parts = ", ".join(
            f"{counts[k]} {k}" for k in ("warning or error", "advice only", "nothing")
        )
        print(f"  {verdict} ({total}): {parts}")
    if args.update:
        write_record(now)
        print(f"recorded in {RECORD.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
