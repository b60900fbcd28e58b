"""Readings of an outcome's indicator: their numbers, and the chart against the target."""

from __future__ import annotations

import datetime as dt

import pytest

from childplan.plan.indicators import BOTTOM, HEIGHT, LEFT, RIGHT, TOP, WIDTH, chart, level
from childplan.plan.model import Measurement


@pytest.mark.parametrize(
    ("value", "number"),
    [
        ("58%", 58),
        ("58 per cent", 58),
        ("3 nights out of 7", 3),
        ("6.5 out of 10", 6.5),
        ("1,200 words", 1200),
        ("better", None),
        ("", None),
    ],
)
def test_the_level_is_the_first_number(value: str, number: float | None) -> None:
    assert level(value) == number


def readings(*values: tuple[str, str]) -> tuple[Measurement, ...]:
    return tuple(Measurement(dt.date.fromisoformat(day), value) for day, value in values)


def test_fewer_than_two_numbered_readings_make_no_chart() -> None:
    assert chart(readings(("2026-05-04", "58%")), "92%", "attendance") is None
    assert chart(readings(("2026-05-04", "58%"), ("2026-06-04", "better")), None, None) is None


def test_readings_run_left_to_right_in_date_order_and_rise_up_the_chart() -> None:
    drawn = chart(
        readings(("2026-08-03", "71%"), ("2026-05-04", "58%"), ("2026-11-02", "84%")),
        "92%",
        "school attendance",
    )
    assert drawn is not None
    xs = [p.x for p in drawn.points]
    ys = [p.y for p in drawn.points]
    assert xs[0] == LEFT and xs[-1] == WIDTH - RIGHT and xs == sorted(xs)
    assert ys == sorted(ys, reverse=True)  # higher readings are higher up (smaller y)
    assert all(TOP <= y <= HEIGHT - BOTTOM for y in ys)
    assert drawn.target_y is not None and drawn.target_y < min(ys)  # 92% is above them all
    assert drawn.points[0].label == "58% on 4 May 2026"


def test_the_summary_says_the_chart_in_words() -> None:
    drawn = chart(
        readings(("2026-05-04", "58%"), ("2026-11-02", "84%")), "92%", "school attendance"
    )
    assert drawn is not None
    assert drawn.summary == (
        "School attendance: 58% on 4 May 2026, then 84% on 2 November 2026; the target is 92%."
    )


def test_a_chart_without_a_target_has_no_target_line() -> None:
    drawn = chart(readings(("2026-05-04", "3"), ("2026-06-04", "3")), None, "nights at home")
    assert drawn is not None
    assert drawn.target_y is None
    assert drawn.points[0].y == drawn.points[1].y


@pytest.mark.parametrize(
    ("values", "top"), [(("58%", "92%"), 100), (("3", "7"), 10), (("120", "340"), 500)]
)
def test_the_axis_ends_at_a_round_number(values: tuple[str, str], top: float) -> None:
    drawn = chart(readings(("2026-05-04", values[0]), ("2026-06-04", values[1])), None, None)
    assert drawn is not None
    assert [label for _, label in drawn.ticks] == ["0", f"{top / 2:g}", f"{top:g}"]
