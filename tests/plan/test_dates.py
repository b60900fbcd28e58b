from __future__ import annotations

import datetime as dt

import pytest

from childplan.plan import dates
from childplan.plan.dates import DateError, find_dates, format_date, parse_date, parse_timescale

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-01-12", D(2027, 1, 12)),
        ("12/01/2027", D(2027, 1, 12)),
        ("12/1/27", D(2027, 1, 12)),
        ("12.01.2027", D(2027, 1, 12)),
        ("12-01-2027", D(2027, 1, 12)),
        ("12 January 2027", D(2027, 1, 12)),
        ("12th Jan 2027", D(2027, 1, 12)),
        ("12th of January 2027", D(2027, 1, 12)),
        ("Tuesday 12 January 2027", D(2027, 1, 12)),
        ("1st Sept 2027", D(2027, 9, 1)),
        ("January 12, 2027", D(2027, 1, 12)),
        (" 29/02/2028 ", D(2028, 2, 29)),
    ],
)
def test_parse_date_reads_iso_and_uk_forms(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2027", "29 February 2027", "2027-13-01", "32/01/2027"])
def test_impossible_dates_are_errors_not_guesses(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


@pytest.mark.parametrize("text", ["next week", "12 January", "March 2027", "", "2027"])
def test_date_fields_need_a_whole_date(text: str) -> None:
    with pytest.raises(DateError, match="is not a date"):
        parse_date(text)


def test_numeric_dates_are_day_first() -> None:
    assert parse_date("04/12/2026") == D(2026, 12, 4)


def test_impossible_date_message_says_why() -> None:
    with pytest.raises(DateError, match="February 2027 has 28 days"):
        parse_date("31/02/2027")


def test_timescale_keeps_text_and_finds_its_date() -> None:
    timescale = parse_timescale("by Friday 4 December 2026")
    assert timescale.text == "by Friday 4 December 2026"
    assert timescale.date == D(2026, 12, 4)
    assert not timescale.recurring


def test_recurring_schedule_takes_its_end_date() -> None:
    timescale = parse_timescale("every Monday from 7 December 2026 until 18 December 2026")
    assert timescale.date == D(2026, 12, 18)
    assert timescale.recurring


def test_relative_timescale_has_no_date() -> None:
    timescale = parse_timescale("within 6 weeks")
    assert timescale.date is None


def test_date_without_year_is_the_next_one_after_the_plan_date() -> None:
    plan_date = D(2026, 11, 2)
    assert parse_timescale("by 4 December", plan_date).date == D(2026, 12, 4)
    # 15 January has passed on 2 November 2026, so it means January 2027.
    assert parse_timescale("by 15 January", plan_date).date == D(2027, 1, 15)


def test_month_and_year_means_the_end_of_the_month() -> None:
    assert parse_timescale("by the end of March 2027").date == D(2027, 3, 31)


def test_find_dates_gives_spans() -> None:
    text = "Visit on 4/12/2026 and 18 December 2026."
    mentions = find_dates(text)
    assert [text[m.start : m.end] for m in mentions] == ["4/12/2026", "18 December 2026"]


def test_times_and_decimals_are_not_dates() -> None:
    assert find_dates("bed at 7.30pm; attendance 92.5%") == []


def test_format_date_is_the_long_uk_form() -> None:
    assert format_date(D(2026, 12, 4)) == "Friday 4 December 2026"


def test_a_start_date_alone_is_no_due_date() -> None:
    assert parse_timescale("from 9 November 2026").date is None
    assert parse_timescale("Starting January 2027").date is None
    assert parse_timescale("from 9 November to 18 December 2026").date == D(2026, 12, 18)
    assert parse_timescale("week commencing 7 December 2026").date == D(2026, 12, 7)


@pytest.mark.parametrize(
    "text",
    [
        "2027-01-12",
        "12-01-2027",
        "by 12/01/2027",
        "12.1.27",
        "Tuesday 12 January 2027",
        "12th of Jan. 2027",
        "January 12, 2027",
        "by March 2027",
        "every Friday until 3rd February 2027",
        "weekly from 9 November",
        "SEPT 2027",
        "ſept 2027",  # a long s matches "s" case-blind, in the test as in the pattern
        "within 6 weeks",
        "at 10.30",
        "no date here",
    ],
)
def test_the_pre_check_keeps_every_pattern_that_matches(text: str) -> None:
    """find_dates tries only the patterns whose characters the text holds: it must never
    leave out one that matches."""
    tried = dates._patterns_for(text)
    for pattern in dates._PATTERNS:
        if pattern.search(text):
            assert pattern in tried, (text, pattern.pattern)


def test_find_dates_gives_a_new_list_each_time() -> None:
    first = find_dates("by 4 December 2026")
    first.clear()
    assert [m.date for m in find_dates("by 4 December 2026")] == [dt.date(2026, 12, 4)]


def test_a_month_matched_without_case_is_read_not_a_crash() -> None:
    # "ſ" (long s) matches "s" when case is ignored; the month must still be found.
    [mention] = find_dates("by ſept 2027")
    assert (mention.date.year, mention.date.month) == (2027, 9)
