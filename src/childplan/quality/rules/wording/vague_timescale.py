"""vague-timescale: a 'when' or 'by' that is relative or open instead of a date.

Flags "within 6 weeks", "next month", "by next review", "ongoing", "asap", "TBC", a repeating
action with no end ("every Monday", "weekly") and school-calendar words ("end of term",
whose date differs from school to school). Leaves alone any text that names a date (ISO,
numeric or written, with or without the weekday), and a schedule with an end date ("every
Monday until 18 December 2026"). A specific trigger ("if Jimmy's skin bleeds", "each time
Jimmy comes back from contact") is not flagged: it says exactly when, and no date could.

The suggestion counts the relative timescale into a date from the plan (see
``quality/relative_timescales.py`` for how each kind is counted).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from childplan.plan.dates import DateError, find_dates, format_date, is_start_date
from childplan.plan.model import Plan, TextField
from childplan.quality import relative_timescales as rt
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, TermMatch
from childplan.timescales.calendar import OutsideCalendarError

# strftime costs microseconds a call, and a plan's suggestions name the same few dates (its
# date, its next review) again and again.

_Counter = Callable[[str, Plan], rt.Reading]

# Each built-in term is one kind of timescale; a term a local authority adds is "open".
TERMS = (
    Term("within 6 weeks", pattern=rt.DURATION),
    Term("next week", pattern=rt.PERIOD),
    Term("today", pattern=rt.DAY),
    Term("by next review", pattern=rt.MEETING),
    Term("by Friday", pattern=rt.WEEKDAY),
    Term("by December", pattern=rt.MONTH),
    Term("end of term", pattern=rt.SCHOOL_TERM),
    Term("by Christmas", pattern=rt.FESTIVAL),
    Term("every Monday", pattern=rt.EVERY),
    Term("weekly", pattern=rt.RATE),
    Term("on Mondays", pattern=rt.PLURAL_DAYS),
    Term("immediately", pattern=rt.IMMEDIATE),
    Term("ongoing", pattern=r"(?<![\w-])on[-\s]?going(?![\w-])"),
    Term(
        "continuous",
        pattern=r"(?<![\w-])(?:continu(?:ous|ously|al|ally|ing)|constant(?:ly)?)(?![\w-])",
    ),
    Term(
        "throughout",
        pattern=r"(?<![\w-])throughout(?:\s+the\s+(?:[\w-]+\s+){0,3}?(?:plan|intervention|"
        r"period|involvement|order|process|assessment|work))?(?![\w-])",
    ),
    Term(
        "for the duration of the plan",
        pattern=r"(?<![\w-])(?:(?:for|during|over)\s+)?the\s+(?:duration|life(?:time)?|length|"
        r"course)\s+of\s+(?:the\s+|this\s+)?(?:[\w-]+\s+){0,3}?(?:plan|intervention|order|"
        r"involvement|case|work)(?![\w-])|for\s+as\s+long\s+as\s+(?:[\w-]+\s+)?(?:needed|"
        r"required|necessary|appropriate)(?![\w-])",
    ),
    Term(
        "as and when",
        pattern=r"(?<![\w-])as\s+and\s+when(?:\s+(?:needed|required|necessary|appropriate|"
        r"possible|requested))?(?![\w-])",
    ),
    Term(
        "when required",
        pattern=r"(?<![\w-])(?:as|when|if|where|whenever)\s+(?:needed|required|necessary|"
        r"appropriate|requested|indicated|possible|practicable|available|ready)(?![\w-])|"
        r"(?<![\w-])when\s+(?:a\s+)?(?:place|space|slot|vacancy|worker|practitioner|"
        r"appointment)\s+(?:is|becomes)\s+(?:available|free|allocated)(?![\w-])",
    ),
    Term(
        "asap",
        pattern=r"(?<![\w.-])a\.?s\.?a\.?p\.?(?![\w-])|(?<![\w-])(?:as\s+soon\s+as\s+(?:is\s+)?"
        r"(?:possible|practicable|practical|reasonably\s+practicable|able|can\s+be\s+arranged|"
        r"(?:she|he|they|we|you|I)\s+(?:can|may|are\s+able|is\s+able|am\s+able))|(?:at\s+the\s+)?(?:earliest|"
        r"first)\s+(?:opportunity|convenience|possible\s+(?:date|time|opportunity))|"
        r"urgent(?:ly)?|as\s+a\s+matter\s+of\s+(?:urgency|priority))(?![\w-])",
    ),
    Term(
        "TBC",
        pattern=r"(?<![\w.-])t\.?b\.?[cad]\.?(?![\w-])|(?<![\w-])(?:to\s+be\s+(?:confirmed|"
        r"arranged|agreed|decided|advised|determined|set|booked|scheduled|fixed)|(?:date\s+)?"
        r"not\s+(?:yet\s+)?(?:known|set|agreed|confirmed|booked))(?![\w-])",
    ),
    Term(
        "regularly",
        pattern=r"(?<![\w-])(?:regular(?:ly)?|on\s+a\s+regular\s+basis|periodically|from\s+time"
        r"\s+to\s+time|frequently|often|occasionally|routinely|at\s+intervals)(?![\w-])",
    ),
    Term(
        "at all times",
        pattern=r"(?<![\w-])(?:at\s+all\s+times|always|permanently|indefinitely|forever|"
        r"for\s+good|open[-\s]ended|no\s+end\s+date)(?![\w-])",
    ),
    Term(
        "until further notice",
        pattern=r"(?<![\w-])(?:until|till)\s+(?:further\s+notice|(?:it\s+is\s+|this\s+is\s+|"
        r"they\s+are\s+|he\s+is\s+|she\s+is\s+)?no\s+longer\s+(?:needed|required|necessary|"
        r"appropriate)|(?:the\s+)?(?:plan|case)\s+(?:is\s+)?(?:closed|ends|ended|closes|"
        r"stepped\s+down)|(?:case\s+)?closure|step[-\s]?down|(?:the\s+)?concerns?\s+(?:are\s+|"
        r"have\s+been\s+)?(?:resolved|reduced|addressed)|(?:it\s+is\s+)?(?:completed?|achieved|"
        r"resolved))(?![\w-])",
    ),
    Term("long term", pattern=r"(?<![\w-])(?:long|medium|short)[-\s]?term(?![\w-])"),
    Term(
        "in due course",
        pattern=r"(?<![\w-])(?:in\s+due\s+course|(?<!as\s)(?:very\s+)?soon(?!\s+as\b)|shortly|"
        r"in\s+the\s+(?:near\s+)?future|at\s+(?:some|a)\s+(?:point|later\s+(?:date|stage|point))|eventually|"
        r"over\s+time|in\s+the\s+coming\s+(?:days|weeks|months))(?![\w-])",
    ),
    Term(
        "within timescales",
        pattern=r"(?<![\w-])(?:within|in\s+line\s+with|in\s+accordance\s+with|as\s+per)\s+"
        r"(?:the\s+)?(?:statutory|agreed|set|usual|normal|required|relevant|procedural|"
        r"expected)?\s*time\s?(?:scales?|frames?|limits?)(?![\w-])",
    ),
    Term(
        "as agreed",
        pattern=r"(?<![\w-])as\s+(?:agreed|discussed|arranged|planned|scheduled|booked|"
        r"previously\s+(?:agreed|discussed))(?![\w-])",
    ),
    Term(
        "before the birth",
        pattern=r"(?<![\w-])(?:before|by|prior\s+to|ahead\s+of)\s+(?:the\s+)?(?:(?:baby|"
        r"(?:her|his|their)\s+baby)\s+(?:is|being)\s+born|(?:baby['’]s\s+)?birth|delivery|"
        r"(?:(?:the\s+)?baby|mum|mother|she)\s+(?:is|are)\s+discharged|discharge)"
        r"(?:\s+from\s+(?:the\s+)?hospital)?(?![\w-])",
    ),
    Term(
        "pending",
        pattern=r"(?<![\w-])(?:pending|awaiting|on\s+(?:the\s+)?waiting\s+list)(?![\w-])",
    ),
)

_COUNTERS: dict[str, _Counter] = {
    "within 6 weeks": rt.count_duration,
    "next week": rt.count_period,
    "today": rt.count_day,
    "by next review": rt.count_meeting,
    "by Friday": rt.count_weekday,
    "by December": rt.count_month,
    "by Christmas": rt.count_festival,
}
_RECURRING = {"every Monday", "weekly", "on Mondays"}
_CONTINUING = {
    "ongoing", "continuous", "throughout", "for the duration of the plan", "regularly",
    "at all times", "until further notice", "long term",
}  # fmt: skip
# "By 32 weeks gestation" counts from the pregnancy, not from the plan's date.
_GESTATION = re.compile(
    r"\s*(?:of\s+)?(?:gestation(?:al)?|pregnan(?:cy|t)|(?:into|of)\s+(?:the\s+|her\s+)?pregnancy)\b",
    re.IGNORECASE,
)
_WEEKS_OF_PREGNANCY = (
    "Weeks of pregnancy are counted from the pregnancy, not from this plan: write the date "
    "she will be that many weeks pregnant, from the due date."
)
_TERM_DATES = "Term dates differ between schools and areas: write the day you mean"
_TRIGGER = re.compile(
    r"(?:after|before|following|during|at\s+the\s+(?:end|start)\s+of)\s+$", re.IGNORECASE
)
# Every date find_dates reads has a digit (a day or a year): most open timescales have none,
# and are not searched for dates at all.
_DIGIT = re.compile(r"\d")
_HOURS = re.compile(r"\S+\s*(?:hours?|hrs?)\b", re.IGNORECASE)
_HOW_LONG = re.compile(r"for\s+\S+\s*(?:hours?|hrs?)\b", re.IGNORECASE)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    if ctx.terms is None:
        return
    text, plan = field.text, ctx.plan
    try:
        mentions = find_dates(text, plan.date) if _DIGIT.search(text) else []
    except DateError:
        return  # a date that cannot exist: the file reader says so
    starts_only = len(mentions) == 1 and is_start_date(text, mentions[0])
    if mentions and not starts_only:
        return  # it names the date it is due (or the end of the schedule)
    found = [m for m in ctx.terms.find(text) if not _not_a_timescale(m, text)]
    counted_from_start = starts_only and any(m.term.phrase == "within 6 weeks" for m in found)
    if counted_from_start:
        # "weekly for 6 weeks from 9 November 2026" is counted from a real date: fine.
        found = [m for m in found if m.term.phrase not in _RECURRING | {"within 6 weeks"}]
    # Words inside the date itself ("from Monday 9 November") are part of that date.
    found = [m for m in found if not any(m.start < d.end and d.start < m.end for d in mentions)]
    if not found:
        if starts_only and not counted_from_start:
            yield Hit(
                0,
                len(text),
                detail=f"'{text.strip()}' says when it starts, but not when it is done or ends.",
                suggestion=f"Say when it ends: {_until_review(text.strip(), plan)}, or write "
                "the date it will be done by.",
            )
        return
    recurring = next((m for m in found if m.term.phrase in _RECURRING), None)
    try:
        suggestion = _suggestion(found, recurring, plan, text)
    except OutsideCalendarError:  # a plan dated beyond the bank holiday data
        suggestion = "Write the date it will be done by."
    detail = f"'{recurring.text}' says how often, but not until when." if recurring else None
    yield Hit(found[0].start, found[-1].end, suggestion=suggestion, detail=detail)


def _suggestion(found: list[TermMatch], recurring: TermMatch | None, plan: Plan, text: str) -> str:
    readings = [_read(m, plan, text) for m in found if m is not recurring]
    counted = [r for r in readings if isinstance(r, rt.Counted)]
    uncounted = [r for r in readings if isinstance(r, rt.Uncounted)]
    if recurring is not None:
        if counted:
            end = counted[0]
            until = f"{recurring.text} until {format_date(end.date)}"
            return f"Say when it stops: '{until}' ({end.reason})."
        if uncounted:
            return uncounted[0].ask
        return f"Say when it stops: {_until_review(recurring.text, plan)}, or the day it ends."
    if counted:
        first = counted[0]
        return f"Write the date instead: {first.word} {format_date(first.date)} ({first.reason})."
    phrases = {m.term.phrase for m in found}
    from_plan_date = f"from {format_date(plan.date)}"
    if "immediately" in phrases:
        if phrases & _CONTINUING:
            return f"Write when it starts and stops: {_until_review(from_plan_date, plan)}."
        next_day = rt.calendar_for(plan.nation).add_working_days(plan.date, 1)
        return (
            f"If it is done once, write the day it will be done by (for example 'by "
            f"{format_date(next_day)}'); if it carries on, write "
            f"{_until_review(from_plan_date, plan)}."
        )
    if uncounted:
        return uncounted[0].ask
    return _ask(found[0], plan)


def _until_review(words: str, plan: Plan) -> str:
    """'every Monday until Wednesday 20 January 2027' (the next review), quoted."""
    if plan.next_review is None:
        return f"'{words} until' and the date it should stop"
    return f"'{words} until {format_date(plan.next_review)}' (the next review)"


def _read(match: TermMatch, plan: Plan, text: str) -> rt.Reading:
    if _GESTATION.match(text, match.end):
        return rt.Uncounted(_WEEKS_OF_PREGNANCY)
    if match.term.phrase == "end of term":
        child = plan.child.name.split()[0]
        return rt.Uncounted(f"{_TERM_DATES}, e.g. the last day of term at {child}'s school.")
    counter = _COUNTERS.get(match.term.phrase)
    if counter is None:
        return None
    return counter(match.text, plan)


def _ask(match: TermMatch, plan: Plan) -> str:
    phrase = match.term.phrase
    child = plan.child.name.split()[0]
    if phrase in ("as and when", "when required"):
        return (
            f"Say what will make it happen (for example 'each time {child} comes back from "
            f"contact') and "
            f"until when, or give the date it will be done by."
        )
    if phrase == "asap":
        return (
            "Agree the latest date it can wait until and write it: 'as soon as possible, "
            "and by [date] at the latest'."
        )
    if phrase == "TBC":
        return (
            "Agree the date and write it here before the plan is shared; if it cannot be "
            "agreed yet, write the date by which it will be."
        )
    if phrase == "within timescales":
        return (
            "Count the date the timescale gives (for example, 10 working days after the "
            "initial conference) and write it here."
        )
    if phrase == "before the birth":
        return (
            "Write the date, counted back from the due date (for example 'by [date], four "
            "weeks before the baby is due'), so that it is done even if the baby comes early."
        )
    if phrase in ("in due course", "pending"):
        return (
            "Write the date it will be done by. If it is waiting for something else, name "
            "that and the date it is expected."
        )
    if phrase in _CONTINUING:
        return (
            "Write the date it will be done by; if it carries on, say how often and until "
            f"when, for example {_until_review('every Monday', plan)}."
        )
    return match.term.suggestion or "Write the date it will be done by."


def _not_a_timescale(match: TermMatch, text: str) -> bool:
    """'may' in lower case is a verb ("as soon as she may"), not the month; "after each
    contact" is a trigger, like "each time Jimmy comes back from contact"; "for 2 hours"
    is how long a session lasts, not when it is due."""
    if match.term.phrase == "within 6 weeks":
        return bool(_HOW_LONG.match(match.text)) or (
            bool(_HOURS.match(match.text)) and bool(re.search(r"\bfor\s+$", text[: match.start]))
        )
    if match.term.phrase == "by December":
        return bool(re.search(r"\bmay\b", match.text))
    if match.term.phrase == "every Monday":
        return bool(_TRIGGER.search(text[: match.start]))
    return False


RULE = Rule(
    slug="vague-timescale",
    kind="wording",
    severity=Severity.WARNING,
    fields=("when", "by"),
    summary="A timescale that is relative or open instead of a date: within 6 weeks, "
    "ongoing, by next review, asap, TBC, every Monday (with no end).",
    message="'{text}' is not a date: each reader may count it differently, and the review "
    "cannot tell whether it is late.",
    why=(
        "A date means the same to the family and to every professional, and shows at the "
        "review whether the action was done on time. 'Within 6 weeks' is counted from "
        "different days by different people, 'ongoing' never ends, and a weekly visit with "
        "no end date cannot be finished or reviewed. The checker counts the date for you "
        "from the plan's date, using working days and bank holidays where the text says "
        "working days."
    ),
    sources=(
        Source(
            "003",
            "do enter specific dates for completion of tasks, rather than timescales e.g. "
            "within 6 weeks or 'ongoing'",
        ),
        Source(
            "001",
            "There need to be definitive timescales for completion and these must be within "
            "the child’s timescale, not ours!",
        ),
        Source("001", "“ongoing” (remember what we said about definitive timescales)"),
    ),
    terms=TERMS,
    check=check,
    flags=(
        Example("within the next five days", "when", note="the seed's own example"),
        Example("Within 6 weeks", "when"),
        Example("Ongoing", "when"),
        Example("By next review", "when"),
        Example("ASAP", "when"),
        Example("As and when required", "when"),
        Example("TBC", "when"),
        Example("Every Monday after school", "when", note="repeats, with no end date"),
        Example("Within 10 working days", "when"),
        Example("By the end of next month", "by"),
        Example("End of the summer term", "by"),
    ),
    passes=(
        Example("By Friday 4 December 2026", "when"),
        Example("2026-12-04", "when"),
        Example("04/12/2026", "when"),
        Example("4th Dec 2026", "when"),
        Example("Every Monday until 18 December 2026", "when"),
        Example("Within 6 weeks, by Monday 14 December 2026", "when"),
        Example("Weekly, from 9 November 2026 to 18 December 2026", "when"),
        Example(
            "If Jimmy's skin bleeds",
            "when",
            note="a specific trigger says exactly when; no date could",
        ),
        Example("15 January 2027", "by"),
        Example("By the end of December 2026", "by"),
    ),
)
