"""father-not-involved: who counts as a father or father figure, and what excuses his
absence."""

from __future__ import annotations

import pytest

from childplan.quality.config import Config, RuleSettings
from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.father_not_involved import RULE
from childplan.quality.terms import Term

MOTHER = "{name: Sarah Smith, relationship: mother}"


def _findings(*people: str, checker: Checker | None = None) -> list[Finding]:
    fragment = f"people: [{', '.join((MOTHER, *people))}]"
    plan = example_plan(RULE, Example(plan=fragment))
    return (checker or Checker(rules=[RULE])).check(plan)


@pytest.mark.parametrize(
    "relationship",
    [
        "father",
        "Father",
        "dad",
        "birth father",
        "biological father",
        "adoptive father",
        "stepfather",
        "step-father",
        "step dad",
        "stepdad",
        "Step-Dad",
        "mother's partner",
        "Mum's partner",
        "mum’s boyfriend",
        "partner of mother",
        "father figure",
        "male carer",
        "foster father",
    ],
)
def test_fathers_and_father_figures(relationship: str) -> None:
    assert _findings(f'{{name: Dave Hill, relationship: "{relationship}"}}') == []
    assert len(_findings(f'{{name: Dave Hill, relationship: "{relationship}", involved: false}}'))


@pytest.mark.parametrize(
    "relationship",
    [
        "maternal grandfather",
        "grandfather",
        "godfather",
        "uncle",
        "brother",
        "family friend",
        "mother",
        "aunt's partner",
    ],
)
def test_not_fathers(relationship: str) -> None:
    assert len(_findings(f'{{name: Dave Hill, relationship: "{relationship}"}}')) == 1


def test_a_professional_is_not_a_father() -> None:
    assert len(_findings("{name: Dr Asha Patel, role: GP, agency: Hill Street Surgery}")) == 1


def test_message_names_the_father_who_is_not_involved() -> None:
    (finding,) = _findings("{name: Tom Smith, relationship: father, involved: false}")
    assert finding.path == "people"
    assert finding.message == "Tom Smith is recorded as not involved, with no reason written down."
    assert finding.suggestion is not None and finding.suggestion.startswith("Involve Tom Smith")


def test_no_father_listed() -> None:
    (finding,) = _findings()
    assert finding.message == RULE.message


def test_one_involved_father_figure_is_enough() -> None:
    assert (
        _findings(
            "{name: Tom Smith, relationship: father, involved: false}",
            "{name: Dave Hill, relationship: stepdad}",
        )
        == []
    )


def test_a_local_authority_can_add_relationships() -> None:
    config = Config(rules={"father-not-involved": RuleSettings(add=(Term("baba"),))})
    checker = Checker(config, rules=[RULE])
    assert _findings("{name: Ali Khan, relationship: baba}", checker=checker) == []
