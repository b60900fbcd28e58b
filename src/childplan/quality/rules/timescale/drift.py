"""drift: an outcome's indicator has not moved across reviews, or its actions keep being
re-dated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from childplan.plan.dates import format_date, format_short_date
from childplan.plan.indicators import level
from childplan.plan.model import Measurement, Plan
from childplan.quality.plan_schedule import plan_schedule
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

DEFAULT_REVIEWS = 2
DEFAULT_REDATED = 2


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None:
        return
    needed = int(str(ctx.options.get("reviews", DEFAULT_REVIEWS)))
    most_moves = int(str(ctx.options.get("redated", DEFAULT_REDATED)))
    reviews = [review.date for review in schedule.held(schedule.ruleset.review_kinds)]
    for path, outcome in plan.outcomes():
        readings = sorted(
            (m for m in outcome.measurements if m.date <= schedule.today), key=lambda m: m.date
        )
        unchanged = _unchanged_run(readings)
        if len(unchanged) < 2:
            continue
        value = unchanged[-1].value
        if outcome.target is not None and _level(outcome.target) == _level(value):
            continue  # holding steady at the target is success, not drift
        first, last = unchanged[0].date, unchanged[-1].date
        across = [review for review in reviews if first < review <= last]
        if len(across) < needed:
            continue
        indicator = outcome.indicator or "The indicator"
        yield Hit(
            path=path,
            text=outcome.indicator or outcome.outcome,
            detail=f"{indicator[:1].upper()}{indicator[1:]} has stayed at {value} from "
            f"{format_short_date(first)} to {format_short_date(last)}, across "
            f"{len(across)} reviews ({', '.join(format_short_date(r) for r in across)}).",
            suggestion="At the next review, ask with the family why nothing has changed: is "
            "this still the right outcome, and are these the right actions? Agree what will "
            "be done differently, or what will happen if it does not change.",
        )
    yield from _open_past_their_date(plan, schedule.today)
    for path, _, action in plan.actions():
        if action.status == "done" or len(action.previous_dates) < most_moves:
            continue
        dates = [*action.previous_dates]
        if action.when is not None and action.when.date is not None:
            dates.append(action.when.date)
        trail = ", then ".join(format_date(d) for d in dates)
        yield Hit(
            path=f"{path}.when",
            text=action.when.text if action.when else "",
            detail=f"This action has been re-dated {len(action.previous_dates)} times "
            f"(due {trail}) and is still not done.",
            suggestion=f"Ask {action.who or 'the person responsible'} what keeps stopping "
            "it. If the same action keeps slipping, the plan may need a different action, or "
            "someone else to help with it.",
        )


def _open_past_their_date(plan: Plan, today: dt.date) -> Iterator[Hit]:
    """Outcomes still on the live plan after the date they were to be achieved by."""
    for path, outcome in plan.outcomes():
        by = outcome.by
        if by is None or by.date is None or by.date >= today:
            continue
        weeks = (today - by.date).days // 7
        since = f"{weeks} week{'s' if weeks != 1 else ''} ago" if weeks else "this week"
        yield Hit(
            path=f"{path}.by",
            text=by.text,
            detail=f"This outcome was to be achieved by {format_short_date(by.date)} "
            f"({since}) and is still open.",
            suggestion="Decide with the family: if it has been achieved, mark it achieved; "
            "if not, what will be done differently and by when, or is it still the right "
            "outcome?",
        )


def _unchanged_run(readings: list[Measurement]) -> list[Measurement]:
    """The latest readings that all have the same value as the last one."""
    if not readings:
        return []
    level = _level(readings[-1].value)
    run = []
    for reading in reversed(readings):
        if _level(reading.value) != level:
            break
        run.append(reading)
    return run[::-1]


def _level(value: str) -> float | str:
    """The number in a reading (``indicators.level``), or its words when it has none."""
    number = level(value)
    return number if number is not None else " ".join(value.lower().split())


NEED = "Sam needs to be in school every day so that he can learn and see his friends."
OUTCOME = "Sam's attendance rises from 58% to above 92% by 19 March 2027."
REVIEWS = (
    "events: [{kind: child_in_need_review, date: 2026-05-04}, "
    "{kind: child_in_need_review, date: 2026-08-03}, "
    "{kind: child_in_need_review, date: 2026-11-02}]"
)


def _outcome(readings: tuple[tuple[str, str], ...], action: str = "") -> str:
    measured = ", ".join(f'{{date: {date}, value: "{value}"}}' for date, value in readings)
    actions = action or (
        '{action: "Walk Sam to school each morning.", who: Sarah Smith, '
        'when: "every school day until 19 March 2027"}'
    )
    return (
        f'{{started: 2026-02-02, {REVIEWS}, needs: [{{reason: "{NEED}", outcomes: [{{'
        f'outcome: "{OUTCOME}", indicator: "school attendance", target: "92%", '
        f"measurements: [{measured}], actions: [{actions}]}}]}}]}}"
    )


AT_REVIEWS = ("2026-05-04", "2026-08-03", "2026-11-02")


def _readings(*values: str, dates: tuple[str, ...] = AT_REVIEWS) -> tuple[tuple[str, str], ...]:
    return tuple(zip(dates, values, strict=True))


def _redated(previous: str, when: str = "2026-12-04", status: str = "in_progress") -> str:
    return _outcome(
        _readings("58%", "71%", "84%"),
        action=f'{{action: "Ask the school nurse to see Sam about his headaches.", '
        f'who: Ann March, when: "{when}", status: {status}, previous_dates: [{previous}]}}',
    )


def _by(by: str, extra: str = "") -> str:
    action = (
        '{action: "Walk Sam to school each morning.", who: Sarah Smith, '
        'when: "every school day until 19 March 2027"}'
    )
    return (
        f'{{started: 2026-02-02, {REVIEWS}, needs: [{{reason: "{NEED}", outcomes: [{{'
        f'outcome: "{OUTCOME}", by: "{by}"{extra}, actions: [{action}]}}]}}]}}'
    )


RULE = Rule(
    slug="drift",
    kind="timescale",
    severity=Severity.WARNING,
    fields=("measurements", "previous_dates", "by"),
    summary="An outcome's indicator has not moved across reviews, an outcome is still open "
    "after its date, or an action keeps being re-dated.",
    message="This part of the plan is drifting.",
    why=(
        "Drift is a plan that carries on without changing anything for the child: the same "
        "reading of the same indicator at review after review, or the same action moved to a "
        "later date again and again. The rule reads an outcome's measurements (each a date "
        "and a value such as '58%' or '3 nights out of 7'; the first number in the value is "
        "compared, or the words when there is none) and flags it when the latest readings "
        "have all had the same value across at least the configured number of reviews "
        "(option reviews, 2 unless configured) held between the first and the last of them. "
        "A value at the outcome's target is success, not drift. It also flags an action "
        "that is not done and has been re-dated the configured number of times (option "
        "redated, 2): each earlier due date is kept in the action's previous_dates. And it "
        "flags an outcome still on the live plan after the date it was to be achieved by "
        "(its 'by', or the end of a repeating 'by'); an outcome marked achieved is off the "
        "plan and never flagged. "
        "Readings taken between reviews, values that go down then up, and checks without "
        "a 'today' are not flagged."
    ),
    sources=(
        Source("002", "Action is taken to avoid drift and delay."),
        Source(
            "003",
            "The plan has clearly identified intermediate outcomes that can be used to "
            "evidence progress and minimise drift",
        ),
        Source("000", "Are we on track?"),
    ),
    check=check,
    options={"reviews": DEFAULT_REVIEWS, "redated": DEFAULT_REDATED},
    suggestion="Ask at the next review why nothing has changed, and change the plan.",
    flags=(
        Example(plan=_outcome(_readings("58%", "58%", "58%")), note="58% at three reviews"),
        Example(
            plan=_outcome(_readings("58%", "58 %", "58 per cent")),
            note="the same number, written three ways",
        ),
        Example(
            plan=_outcome(_readings("71%", "64%", "64%", "64%", dates=("2026-02-02", *AT_REVIEWS))),
            note="it fell, then stayed",
        ),
        Example(plan=_redated("2026-09-04, 2026-10-16"), note="moved twice"),
        Example(
            plan=_redated("2026-09-04, 2026-10-02, 2026-10-30", status="not_started"),
            note="moved three times",
        ),
        Example(plan=_by("2026-10-30"), note="due 30 October, still open on 10 November"),
        Example(plan=_by("by 3 November 2026"), note="due last week"),
        Example(
            plan=_by("every school day until 6 November 2026"),
            note="a repeating outcome whose end has passed",
        ),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan=_outcome(_readings("58%", "71%", "84%")), note="rising"),
        Example(
            plan=_outcome(
                _readings("58%", "58%", "58%", dates=("2026-10-05", "2026-10-12", "2026-10-19"))
            ),
            note="weekly readings between two reviews",
        ),
        Example(plan=_outcome(_readings("92%", "92%", "92%")), note="holding at the target"),
        Example(
            plan=_outcome(_readings("58%", "64%", "64%")),
            note="only one review since it reached 64%",
        ),
        Example(plan=_redated("2026-10-16"), note="moved once"),
        Example(
            plan=_redated("2026-09-04, 2026-10-16", status="done"), note="moved twice, then done"
        ),
        Example(plan=_outcome(_readings("58%", "71%", "58%")), note="up, then down again"),
        Example(plan=_by("2026-11-10"), note="due today: not yet late"),
        Example(plan=_by("by 19 March 2027"), note="due next year"),
        Example(
            plan=_by("2026-10-30", extra=", achieved: 2026-10-28"),
            note="achieved, so off the live plan",
        ),
        Example(plan=_by("within 6 weeks of the plan"), note="no date to pass"),
    ),
)
