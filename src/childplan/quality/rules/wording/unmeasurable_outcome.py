"""unmeasurable-outcome: an outcome with nothing anyone could count or see."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Outcome, Plan, TextField
from childplan.quality.measurability import (
    VAGUE_CHANGE_TERMS,
    VAGUE_TRIGGERS,
    suggestion_for,
    unmeasured,
    vague_finder,
)
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import with_triggers

SUGGESTION = (
    "Name what will be counted or seen, from what to what, by when, e.g. 'Sam's attendance "
    "will rise from 58% to above 92% by the end of the summer term.'"
)

# An outcome whose structured target is set is measured there, whatever its words say.
_TARGETED = """
needs:
  - reason: "Sam needs to be in school every day so that he can keep up with his reading."
    outcomes:
      - outcome: "-"
        indicator: "school attendance %"
        baseline: "58%"
        target: "above 92%"
        by: 2027-07-16
        actions:
          - action: "Walk Sam to school every morning, leaving home at 8.20am."
            who: Sarah Smith
            when: 2026-11-09
"""


def _outcome(plan: Plan, field: TextField) -> Outcome | None:
    if field.need is None or field.outcome is None:
        return None
    try:
        return plan.needs[field.need].outcomes[field.outcome]
    except IndexError:
        return None


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    text = field.text
    if not text.strip():
        return
    outcome = _outcome(ctx.plan, field)
    if outcome is not None and outcome.target and outcome.target.strip():
        return  # measured by its indicator and target
    names = ctx.plan.child.name.split()
    vague = unmeasured(text, vague_finder(ctx.terms), ignore_names=names)
    if vague is None:
        return
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    detail = None
    if vague:
        words = ", ".join(dict.fromkeys(f"'{match.text}'" for match in vague))
        detail = (
            f"Nothing here can be counted or seen: {words} can mean different things to "
            "different people, so nobody can tell when this outcome has been met."
        )
    yield Hit(start, end, suggestion=suggestion_for(vague) if vague else SUGGESTION, detail=detail)


RULE = Rule(
    slug="unmeasurable-outcome",
    kind="wording",
    severity=Severity.WARNING,
    fields=("outcome",),
    summary="Outcomes with nothing to measure: no number, frequency, observable behaviour or "
    "named indicator with a target.",
    message="Nothing in this outcome can be counted or seen, so nobody can tell when it has "
    "been met.",
    why=(
        "If an outcome is not measurable, nobody can evidence progress: the family cannot "
        "tell what is being asked, and a review cannot tell whether it happened. A date says "
        "when, not what; 'attendance will improve' names the thing but not how much."
    ),
    sources=(
        Source(
            "001",
            "If an outcome is not measurable, how are we going to evidence progress?",
        ),
        Source(
            "001",
            "“Sam’s school attendance needs to improve” could be better worded as “Sam’s "
            "attendance will improve from 58% to above 92% during the Summer term”.",
        ),
        Source(
            "003",
            "An outcome has to be measurable otherwise progress cannot be evidenced.",
        ),
    ),
    terms=with_triggers(VAGUE_CHANGE_TERMS, VAGUE_TRIGGERS),
    check=check,
    flags=(
        Example("Sam's school attendance needs to improve.", "outcome"),
        Example("John needs to have age-appropriate self-care skills.", "outcome"),
        Example("Mum will have a better understanding of the impact of domestic abuse.", "outcome"),
        Example(
            "Jimmy's behaviour will improve by the next review.",
            "outcome",
            note="a deadline says when, not what",
        ),
        Example("Mum will engage with services.", "outcome"),
        Example("Mum's mental health will be stable.", "outcome"),
        Example("Jimmy will feel more confident at school.", "outcome"),
    ),
    passes=(
        Example(
            "Sam's attendance will rise from 58% to above 92% by the end of the summer term.",
            "outcome",
        ),
        Example("John brushes his teeth for two minutes every morning and night.", "outcome"),
        Example(
            "Mr Brown will be able to explain to me the impact that domestic abuse can "
            "have on his son.",
            "outcome",
        ),
        Example(
            "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027.", "outcome"
        ),
        Example(
            "If Mr Smith has been drinking, Mrs Smith will leave Daisy in the care of "
            "Mrs Jones when she goes to work.",
            "outcome",
        ),
        Example(
            "Sam's attendance will improve.",
            "outcome",
            plan=_TARGETED,
            note="the outcome's indicator, baseline and target say how much",
        ),
    ),
    suggestion=SUGGESTION,
)
