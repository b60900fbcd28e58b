"""Dates as practitioners type them.

Accepts ISO (2027-01-12) and the UK forms seen in plans: 12/01/2027, 12/1/27, 12.01.2027,
12 January 2027, 12th Jan 2027, 12th of January 2027, Tuesday 12 January 2027. Numeric dates
are always day first (UK). A date that cannot exist (31/02/2027) is an error, never a guess.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass

from childplan.plan.model import Timescale

MONTHS = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
MONTHS["sept"] = 9
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"

_PATTERNS = [
    re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})\b"),
    re.compile(r"\b(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})\b"),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?(?:\s+{_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?(?:\s+{_YEAR})?\b", re.IGNORECASE),
    # "by March 2027", "end of March 2027": the last day of that month.
    re.compile(rf"\b{_MONTH}\s+{_YEAR}\b", re.IGNORECASE),
]
# What a text must hold for each pattern above to match in it, tested first: most texts
# lack it, and a case-blind pattern costs several times this one pass. Every date has a
# digit; every month name starts with the first three letters of one (case-blind alike,
# so that the test is true wherever the pattern could match).
_DIGIT = re.compile(r"\d")
_MONTH_START = re.compile(r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.IGNORECASE)

_RECURRING = re.compile(
    r"\b(every|each|daily|weekly|fortnightly|monthly|termly|twice|once a|times a|per week|"
    r"per day|a week|a day|a month|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|"
    r"sundays|weekends|nightly|mornings|evenings)\b",
    re.IGNORECASE,
)


# A date written after one of these is when something starts, not when it is due.
_STARTS = re.compile(
    r"(?:\bfrom|\bsince|\bstart(?:s|ing|ed)?(?:\s+on)?|(?<!week\s)\bcommencing|"
    r"(?<!week\s)\bbeginning|\bw\.?e\.?f\.?|with\s+effect\s+from)\s+(?:on\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)


class DateError(ValueError):
    """A date that was written but cannot be read or cannot exist."""


@dataclass(frozen=True)
class DateMention:
    date: dt.date
    start: int
    end: int
    year_given: bool
    day_given: bool = True


def parse_date(text: str) -> dt.date:
    """Read a date field: the whole text must be one date with its year."""
    stripped = text.strip()
    for mention in find_dates(stripped):
        if (
            mention.start == 0
            and mention.end == len(stripped)
            and mention.year_given
            and mention.day_given
        ):
            return mention.date
    raise DateError(
        f"'{text}' is not a date; write it as 2027-01-12, 12/01/2027 or 12 January 2027"
    )


def find_dates(text: str, reference: dt.date | None = None) -> list[DateMention]:
    """Every date written in a piece of free text, in order.

    A written date without a year ("by 4 December") takes the first such day on or after
    ``reference`` (the plan's date); without a reference it is skipped.
    """
    return list(_find_dates(text, reference))


@functools.lru_cache(maxsize=1024)
def _find_dates(text: str, reference: dt.date | None) -> tuple[DateMention, ...]:
    """``find_dates``, kept for recent texts: a plan's "when"s repeat ("weekly", the review
    date), and a field is checked again at every keystroke. (A date that cannot exist
    raises, which is not kept.)"""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in _patterns_for(text):
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            mention = _mention(match, reference)
            if mention is not None:
                found.append(mention)
                taken.append((match.start(), match.end()))
    return tuple(sorted(found, key=lambda m: m.start))


def _patterns_for(text: str) -> list[re.Pattern[str]]:
    """The patterns of ``_PATTERNS`` (in their order, which decides overlaps) that could
    match the text, by the characters each needs."""
    if not _DIGIT.search(text):
        return []
    chosen = []
    if "-" in text:
        chosen.append(_PATTERNS[0])
    if "/" in text or "." in text:
        chosen.append(_PATTERNS[1])
    if "-" in text:
        chosen.append(_PATTERNS[2])
    if _MONTH_START.search(text):
        chosen.extend(_PATTERNS[3:])
    return chosen


def is_start_date(text: str, mention: DateMention) -> bool:
    """Whether a date in a 'when' says when something starts ("from 9 November 2026")."""
    return _starts_something(text[: mention.start])


@functools.lru_cache(maxsize=1024)
def _starts_something(before: str) -> bool:
    """Whether the words before a date end with "from", "starting on"... (kept for recent
    texts: the few ways a schedule is written repeat across a plan's "when"s)."""
    return bool(_STARTS.search(before))


def parse_timescale(text: str, reference: dt.date | None = None) -> Timescale:
    """Read a 'when': the last date it is due by (the end of a schedule; a start date
    alone is no due date) and whether it repeats."""
    due = [m for m in find_dates(text, reference) if not is_start_date(text, m)]
    date = due[-1].date if due else None
    return Timescale(text=text, date=date, recurring=bool(_RECURRING.search(text)))


def _mention(match: re.Match[str], reference: dt.date | None) -> DateMention | None:
    raw_month = match.group("month")
    month = int(raw_month) if raw_month.isdigit() else MONTHS[raw_month.casefold().rstrip(".")]
    raw_day = match.groupdict().get("day")
    raw_year = match.group("year")
    if raw_year is None:
        if reference is None:
            return None
        year = reference.year
    else:
        year = int(raw_year) + (2000 if len(raw_year) == 2 else 0)
    if not 1 <= month <= 12:
        raise DateError(f"'{match.group(0)}' has no month {month}: the day comes first (UK)")
    last_day = calendar.monthrange(year, month)[1]
    day = last_day if raw_day is None else int(raw_day)
    if not 1 <= day <= last_day:
        raise DateError(
            f"'{match.group(0)}' is not a real date: "
            f"{calendar.month_name[month]} {year} has {last_day} days"
        )
    date = dt.date(year, month, day)
    if raw_year is None and reference is not None and date < reference:
        date = _same_day_next_year(date)
    return DateMention(date, match.start(), match.end(), raw_year is not None, raw_day is not None)


def _same_day_next_year(date: dt.date) -> dt.date:
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year + 1, day=28)


# Messages name the same few dates again and again, and strftime costs microseconds a call.
@functools.lru_cache(maxsize=1024)
def format_short_date(date: dt.date) -> str:
    """The short UK form of pages and reasons: 4 December 2026."""
    return f"{date.day} {date:%B %Y}"


@functools.lru_cache(maxsize=1024)
def format_date(date: dt.date) -> str:
    """The long UK form used in messages: Friday 4 December 2026."""
    return f"{date:%A} {date.day} {date:%B %Y}"
