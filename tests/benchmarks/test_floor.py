"""The floor benchmark runs, and its total is the sum of what it timed."""

from __future__ import annotations

import os

import pytest

from benchmarks import floor


def test_floor_times_each_reading_and_adds_them_up(capsys: pytest.CaptureFixture[str]) -> None:
    cores = os.sched_getaffinity(0)
    try:
        assert floor.main(["--large", "300", "--repeat", "1"]) == 0
    finally:
        os.sched_setaffinity(0, cores)  # it pins itself to one core, as benchmarks do
    lines = capsys.readouterr().out.splitlines()
    timed = {line[:40].strip(): float(line[40:]) for line in lines[1:7]}
    assert lines[0].startswith("300 statements")
    assert set(timed) == {
        "the engine with no rule",
        "lower-casing every text",
        "trigger pieces of every text",
        "words of reasons, outcomes, actions",
        "dates of every 'when' and 'by'",
        "together",
    }
    together = timed.pop("together")
    # Each of the six figures is printed to 0.1 ms, so the sum of five may be 0.3 off.
    assert together == pytest.approx(sum(timed.values()), abs=0.3)
