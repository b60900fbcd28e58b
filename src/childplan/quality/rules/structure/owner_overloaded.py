"""owner-overloaded: one person with more actions due in one week than they can do."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.owners import Owner, owner_of
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."
DEFAULT_MAX = 5


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    limit = int(str(ctx.options.get("max_actions_per_week", DEFAULT_MAX)))
    weeks: dict[tuple[str, int, int], list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for path, _, action in plan.actions():
        when = action.when
        if when is None or when.date is None or when.recurring or action.status == "done":
            continue
        year, week, _ = when.date.isocalendar()
        for person in owner_of(action.who, plan).owners():
            key = _person_key(person)
            if key is None:
                continue
            names.setdefault(key, _display(person))
            weeks.setdefault((key, year, week), []).append((path, action.who or ""))
    for (key, year, week), due in weeks.items():
        if len(due) <= limit:
            continue
        monday = dt.date.fromisocalendar(year, week, 1)
        path, who = due[limit]  # the action that goes over the limit
        yield Hit(
            path=f"{path}.who",
            text=who,
            detail=f"{names[key]} has {len(due)} actions due in the week beginning "
            f"{format_date(monday)}; this plan expects no more than {limit} a week.",
            suggestion=f"Check with {names[key]} that this is possible; spread the actions "
            "over more weeks, or give some to someone else.",
        )


def _person_key(owner: Owner) -> str | None:
    """One key per person, however their name is written ('Sarah', 'Mum', 'Sarah Smith')."""
    if not owner.is_named:
        return None
    if owner.person is not None:
        return f"person:{owner.person.name}"
    if owner.is_child:
        return "child"
    return "text:" + " ".join(owner.text.lower().split())


def _display(owner: Owner) -> str:
    if owner.person is not None:
        return owner.person.name
    return owner.text.strip()


def _plan(*owners_and_dates: tuple[str, str]) -> str:
    actions = ", ".join(
        f'{{action: "Task {i}.", who: "{who}", when: "{when}"}}'
        for i, (who, when) in enumerate(owners_and_dates)
    )
    return f'needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", actions: [{actions}]}}]}}]'


SIX_FOR_SARAH = _plan(*[("Sarah Smith", f"2026-11-{day:02d}") for day in (9, 9, 10, 11, 12, 13)])

RULE = Rule(
    slug="owner-overloaded",
    kind="structure",
    severity=Severity.ADVICE,
    fields=("who", "when"),
    summary="One person has more actions due in one week than the plan expects.",
    message="One person has more actions due in one week than this plan expects.",
    why=(
        "A plan can look fine action by action and still ask one person, often a parent, to "
        "do everything in the same week. Put the actions together and look for clashes. "
        "The rule counts, for each person (however their name is written: 'Sarah', "
        "'Mum', 'Sarah Smith'), the actions with a date in each calendar week (Monday to "
        "Sunday); actions that repeat and actions already done are not counted. The limit is "
        "the option max_actions_per_week (5 unless configured)."
    ),
    sources=(
        Source(
            "000",
            "you need to put all your activities together and make sure that there are no "
            "significant clashes",
        ),
        Source("000", "Who has time to do the task when it needs to be done"),
    ),
    check=check,
    options={"max_actions_per_week": DEFAULT_MAX},
    flags=(
        Example(plan=SIX_FOR_SARAH),
        Example(
            plan=_plan(
                ("Sarah Smith", "2026-11-09"),
                ("Sarah", "2026-11-09"),
                ("Mum", "2026-11-10"),
                ("Sarah Smith (mother)", "2026-11-11"),
                ("Jimmy's mother", "2026-11-12"),
                ("Sarah", "2026-11-15"),
            ),
            note="one person, written five ways",
        ),
        Example(plan=_plan(*[("Dr Asha Patel", "2026-11-16")] * 6)),
        Example(plan=_plan(*[("Priya Shah", "2026-11-23")] * 7)),
        Example(
            plan=_plan(*[("Sarah Smith and Tom Smith", "2026-11-09")] * 6),
            note="a shared action counts for each of them",
        ),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan=_plan(*[("Sarah Smith", "2026-11-09")] * 5), note="five is the limit"),
        Example(
            plan=_plan(*[("Sarah Smith", f"2026-11-{day:02d}") for day in (9, 10, 11, 15, 16, 17)]),
            note="Sunday 15 November starts no new week; Monday 16th does",
        ),
        Example(
            plan=_plan(*[("Sarah Smith", "every Monday until 18 December 2026")] * 6),
            note="repeating actions have no single due date",
        ),
        Example(
            plan=_plan(
                *[(who, "2026-11-09") for who in ("Sarah", "Tom", "Jean", "Sarah", "Tom", "Jean")]
            ),
            note="spread between three people",
        ),
        Example(plan=_plan(*[("school", "2026-11-09")] * 6), note="not a person: owner-not-named"),
    ),
)
