"""transition-not-planned: a child of 17 or older with no action planning the move to adult
services."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term

DEFAULT_AGE = 17

TERMS = (
    Term(
        "adult services",
        pattern=r"(?<![\w-])adults?['’]?\s+(?:services?|social\s+care|social\s+work(?:er)?|"
        r"team|mental\s+health|learning\s+disabilit(?:y|ies)|health)(?![\w-])",
    ),
    Term(
        "transition",
        # a move to adulthood, not to another school, class, site or placement
        pattern=r"(?<![\w-])transition(?:s|ing|al)?(?![\w-])(?!\s+(?:to|into|from|between)\s+"
        r"(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:main|new|secondary|high|primary|junior|"
        r"infant|senior|next|year|class|college|school|nursery|sixth|site|classroom|campus|"
        r"placement|foster|residential|home)\b)",
    ),
    Term("pathway plan", pattern=r"(?<![\w-])pathway\s+plan(?:s|ning)?(?![\w-])"),
    Term("personal adviser", pattern=r"(?<![\w-])personal\s+advis[eo]r(?![\w-])"),
    Term("leaving care", pattern=r"(?<![\w-])(?:leaving\s+care|care\s+leavers?)(?![\w-])"),
    Term(
        "independence",
        pattern=r"(?<![\w-])(?:independen(?:ce|t\s+living)|semi[\s-]independen\w+|"
        r"living\s+(?:skills|independently))(?![\w-])",
    ),
    Term("staying put", pattern=r"(?<![\w-])staying\s+(?:put|close)(?![\w-])"),
    Term(
        "adulthood",
        pattern=r"(?<![\w-])(?:adulthood|preparing\s+for\s+adult\w*|"
        r"(?:turns?|turning|after\s+(?:his|her|their))\s+18(?:th)?)(?![\w-])",
    ),
    Term(
        "supported accommodation",
        pattern=r"(?<![\w-])(?:supported\s+(?:accommodation|living|lodgings?)|"
        r"tenancy|move[\s-]on\s+accommodation)(?![\w-])",
    ),
)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    age = plan.child.age_on(plan.date)
    threshold = int(str(ctx.options.get("age", DEFAULT_AGE)))
    if age is None or age < threshold:
        return
    for _, outcome, action in plan.actions():
        for text in (action.action, action.who or "", outcome.outcome):
            if any(True for _ in ctx.terms.find(text)):
                return
    child = plan.child.name.split()[0]
    yield Hit(
        path="needs",
        text=plan.child.name,
        detail=f"{child} is {age} and no action plans the move to adult services or independence.",
        suggestion=f"Add an action for {child}'s move to adulthood: e.g. a referral to adult "
        "services or a transition meeting, a personal adviser, or a pathway plan, with a "
        "named person and a date.",
    )


def _plan(born: str, action: str = "Go to the college open day with Jimmy.") -> str:
    return (
        f"{{child: {{name: Jimmy Smith, date_of_birth: {born}}}, needs: [{{reason: Jimmy needs "
        "a plan for his future., outcomes: [{outcome: Jimmy has a place for September 2027., "
        f'actions: [{{action: "{action}", who: Priya Shah, when: 2026-12-01}}]}}]}}]}}'
    )


RULE = Rule(
    slug="transition-not-planned",
    kind="structure",
    severity=Severity.WARNING,
    fields=("action",),
    summary="The child is 17 or older and no action plans the move to adult services.",
    message="The child is 17 or older and no action plans the move to adult services.",
    why=(
        "Turning 18 is a known transition point: children's services stop, and what replaces "
        "them (adult services, a personal adviser, a pathway plan, somewhere to live) takes "
        "months to arrange. The rule takes the child's age on the plan's date, not today, so "
        "that a plan's result does not change with the day it is checked (a plan reviewed "
        "after the birthday is checked again then). From the option age (17 unless "
        "configured), it looks for an action or outcome that names the move: adult services, "
        "transition, pathway plan, personal adviser, leaving care, independence (the terms, "
        "which a local authority can extend). A child with no date of birth is not checked."
    ),
    sources=(
        Source("002", "Known transition points for the child should be planned for in advance."),
        Source(
            "002",
            "This includes where children are likely to transition between child and adult "
            "services.",
        ),
    ),
    terms=TERMS,
    options={"age": DEFAULT_AGE},
    check=check,
    flags=(
        Example(plan=_plan("2009-05-14")),
        Example(plan=_plan("2009-11-02"), note="17 on the plan's date"),
        Example(plan=_plan("2008-06-01")),
        Example(plan=_plan("2009-05-14", "Book Jimmy's driving theory test.")),
        Example(plan=_plan("2009-05-14", "Talk to Jimmy about his adult life goals.")),
        Example(
            plan=_plan("2009-05-14", "Plan Jimmy's transition to the main college site."),
            note="a move to another site is not the move to adulthood",
        ),
    ),
    passes=(
        Example(note="the example plan: Jimmy is 7"),
        Example(plan=_plan("2009-11-03"), note="17 the day after the plan's date"),
        Example(plan=_plan("2009-05-14", "Refer Jimmy to adult social care for an assessment.")),
        Example(plan=_plan("2009-05-14", "Start Jimmy's pathway plan with him.")),
        Example(plan=_plan("2009-05-14", "Arrange a transition meeting with the adult team.")),
        Example(plan=_plan("2009-05-14", "Introduce Jimmy to his personal adviser.")),
        Example(plan="child: {name: Jimmy Smith}", note="no date of birth"),
    ),
)
