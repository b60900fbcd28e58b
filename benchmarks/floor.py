"""What reading the statements costs before any rule decides anything: the floor under
the checker's throughput, set against the time 10x proselint's throughput allows.

    .venv/bin/python -m benchmarks.floor              # from the repository root, ~20 s
    .venv/bin/python -m benchmarks.floor --large 2000 # a quick look

On the throughput benchmark's large input (the same statements, the same seed), each of
the readings the rules share is timed alone, on every text it is made for, with the caches
that keep answers for recent texts bypassed (a plan never seen before): lower-casing, the
trigger pieces of every word list (one pass of the trie of pieces), the words
(``hard-to-read`` counts them in every reason, outcome and action), the dates of each
"when" and "by" (``vague-timescale`` and the timescale rules need them), and the engine
with no rule. What they add up to is spent by any design that reads each text once for all
the rules; docs/benchmarks.md says what follows from it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a script: benchmarks/floor.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import plan_with_statements, statements
from benchmarks.run import THROUGHPUT_TARGET_RATIO, TODAY, _proselint, pin_to_one_core, timed
from childplan.plan import dates
from childplan.quality import terms
from childplan.quality.engine import Checker

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’-][A-Za-z0-9]+)*")  # hard-to-read's word
_DATED = ("when", "by")
_WORDED = ("reason", "outcome", "action")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--large", type=int, default=10_000, help="statements to read")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each (best kept)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generated plan")
    args = parser.parse_args(argv)
    pin_to_one_core()

    Checker()  # builds the trigger index of every word list, as the throughput run does
    plan = plan_with_statements(args.large, args.seed)
    fields = list(plan.texts())
    reader = terms._TRIGGERS._reader  # the shared pass itself, not its cache of answers
    find_dates = dates._find_dates.__wrapped__
    readings: dict[str, Callable[[], object]] = {
        "the engine with no rule": lambda: Checker(rules=[]).check(plan, TODAY),
        "lower-casing every text": lambda: [f.text.lower() for f in fields],
        "trigger pieces of every text": lambda: [
            terms._pieces_in.__wrapped__(f.text, reader) for f in fields
        ],
        "words of reasons, outcomes, actions": lambda: [
            _WORD.findall(f.text) for f in fields if f.name in _WORDED
        ],
        "dates of every 'when' and 'by'": lambda: [
            find_dates(f.text, plan.date) for f in fields if f.name in _DATED
        ],
    }
    print(f"{len(fields):,} statements, best of {args.repeat} runs, milliseconds")
    total = 0.0
    for name, reading in readings.items():
        reading()
        ms = min(timed(reading)[0] for _ in range(args.repeat)) * 1000
        total += ms
        print(f"  {name:<38} {ms:8.1f}")
    print(f"  {'together':<38} {total:8.1f}")

    lint = _proselint()
    if lint is not None:
        text = "\n".join(statements(plan))
        lint(text)
        seconds = min(timed(lambda: lint(text))[0] for _ in range(max(1, args.repeat // 2)))
        budget = seconds * 1000 / THROUGHPUT_TARGET_RATIO
        print(f"  proselint on the same statements        {seconds * 1000:8.1f}")
        print(f"  {THROUGHPUT_TARGET_RATIO:g}x proselint's throughput allows         {budget:8.1f}")
        print(f"  the readings alone take {total / budget:.0%} of it")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
