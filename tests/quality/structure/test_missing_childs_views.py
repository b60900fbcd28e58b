"""missing-childs-views: what counts as saying nothing about the child's views."""

from __future__ import annotations

import dataclasses

import pytest

from childplan.quality.engine import Checker
from childplan.quality.examples import example_plan
from childplan.quality.rule import Example, Finding
from childplan.quality.rules.structure.missing_childs_views import RULE

PLAN = example_plan(RULE, Example())


def _findings(views: str) -> list[Finding]:
    return Checker(rules=[RULE]).check(dataclasses.replace(PLAN, childs_views=views))


@pytest.mark.parametrize(
    "views",
    [
        "",
        " ",
        "N/A",
        "n/a",
        "NA",
        "None",
        "Not known",
        "TBC",
        "-",
        "?",
        "Too young",
        "Too young.",
        "Child too young",
        "Child is too young to express views",
        "He is too young",
        "Not yet seen",
        "Not applicable",
        "To follow",
    ],
)
def test_placeholders_are_flagged(views: str) -> None:
    (finding,) = _findings(views)
    assert finding.path == "childs_views"


@pytest.mark.parametrize(
    "views",
    [
        "Jimmy says his arms itch at night.",
        "Jimmy is too young to say, but he smiles and reaches for Sarah when she comes in.",
        "Lily (8 months) settles quickly with Jean and cries when voices are raised.",
        "No - Jimmy does not want to change school.",
        "Jimmy said: 'I want my nan to pick me up on Fridays.'",
        "Not sure what he wants yet; he told me he likes his teacher.",
    ],
)
def test_real_views_are_not_flagged(views: str) -> None:
    assert _findings(views) == []
