"""An outcome's indicator over time: the number in each reading, and a small chart of the
readings against the target.

Readings are written as practitioners write them ("58%", "3 nights out of 7", "6 out of
10"): the first number in a reading is its level. A reading without a number ("better")
has no level; it is listed but not charted. ``chart`` lays the readings out on a grid of
fixed size (the SVG's viewBox); drawing it is the web page's business.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

from childplan.plan.dates import format_short_date
from childplan.plan.model import Measurement

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")

# The chart's grid: width and height of the plotting area, and the margin for labels.
WIDTH, HEIGHT = 600, 240
LEFT, TOP, RIGHT, BOTTOM = 56, 16, 16, 40


def level(value: str) -> float | None:
    """The number a reading gives ('58%', '58 per cent', '3 nights out of 7' -> 58, 58, 3)."""
    match = _NUMBER.search(value.replace(",", ""))
    return float(match.group()) if match else None


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str  # "58% on 4 May 2026"


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    points: tuple[Point, ...]
    target_y: float | None
    ticks: tuple[tuple[float, str], ...]  # (y, label) on the level axis
    first_date: str
    last_date: str
    summary: str  # the chart in one sentence, for screen readers

    @property
    def left(self) -> int:
        return LEFT

    @property
    def right(self) -> int:
        return self.width - RIGHT

    @property
    def polyline(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


def chart(
    readings: tuple[Measurement, ...], target: str | None, indicator: str | None
) -> Chart | None:
    """The readings with a number, oldest first, on a grid; None with fewer than two."""
    dated = sorted(
        ((m.date, number, m.value) for m in readings if (number := level(m.value)) is not None),
        key=lambda reading: reading[0],
    )
    if len(dated) < 2:
        return None
    goal = level(target) if target else None
    levels = [number for _, number, _ in dated] + ([goal] if goal is not None else [])
    low, high = _range(min(levels), max(levels))
    first, last = dated[0][0], dated[-1][0]
    points = tuple(
        Point(_x(day, first, last), _y(number, low, high), f"{value} on {format_short_date(day)}")
        for day, number, value in dated
    )
    ticks = tuple((_y(mark, low, high), _mark(mark)) for mark in (low, (low + high) / 2, high))
    return Chart(
        width=WIDTH,
        height=HEIGHT,
        points=points,
        target_y=_y(goal, low, high) if goal is not None else None,
        ticks=ticks,
        first_date=format_short_date(first),
        last_date=format_short_date(last),
        summary=_summary(indicator, points, target),
    )


def _range(low: float, high: float) -> tuple[float, float]:
    """The axis from 0 (levels are counts and percentages) up to a round number above the
    highest (92% -> 100, 7 -> 10, 340 -> 500), so its marks read as people count."""
    bottom = min(0.0, low)
    return bottom, _round_up(max(high, bottom + 1))


def _round_up(number: float) -> float:
    """The smallest of 1, 2, 2.5, 5 or 10 times a power of ten at or above ``number``."""
    power = 10 ** math.floor(math.log10(number)) if number > 0 else 1
    return next(step * power for step in (1, 2, 2.5, 5, 10) if step * power >= number)


def _x(day: dt.date, first: dt.date, last: dt.date) -> float:
    span = (last - first).days or 1
    return LEFT + (WIDTH - LEFT - RIGHT) * (day - first).days / span


def _y(number: float, low: float, high: float) -> float:
    return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (number - low) / (high - low))


def _mark(number: float) -> str:
    return f"{number:.0f}" if abs(number) >= 10 or number == int(number) else f"{number:.1f}"


def _summary(indicator: str | None, points: tuple[Point, ...], target: str | None) -> str:
    what = (indicator or "The indicator").strip()
    what = what[:1].upper() + what[1:]
    goal = f"; the target is {target}" if target else ""
    return f"{what}: {points[0].label}, then {points[-1].label}{goal}."
