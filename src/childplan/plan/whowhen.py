"""'Who will do this and when' as practitioners write it, taken apart.

Plans written in Word keep the person and the timescale in one box: "Sarah Smith – by 4
December 2026", "Mrs March (Head of Year 6) 12/01/2027", "Dr Patel, ongoing", "SW / by next
core group", or a whole sentence: "Jimmy's mother will make an appointment for him to be seen
by his G.P. within the next five days" (seed 001). ``split_who_when`` finds the timescale
(dates from ``dates.find_dates`` and the timescale phrases below) and calls the rest the who.
It never guesses a person: text with no timescale in it is returned whole as the who.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from childplan.plan.dates import find_dates

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"a few|few|a couple of|couple of)"
)
_UNIT = r"(?:working |school |calendar )?(?:days?|weeks?|wks?|months?|years?|terms?|hours?)"
_MONTH_NAMES = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)"
)
_DAY_NAMES = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MEETINGS = (
    r"(?:(?:cp |cin |child in need |child protection |lac |cla |looked after |taf |tac |"
    r"team around the (?:family|child) |core group |family )?"
    r"(?:review(?: conference| meeting)?|core group(?: meeting)?|meeting|conference|visit|"
    r"session|appointment|rcpc|icpc|taf|tac|cg|cin|supervision|panel))"
)
_TIME_PHRASES = re.compile(
    "|".join(
        [
            rf"\b(?:within|in|over|after|for)\s+(?:the\s+)?"
            rf"(?:(?:next|first|coming)\s+(?:{_NUMBER}\s+)?|(?:a|{_NUMBER})\s+){_UNIT}\b",
            rf"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+{_UNIT}\b",
            r"\b(?:on-?going|asap|a\.s\.a\.p\b\.?|as soon as possible|immediately|immediate|"
            r"urgent(?:ly)?|today|tomorrow|tonight|tbc|tba|to be (?:confirmed|agreed|arranged)|"
            r"throughout|at all times|continuous(?:ly)?|regularly|daily|nightly|weekly|"
            r"fortnightly|monthly|termly|annually|yearly|quarterly|thereafter|onwards|"
            r"as and when(?: (?:needed|required|necessary))?|"
            r"(?:as|when|if) (?:needed|required|necessary|appropriate))\b",
            rf"\b(?:this|next|the following|following)\s+(?:week|month|term|year|weekend|"
            rf"{_DAY_NAMES}|{_MEETINGS})\b",
            rf"\b(?:next|each|every|following|first|second|future|all)\s+{_MEETINGS}s?\b",
            rf"\b(?:end|start|beginning|middle)\s+of\s+(?:the\s+)?(?:this\s+|next\s+)?(?:week|"
            r"month|term|school term|(?:autumn|spring|summer|winter) term|school year|year|"
            rf"holidays?|half[- ]term|{_MONTH_NAMES})\b",
            r"\b(?:autumn|spring|summer|winter)\s+(?:term|half[- ]term|holidays?)\b",
            r"\b(?:half[- ]term|christmas|easter|summer holidays?)\b",
            rf"\b(?:every|each)\s+(?:other\s+)?(?:\d+\s+|two\s+|three\s+)?(?:day|week|month|"
            rf"term|morning|evening|night|weekend|school day|{_DAY_NAMES})s?\b",
            r"\b(?:once|twice|three times|\d+ times)\s+(?:a|per|each)\s+(?:day|week|month|term|"
            r"fortnight)\b",
            r"\bper\s+(?:day|week|month|term)\b",
            rf"\b(?:on\s+)?{_DAY_NAMES}s?\b",
        ]
    ),
    re.IGNORECASE,
)
# Words that belong to the timescale when they come just before it ("by", "no later than").
_LEAD_IN = re.compile(
    r"(?:(?<![\w'’])(?:by|on|before|until|till|from|starting|commencing|beginning|"
    r"no later than|not later than|at|within|in|for|every|each|after|prior to|w/c|wc|"
    r"week commencing|deadline|due|date|when|by when|the|of)\b[\s:.,]*)+$",
    re.IGNORECASE,
)
# Between two timescales: they are one ("by 4 December 2026 and then weekly").
_JOINER = re.compile(
    r"^[\s,;:/()\-–—]*(?:(?:and|then|until|till|from|starting|with|by|on|before|of|the|"
    r"at|after|or|latest|at the latest|reviewed)\b[\s,;:/()\-–—]*)*$",
    re.IGNORECASE,
)
_SEPARATORS = " \t\n,;:/|-–—•*"
_SUBJECT = re.compile(
    r"^(?P<who>.{1,60}?)\s+(?P<rest>(?P<modal>will|shall|should|must|can|is going to|"
    r"are going to|is to|are to|has agreed to|have agreed to|agreed to)\s+\w.*"
    r"|to\s+(?!(?:the|a|an|his|her|their|its|my|our|your|him|them|me|us)\b)[a-z]\w*.*)$",
    re.DOTALL,
)
# "Referral to be made ...", "The assessment will ...": a thing, not a person, before the verb.
_NOT_A_PERSON = re.compile(
    r"(?:al|tion|sion|ment|ance|ence|ing|ure|ity|plan|work)$|^(?:a|an|this|that|it)\b",
    re.IGNORECASE,
)
_WHEN_LABEL = re.compile(r"^(?:when|by when|date|timescale)\s*:\s*", re.IGNORECASE)
_WHO_LABEL = re.compile(r"^(?:who|by whom|person responsible|responsible)\s*:\s*", re.IGNORECASE)


@dataclass(frozen=True)
class WhoWhen:
    """A 'who will do this and when' cell taken apart."""

    who: str | None
    when: str | None
    rest: str | None = None  # what the person will do, when the cell is a whole sentence


def split_who_when(text: str, reference: dt.date | None = None) -> WhoWhen:
    """Split 'Sarah Smith – by 4 December 2026' into who and when.

    Dates and timescale phrases (``_TIME_PHRASES``) next to each other make the when, with
    a lead-in such as "by" or "no later than"; the text before it (or after, when the when
    comes first) is the who. 'Jimmy's mother will make an appointment ... within five days'
    gives who "Jimmy's mother" and the rest "will make an appointment ...". Text with no
    timescale in it is all who. Raises ``DateError`` for a date that cannot exist.
    """
    text = re.sub(r"[ \t]*\n[ \t]*", "\n", re.sub(r"[ \t\u00a0]+", " ", text)).strip()
    if not text:
        return WhoWhen(None, None)
    spans = [(m.start, m.end) for m in find_dates(text, reference)]
    spans += [(m.start(), m.end()) for m in _TIME_PHRASES.finditer(text)]
    if not spans:
        return _with_subject(text, None)
    clusters: list[list[int]] = []
    for start, end in sorted(spans):
        if clusters and (start <= clusters[-1][1] or _JOINER.match(text[clusters[-1][1] : start])):
            clusters[-1][1] = max(clusters[-1][1], end)
        else:
            clusters.append([start, end])
    start, end = clusters[-1]
    lead_in = _LEAD_IN.search(text[:start])
    if lead_in:
        start = lead_in.start()
    before = _strip_separators(text[:start])
    if before:
        return _with_subject(before, _trim_when(text[start:]))
    return _with_subject(_strip_separators(text[end:]), _trim_when(text[start:end]))


def _strip_separators(text: str) -> str:
    """Punctuation between who and when, keeping brackets that belong to the who."""
    previous = None
    while text != previous:
        previous = text
        text = text.strip(_SEPARATORS)
        if text.endswith("(") or (text.startswith(")") and text.count(")") > text.count("(")):
            text = text[:-1] if text.endswith("(") else text[1:]
    return text


def _trim_when(when: str) -> str | None:
    when = _WHEN_LABEL.sub("", when.strip(" \t\n,;/|-–—"))
    if when.count(")") > when.count("("):
        when = when.rstrip(")").strip()
    if when.count("(") > when.count(")"):
        when = when.lstrip("(").strip()
    if when.endswith(".") and not re.search(r"\b\w\.$", when):
        when = when[:-1]
    return when or None


def _with_subject(who: str, when: str | None) -> WhoWhen:
    who = _WHO_LABEL.sub("", who).strip()
    if not who:
        return WhoWhen(None, when)
    match = _SUBJECT.match(who)
    if match:
        subject = match.group("who").strip(" ,;:-–—")
        if len(subject.split()) <= 6 and not _NOT_A_PERSON.search(subject):
            return WhoWhen(subject, when, match.group("rest").strip())
    return WhoWhen(who, when)
