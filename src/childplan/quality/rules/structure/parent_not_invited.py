"""parent-not-invited: a parent with parental responsibility left out of the review, with
no reason recorded."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    for i, person in enumerate(plan.people):
        if person.parental_responsibility is not True or person.invited is not False:
            continue
        reason = person.not_invited_reason or person.not_involved_reason
        if reason and reason.strip():
            continue  # the risk may be recorded as why they are not involved (bail conditions)
        yield Hit(
            path=f"people[{i}]",
            text=person.name,
            detail=f"{person.name} has parental responsibility but is not invited to the "
            "review, and no reason is recorded.",
            suggestion=f"Invite {person.name}, or record in not_invited_reason the risk that "
            "inviting them would bring.",
        )


RULE = Rule(
    slug="parent-not-invited",
    kind="structure",
    severity=Severity.WARNING,
    fields=("people",),
    summary="A parent with parental responsibility is not invited to the review, and no reason "
    "is recorded.",
    message="A parent with parental responsibility is not invited to the review, and no "
    "reason is recorded.",
    why=(
        "Both parents should be at the review, so that each has what they need to exercise "
        "their parental responsibility, unless inviting one would increase the risk to the "
        "child or the other parent. The rule fires for a person with "
        "parental_responsibility: true and invited: false when no not_invited_reason is "
        "recorded. When the invitation is not recorded at all (no invited), nothing is "
        "flagged: the plan may simply not track it."
    ),
    sources=(
        Source(
            "004",
            "a meeting should explicitly include both parents, unless to do so would increase risk",
        ),
        Source(
            "004",
            "Where both parents have parental responsibility (PR) there should be a "
            "presumption that each parent has the information they need to exercise their PR",
        ),
    ),
    check=check,
    flags=(
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, parental_responsibility: "
            "true, invited: true}, {name: Tom Smith, relationship: father, "
            "parental_responsibility: true, invited: false}]"
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, parental_responsibility: "
            "true, invited: false}, {name: Tom Smith, relationship: father, "
            "parental_responsibility: true, invited: true}]"
        ),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, parental_responsibility: "
            'true, invited: false, not_invited_reason: ""}]'
        ),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, parental_responsibility: "
            "true, invited: false, lives_with_child: false}]",
            note="a separated parent is still a parent",
        ),
        Example(
            plan="people: [{name: Jean Jones, relationship: special guardian, "
            "parental_responsibility: true, invited: false}]"
        ),
    ),
    passes=(
        Example(note="the example plan: both parents invited"),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, parental_responsibility: "
            "true, involved: false, not_involved_reason: Tom's bail conditions bar contact with "
            "Sarah., invited: false}]",
            note="the risk is recorded as why he is not involved",
        ),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, parental_responsibility: "
            "true, invited: false, not_invited_reason: Tom's bail conditions bar contact with "
            "Sarah.}]"
        ),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, parental_responsibility: true}]",
            note="the invitation is not recorded",
        ),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, parental_responsibility: "
            "false, invited: false}]",
            note="no parental responsibility",
        ),
        Example(
            plan="people: [{name: Jean Jones, relationship: maternal grandmother, invited: false}]"
        ),
    ),
)
