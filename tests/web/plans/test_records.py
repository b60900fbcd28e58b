"""Plans as records and back: Plan.to_plan() gives back exactly the plan that was saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from childplan.plan.fileformat import dumps_plan, load_plan_file, loads_plan
from childplan.web.plans.models import Plan
from childplan.web.plans.records import import_plan, save_plan

pytestmark = [pytest.mark.database, pytest.mark.django_db]

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"

# Every key of the plan file, so that nothing is lost on the way through the database.
EVERYTHING = """
format: childplan/1
plan:
  id: plan-7
  type: child_protection
  date: 2026-12-17
  started: 2026-12-17
  ended: 2027-06-30
  nation: wales
  child:
    name: Leah Morgan
    id: child-1
    date_of_birth: 2018-03-09
    identity: White Welsh
    language: Welsh
    needs_interpreter: true
    interpreter: Gwen Jones, booked for each visit
    needs_advocate: true
    advocate: Sam from the advocacy service
  people:
    - {name: Kerry Morgan, id: p1, relationship: mother, parental_responsibility: true,
       lives_with_child: true, invited: true, language: Welsh, needs_interpreter: true,
       interpreter: Gwen Jones, needs_advocate: true, advocate: Rhian Price}
    - {name: Dean Morgan, relationship: father, parental_responsibility: true,
       involved: false, not_involved_reason: "He lives abroad and has said he will not take part.",
       invited: false, not_invited_reason: "A court order bars contact with Kerry."}
    - {name: Lisa Grant, role: social worker, agency: Northtown Children's Services}
  worries: ["Leah has come to school hungry on most days this term.", "Second worry."]
  strengths: ["Kerry asked for help."]
  childs_views: "Leah wants tea at Nan's on Wednesdays."
  explained_to_child: false
  needs:
    - id: n1
      reason: "Leah needs breakfast every school day."
      outcomes:
        - id: o1
          outcome: "Leah eats breakfast every school day from 18 January 2027."
          by: "every school day until 10 March 2027"
          indicator: school days with breakfast
          baseline: 2 of 5
          target: 5 of 5
          family_proposed: true
          measurements:
            - {date: 2027-01-22, value: 3 of 5, note: first week}
            - {date: 2027-01-29, value: 5 of 5}
          actions:
            - id: meals
              action: "Apply for free school meals."
              who: Lisa Grant
              when: 2027-01-08
              status: done
              previous_dates: [2026-12-20, 2027-01-04]
              progress:
                - {date: 2027-01-04, note: "Form filled in with Kerry.", status: in_progress}
                - {date: 2027-01-08, note: "Meals start Monday.", evidence: "School letter",
                   status: done}
            - action: "Plan a week of breakfasts."
              who: Kerry Morgan
              when: "by 15 January 2027"
              depends_on: [meals]
              status: in_progress
              family_proposed: true
            - action: "Ask Leah each morning."
        - outcome: "No date yet."
        - {outcome: "Leah has a dentist.", achieved: 2027-01-20}
    - reason: "Leah needs her toothache treated."
  contingency: "If Leah is hungry twice in a week, Pat gives her breakfast."
  bottom_lines: "Leah must not go a school day without breakfast."
  assumptions: ["Kerry gets Universal Credit."]
  resources:
    - {resource: "Bus fares to the dentist", who: Lisa Grant, when: "by 12 January 2027", id: r1}
    - {resource: "A breakfast club place"}
  monitoring: "Mrs Okafor tells Lisa each Friday."
  practitioner_notes: "Not for the family."
  next_review: 2027-03-10
  events:
    - {kind: strategy_discussion, date: 2026-11-30, id: e1, notes: by phone}
    - {kind: initial_conference, date: 2026-12-17, minutes_sent: 2026-12-22,
       contingency_reviewed: true}
    - {kind: core_group, date: 2027-01-05}
"""


def test_every_key_of_the_plan_file_comes_back(world: Any) -> None:
    plan = loads_plan(EVERYTHING).plan
    record = import_plan(plan, world.team)
    fresh = Plan.objects.with_contents().get(pk=record.pk)
    assert fresh.to_plan() == plan
    assert dumps_plan(fresh.to_plan()) == dumps_plan(plan)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.yaml")))
def test_the_example_plans_come_back(world: Any, name: str) -> None:
    plan = load_plan_file(EXAMPLES / name).plan
    record = import_plan(plan, world.team)
    assert Plan.objects.with_contents().get(pk=record.pk).to_plan() == plan


def test_the_users_order_is_kept(world: Any) -> None:
    plan = loads_plan(EVERYTHING).plan
    record = import_plan(plan, world.team)
    needs = list(record.needs.all())
    assert [need.position for need in needs] == [0, 1]
    actions = list(needs[0].outcomes.first().actions.all())  # type: ignore[union-attr]
    assert [a.action for a in actions] == [a.action for a in plan.needs[0].outcomes[0].actions]


def test_a_second_plan_for_the_same_child_shares_its_people(world: Any) -> None:
    plan = loads_plan(EVERYTHING).plan
    first = import_plan(plan, world.team)
    later = dt.date(2027, 3, 10)
    second = save_plan(replace(plan, date=later, events=()), first.child)
    assert second.to_plan().people == plan.people
    assert first.child.plans.count() == 2


def test_saving_and_reading_take_the_same_queries_for_any_size_of_plan(world: Any) -> None:
    plan = loads_plan(EVERYTHING).plan
    larger = replace(plan, needs=plan.needs * 5, people=plan.people * 3)
    counts = []
    for each in (plan, larger):
        with CaptureQueriesContext(connection) as saving:
            record = import_plan(each, world.team)
        with CaptureQueriesContext(connection) as reading:
            assert Plan.objects.with_contents().get(pk=record.pk).to_plan() == each
        counts.append((len(saving), len(reading)))
    assert counts[0] == counts[1]
