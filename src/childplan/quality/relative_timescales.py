"""Relative timescales as practitioners write them, and the calendar dates they stand for.

The ``vague-timescale`` rule finds phrases such as "within 6 weeks", "next month", "by next
review" or "every Monday" with its word list; this module holds the patterns those terms use
and counts each kind of phrase into a date from the plan: its date, its nation's working days
(``timescales.calendar``), its next review and its key dates. A phrase that cannot be counted
honestly ("a few weeks", "end of term", "within 6 weeks of the referral") gives no date: the
rule then asks for one rather than guess.

Choices, so that every suggested date can be explained in one line:

* "within / in / after N days, weeks or months" counts calendar time from the plan's date
  (months by ``WorkingDayCalendar.add_months``); when that day is not a working day the
  suggestion is the last working day before it, so it is still "within".
* "N working days" counts working days in the plan's nation, bank holidays skipped.
  "School days" are counted as working days, with a reminder that school holidays are not.
* "this week" / "next week" is the Friday of that week; "this month" / "next month" the last
  working day of that month; "by Friday" the first Friday after the plan's date, "next
  Friday" the Friday of the week after the plan's week.
* "by next review" is the plan's ``next_review``; "the next core group" the first core group
  in the plan's key dates on or after the plan's date.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from childplan.plan.dates import MONTHS, format_date, format_short_date
from childplan.plan.model import Event, Plan
from childplan.timescales.calendar import WorkingDayCalendar

# strftime costs microseconds a call, and a plan's suggestions name the same few dates (its
# date, its next review) again and again.

# --- pieces of the patterns (no capturing groups: the term list joins them into one) ------

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "ninety": 90,
}  # fmt: skip
_UNITS_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = (
    r"(?:\d+|a\s+couple\s+of|couple\s+of|a\s+few|few|several|some|"
    rf"(?:twenty|thirty|forty|fifty|sixty)(?:[-\s]{_UNITS_WORD})?|"
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|ninety|a\s+single|an?)"
)
_COUNT = rf"{NUMBER}(?:\s*(?:-|–|to|or)\s*{NUMBER})?"
_UNIT = (
    r"(?:(?:working|business|school|calendar|clear)\s+)?"
    r"(?:days?|wks?|weeks?|fortnights?|months?|mths?|mnths?|years?|yrs?|hours?|hrs?)"
)
_NOT_A_RATE = r"(?!\s+(?:a|per|each|every)\s+(?:day|night|week|fortnight|month|term|year)s?\b)"
_ANCHOR_WORD = r"(?:\s+(?!and\b|then\b|or\b|until\b|till\b|but\b)[\w'’/-]+)"
_LEAD = (
    r"(?:(?:(?:with)?in|inside|over|during|for)\s+the\s+(?:next|coming|following)|"
    r"the\s+next|next|(?:with)?in|inside|over|for|after|during|"
    r"no\s+later\s+than|no\s+more\s+than|not\s+more\s+than|up\s+to|max(?:imum)?(?:\s+of)?)"
)
# "within 6 weeks", "in two weeks' time", "within the next five days", "2-3 weeks",
# "within 10 working days of the initial conference", "6/52" (six weeks, as health write it)
DURATION = (
    rf"(?<![\w/.-])(?:{_LEAD}\s+)?(?:{_COUNT}\s*{_UNIT}|\d{{1,2}}\s*/\s*52){_NOT_A_RATE}"
    r"(?:['’]?s?\s+time)?"
    rf"(?:\s+(?:of|from|after|following|before|prior\s+to)(?:\s+the)?{_ANCHOR_WORD}{{1,4}})?"
    r"(?![\w-])"
)

_PERIOD_UNIT = r"(?:week|month|year|fortnight)"
# "next week", "by the end of this month", "end of the week", "this year"
PERIOD = (
    r"(?<![\w-])(?:(?:by|before|within|in|during|over|until|till|for)\s+)?(?:the\s+)?"
    r"(?:(?:end|close)\s+of\s+(?:the\s+)?(?:(?:this|next|following|coming|current)\s+)?|"
    r"(?:this|next|the\s+following|following|coming|current)\s+)"
    rf"{_PERIOD_UNIT}(?![\w-])"
)
# "today", "tomorrow", "end of the day", "close of play"
DAY = (
    r"(?<![\w-])(?:(?:by|before|until|till)\s+)?(?:(?:the\s+)?(?:end|close)\s+of\s+"
    r"(?:the\s+)?(?:day|play)|today|tonight|tomorrow|EOD|COP)(?![\w-])"
    r"(?!\s+(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun))"
)

MEETING_NOUN = (
    r"(?:core\s+group(?:\s+meeting)?|"
    r"(?:(?:CIN|child\s+in\s+need|CP|child\s+protection|LAC|CLA|looked\s+after|TAF|TAC|"
    r"team\s+around\s+the\s+(?:family|child)|early\s+help|family\s+help|pathway(?:\s+plan)?|"
    r"statutory|case|planning|professionals)\s+)?(?:review(?:\s+(?:conference|meeting))?|"
    r"meeting)|(?:(?:initial|review)\s+)?(?:child\s+protection\s+)?conference|"
    r"RCPC|ICPC|TAF|TAC|CIN|LAC|CLA)s?"
)
# "by next review", "at the next core group", "before the review conference", "next CIN"
MEETING = (
    r"(?<![\w-])(?:(?:(?:by|at|before|for|until|till|prior\s+to|in\s+time\s+for|ahead\s+of|"
    r"from|on)\s+)?(?:the\s+)?(?:next|first|subsequent|upcoming|forthcoming|(?<=the\s)following)\s+"
    rf"{MEETING_NOUN}|(?:by|at|before|until|till|prior\s+to|in\s+time\s+for|ahead\s+of)\s+"
    rf"(?:the\s+)?{MEETING_NOUN}|^\s*(?:next\s+)?{MEETING_NOUN}\s*$|"
    r"(?:(?:by|at|before|until|till|prior\s+to|in\s+time\s+for)\s+)?(?:the\s+)?"
    r"(?:next|following)\s+(?:home\s+|statutory\s+|school\s+|GP\s+)?"
    r"(?:visit|appointment|session)s?)(?![\w-])"
)

_WEEKDAY_FULL = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEKDAY = rf"(?:{_WEEKDAY_FULL}|mon|tues?|weds|thurs?|fri)"
# "by Friday", "next Tuesday", "on Monday" (one day, not "every Monday" or "Mondays")
WEEKDAY = (
    r"(?<![\w-])(?:(?:(?:by|on|before|until|till|from|this|next|coming|"
    r"(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?(?:play|day))\s+)+(?:the\s+)?"
    rf"{_WEEKDAY}\.?|^\s*{_WEEKDAY_FULL}\s*$)(?!s\b)(?![\w-])"
)

_MONTH_NAME = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
# "by December", "end of January", "early March" (no day and no year: which one?)
MONTH = (
    r"(?<![\w-])(?:(?:by|in|during|before|until|till|over|throughout|early|mid|late|"
    r"(?:the\s+)?(?:end|beginning|start|middle)\s+of)[-\s]+)+(?:the\s+)?(?:month\s+of\s+)?"
    rf"{_MONTH_NAME}\.?(?!\s*,?\s*\d)(?![\w-])"
)

_SEASON = r"(?:christmas|xmas|easter|whitsun|summer|autumn|spring|winter|october|february|may)"
# "end of term", "by half term", "the summer holidays", "end of the school year"
SCHOOL_TERM = (
    r"(?<![\w-])(?:(?:by|before|at|until|till|after|over|during|in|for|from)\s+)?(?:the\s+)?"
    r"(?:(?:end|start|beginning|middle)\s+of\s+(?:the\s+|this\s+|next\s+)?"
    rf"(?:{_SEASON}\s+)?(?:half[-\s]?)?term|(?:this|next|{_SEASON})\s+(?:half[-\s]?)?term|"
    rf"half[-\s]?term|(?:(?:this|next)\s+)?(?:{_SEASON}|school)\s+(?:holidays?|hols|break)|"
    r"(?:(?:end|start|beginning)\s+of\s+)?(?:this\s+|next\s+|the\s+)?(?:school|academic)"
    r"\s+year)(?![\w-])"
)
# "by Christmas", "after Easter", "in the new year"
FESTIVAL = (
    r"(?<![\w-])(?:(?:(?:by|before|after|over|until|till|at|for|in|from)\s+)(?:the\s+)?"
    r"(?:christmas|xmas|easter|new\s+year)|^\s*(?:christmas|xmas|easter)\s*$|"
    r"(?:(?:by|in|during|before|until|till|over|throughout|(?:the\s+)?end\s+of)\s+"
    r"(?:the\s+)?|^\s*)(?:spring|summer|autumn|winter)(?:\s+\d{4})?"
    r"(?!\s+(?:half[-\s]?)?term|\s+holidays?|\s+hols|\s+break))(?![\w-])"
)

_EVERY_NOUN = (
    r"(?:days?|nights?|mornings?|evenings?|afternoons?|weekends?|weekdays?|weeks?|"
    r"fortnights?|months?|terms?|half[-\s]?terms?|years?|"
    rf"{_WEEKDAY_FULL}(?:\s*(?:,|and|&|or)\s*{_WEEKDAY_FULL})*|"
    r"(?:home\s+|statutory\s+|school\s+|family\s+)?visits?|sessions?|appointments?|contacts?|"
    r"supervisions?|"
    rf"{MEETING_NOUN})"
)
# "every Monday", "each week", "at each core group", "every 6 weeks", "every other weekend"
EVERY = (
    r"(?<![\w-])(?:(?:at|on|for|in)\s+)?(?:every|each)\s+(?:other\s+|second\s+|third\s+|"
    rf"alternate\s+|{NUMBER}\s+)?(?:(?:working|school|week)\s+)?{_EVERY_NOUN}(?![\w-])"
)
# "weekly", "fortnightly", "2x weekly", "six-weekly", "twice a week", "3 times per week"
RATE = (
    r"(?<![\w-])(?:(?:\d+\s*x\s*|x\s*\d+\s+)?(?:daily|nightly|weekly|fortnightly|bi-?weekly|"
    r"monthly|bi-?monthly|termly|quarterly|annually|yearly)|"
    rf"{NUMBER}[-\s]?(?:weekly|monthly)|"
    rf"(?:once|twice|{_COUNT}\s+times|\d+\s*x|x\s*\d+|"
    rf"{_COUNT}\s+(?:days|nights|mornings|evenings))"
    r"\s+(?:a|per|each|every)\s+(?:day|night|week|fortnight|month|term|year)|"
    r"per\s+(?:day|week|month))(?![\w-])"
)
# "on Mondays", "Tuesdays and Thursdays", "weekends"
PLURAL_DAYS = (
    rf"(?<![\w-])(?:on\s+)?(?:{_WEEKDAY_FULL}s|weekends)"
    rf"(?:\s*(?:,|and|&|or)\s*(?:{_WEEKDAY_FULL}s?|weekends))*(?![\w-])|"
    rf"(?<![\w-]){_WEEKDAY_FULL}\s*(?:to|-|–)\s*{_WEEKDAY_FULL}(?![\w-])"
)
# "immediately", "with immediate effect", "straight away", "from now on" - not "immediately
# after contact", which names the moment.
IMMEDIATE = (
    r"(?<![\w-])(?:(?:with\s+)?immediate(?:ly)?(?:\s+effect)?|(?:straight|right)\s+away|"
    r"at\s+once|(?:with\s+effect\s+)?from\s+(?:now|today)(?:\s+on(?:wards)?)?|"
    r"^\s*now\s*$|now\s+on(?:wards)?)"
    r"(?!\s+(?:after|following|when|whenever|if|once|on|before|upon|the\s+day))(?![\w-])"
)


# --- counting a phrase into a date ------------------------------------------------------


@dataclass(frozen=True)
class Counted:
    """The date a relative timescale stands for, and how it was counted, in plain words."""

    date: dt.date
    reason: str
    word: str = "by"  # "by 14 December", "on Friday 6 November", "until 20 January"


@dataclass(frozen=True)
class Uncounted:
    """A relative timescale that cannot be turned into a date; ``ask`` says what to ask."""

    ask: str


Reading = Counted | Uncounted | None


@functools.cache
def calendar_for(nation: str) -> WorkingDayCalendar:
    return WorkingDayCalendar(nation)


NATION_NAMES = {
    "england": "England",
    "wales": "Wales",
    "scotland": "Scotland",
    "northern_ireland": "Northern Ireland",
}

_DURATION_PARTS = re.compile(
    rf"(?P<first>{NUMBER})(?:\s*(?:-|–|to|or)\s*(?P<second>{NUMBER}))?\s*"
    r"(?:(?P<kind>working|business|school|calendar|clear)\s+)?(?P<unit>[a-z]+)"
    r"|(?P<weeks>\d{1,2})\s*/\s*52",
    re.IGNORECASE,
)
_ANCHOR = re.compile(
    r"\s(?P<direction>of|from|after|following|before|prior\s+to)\s+(?P<anchor>.+)$",
    re.IGNORECASE,
)
_PLAN_ITSELF = re.compile(
    r"^(?:today|now|this\s+meeting|the\s+meeting|(?:this|the)\s+plan|plan(?:\s+being\s+agreed)?|"
    r"(?:this|the)\s+plan\s+being\s+agreed|(?:date\s+of\s+)?(?:this|the)\s+plan)$",
    re.IGNORECASE,
)
_ANCHOR_EVENTS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"\b(?:icpc|initial\b.*\bconference)\b", re.I), "initial_conference",
     "the initial conference"),
    (re.compile(r"\bstrategy\b", re.I), "strategy_discussion", "the strategy discussion"),
    (re.compile(r"\bcore\s+group\b", re.I), "core_group", "the core group"),
    (re.compile(r"\blooked\s+after\b|\bcoming\s+into\s+care\b", re.I), "looked_after",
     "the day the child became looked after"),
)  # fmt: skip


def count_duration(text: str, plan: Plan) -> Reading:
    """'within 6 weeks', 'in 10 working days', 'within 10 working days of the ICPC'."""
    parts = _DURATION_PARTS.search(text)
    if parts is None:
        return None
    if parts.group("weeks"):
        amount, unit, kind = int(parts.group("weeks")), "week", ""
    else:
        amount_or_none = _number(parts.group("second") or parts.group("first"))
        unit_or_none = _unit(parts.group("unit"))
        kind = (parts.group("kind") or "").lower()
        if amount_or_none is None or unit_or_none is None:
            return Uncounted(
                f"'{text.strip()}' means something different to everyone: write the date."
            )
        amount, unit = amount_or_none, unit_or_none
    anchor = _ANCHOR.search(text[parts.end() :])
    start, start_words = plan.date, f"the plan's date, {format_short_date(plan.date)}"
    sign = 1
    if anchor is not None:
        anchor_text = anchor.group("anchor").strip()
        if anchor.group("direction").lower() in ("before", "prior to"):
            sign = -1
        found = _anchor_date(anchor_text, plan)
        if found is None:
            return Uncounted(
                f"Count {_amount_words(amount, kind, unit)} from {anchor_text} and write that date."
            )
        start, start_words = found
    calendar = calendar_for(plan.nation)
    count_words = _amount_words(amount, kind, unit)
    word = _word_of(text.lower())
    if kind in ("working", "business", "school"):
        date = calendar.add_working_days(start, sign * amount)
        reason = (
            f"{count_words} {'before' if sign < 0 else 'after'} {start_words}, not counting "
            f"weekends or bank holidays in {NATION_NAMES[plan.nation]}"
        )
        if kind == "school":
            reason += "; school holidays are not taken out, so check the term dates"
        return Counted(date, reason, word)
    if unit == "hour":
        exact = start + dt.timedelta(days=sign * -(-amount // 24))
    elif unit in ("month", "year"):
        exact = calendar.add_months(start, sign * amount * (12 if unit == "year" else 1))
    else:
        days = {"day": 1, "week": 7, "fortnight": 14}[unit] * amount
        exact = start + dt.timedelta(days=sign * days)
    date = calendar.working_day_on_or_before(exact)
    direction = "before" if sign < 0 else "after"
    if date == exact:
        return Counted(date, f"{count_words} {direction} {start_words}", word)
    if sign < 0:
        reason = f"the last working day before {count_words} {direction} {start_words}"
        return Counted(date, reason, word)
    return Counted(date, f"the last working day within {count_words} of {start_words}", word)


def count_period(text: str, plan: Plan) -> Reading:
    """'this week', 'next week', 'by the end of next month', 'this year'."""
    lowered = text.lower()
    unit_match = re.search(r"(week|month|year|fortnight)", lowered)
    if unit_match is None:
        return None
    unit = unit_match.group(1)
    ahead = 1 if re.search(r"\b(?:next|following|coming)\b", lowered) else 0
    calendar = calendar_for(plan.nation)
    day = plan.date
    if unit == "fortnight":
        exact = day + dt.timedelta(days=14)
        date = calendar.working_day_on_or_before(exact)
        return Counted(date, f"2 weeks after the plan's date, {format_short_date(plan.date)}")
    if unit == "week":
        friday = day + dt.timedelta(days=(4 - day.weekday()) % 7 + 7 * ahead)
        date = calendar.working_day_on_or_before(friday)
        which = "the week after" if ahead else "the week of"
        return Counted(
            date,
            f"the last working day of {which} the plan's date, {format_short_date(plan.date)}",
        )
    if unit == "month":
        first = calendar.add_months(day.replace(day=1), ahead)
        last = calendar.add_months(first, 1) - dt.timedelta(days=1)
        date = calendar.working_day_on_or_before(last)
        return Counted(date, f"the last working day of {first:%B %Y}")
    last = dt.date(day.year + ahead, 12, 31)
    return Counted(calendar.working_day_on_or_before(last), f"the last working day of {last.year}")


def count_day(text: str, plan: Plan) -> Reading:
    """'today', 'tomorrow', 'by the end of the day'."""
    if "tomorrow" in text.lower():
        return Counted(plan.date + dt.timedelta(days=1), "the day after the plan's date")
    return Counted(plan.date, "the plan's date")


def count_meeting(text: str, plan: Plan) -> Reading:
    """'by next review', 'at the next core group', 'before the review conference'."""
    lowered = text.lower()
    before = bool(re.search(r"\b(?:before|prior\s+to|ahead\s+of|in\s+time\s+for)\b", lowered))
    found: tuple[dt.date, str] | None = None
    visit = re.search(r"(visit|appointment|session)", lowered)
    if visit:
        return Uncounted(f"Write the date of the next {visit.group(1)}.")
    if "core group" in lowered:
        future = _events(plan, "core_group", on_or_after=plan.date)
        if future:
            found = (future[0].date, "the next core group")
        elif "first" in lowered:
            return Uncounted(
                "Write the date of the first core group (within 10 working days of the "
                "initial conference)."
            )
        else:
            return Uncounted("The plan's key dates have no next core group: write its date.")
    elif re.search(r"\b(?:icpc|initial)\b", lowered):
        events = _events(plan, "initial_conference", on_or_after=plan.date)
        if not events:
            return Uncounted("Write the date of the initial conference.")
        found = (events[0].date, "the initial conference")
    elif re.search(r"\bmeeting\b", lowered) and not re.search(r"\breview\b", lowered):
        candidates = [
            (e.date, "the next core group")
            for e in _events(plan, "core_group", on_or_after=plan.date)
        ]
        if plan.next_review is not None:
            candidates.append((plan.next_review, "the next review"))
        if not candidates:
            return Uncounted("Write the date of the next meeting.")
        found = min(candidates)
    else:
        if plan.next_review is None:
            return Uncounted(
                "The plan has no next review date yet: set it, and write the date here."
            )
        found = (plan.next_review, "the next review")
    date, name = found
    if before:
        calendar = calendar_for(plan.nation)
        day_before = calendar.add_working_days(date, -1)
        return Counted(day_before, f"the working day before {name} on {format_date(date)}")
    word = "on" if re.match(r"\s*(?:at|on)\b", lowered) else _word_of(lowered)
    return Counted(date, name, word)


def count_weekday(text: str, plan: Plan) -> Reading:
    """'by Friday' is the first Friday after the plan's date; 'next Friday' the Friday of
    the week after the plan's week (as most people in the UK mean it)."""
    match = re.search(r"(mon|tue|wed|thu|fri|sat|sun)", text.lower())
    if match is None:
        return None
    wanted = ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(match.group(1))
    if re.search(r"\bnext\b", text, re.IGNORECASE):
        monday = plan.date + dt.timedelta(days=7 - plan.date.weekday())
        date = monday + dt.timedelta(days=wanted)
        which = f"the {date:%A} of the week after the plan's date"
    else:
        date = plan.date + dt.timedelta(days=(wanted - plan.date.weekday() - 1) % 7 + 1)
        which = f"the first {date:%A} after the plan's date"
    return Counted(
        date,
        f"{which}, {format_short_date(plan.date)}: check it is the {date:%A} you mean",
        "on" if re.match(r"\s*on\b", text, re.IGNORECASE) else _word_of(text.lower()),
    )


def count_month(text: str, plan: Plan) -> Reading:
    """'by December', 'end of January': the last working day of the next such month."""
    lowered = text.lower()
    match = re.search(_MONTH_NAME + r"\.?(?![a-z])", lowered)
    if match is None:
        return None
    month = MONTHS[match.group(0).rstrip(".")]
    year = plan.date.year + (1 if month < plan.date.month else 0)
    first = dt.date(year, month, 1)
    calendar = calendar_for(plan.nation)
    if re.search(r"\b(?:early|mid|beginning|start|middle)\b", lowered):
        return Uncounted(f"Write the day in {first:%B %Y} you mean.")
    if re.search(r"\bbefore\b", lowered):
        date = calendar.working_day_on_or_before(first - dt.timedelta(days=1))
        return Counted(date, f"the last working day before {first:%B %Y}")
    last = calendar.add_months(first, 1) - dt.timedelta(days=1)
    return Counted(
        calendar.working_day_on_or_before(last),
        f"the last working day of {first:%B %Y}",
    )


def count_festival(text: str, plan: Plan) -> Reading:
    """'by Christmas' is counted (the last working day before Christmas); Easter, the new
    year and 'after Christmas' are asked about."""
    lowered = text.lower()
    if re.search(r"christmas|xmas", lowered) and not re.search(r"\b(?:after|over|from)\b", lowered):
        eve = dt.date(plan.date.year, 12, 24)
        if eve < plan.date:
            eve = eve.replace(year=eve.year + 1)
        date = calendar_for(plan.nation).working_day_on_or_before(eve)
        return Counted(date, "the last working day before Christmas")
    return Uncounted(f"'{text.strip()}' is not one day: write the date you mean.")


def _events(plan: Plan, kind: str, on_or_after: dt.date | None = None) -> list[Event]:
    return sorted(
        (
            event
            for event in plan.events
            if event.kind == kind and (on_or_after is None or event.date >= on_or_after)
        ),
        key=lambda event: event.date,
    )


def _anchor_date(anchor: str, plan: Plan) -> tuple[dt.date, str] | None:
    """The date a duration is counted from, when the words name one the plan knows."""
    anchor = re.sub(r"^the\s+", "", anchor, flags=re.IGNORECASE)
    if _PLAN_ITSELF.match(anchor):
        return plan.date, f"the plan's date, {format_short_date(plan.date)}"
    if re.search(r"\b(?:next\s+)?review\b|\brcpc\b", anchor, re.IGNORECASE) and not re.search(
        r"\b(?:last|previous)\b", anchor, re.IGNORECASE
    ):
        if plan.next_review is None:
            return None
        return plan.next_review, f"the next review on {format_short_date(plan.next_review)}"
    for pattern, kind, name in _ANCHOR_EVENTS:
        if pattern.search(anchor):
            events = _events(plan, kind)
            if not events:
                return None
            past = [event for event in events if event.date <= plan.date]
            event = past[-1] if past else events[0]
            if kind == "looked_after":
                name = f"the day {plan.child.name.split()[0]} became looked after"
            return event.date, f"{name} on {format_short_date(event.date)}"
    return None


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word.isdigit():
        return int(word)
    if word in ("a couple of", "couple of"):
        return 2
    if word in ("a single",):
        return 1
    parts = re.split(r"[-\s]", word)
    if len(parts) == 2 and parts[0] in _NUMBER_WORDS and parts[1] in _NUMBER_WORDS:
        return _NUMBER_WORDS[parts[0]] + _NUMBER_WORDS[parts[1]]
    return _NUMBER_WORDS.get(word)  # "a few", "several": no number


def _unit(word: str) -> str | None:
    word = word.lower()
    for unit, forms in (
        ("day", ("day", "days")),
        ("week", ("wk", "wks", "week", "weeks")),
        ("fortnight", ("fortnight", "fortnights")),
        ("month", ("month", "months", "mth", "mths", "mnth", "mnths")),
        ("year", ("year", "years", "yr", "yrs")),
        ("hour", ("hour", "hours", "hr", "hrs")),
    ):
        if word in forms:
            return unit
    return None


def _amount_words(amount: int, kind: str, unit: str) -> str:
    kind_word = f"{kind} " if kind in ("working", "business", "school") else ""
    if kind == "business":
        kind_word = "working "
    return f"{amount} {kind_word}{unit}{'' if amount == 1 else 's'}"


def _word_of(lowered: str) -> str:
    if re.match(r"\s*(?:until|till|for)\b", lowered):
        return "until"
    return "by"
