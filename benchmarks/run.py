"""Benchmarks of the quality checker: a typical plan, and throughput against proselint.

    .venv/bin/python -m benchmarks.run              # from the repository root, about a minute
    .venv/bin/python -m benchmarks.run --quick      # a smoke run, a few seconds
    .venv/bin/python -m benchmarks.run --profile 25 # and the 25 costliest functions

Prints a table and writes the numbers to benchmarks/results/latest.json. What is measured and
why is in docs/benchmarks.md. Everything runs in this one process, pinned to one core.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import io
import json
import os
import platform
import pstats
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: benchmarks/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import plan_with_statements, statements, typical_plan
from childplan.plan.model import Plan
from childplan.quality.engine import Checker

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "latest.json"

# A fixed "today", so that the timescale rules see the same plan state on every run.
TODAY = dt.date(2026, 11, 23)

# The targets (docs/benchmarks.md).
TYPICAL_TARGET_MS = 10.0
THROUGHPUT_TARGET_RATIO = 10.0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=300, help="timed checks of a typical plan")
    parser.add_argument("--warmup", type=int, default=30, help="untimed checks before them")
    parser.add_argument("--plans", type=int, default=10, help="typical plans to cycle through")
    parser.add_argument("--small", type=int, default=1_000, help="statements in the small input")
    parser.add_argument("--large", type=int, default=10_000, help="statements in the large input")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each input")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated plans")
    parser.add_argument("--quick", action="store_true", help="a smoke run with small numbers")
    parser.add_argument(
        "--profile",
        type=int,
        metavar="N",
        default=0,
        help="also print the N costliest functions (cProfile)",
    )
    parser.add_argument("--output", type=Path, default=RESULTS, help="where to write the JSON")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.warmup, args.plans = 30, 5, 3
        args.small, args.large, args.repeat = 100, 1_000, 1

    core = pin_to_one_core()
    checker = Checker()
    results: dict[str, Any] = {
        "date": dt.date.today().isoformat(),
        "command": " ".join(["python -m benchmarks.run", *(argv or sys.argv[1:])]),
        "machine": machine(len(checker.rules), core),
        "settings": {
            "runs": args.runs,
            "warmup": args.warmup,
            "plans": args.plans,
            "small": args.small,
            "large": args.large,
            "repeat": args.repeat,
            "seed": args.seed,
            "today": TODAY.isoformat(),
        },
    }

    plans = [typical_plan(args.seed + i) for i in range(args.plans)]
    results["typical_plan"] = typical(checker, plans, args.warmup, args.runs)
    results["typical_plan"]["by_rule"] = by_rule(checker, plans, max(10, args.runs // 10))

    results["throughput"] = throughput(checker, args.small, args.large, args.repeat, args.seed)

    report(results)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nWritten to {_shown(args.output)}")

    if args.profile:
        profile(checker, plans[0], plan_with_statements(args.large, args.seed), args.profile)
    return 0


# --- the machine ---------------------------------------------------------------------------


def pin_to_one_core() -> int | None:
    """Run on one core (the comparison is per core), the one that was idlest over half a
    second, so as not to share it with whatever else is running; its number, if the OS
    allows pinning."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    cores = sorted(os.sched_getaffinity(0))
    before = _idle_ticks()
    time.sleep(0.5)
    after = _idle_ticks()
    core = max(cores, key=lambda c: after.get(c, 0) - before.get(c, 0))
    os.sched_setaffinity(0, {core})
    return core


def _idle_ticks() -> dict[int, int]:
    """Idle and I/O-wait time of each core so far, from /proc/stat (empty if unreadable)."""
    ticks = {}
    try:
        for line in Path("/proc/stat").read_text().splitlines():
            name, *values = line.split()
            if name.startswith("cpu") and name[3:].isdigit():
                ticks[int(name[3:])] = int(values[3]) + int(values[4])
    except (OSError, ValueError, IndexError):
        return {}
    return ticks


def machine(rule_count: int, core: int | None) -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "pinned_to_core": core,
        "load_average": [round(x, 2) for x in os.getloadavg()]
        if hasattr(os, "getloadavg")
        else None,
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.release()}",
        "childplan_rules": rule_count,
        "proselint": _version("proselint"),
        "commit": _commit(),
    }


def _version(package: str) -> str | None:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return None


def _commit() -> str | None:
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return f"{head} (with uncommitted changes)" if dirty else head


# --- timing --------------------------------------------------------------------------------


def timed(work: Callable[[], object]) -> tuple[float, object]:
    """Seconds one call takes, and what it returned. The garbage collector runs as it would
    in a real process: a forced collection before each call would cost more than the call
    (textstat keeps its pronouncing dictionary as some 260,000 lists)."""
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


class CpuShare:
    """How much of the wall-clock time this process was on its core: well under 1.0 means
    something else was running there and the times are inflated."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def now(self) -> float:
        wall = time.perf_counter() - self.wall
        return round((time.process_time() - self.cpu) / wall, 3) if wall else 1.0


def typical(checker: Checker, plans: list[Plan], warmup: int, runs: int) -> dict[str, Any]:
    """Checking a typical plan in-process: median and 90th percentile over many runs."""
    for i in range(warmup):
        checker.check(plans[i % len(plans)], TODAY)
    gc.collect()
    times, findings = [], []
    share = CpuShare()
    for i in range(runs):
        plan = plans[i % len(plans)]
        seconds, found = timed(lambda plan=plan: checker.check(plan, TODAY))
        times.append(seconds * 1000)
        findings.append(len(found))
    plan = plans[0]
    return {
        "needs": len(plan.needs),
        "outcomes": sum(1 for _ in plan.outcomes()),
        "actions": sum(1 for _ in plan.actions()),
        "texts_mean": round(statistics.fmean(len(statements(p)) for p in plans), 1),
        "findings_mean": round(statistics.fmean(findings), 1),
        "median_ms": round(statistics.median(times), 2),
        "p90_ms": round(_percentile(times, 90), 2),
        "min_ms": round(min(times), 2),
        "target_ms": TYPICAL_TARGET_MS,
        "met": statistics.median(times) < TYPICAL_TARGET_MS,
        "cpu_share": share.now(),
    }


def by_rule(checker: Checker, plans: list[Plan], runs: int) -> list[dict[str, Any]]:
    """What each rule costs on a typical plan: the median time of a checker with that rule
    alone, less that of a checker with no rule (walking the plan, sorting the findings)."""

    def median_ms(one: Checker) -> float:
        for plan in plans:
            one.check(plan, TODAY)
        return statistics.median(
            timed(lambda plan=plan: one.check(plan, TODAY))[0] * 1000
            for _ in range(runs)
            for plan in plans
        )

    base = median_ms(Checker(rules=[]))
    costs = [
        {"rule": rule.slug, "ms": round(max(0.0, median_ms(Checker(rules=[rule])) - base), 3)}
        for rule in checker.rules
    ]
    costs.sort(key=lambda row: row["ms"], reverse=True)
    return [{"rule": "(the engine alone)", "ms": round(base, 3)}, *costs]


def throughput(checker: Checker, small: int, large: int, repeat: int, seed: int) -> dict[str, Any]:
    """Statements per second, childplan against proselint, on the same texts. Each tool is
    timed on a small and a large input (best of ``repeat`` runs each) and the rate is taken
    from the difference, so that start-up, imports and per-call overheads cancel out."""
    inputs = {n: plan_with_statements(n, seed) for n in (small, large)}
    texts = {n: "\n".join(statements(plan)) for n, plan in inputs.items()}

    def childplan_run(n: int) -> Callable[[], int]:
        return lambda: len(checker.check(inputs[n], TODAY))

    tools: dict[str, Callable[[int], Callable[[], int]]] = {"childplan": childplan_run}
    lint = _proselint()
    if lint is not None:
        tools["proselint"] = lambda n: lambda: lint(texts[n])

    result: dict[str, Any] = {"small": small, "large": large, "repeat": repeat}
    for name, run in tools.items():
        run(small)()  # warm-up: first calls compile patterns and fill caches
        gc.collect()
        seconds: dict[int, list[float]] = {small: [], large: []}
        findings: dict[int, int] = {}
        share = CpuShare()
        for _ in range(repeat):
            for n in (small, large):
                elapsed, found = timed(run(n))
                seconds[n].append(elapsed)
                findings[n] = found
        # The best of the repeats: on a shared machine, interference only ever adds time.
        t_small, t_large = (min(seconds[n]) for n in (small, large))
        rate = (large - small) / (t_large - t_small) if t_large > t_small else float("inf")
        result[name] = {
            "seconds_small": round(t_small, 4),
            "seconds_large": round(t_large, 4),
            "findings_large": findings[large],
            "statements_per_second": round(rate),
            "cpu_share": share.now(),
        }
    if lint is None:
        result["proselint"] = None
        result["ratio"] = None
    else:
        ratio = (
            result["childplan"]["statements_per_second"]
            / result["proselint"]["statements_per_second"]
        )
        result["ratio"] = round(ratio, 2)
        result["target_ratio"] = THROUGHPUT_TARGET_RATIO
        result["met"] = ratio >= THROUGHPUT_TARGET_RATIO
    return result


def _proselint() -> Callable[[str], int] | None:
    """proselint's library in its fastest batch mode: one text, every default check, with
    the cap on findings (1,000 by default) lifted; None when it is not installed."""
    try:
        from proselint.checks import __register__
        from proselint.config import DEFAULT
        from proselint.registry import CheckRegistry
        from proselint.tools import LintFile
    except ImportError:
        print("proselint is not installed (pip install -e '.[bench]'): comparison skipped")
        return None
    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    config = {**DEFAULT, "max_errors": 10**9}

    def lint(text: str) -> int:
        return len(LintFile("<benchmark>", text).lint(config))

    return lint


def _percentile(values: list[float], percent: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, round(percent / 100 * (len(ordered) - 1)))
    return ordered[index]


# --- reporting -----------------------------------------------------------------------------


def report(results: dict[str, Any]) -> None:
    m, t, th = results["machine"], results["typical_plan"], results["throughput"]
    print(f"childplan benchmarks, {results['date']}")
    print(
        f"machine: {m['cpu']}, {m['cores']} cores (pinned to one), Python {m['python']}, "
        f"{m['childplan_rules']} rules, proselint {m['proselint'] or 'not installed'}"
    )
    print(f"commit: {m['commit']}; load average at the start {m['load_average']}\n")
    print(
        f"Typical plan ({t['needs']} needs, {t['outcomes']} outcomes, {t['actions']} actions, "
        f"{t['texts_mean']} texts and {t['findings_mean']} findings on average)"
    )
    print(
        f"  median {t['median_ms']:.2f} ms   p90 {t['p90_ms']:.2f} ms   min {t['min_ms']:.2f} ms"
        f"   target < {t['target_ms']:.0f} ms: {'met' if t['met'] else 'NOT met'}"
    )
    print(f"  (this process had {t['cpu_share']:.0%} of its core while timed)")
    print("  costliest rules (ms each):")
    for row in t["by_rule"][:8]:
        print(f"    {row['rule']:<32} {row['ms']:8.2f}")
    print(f"\nThroughput ({th['small']:,} and {th['large']:,} statements, one core)")
    print(
        f"  {'':<10} {'s small':>9} {'s large':>9} {'findings':>9} {'statements/s':>13} {'core':>5}"
    )
    for name in ("childplan", "proselint"):
        row = th.get(name)
        if row:
            print(
                f"  {name:<10} {row['seconds_small']:9.3f} {row['seconds_large']:9.3f} "
                f"{row['findings_large']:9,} {row['statements_per_second']:13,}"
                f" {row['cpu_share']:5.0%}"
            )
    if th.get("ratio") is not None:
        print(
            f"  childplan / proselint: {th['ratio']:.2f}x   target >= "
            f"{th['target_ratio']:.0f}x: {'met' if th['met'] else 'NOT met'}"
        )


def profile(checker: Checker, plan: Plan, large: Plan, top: int) -> None:
    for title, subject, runs in (
        ("a typical plan, 50 runs", plan, 50),
        (f"{len(statements(large)):,} statements", large, 1),
    ):
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(runs):
            checker.check(subject, TODAY)
        profiler.disable()
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(top)
        print(f"\nProfile of {title}, by own time:\n{out.getvalue()}")


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


if __name__ == "__main__":
    sys.exit(main())
