"""missing-childs-views: no wishes and feelings of the child."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

# A whole field that only says there is nothing: "N/A", "not known", "too young".
_PLACEHOLDER = re.compile(
    r"^\W*(?:n/?a|none|nil|no|tbc|tba|unknown|not known|not applicable|not recorded|"
    r"not (?:yet )?(?:seen|asked|obtained|gathered|available)|to follow|"
    r"(?:(?:child|he|she|they)(?:'s| is| are)?\s+)?too young(?:\s+to\s+\w+(?:\s+\w+)?)?|"
    r"-+|\?+)\W*$",
    re.IGNORECASE,
)


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    born = plan.child.date_of_birth
    if born is not None and born > plan.date:
        return  # an unborn baby: there are no wishes and feelings to record yet
    views = plan.childs_views
    if views is None or not views.strip():
        yield Hit(path="childs_views")
    elif _PLACEHOLDER.match(views):
        yield Hit(
            path="childs_views",
            text=views.strip(),
            detail=f"'{views.strip()}' does not tell us anything about the child's wishes and "
            "feelings.",
        )


RULE = Rule(
    slug="missing-childs-views",
    kind="structure",
    severity=Severity.ERROR,
    fields=("childs_views",),
    summary="No wishes and feelings of the child.",
    message="This plan does not record the child's wishes and feelings.",
    why=(
        "The child's lived experience is at the heart of the plan. Record what the child "
        "says they want and feel, in their own words where possible; for a baby or a child "
        "who does not talk, what you saw of their experience (how they respond to each "
        "parent, how they sleep and play). 'N/A' or 'too young' on its own says nothing. "
        "A plan for an unborn baby (date of birth after the plan's date) is not checked."
    ),
    sources=(
        Source("002", "Include the child’s wishes and feelings"),
        Source(
            "003",
            "It conveys the views, wishes and desired outcomes of the child and other "
            "relevant parties",
        ),
    ),
    check=check,
    suggestion="Write what {child} says they want and feel, in their own words where "
    "possible; for a young child, what you saw and heard of their day.",
    flags=(
        Example(plan="childs_views: null"),
        Example(plan='childs_views: ""'),
        Example(plan='childs_views: "N/A"'),
        Example(plan='childs_views: "Too young."'),
        Example(plan='childs_views: "Not known"'),
        Example(plan="{childs_views: null, type: child_protection}"),
        Example(plan='childs_views: "Child too young to give views"'),
    ),
    passes=(
        Example(note="the example plan"),
        Example(
            plan='childs_views: "Jimmy is too young to say, but he smiles and reaches for '
            'Sarah when she comes into the room."',
            note="an observation of a young child's experience",
        ),
        Example(plan="{childs_views: null, child: {name: Baby Smith, date_of_birth: 2027-02-01}}"),
        Example(plan="childs_views: \"Jimmy said: 'I want my nan to pick me up on Fridays.'\""),
        Example(plan='childs_views: "No, I don\'t want to go to the club - Jimmy, age 7."'),
    ),
)
