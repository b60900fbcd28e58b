"""Working days and calendar months, as children's social care counts them.

A working day is Monday to Friday, except the bank holidays of the plan's nation and any
local closure days (a council that shuts between Christmas and New Year, say). Bank holidays
come from the maintained ``holidays`` package (its United Kingdom calendar with the nation as
the subdivision), never from a list kept here: substitute days ("Boxing Day (observed)") and
one-off holidays are in its data.

Nothing here reads the clock: every method takes the dates it works on, and ``describe()``
says which calendar gave the answer, so a date in a letter can always be explained.
"""

from __future__ import annotations

import calendar as _month_lengths
import datetime as dt
from collections.abc import Iterable
from importlib import metadata

import holidays

# Each nation's bank holidays, as the subdivision the holidays package knows it by.
# Wales keeps the England and Wales bank holidays.
SUBDIVISIONS = {
    "england": "ENG",
    "wales": "WLS",
    "scotland": "SCT",
    "northern_ireland": "NIR",
}
_NATION_NAMES = {
    "england": "England and Wales",
    "wales": "England and Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
}
_ONE_DAY = dt.timedelta(days=1)


class OutsideCalendarError(ValueError):
    """A date in a year the bank holiday data does not cover: counting across it would
    silently treat its bank holidays as working days."""


class WorkingDayCalendar:
    """The working days of one nation, with optional local closure days.

    >>> england = WorkingDayCalendar()
    >>> england.add_working_days(dt.date(2026, 12, 17), 10)
    datetime.date(2027, 1, 5)
    """

    def __init__(self, nation: str = "england", closures: Iterable[dt.date] = ()) -> None:
        if nation not in SUBDIVISIONS:
            raise ValueError(f"'{nation}' is not a nation; use one of {', '.join(SUBDIVISIONS)}")
        self.nation = nation
        self.closures = frozenset(closures)
        self._bank_holidays = holidays.country_holidays("GB", subdiv=SUBDIVISIONS[nation])
        self._first_year: int = self._bank_holidays.start_year
        self._last_year: int = self._bank_holidays.end_year

    def __repr__(self) -> str:
        closures = f", closures={sorted(self.closures)!r}" if self.closures else ""
        return f"WorkingDayCalendar({self.nation!r}{closures})"

    def is_working_day(self, day: dt.date) -> bool:
        """Monday to Friday, and neither a bank holiday nor a local closure day."""
        reason = self.closed_because(day)  # checks the year is covered, even on a Sunday
        return day.weekday() < 5 and reason is None

    def closed_because(self, day: dt.date) -> str | None:
        """The bank holiday's name, "local closure day", or None on an ordinary day
        (weekends are not named: they are never working days)."""
        self._check_covered(day)
        if day in self.closures:
            return "local closure day"
        name: str | None = self._bank_holidays.get(day)
        return name

    def add_working_days(self, day: dt.date, count: int) -> dt.date:
        """The ``count``-th working day after ``day`` (before it when ``count`` is negative).

        ``day`` itself is never counted, so adding 0 gives ``day`` back, even when ``day``
        is a weekend or a bank holiday.
        """
        step = _ONE_DAY if count > 0 else -_ONE_DAY
        remaining = abs(count)
        while remaining:
            day += step
            if self.is_working_day(day):
                remaining -= 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """How many working days ``end`` is after ``start``: negative when it is before.

        The start day is not counted and the end day is, in both directions, so that
        ``working_days_between(d, add_working_days(d, n)) == n`` for every ``n``. Thursday
        to the next Tuesday (no bank holidays) is 3; Tuesday back to Thursday is -3.
        """
        if end == start:
            return 0
        sign = 1 if end > start else -1
        low, high = (start, end) if sign > 0 else (end, start)
        # Forwards: the days in (start, end]. Backwards: the days in [end, start).
        day = low + _ONE_DAY if sign > 0 else low
        last = high if sign > 0 else high - _ONE_DAY
        count = 0
        while day <= last:
            count += self.is_working_day(day)
            day += _ONE_DAY
        return sign * count

    def working_day_on_or_before(self, day: dt.date) -> dt.date:
        """``day`` if it is a working day, else the last working day before it."""
        while not self.is_working_day(day):
            day -= _ONE_DAY
        return day

    @staticmethod
    def add_months(day: dt.date, count: int) -> dt.date:
        """The same day of the month ``count`` calendar months later (earlier if negative).

        When that month is too short for the day, it is the month's last day: 3 months after
        30 November 2026 is 28 February 2027, 1 month after 31 January is 28 or 29 February.
        This is the "corresponding date" rule the courts use for periods in months
        (Dodds v Walker [1981]), so "within 3 months of the initial conference" never runs
        into the month after.
        """
        months = day.year * 12 + (day.month - 1) + count
        year, month = divmod(months, 12)
        month += 1
        last = _month_lengths.monthrange(year, month)[1]
        return dt.date(year, month, min(day.day, last))

    def describe(self) -> str:
        """Which calendar this is, in words: for messages and for the record."""
        text = (
            f"Monday to Friday, except bank holidays in {_NATION_NAMES[self.nation]} "
            f"(holidays package {_holidays_version()})"
        )
        if self.closures:
            count = len(self.closures)
            text += f" and {count} local closure day{'s' if count != 1 else ''}"
        return text

    def _check_covered(self, day: dt.date) -> None:
        if not self._first_year <= day.year <= self._last_year:
            raise OutsideCalendarError(
                f"{day.isoformat()} is outside the bank holiday data "
                f"({self._first_year} to {self._last_year}), so working days cannot be "
                "counted there"
            )


def _holidays_version() -> str:
    try:
        return metadata.version("holidays")
    except metadata.PackageNotFoundError:  # pragma: no cover - installed from source
        return str(getattr(holidays, "__version__", "unknown version"))
