"""Key dates that cannot be true together: checked when a plan file is read.

The file format reads each event on its own (a kind it knows, a real date); this module
checks the events against each other and against the plan's own dates, and says which field
is wrong and why:

* events are listed oldest first (``events[3].date`` before ``events[2].date`` is an error);
* a review conference or a core group cannot come before the plan's first initial conference,
  and a looked after review cannot come before the child became looked after (when that event
  is recorded: a plan imported part-way through may start with a review);
* minutes cannot be sent before their meeting, and only meetings have minutes;
* a plan cannot end before it started.

Each problem is a (path, message) pair; ``fileformat`` adds the file name and line.
"""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_short_date
from childplan.plan.model import Event, Plan

# The events that are meetings, with a record of actions and notes (seed 004).
MEETINGS = frozenset(
    {
        "strategy_discussion",
        "initial_conference",
        "review_conference",
        "core_group",
        "child_in_need_review",
        "team_around_family",
        "looked_after_review",
        "pathway_review",
    }
)

# An event of the key kind cannot come before the first event of the value kind.
_COMES_AFTER = {
    "review_conference": "initial_conference",
    "core_group": "initial_conference",
    "looked_after_review": "looked_after",
}

EVENT_NAMES = {
    "strategy_discussion": "strategy discussion",
    "initial_conference": "initial child protection conference",
    "review_conference": "review child protection conference",
    "core_group": "core group meeting",
    "child_in_need_review": "child in need review",
    "team_around_family": "team around the family meeting",
    "looked_after": "the day the child became looked after",
    "looked_after_review": "looked after review",
    "pathway_review": "pathway plan review",
    "senior_manager_review": "senior manager review",
    "interim_plan": "interim safety plan",
}


def event_order_problems(plan: Plan) -> list[tuple[str, str]]:
    """Every contradiction among the plan's key dates, as (path, message)."""
    return list(_problems(plan))


def _problems(plan: Plan) -> Iterator[tuple[str, str]]:
    if plan.started and plan.ended and plan.ended < plan.started:
        yield (
            "ended",
            (f"the plan cannot end ({_day(plan.ended)}) before it started ({_day(plan.started)})"),
        )
    first: dict[str, tuple[int, Event]] = {}
    for index, event in enumerate(plan.events):
        first.setdefault(event.kind, (index, event))
    for index, event in enumerate(plan.events):
        path = f"events[{index}]"
        if index and event.date < plan.events[index - 1].date:
            before = plan.events[index - 1]
            yield (
                f"{path}.date",
                (
                    f"{_day(event.date)} is before the event above it (events[{index - 1}], "
                    f"{EVENT_NAMES[before.kind]} on {_day(before.date)}); list events oldest first"
                ),
            )
        earlier_kind = _COMES_AFTER.get(event.kind)
        if earlier_kind in first:
            where, earlier = first[earlier_kind]
            if event.date < earlier.date:
                yield (
                    f"{path}.date",
                    (
                        f"a {EVENT_NAMES[event.kind]} on {_day(event.date)} cannot come before "
                        f"the {EVENT_NAMES[earlier_kind]} on {_day(earlier.date)} (events[{where}])"
                    ),
                )
        if event.minutes_sent is not None:
            if event.kind not in MEETINGS:
                yield (
                    f"{path}.minutes_sent",
                    (
                        f"minutes are only recorded for meetings, and '{event.kind}' "
                        f"({EVENT_NAMES[event.kind]}) is not one"
                    ),
                )
            elif event.minutes_sent < event.date:
                yield (
                    f"{path}.minutes_sent",
                    (
                        f"the minutes cannot be sent ({_day(event.minutes_sent)}) before the "
                        f"meeting ({_day(event.date)})"
                    ),
                )


_day = format_short_date  # "4 December 2026", as every message here writes a date
