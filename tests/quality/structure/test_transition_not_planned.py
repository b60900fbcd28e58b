"""transition-not-planned: the age is taken on the plan's date; the words that plan the move
are terms a local authority can extend."""

from __future__ import annotations

import datetime as dt

import pytest

from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.transition_not_planned import RULE
from childplan.quality.terms import Term


def _findings(
    action: str,
    born: str = "2009-05-14",
    who: str = "Priya Shah",
    checker: Checker | None = None,
    today: dt.date | None = None,
) -> list[Finding]:
    fragment = (
        f"{{child: {{name: Jimmy Smith, date_of_birth: {born}}}, needs: [{{reason: R., "
        f'outcomes: [{{outcome: O., actions: [{{action: "{action}", who: "{who}", '
        "when: 2026-12-01}]}]}]}"
    )
    plan = example_plan(RULE, Example(plan=fragment))
    return (checker or Checker(rules=[RULE])).check(plan, today=today)


@pytest.mark.parametrize(
    "action",
    [
        "Refer Jimmy to adult social care for a Care Act assessment.",
        "Ask the adults' learning disability team to meet Jimmy.",
        "Hold a transition meeting with Jimmy and his mum.",
        "Plan Jimmy's transition to the adult mental health team.",
        "Start Jimmy's pathway plan.",
        "Introduce Jimmy to his personal adviser.",
        "Apply to the leaving care team.",
        "Work with Jimmy on independent living skills.",
        "Agree a staying put arrangement with his carers.",
        "Plan what happens when Jimmy turns 18.",
        "Look at supported accommodation with Jimmy.",
        "Help Jimmy apply for his first tenancy.",
    ],
)
def test_actions_that_plan_the_move(action: str) -> None:
    assert _findings(action) == []


def test_the_owner_can_say_it() -> None:
    assert _findings("Meet Jimmy every month.", who="Kim Lee, Personal Adviser") == []


@pytest.mark.parametrize(
    "action",
    [
        "Go to the college open day with Jimmy.",
        "Book Jimmy's driving theory test.",
        "Talk to Jimmy about his adult life goals.",  # 'adult' alone is not adult services
        "Help Jimmy pass his GCSEs.",
    ],
)
def test_actions_that_do_not(action: str) -> None:
    (finding,) = _findings(action)
    assert finding.path == "needs"
    assert finding.message == (
        "Jimmy is 17 and no action plans the move to adult services or independence."
    )


def test_age_on_the_plans_date_not_today() -> None:
    # 17 on 3 November 2026: the plan is dated 2 November.
    assert _findings("Book the theory test.", born="2009-11-03") == []
    assert _findings("Book the theory test.", born="2009-11-03", today=dt.date(2027, 3, 1)) == []
    assert len(_findings("Book the theory test.", born="2009-11-02")) == 1


def test_the_age_and_the_words_are_configurable() -> None:
    younger = Config(rules={"transition-not-planned": RuleSettings(options={"age": 16})})
    assert (
        len(
            _findings(
                "Book the theory test.", born="2010-06-01", checker=Checker(younger, rules=[RULE])
            )
        )
        == 1
    )
    words = Config(rules={"transition-not-planned": RuleSettings(add=(Term("Next Steps"),))})
    assert _findings("Refer to Next Steps.", checker=Checker(words, rules=[RULE])) == []
