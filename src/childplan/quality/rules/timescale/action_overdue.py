"""action-overdue: an action's date has passed and it is not done."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.dates import format_date
from childplan.plan.model import Plan
from childplan.quality.plan_schedule import plan_schedule, working_days
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    schedule = plan_schedule(plan, ctx)
    if schedule is None or (plan.ended is not None and plan.ended <= schedule.today):
        return
    for path, _, action in plan.actions():
        when = action.when
        if when is None or when.date is None or when.recurring or action.status == "done":
            continue
        if when.date >= schedule.today:
            continue
        late_by = -schedule.working_days_to(when.date)
        ago = f"{working_days(late_by)} ago" if late_by else "less than a working day ago"
        state = "is recorded as not done" if action.status == "not_done" else "is not marked done"
        who = action.who or "the person responsible"
        yield Hit(
            path=path,
            text=action.action,
            detail=f"This action was due on {format_date(when.date)} ({ago}) and {state}.",
            suggestion=f"If it has been done, mark it done (status: done). If not, ask {who} "
            "what is stopping it, agree a new date and keep the old one in previous_dates, "
            "so that a plan that keeps slipping can be seen.",
        )


NEED = "Jimmy needs his eczema managed so that it causes him as little discomfort as possible."
SKIN = "Jimmy's skin is clear of broken patches at his GP check on 15 January 2027."


def _action(
    when: str, status: str = "not_started", who: str = "Sarah Smith", more: str = ""
) -> str:
    action = (
        f'{{action: "Make an appointment for Jimmy to see his GP.", who: "{who}", '
        f'when: "{when}", status: {status}}}'
    )
    outcome = f'{{outcome: "{SKIN}", actions: [{action}]}}'
    return f'{{needs: [{{reason: "{NEED}", outcomes: [{outcome}]}}]{more}}}'


RULE = Rule(
    slug="action-overdue",
    kind="timescale",
    severity=Severity.WARNING,
    fields=("when", "status"),
    summary="An action's date has passed and it is not marked done.",
    message="This action's date has passed and it is not done.",
    why=(
        "Monitoring a plan is asking, again and again: has everyone done what they were "
        "supposed to do, and if not, why not? An action left past its date with nothing "
        "said is where a plan starts to drift. The rule flags an action whose when names a "
        "date before 'today' and whose status is not done (not_started, in_progress, or "
        "not_done). It leaves alone repeating actions (their date is when the schedule ends), "
        "actions with no date (action-without-date and vague-timescale ask for one), closed "
        "plans (ended) and checks without a 'today'."
    ),
    sources=(
        Source("000", "Has everyone done what they were supposed to do?"),
        Source("000", "If not, why not?"),
    ),
    check=check,
    suggestion="Mark the action done, or agree a new date and say why it moved.",
    flags=(
        Example(plan=_action("2026-11-06"), note="due last Friday"),
        Example(plan=_action("2026-11-09", "in_progress")),
        Example(plan=_action("by 30 October 2026"), note="a date inside the words"),
        Example(plan=_action("2026-10-30", "not_done"), note="recorded as not done"),
        Example(plan=_action("Friday 6 November 2026", who="Dr Asha Patel")),
    ),
    passes=(
        Example(note="the example plan"),
        Example(plan=_action("2026-11-10"), note="due today"),
        Example(plan=_action("2026-11-06", "done")),
        Example(plan=_action("every Friday until 6 November 2026"), note="a schedule that ended"),
        Example(plan=_action("within six weeks"), note="no date: vague-timescale asks for one"),
        Example(plan=_action("2026-12-04")),
        Example(
            plan=_action("2026-10-01", more=", started: 2026-05-04, ended: 2026-10-30"),
            note="the plan closed",
        ),
    ),
)
