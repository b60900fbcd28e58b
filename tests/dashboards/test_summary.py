"""A plan's summary against dates counted by hand, and against ``childplan due``.

Facts used: 25 November 2026 is a Wednesday, so "this week" runs to Sunday 29 November.
1 January 2027 (New Year's Day) is a Friday and a bank holiday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from childplan.dashboards.summary import (
    Summary,
    actions_due,
    open_actions,
    over_nine_months,
    stale_on,
    standing,
    summarise,
    week_end,
)
from childplan.plan.fileformat import loads_plan
from childplan.plan.model import Plan
from childplan.quality.engine import Checker
from childplan.quality.rule import Severity
from childplan.timescales.engine import schedule
from childplan.timescales.settings import LocalTimescales

D = dt.date
TODAY = D(2026, 11, 25)
CHECKER = Checker()


def plan(body: str) -> Plan:
    lines = "\n".join(f"  {line}" for line in body.strip().splitlines())
    return loads_plan(f"format: childplan/1\nplan:\n  child: {{name: Leah Morgan}}\n{lines}\n").plan


def summary(body: str, today: dt.date = TODAY) -> Summary:
    return summarise(plan(body), CHECKER, today)


def test_this_week_runs_from_today_to_sunday() -> None:
    assert week_end(TODAY) == D(2026, 11, 29)
    assert week_end(D(2026, 11, 29)) == D(2026, 11, 29)
    assert week_end(D(2026, 11, 30)) == D(2026, 12, 6)
    assert standing(D(2026, 11, 24), TODAY) == "late"
    assert standing(TODAY, TODAY) == "due"
    assert standing(D(2026, 11, 29), TODAY) == "due"
    assert standing(D(2026, 11, 30), TODAY) == "later"
    assert standing(None, TODAY) is None


def test_a_child_in_need_review_on_time() -> None:
    made = summary("type: child_in_need\nstarted: 2026-10-01\ndate: 2026-10-01")
    # 3 months after 1 October is 1 January 2027, a bank holiday: due Thursday 31 December.
    assert made.dues["review"].due == D(2026, 12, 31)
    assert "1 January 2027 is" in made.dues["review"].reason
    # 9 months after 1 October 2026: 1 July 2027.
    assert made.nine_months_on == D(2027, 7, 1)
    assert made.next_due is not None and made.next_due.due == D(2026, 12, 31)
    assert not over_nine_months(made, TODAY)


def test_a_review_due_this_week_and_one_late() -> None:
    due = summary("type: child_in_need\nstarted: 2026-08-27\ndate: 2026-08-27")
    assert due.dues["review"].due == D(2026, 11, 27)  # a Friday
    assert standing(due.dues["review"].due, TODAY) == "due"
    late = summary("type: child_in_need\nstarted: 2026-08-03\ndate: 2026-08-03")
    assert late.dues["review"].due == D(2026, 11, 3)  # a Tuesday
    assert standing(late.dues["review"].due, TODAY) == "late"


def test_a_missed_next_review_is_the_review_due() -> None:
    made = summary(
        "type: child_in_need\nstarted: 2026-10-01\ndate: 2026-10-01\nnext_review: 2026-11-20"
    )
    assert made.dues["review"].due == D(2026, 11, 20)
    booked = summary(
        "type: child_in_need\nstarted: 2026-10-01\ndate: 2026-10-01\nnext_review: 2026-12-10"
    )
    # Booked before the limit: the limit stays the date, with the booking beside it.
    assert booked.dues["review"].due == D(2026, 12, 31)
    assert booked.dues["review"].booked == D(2026, 12, 10)


def test_minutes_core_group_and_conference() -> None:
    made = summary(
        """
type: child_protection
started: 2026-11-02
date: 2026-11-02
events:
  - {kind: initial_conference, date: 2026-11-02}
"""
    )
    # 10 working days after Monday 2 November: Monday 16 November; minutes 5: 9 November.
    assert made.dues["core_group"].due == D(2026, 11, 16)
    assert made.dues["minutes"].due == D(2026, 11, 9)
    # 3 months after 2 November: Tuesday 2 February 2027.
    assert made.dues["review"].due == D(2027, 2, 2)
    assert made.next_due is not None and made.next_due.due == D(2026, 11, 9)
    assert made.nine_months_on is None


def test_an_interim_plan_past_its_ten_working_days() -> None:
    made = summary("type: interim_safety\nstarted: 2026-11-02\ndate: 2026-11-02")
    assert made.dues["interim"].due == D(2026, 11, 16)
    assert made.errors >= 1  # interim-plan-expired is an error


def test_a_child_in_need_plan_over_nine_months() -> None:
    made = summary(
        """
type: child_in_need
started: 2026-01-05
date: 2026-01-05
events:
  - {kind: child_in_need_review, date: 2026-10-05, minutes_sent: 2026-10-06}
"""
    )
    assert made.nine_months_on == D(2026, 10, 5)
    assert over_nine_months(made, TODAY)
    assert made.dues["review"].due == D(2027, 1, 5)


def test_the_dates_are_those_of_childplan_due() -> None:
    """Each kind keeps the first of its items in the schedule ``childplan due`` prints."""
    bodies = [
        "type: child_in_need\nstarted: 2026-08-03\ndate: 2026-08-03\nnext_review: 2026-12-01",
        "type: child_protection\nstarted: 2026-11-02\ndate: 2026-11-02\n"
        "events: [{kind: initial_conference, date: 2026-11-02}]",
        "type: interim_safety\nstarted: 2026-11-02\ndate: 2026-11-02",
    ]
    settings = LocalTimescales()
    for body in bodies:
        parsed = plan(body)
        items = schedule(
            parsed, settings.calendar(parsed.nation), settings.ruleset(), TODAY
        ).items()
        made = summarise(parsed, CHECKER, TODAY)
        assert sorted(due.due for due in made.dues.values()) == sorted(
            {kind: item.due for kind, item in reversed([(i.kind, i) for i in items])}.values()
        )
        assert made.next_due is not None and made.next_due.due == items[0].due


DRIFTING = """
type: child_in_need
started: 2026-02-02
date: 2026-02-02
events:
  - {kind: child_in_need_review, date: 2026-05-04, minutes_sent: 2026-05-05}
  - {kind: child_in_need_review, date: 2026-08-03, minutes_sent: 2026-08-04}
  - {kind: child_in_need_review, date: 2026-11-02, minutes_sent: 2026-11-03}
  - {kind: child_in_need_review, date: 2026-12-07}
needs:
  - reason: Sam needs to be in school every day so that he can learn and see his friends.
    outcomes:
      - outcome: Sam's attendance rises from 58% to above 92% by 19 March 2027.
        indicator: school attendance
        target: 92%
        measurements:
          - {date: 2026-05-04, value: 58%}
          - {date: 2026-08-03, value: 58%}
          - {date: 2026-11-02, value: 58%}
        actions:
          - {action: Walk Sam to school each morning., who: Sarah Smith, when: 2026-11-20}
          - {action: Ask the school nurse to see Sam., who: Ann March, when: 2026-11-27}
          - {action: Book Sam's eye test., who: Sarah Smith, when: 2026-12-04}
          - {action: Take Sam to the dentist., who: Sarah Smith, when: 2026-11-10, status: done}
"""


def test_the_checker_counts_and_drift() -> None:
    made = summary(DRIFTING)
    findings = CHECKER.check(plan(DRIFTING), today=TODAY)
    assert made.drift == 1
    assert made.drift_path == "needs[0].outcomes[0]"
    assert (made.errors, made.warnings) == (
        sum(1 for f in findings if f.severity == Severity.ERROR),
        sum(1 for f in findings if f.severity == Severity.WARNING),
    )


def test_actions_not_done_earliest_first() -> None:
    parsed = plan(DRIFTING)
    assert [path for path, _ in open_actions(parsed)] == [
        "needs[0].outcomes[0].actions[0]",
        "needs[0].outcomes[0].actions[1]",
        "needs[0].outcomes[0].actions[2]",
    ]
    # Late (20 November) and due this week (27 November); 4 December is next week.
    assert [a.action for _, a in actions_due(parsed, TODAY)] == [
        "Walk Sam to school each morning.",
        "Ask the school nurse to see Sam.",
    ]
    assert summary(DRIFTING).action_due == D(2026, 11, 20)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("type: child_in_need\ndate: 2026-10-01", None),
        (
            "type: child_in_need\ndate: 2026-10-01\nnext_review: 2026-12-10",
            D(2026, 12, 11),
        ),  # the day it is missed
        ("type: child_in_need\ndate: 2026-10-01\nnext_review: 2026-11-25", D(2026, 11, 26)),
        (
            "type: child_in_need\ndate: 2026-10-01\nnext_review: 2026-11-24",
            None,
        ),  # already missed: stays missed
        ("type: child_in_need\ndate: 2026-10-01\nended: 2026-12-01", D(2026, 12, 1)),
        (
            "type: child_in_need\ndate: 2026-10-01\n"
            "events: [{kind: team_around_family, date: 2026-11-25}]",
            D(2026, 11, 26),
        ),
    ],
)
def test_stale_on(body: str, expected: dt.date | None) -> None:
    assert stale_on(plan(body), TODAY) == expected


def test_a_booked_meeting_makes_the_summary_stale_on_its_day() -> None:
    # The review booked for 7 December meets the review due then; the reading is not ahead.
    assert stale_on(plan(DRIFTING), TODAY) == D(2026, 12, 7)


def test_the_dates_hold_until_stale_on() -> None:
    """Worked out on any day before ``stale_on``, the dates are the same."""
    parsed = plan(DRIFTING)
    first = summarise(parsed, CHECKER, TODAY)
    for later in (D(2026, 11, 30), D(2026, 12, 6)):
        assert summarise(parsed, CHECKER, later).dues == first.dues
    assert summarise(parsed, CHECKER, D(2026, 12, 7)).dues != first.dues
    on_the_day = summarise(parsed, CHECKER, D(2026, 12, 7))
    assert on_the_day.stale_on == D(2026, 12, 8)  # listed on its day, gone the day after
    assert summarise(parsed, CHECKER, D(2026, 12, 8)).dues != on_the_day.dues
