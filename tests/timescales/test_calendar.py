"""The working-day calendar against dates worked out by hand.

Every expected date below is counted on paper in the comment beside it, from these facts:
1 January 2026 is a Thursday; 17 December 2026 is a Thursday; 1 January 2027 is a Friday,
so 1 February and 1 March 2027 are Mondays (January has 31 days = 4 weeks + 3 days, February
2027 has 28). Bank holidays are the published UK ones (gov.uk/bank-holidays).
"""

from __future__ import annotations

import datetime as dt

import pytest

from childplan.timescales.calendar import OutsideCalendarError, WorkingDayCalendar

D = dt.date
ENGLAND = WorkingDayCalendar()
WALES = WorkingDayCalendar("wales")
SCOTLAND = WorkingDayCalendar("scotland")
NORTHERN_IRELAND = WorkingDayCalendar("northern_ireland")


# --- is_working_day ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calendar", "day", "working"),
    [
        (ENGLAND, D(2026, 12, 17), True),  # Thursday, no holiday
        (ENGLAND, D(2026, 12, 19), False),  # Saturday
        (ENGLAND, D(2026, 12, 20), False),  # Sunday
        (ENGLAND, D(2026, 12, 25), False),  # Friday, Christmas Day
        (ENGLAND, D(2026, 12, 28), False),  # Monday, Boxing Day (26th, a Saturday) moved here
        (ENGLAND, D(2027, 1, 1), False),  # Friday, New Year's Day
        (ENGLAND, D(2027, 1, 4), True),  # Monday: no 2 January holiday in England
        (SCOTLAND, D(2027, 1, 4), False),  # Monday, 2 January (a Saturday) moved here
        (ENGLAND, D(2027, 3, 26), False),  # Good Friday 2027 (Easter Sunday is 28 March)
        (SCOTLAND, D(2027, 3, 26), False),  # Good Friday is a Scottish bank holiday too
        (ENGLAND, D(2027, 3, 29), False),  # Easter Monday
        (WALES, D(2027, 3, 29), False),  # Easter Monday: England and Wales share holidays
        (SCOTLAND, D(2027, 3, 29), True),  # no Easter Monday in Scotland
        (ENGLAND, D(2026, 11, 30), True),  # Monday 30 November: 1 Nov is a Sunday (see below)
        (SCOTLAND, D(2026, 11, 30), False),  # St Andrew's Day
        (NORTHERN_IRELAND, D(2027, 3, 17), False),  # Wednesday, St Patrick's Day
        (ENGLAND, D(2027, 3, 17), True),
        (NORTHERN_IRELAND, D(2027, 7, 12), False),  # Monday, Battle of the Boyne
        (ENGLAND, D(2027, 7, 12), True),
        (SCOTLAND, D(2027, 8, 2), False),  # first Monday of August (1 August 2027 is a Sunday)
        (ENGLAND, D(2027, 8, 2), True),
        (ENGLAND, D(2027, 8, 30), False),  # last Monday of August
        (SCOTLAND, D(2027, 8, 30), True),
    ],
)
def test_is_working_day(calendar: WorkingDayCalendar, day: dt.date, working: bool) -> None:
    # 1 November 2026: Thursday 1 January + 304 days (31+28+31+30+31+30+31+31+30+31);
    # 304 = 43 weeks + 3 days, so a Sunday, and 30 November is a Monday.
    assert calendar.is_working_day(day) is working


def test_closed_because_names_the_holiday() -> None:
    assert ENGLAND.closed_because(D(2026, 12, 25)) == "Christmas Day"
    assert "Boxing Day" in (ENGLAND.closed_because(D(2026, 12, 28)) or "")
    assert ENGLAND.closed_because(D(2026, 12, 17)) is None
    council = WorkingDayCalendar(closures=[D(2026, 12, 29)])
    assert council.closed_because(D(2026, 12, 29)) == "local closure day"


# --- add_working_days -------------------------------------------------------------------


def test_ten_working_days_after_17_december_2026_in_england() -> None:
    # Thursday 17 December 2026 is not counted. Fri 18 (1); Sat 19, Sun 20 no; Mon 21 (2),
    # Tue 22 (3), Wed 23 (4), Thu 24 (5); Fri 25 Christmas Day no; Sat 26, Sun 27 no;
    # Mon 28 Boxing Day substitute no; Tue 29 (6), Wed 30 (7), Thu 31 (8); Fri 1 January
    # New Year's Day no; Sat 2, Sun 3 no; Mon 4 (9), Tue 5 (10).
    assert ENGLAND.add_working_days(D(2026, 12, 17), 10) == D(2027, 1, 5)
    assert WALES.add_working_days(D(2026, 12, 17), 10) == D(2027, 1, 5)


def test_ten_working_days_after_17_december_2026_in_scotland() -> None:
    # As England up to Thu 31 (8); Fri 1 January no; Mon 4 January is the 2 January holiday
    # moved off the Saturday, so no; Tue 5 (9), Wed 6 (10).
    assert SCOTLAND.add_working_days(D(2026, 12, 17), 10) == D(2027, 1, 6)


def test_ten_working_days_in_northern_ireland_match_england_over_christmas() -> None:
    # Northern Ireland has no 2 January holiday: the same count as England.
    assert NORTHERN_IRELAND.add_working_days(D(2026, 12, 17), 10) == D(2027, 1, 5)


def test_easter_2027() -> None:
    # From Thursday 25 March 2027, 1 working day on: Fri 26 Good Friday no, Sat 27, Sun 28 no,
    # Mon 29 Easter Monday no in England, so Tue 30; in Scotland Mon 29 counts.
    assert ENGLAND.add_working_days(D(2027, 3, 25), 1) == D(2027, 3, 30)
    assert SCOTLAND.add_working_days(D(2027, 3, 25), 1) == D(2027, 3, 29)


def test_st_patricks_day_2027() -> None:
    # From Tuesday 16 March 2027, 1 working day on: Wed 17 (England); in Northern Ireland
    # Wed 17 is St Patrick's Day, so Thu 18.
    assert ENGLAND.add_working_days(D(2027, 3, 16), 1) == D(2027, 3, 17)
    assert NORTHERN_IRELAND.add_working_days(D(2027, 3, 16), 1) == D(2027, 3, 18)


def test_adding_working_days_backwards() -> None:
    # Back from Tuesday 5 January 2027: Mon 4 (1), Thu 31 (2), Wed 30 (3), Tue 29 (4),
    # Thu 24 (5), Wed 23 (6), Tue 22 (7), Mon 21 (8), Fri 18 (9), Thu 17 (10).
    assert ENGLAND.add_working_days(D(2027, 1, 5), -10) == D(2026, 12, 17)
    # Back 1 from Monday 4 January 2027 in England: Sun 3, Sat 2, Fri 1 (holiday) no, Thu 31.
    assert ENGLAND.add_working_days(D(2027, 1, 4), -1) == D(2026, 12, 31)


def test_adding_zero_working_days_gives_the_day_itself() -> None:
    assert ENGLAND.add_working_days(D(2026, 12, 17), 0) == D(2026, 12, 17)
    assert ENGLAND.add_working_days(D(2026, 12, 25), 0) == D(2026, 12, 25)  # even a holiday


def test_from_a_weekend_the_next_working_day_is_the_first() -> None:
    # From Saturday 19 December 2026, 1 working day on is Monday 21 December.
    assert ENGLAND.add_working_days(D(2026, 12, 19), 1) == D(2026, 12, 21)


def test_local_closure_days_are_not_working_days() -> None:
    # A council shut on Tue 29, Wed 30 and Thu 31 December 2026. From Thu 17 December:
    # Fri 18 (1), Mon 21 (2), Tue 22 (3), Wed 23 (4), Thu 24 (5); 25-31 December all closed;
    # Fri 1 January no; Mon 4 (6), Tue 5 (7), Wed 6 (8), Thu 7 (9), Fri 8 (10).
    council = WorkingDayCalendar(closures={D(2026, 12, 29), D(2026, 12, 30), D(2026, 12, 31)})
    assert council.add_working_days(D(2026, 12, 17), 10) == D(2027, 1, 8)
    assert not council.is_working_day(D(2026, 12, 30))


# --- working_days_between ---------------------------------------------------------------


def test_working_days_between_counts_the_end_day_not_the_start_day() -> None:
    # The count from the example above, in both directions.
    assert ENGLAND.working_days_between(D(2026, 12, 17), D(2027, 1, 5)) == 10
    assert ENGLAND.working_days_between(D(2027, 1, 5), D(2026, 12, 17)) == -10
    # Monday 4 to Tuesday 5 January 2027: one day left (the shape of `childplan due`).
    assert ENGLAND.working_days_between(D(2027, 1, 4), D(2027, 1, 5)) == 1
    # A day late: due Tuesday 5, today Wednesday 6.
    assert ENGLAND.working_days_between(D(2027, 1, 6), D(2027, 1, 5)) == -1
    assert ENGLAND.working_days_between(D(2027, 1, 5), D(2027, 1, 5)) == 0
    # Friday 18 to Monday 21 December 2026: the weekend does not count.
    assert ENGLAND.working_days_between(D(2026, 12, 18), D(2026, 12, 21)) == 1
    # Thursday 24 to Tuesday 29 December 2026: Christmas and the Boxing Day substitute skipped.
    assert ENGLAND.working_days_between(D(2026, 12, 24), D(2026, 12, 29)) == 1
    # Saturday 26 to Sunday 27 December 2026: no working day in between.
    assert ENGLAND.working_days_between(D(2026, 12, 26), D(2026, 12, 27)) == 0


@pytest.mark.parametrize("calendar", [ENGLAND, SCOTLAND, NORTHERN_IRELAND])
@pytest.mark.parametrize("count", [-25, -10, -1, 0, 1, 3, 10, 20, 60])
def test_counting_back_undoes_adding(calendar: WorkingDayCalendar, count: int) -> None:
    for start in (D(2026, 12, 17), D(2026, 12, 25), D(2027, 3, 27), D(2027, 7, 12)):
        assert calendar.working_days_between(start, calendar.add_working_days(start, count)) == (
            count
        )


def test_working_day_on_or_before() -> None:
    # Monday 28 December 2026 (holiday) back past Sun 27, Sat 26, Fri 25 (Christmas) to Thu 24.
    assert ENGLAND.working_day_on_or_before(D(2026, 12, 28)) == D(2026, 12, 24)
    assert ENGLAND.working_day_on_or_before(D(2026, 12, 24)) == D(2026, 12, 24)


# --- add_months -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2026, 12, 17), 3, D(2027, 3, 17)),  # first review conference after 17 December
        (D(2026, 11, 30), 3, D(2027, 2, 28)),  # no 30 February: the month's last day
        (D(2027, 11, 30), 3, D(2028, 2, 29)),  # 2028 is a leap year
        (D(2027, 1, 31), 1, D(2027, 2, 28)),
        (D(2026, 8, 31), 6, D(2027, 2, 28)),
        (D(2027, 3, 31), -1, D(2027, 2, 28)),
        (D(2027, 3, 17), 6, D(2027, 9, 17)),  # later review conferences, 6 months apart
        (D(2026, 11, 2), 0, D(2026, 11, 2)),
        (D(2026, 11, 2), 14, D(2028, 1, 2)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert WorkingDayCalendar.add_months(day, months) == expected


# --- the calendar says what it is --------------------------------------------------------


def test_describe_names_the_nation_and_the_source() -> None:
    assert "England and Wales" in ENGLAND.describe()
    assert "England and Wales" in WALES.describe()
    assert "Scotland" in SCOTLAND.describe()
    assert "Northern Ireland" in NORTHERN_IRELAND.describe()
    assert "holidays package" in ENGLAND.describe()
    council = WorkingDayCalendar(closures=[D(2026, 12, 29), D(2026, 12, 30)])
    assert council.describe().endswith("and 2 local closure days")


def test_an_unknown_nation_is_refused() -> None:
    with pytest.raises(ValueError, match="not a nation"):
        WorkingDayCalendar("cornwall")


def test_a_year_past_the_bank_holiday_data_is_refused_not_guessed() -> None:
    with pytest.raises(OutsideCalendarError):
        ENGLAND.is_working_day(D(2101, 1, 3))
    with pytest.raises(OutsideCalendarError):
        ENGLAND.add_working_days(D(2100, 12, 30), 5)
