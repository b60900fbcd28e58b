"""Taking 'who will do this and when' apart, on cells as practitioners write them."""

from __future__ import annotations

import datetime as dt

import pytest

from childplan.plan.dates import DateError
from childplan.plan.whowhen import WhoWhen, split_who_when

PLAN_DATE = dt.date(2026, 11, 2)


@pytest.mark.parametrize(
    ("text", "who", "when"),
    [
        # The examples of seeds 001 and 003 and the forms councils use.
        ("Sarah Smith – by 4 December 2026", "Sarah Smith", "by 4 December 2026"),
        ("Mrs March (Head of Year 6) 12/01/2027", "Mrs March (Head of Year 6)", "12/01/2027"),
        ("Dr Patel, ongoing", "Dr Patel", "ongoing"),
        ("SW / by next core group", "SW", "by next core group"),
        ("Mrs March; Head of Year 6 – by 12 Jan", "Mrs March; Head of Year 6", "by 12 Jan"),
        ("By 04/12/2026 - Sarah Smith", "Sarah Smith", "By 04/12/2026"),
        ("Sarah Smith\n4 December 2026", "Sarah Smith", "4 December 2026"),
        ("Sarah Smith (by 4 Dec)", "Sarah Smith", "by 4 Dec"),
        ("Jane Doe (SW) — 01.02.27", "Jane Doe (SW)", "01.02.27"),
        ("Sarah Smith: by the end of January 2027", "Sarah Smith", "by the end of January 2027"),
        ("Anna Brown, w/c 7 December 2026", "Anna Brown", "w/c 7 December 2026"),
        ("Who: Sarah Smith\nWhen: 4 December 2026", "Sarah Smith", "4 December 2026"),
        # Relative and open timescales are kept as written (the checker then asks for a date).
        (
            "Health Visitor (Jane Brown) - within 6 weeks",
            "Health Visitor (Jane Brown)",
            "within 6 weeks",
        ),
        ("Social worker - ASAP", "Social worker", "ASAP"),
        ("All agencies at the next core group", "All agencies", "at the next core group"),
        ("Sarah Smith, at each review", "Sarah Smith", "at each review"),
        ("Summer Brown – in two weeks", "Summer Brown", "in two weeks"),
        ("May Jones, in the next week", "May Jones", "in the next week"),
        (
            "Anna Brown (SW) within 10 working days of the conference",
            "Anna Brown (SW)",
            "within 10 working days of the conference",
        ),
        # Schedules stay whole.
        (
            "Mum and Dad – weekly until 18 December 2026",
            "Mum and Dad",
            "weekly until 18 December 2026",
        ),
        (
            "Emma Jones, Family Support Worker, every Tuesday from 10 November 2026",
            "Emma Jones, Family Support Worker",
            "every Tuesday from 10 November 2026",
        ),
        (
            "Anna Brown (Social Worker) by 12th January 2027 and then monthly",
            "Anna Brown (Social Worker)",
            "by 12th January 2027 and then monthly",
        ),
        # Only a timescale, or no timescale at all: nothing is guessed.
        ("TBC", None, "TBC"),
        ("Ongoing", None, "Ongoing"),
        ("school", "school", None),
        ("Sarah Smith", "Sarah Smith", None),
        ("Referral to be made by Anna Brown", "Referral to be made by Anna Brown", None),
        ("", None, None),
    ],
)
def test_splits(text: str, who: str | None, when: str | None) -> None:
    split = split_who_when(text, PLAN_DATE)
    assert (split.who, split.when) == (who, when)
    assert split.rest is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jimmy’s mother will make an appointment for him to be seen by his G.P. "
            "within the next five days.",
            WhoWhen(
                "Jimmy’s mother",
                "within the next five days",
                "will make an appointment for him to be seen by his G.P.",
            ),
        ),
        (
            "Mum to take Jimmy to the GP by Friday",
            WhoWhen("Mum", "by Friday", "to take Jimmy to the GP"),
        ),
        ("Health visitor to visit weekly", WhoWhen("Health visitor", "weekly", "to visit")),
        (
            "Dad will be alcohol free whenever he cares for Daisy",
            WhoWhen("Dad", None, "will be alcohol free whenever he cares for Daisy"),
        ),
    ],
)
def test_a_sentence_gives_its_subject_as_the_who(text: str, expected: WhoWhen) -> None:
    assert split_who_when(text, PLAN_DATE) == expected


def test_a_date_that_cannot_exist_is_an_error() -> None:
    with pytest.raises(DateError, match="31/02/2027"):
        split_who_when("Sarah Smith – 31/02/2027", PLAN_DATE)
