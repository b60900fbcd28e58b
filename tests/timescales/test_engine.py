"""The engine against dates counted by hand.

Every expected date is worked out in the comment beside it, never by calling the code under
test. Facts used: 17 December 2026 is a Thursday; 25 December 2026 (Christmas) is a Friday,
so Boxing Day (Saturday 26th) is observed on Monday 28 December; 1 January 2027 (New Year's
Day) is a Friday, and Scotland's 2 January holiday (a Saturday) is observed on Monday
4 January 2027. Easter Sunday 2027 is 28 March: Good Friday 26 March is a bank holiday in
all of the UK, Easter Monday 29 March in England, Wales and Northern Ireland but not Scotland.
England's summer bank holiday 2026 is Monday 31 August; Scotland's is Monday 3 August.
"""

from __future__ import annotations

import datetime as dt

import pytest

from childplan.plan.fileformat import loads_plan
from childplan.plan.model import Plan
from childplan.timescales.calendar import OutsideCalendarError, WorkingDayCalendar
from childplan.timescales.engine import Schedule, schedule
from childplan.timescales.ruleset import default_ruleset

D = dt.date


def plan(body: str) -> Plan:
    """A plan from the keys under `plan:` (YAML), with a child added."""
    lines = "\n".join(f"  {line}" for line in body.strip().splitlines())
    text = f"format: childplan/1\nplan:\n  child: {{name: Leah Morgan}}\n{lines}\n"
    return loads_plan(text).plan


def run(
    p: Plan, today: dt.date, nation: str | None = None, closures: tuple[dt.date, ...] = ()
) -> Schedule:
    calendar = WorkingDayCalendar(nation or p.nation, closures)
    return schedule(p, calendar, default_ruleset(), today)


def due(s: Schedule, rule: str) -> list[dt.date]:
    return [d.due for d in s.for_rule(rule)]


CP_17_DECEMBER = """
type: child_protection
date: 2026-12-17
events:
  - {kind: strategy_discussion, date: 2026-11-30}
  - {kind: initial_conference, date: 2026-12-17}
"""


# --- the first core group over Christmas -------------------------------------------------


def test_first_core_group_after_christmas_in_england() -> None:
    # From Thursday 17 December 2026, 10 working days: Fri 18 (1), Mon 21 (2), Tue 22 (3),
    # Wed 23 (4), Thu 24 (5); Fri 25 Christmas, Mon 28 Boxing Day observed; Tue 29 (6),
    # Wed 30 (7), Thu 31 (8); Fri 1 January New Year; Mon 4 (9), Tue 5 January 2027 (10).
    s = run(plan(CP_17_DECEMBER), today=D(2026, 12, 18))
    assert due(s, "first-core-group") == [D(2027, 1, 5)]
    (deadline,) = s.for_rule("first-core-group")
    assert deadline.reason == "10 working days after the initial conference on 17 December 2026"


def test_first_core_group_after_christmas_in_scotland() -> None:
    # As in England to Thu 31 December (8); then Fri 1 January New Year and Mon 4 January
    # (2 January observed) are holidays: Tue 5 (9), Wed 6 January 2027 (10).
    s = run(plan(CP_17_DECEMBER + "nation: scotland"), today=D(2026, 12, 18))
    assert due(s, "first-core-group") == [D(2027, 1, 6)]


def test_local_closure_days_count_as_non_working() -> None:
    # The council shuts 29, 30 and 31 December: Fri 18 (1), 21 (2), 22 (3), 23 (4), 24 (5),
    # then nothing until Mon 4 January (6), 5 (7), 6 (8), 7 (9), Fri 8 January 2027 (10).
    closures = (D(2026, 12, 29), D(2026, 12, 30), D(2026, 12, 31))
    s = run(plan(CP_17_DECEMBER), today=D(2026, 12, 18), closures=closures)
    assert due(s, "first-core-group") == [D(2027, 1, 8)]


def test_a_core_group_held_late_meets_the_deadline_late() -> None:
    p = plan(CP_17_DECEMBER + "  - {kind: core_group, date: 2027-01-07}")
    (deadline,) = run(p, today=D(2027, 1, 11)).for_rule("first-core-group")
    assert deadline.met_by is not None and deadline.met_by.date == D(2027, 1, 7)
    assert deadline.late and not deadline.pending


def test_a_booked_core_group_does_not_meet_the_deadline_but_is_shown_beside_it() -> None:
    p = plan(CP_17_DECEMBER + "  - {kind: core_group, date: 2027-01-05}")
    s = run(p, today=D(2027, 1, 4))
    (deadline,) = s.for_rule("first-core-group")
    assert deadline.pending
    assert deadline.planned is not None and deadline.planned.path == "events[2]"
    item = next(i for i in s.items() if i.rule == "first-core-group")
    assert item.planned == D(2027, 1, 5)
    assert [i.rule for i in s.items()].count("booked") == 0  # not listed twice


# --- the initial conference ----------------------------------------------------------------


def test_initial_conference_15_working_days_after_the_first_strategy_discussion() -> None:
    # From Monday 7 December 2026: 8, 9, 10, 11 (4), 14-18 (9), 21, 22, 23, 24 (13);
    # 25 and 28 December are bank holidays; Tue 29 (14), Wed 30 December 2026 (15).
    # A second strategy discussion on 10 December does not restart the clock.
    p = plan(
        """
type: child_protection
date: 2026-12-07
events:
  - {kind: strategy_discussion, date: 2026-12-07}
  - {kind: strategy_discussion, date: 2026-12-10}
"""
    )
    assert due(run(p, today=D(2026, 12, 11)), "initial-conference") == [D(2026, 12, 30)]


# --- review conferences: months ------------------------------------------------------------


def test_first_review_three_months_after_the_initial_conference() -> None:
    # 17 December 2026 + 3 months = Wednesday 17 March 2027, a working day.
    s = run(plan(CP_17_DECEMBER), today=D(2027, 1, 4))
    assert due(s, "first-review-conference") == [D(2027, 3, 17)]


def test_three_months_that_end_on_a_sunday_are_due_the_friday_before() -> None:
    # 30 November 2026 + 3 months: February 2027 has 28 days, so Sunday 28 February 2027;
    # the working day before is Friday 26 February.
    p = plan(
        """
type: child_protection
date: 2026-11-30
events:
  - {kind: initial_conference, date: 2026-11-30}
"""
    )
    (deadline,) = run(p, today=D(2026, 12, 1)).for_rule("first-review-conference")
    assert (deadline.end, deadline.due) == (D(2027, 2, 28), D(2027, 2, 26))
    assert deadline.reason == (
        "3 months after the initial conference on 30 November 2026; 28 February 2027 is a "
        "Sunday, so it is due the working day before"
    )


def test_three_months_that_end_on_a_bank_holiday_name_it() -> None:
    # 28 September 2026 + 3 months = Monday 28 December 2026 (Boxing Day observed); Friday
    # 25th is Christmas, so the working day before is Thursday 24 December 2026.
    p = plan(
        """
type: child_protection
date: 2026-09-28
events:
  - {kind: initial_conference, date: 2026-09-28}
"""
    )
    (deadline,) = run(p, today=D(2026, 10, 1)).for_rule("first-review-conference")
    assert deadline.due == D(2026, 12, 24)
    assert "28 December 2026 is Boxing Day" in deadline.reason


def test_later_reviews_every_six_months() -> None:
    # Reviews on 10 March 2027 (within 3 months of 17 December) and then due by
    # 10 September 2027, a Friday.
    p = plan(CP_17_DECEMBER + "  - {kind: review_conference, date: 2027-03-10}")
    s = run(p, today=D(2027, 3, 11))
    assert not s.for_rule("first-review-conference")[0].late
    assert due(s, "later-review-conferences") == [D(2027, 9, 10)]
    (deadline,) = s.for_rule("later-review-conferences")
    assert deadline.reason == "6 months after the review conference on 10 March 2027"


def test_a_plan_recorded_from_a_review_enters_the_series_there() -> None:
    # No initial conference recorded: the review of 5 March 2026 counts as the first, so
    # the next is due 6 months on, Saturday 5 September 2026 -> Friday 4 September.
    p = plan(
        """
type: child_protection
date: 2026-03-05
events:
  - {kind: review_conference, date: 2026-03-05}
"""
    )
    assert due(run(p, today=D(2026, 3, 6)), "later-review-conferences") == [D(2026, 9, 4)]


# --- looked after reviews: 20 working days, 3 months, then 6 months -------------------------


def test_looked_after_reviews() -> None:
    # Looked after on Monday 14 December 2026: 15, 16, 17, 18 (4), 21, 22, 23, 24 (8),
    # 29, 30, 31 (11), 4, 5, 6, 7, 8 January (16), 11, 12, 13, 14 January 2027 (20).
    p = plan(
        """
type: looked_after
date: 2026-12-14
events:
  - {kind: looked_after, date: 2026-12-14}
"""
    )
    assert due(run(p, today=D(2026, 12, 15)), "first-looked-after-review") == [D(2027, 1, 14)]
    # First review held 12 January 2027: the second within 3 months, Monday 12 April 2027.
    p = plan(
        """
type: looked_after
date: 2026-12-14
events:
  - {kind: looked_after, date: 2026-12-14}
  - {kind: looked_after_review, date: 2027-01-12}
"""
    )
    assert due(run(p, today=D(2027, 1, 13)), "second-looked-after-review") == [D(2027, 4, 12)]
    # Second held 8 April 2027: the third within 6 months, Friday 8 October 2027.
    p = plan(
        """
type: looked_after
date: 2026-12-14
events:
  - {kind: looked_after, date: 2026-12-14}
  - {kind: looked_after_review, date: 2027-01-12}
  - {kind: looked_after_review, date: 2027-04-08}
"""
    )
    s = run(p, today=D(2027, 4, 9))
    assert due(s, "later-looked-after-reviews") == [D(2027, 10, 8)]
    assert [d.late for d in s.deadlines if d.kind == "looked_after_review"] == [False, False, False]


# --- minutes over Easter ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nation", "expected"),
    [
        # From Wednesday 24 March 2027: Thu 25 (1); Good Friday 26 and Easter Monday 29 are
        # bank holidays; Tue 30 (2), Wed 31 (3), Thu 1 April (4), Fri 2 April 2027 (5).
        ("england", D(2027, 4, 2)),
        ("wales", D(2027, 4, 2)),
        # Scotland has no Easter Monday: Thu 25 (1), Mon 29 (2), Tue 30 (3), Wed 31 (4),
        # Thu 1 April 2027 (5).
        ("scotland", D(2027, 4, 1)),
    ],
)
def test_minutes_over_easter(nation: str, expected: dt.date) -> None:
    p = plan(
        f"""
type: child_in_need
date: 2027-03-01
nation: {nation}
events:
  - {{kind: child_in_need_review, date: 2027-03-24}}
"""
    )
    (deadline,) = run(p, today=D(2027, 3, 24)).for_rule("minutes")
    assert deadline.due == expected


def test_minutes_sent_on_time_and_late() -> None:
    # Core group Thursday 27 August 2026: Fri 28 (1); Mon 31 August is a bank holiday;
    # Tue 1 (2), Wed 2 (3), Thu 3 (4), Fri 4 September 2026 (5).
    on_time = plan(
        """
type: child_protection
date: 2026-08-13
events:
  - {kind: initial_conference, date: 2026-08-13, minutes_sent: 2026-08-18}
  - {kind: core_group, date: 2026-08-27, minutes_sent: 2026-09-04}
"""
    )
    late = plan(
        """
type: child_protection
date: 2026-08-13
events:
  - {kind: initial_conference, date: 2026-08-13, minutes_sent: 2026-08-18}
  - {kind: core_group, date: 2026-08-27, minutes_sent: 2026-09-07}
"""
    )
    today = D(2026, 9, 10)
    assert [d.late for d in run(on_time, today).for_rule("minutes")] == [False, False]
    assert [d.late for d in run(late, today).for_rule("minutes")] == [False, True]


# --- Child in Need: reviews, senior manager review, interim plans -----------------------------


def test_child_in_need_reviews_and_senior_manager_review() -> None:
    # Started Friday 20 February 2026: first review within 3 months, Wednesday 20 May; held
    # 18 May, so the next by Tuesday 18 August 2026. A senior manager review by 9 months,
    # Friday 20 November 2026.
    p = plan(
        """
type: child_in_need
date: 2026-05-18
started: 2026-02-20
events:
  - {kind: child_in_need_review, date: 2026-05-18}
"""
    )
    s = run(p, today=D(2026, 5, 19))
    assert due(s, "child-in-need-review") == [D(2026, 5, 20), D(2026, 8, 18)]
    assert due(s, "child-in-need-senior-manager-review") == [D(2026, 11, 20)]
    (smr,) = s.for_rule("child-in-need-senior-manager-review")
    assert smr.reason == "9 months after the plan started on 20 February 2026"


def test_no_start_date_counts_from_the_plans_date_and_says_so() -> None:
    p = plan("type: child_in_need\ndate: 2026-11-02")
    (deadline,) = run(p, today=D(2026, 11, 3)).for_rule("child-in-need-review")
    assert deadline.due == D(2027, 2, 2)  # 2 November 2026 + 3 months, a Tuesday
    assert "no start date is recorded" in deadline.reason


def test_interim_plan_must_be_replaced_within_10_working_days() -> None:
    # Interim safety plan on Friday 18 December 2026: Mon 21 (1), 22 (2), 23 (3), 24 (4),
    # 29 (5), 30 (6), 31 (7), Mon 4 January (8), 5 (9), Wednesday 6 January 2027 (10).
    p = plan(
        """
type: child_in_need
date: 2026-11-02
events:
  - {kind: interim_plan, date: 2026-12-18}
"""
    )
    (deadline,) = run(p, today=D(2027, 1, 7)).for_rule("interim-plan")
    assert deadline.due == D(2027, 1, 6) and deadline.pending
    # The same interim plan, replaced by the Child in Need plan written on 4 January.
    replaced = plan(
        """
type: child_in_need
date: 2027-01-04
events:
  - {kind: interim_plan, date: 2026-12-18}
"""
    )
    (deadline,) = run(replaced, today=D(2027, 1, 7)).for_rule("interim-plan")
    assert deadline.met_by is not None and deadline.met_by.date == D(2027, 1, 4)


def test_an_interim_safety_plan_without_an_event_starts_when_it_started() -> None:
    p = plan("type: interim_safety\ndate: 2026-12-18\nstarted: 2026-12-18")
    (deadline,) = run(p, today=D(2026, 12, 21)).for_rule("interim-plan")
    assert (deadline.after.path, deadline.due) == ("type", D(2027, 1, 6))


# --- the list `childplan due` prints -------------------------------------------------------------


def test_items_status_working_days_and_order() -> None:
    # Today Monday 4 January 2027. The conference's minutes were due Thursday 24 December
    # (17 December + 5 working days: 18, 21, 22, 23, 24); back from 4 January, the working
    # days 24, 29, 30, 31 December have passed: 4 working days overdue. The core group is due
    # Tuesday 5 January: 1 working day left. The first review on 17 March.
    s = run(plan(CP_17_DECEMBER + "next_review: 2027-03-10"), today=D(2027, 1, 4))
    rows = [(i.kind, i.due, i.status, i.working_days, i.rule) for i in s.items()]
    assert rows == [
        ("minutes", D(2026, 12, 24), "overdue", -4, "minutes"),
        ("core_group", D(2027, 1, 5), "upcoming", 1, "first-core-group"),
        ("review_conference", D(2027, 3, 17), "upcoming", 52, "first-review-conference"),
    ]
    # 52 working days from 4 January to 17 March 2027: January 5-29 is 19, February 20,
    # March 1-17 is 13 (no bank holidays).
    minutes = s.items()[0]
    assert (minutes.of, minutes.date) == ("initial_conference", D(2026, 12, 17))
    review = s.items()[2]
    assert review.planned == D(2027, 3, 10)  # next_review, shown beside the limit


def test_an_item_due_today() -> None:
    s = run(plan(CP_17_DECEMBER), today=D(2027, 1, 5))
    item = next(i for i in s.items() if i.rule == "first-core-group")
    assert (item.status, item.working_days) == ("today", 0)


def test_booked_meetings_and_a_missed_next_review_are_listed() -> None:
    p = plan(
        """
type: child_in_need
date: 2026-11-02
started: 2026-11-02
next_review: 2026-11-20
events:
  - {kind: team_around_family, date: 2026-12-09}
"""
    )
    s = run(p, today=D(2026, 12, 1))
    rows = [(i.rule, i.kind, i.due, i.status) for i in s.items()]
    assert ("next-review", "child_in_need_review", D(2026, 11, 20), "overdue") in rows
    assert ("booked", "team_around_family", D(2026, 12, 9), "upcoming") in rows


def test_nothing_new_falls_due_after_the_plan_ended() -> None:
    p = plan(
        """
type: child_in_need
date: 2026-05-18
started: 2026-02-20
ended: 2026-06-30
events:
  - {kind: child_in_need_review, date: 2026-05-18}
"""
    )
    s = run(p, today=D(2026, 12, 1))
    assert s.for_rule("child-in-need-review")[-1].met_by is not None  # only the one held
    assert s.for_rule("child-in-need-senior-manager-review") == []
    assert [i.rule for i in s.items()] == ["minutes"]  # the review's notes were never sent


def test_json_keeps_the_product_keys() -> None:
    p = plan(CP_17_DECEMBER.replace("2026-12-17}", "2026-12-17, minutes_sent: 2026-12-22}"))
    (item,) = [i for i in run(p, today=D(2027, 1, 4)).items() if i.rule == "first-core-group"]
    data = item.to_json()
    assert {k: data[k] for k in ("kind", "due", "status", "working_days", "rule", "reason")} == {
        "kind": "core_group",
        "due": "2027-01-05",
        "status": "upcoming",
        "working_days": 1,
        "rule": "first-core-group",
        "reason": "10 working days after the initial conference on 17 December 2026",
    }
    assert "Working Together" in str(data["source"])


def test_a_date_outside_the_bank_holiday_data_is_refused() -> None:
    p = plan("type: child_in_need\ndate: 2101-01-03\nstarted: 2101-01-03")
    with pytest.raises(OutsideCalendarError):
        run(p, today=D(2101, 6, 1))
