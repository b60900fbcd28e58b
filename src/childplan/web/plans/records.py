"""Between the database records and the pure plan model.

``plan_from_records`` reads a plan's records into ``childplan.plan.model.Plan`` (what the
checker and the file format use); ``save_plan`` and ``import_plan`` write a ``Plan`` as
records, each list with a constant number of queries (one ``bulk_create`` a level), so
importing a plan file is ``fileformat`` plus ``import_plan`` (a new child) or
``import_plan_for_child`` (a draft plan of a child already recorded). A plan's people are the
child's: the family network belongs to the child, and every plan of theirs reads it.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from django.db import transaction

from childplan.plan import model as pure
from childplan.web.accounts.models import Team
from childplan.web.children.models import Child, Person
from childplan.web.plans import models as db


def plan_from_records(record: db.Plan) -> pure.Plan:
    """The plan as the pure model; reads only prefetched relations when fetched with
    ``Plan.objects.with_contents()``."""
    statements = list(record.statements.all())

    def sentences(kind: str) -> tuple[str, ...]:
        return tuple(s.text for s in statements if s.kind == kind)

    return pure.Plan(
        type=cast(pure.PlanType, record.type),
        date=record.date,
        child=child_from_record(record.child),
        id=record.key or None,
        nation=cast(pure.Nation, record.nation),
        started=record.started,
        ended=record.ended,
        people=tuple(_person(p) for p in record.child.people.all()),
        worries=sentences(db.PlanStatement.Kind.WORRY),
        strengths=sentences(db.PlanStatement.Kind.STRENGTH),
        childs_views=record.childs_views or None,
        explained_to_child=record.explained_to_child,
        needs=tuple(_need(need) for need in record.needs.all()),
        contingency=record.contingency or None,
        bottom_lines=record.bottom_lines or None,
        assumptions=sentences(db.PlanStatement.Kind.ASSUMPTION),
        resources=tuple(_resource(r) for r in record.resources.all()),
        monitoring=record.monitoring or None,
        practitioner_notes=record.practitioner_notes or None,
        next_review=record.next_review,
        events=tuple(_event(e) for e in record.events.all()),
    )


def child_from_record(child: Child) -> pure.Child:
    return pure.Child(
        name=child.name,
        date_of_birth=child.date_of_birth,
        id=child.key or None,
        identity=child.identity or None,
        language=child.language or None,
        needs_interpreter=child.needs_interpreter,
        interpreter=child.interpreter or None,
        needs_advocate=child.needs_advocate,
        advocate=child.advocate or None,
    )


@transaction.atomic
def import_plan(plan: pure.Plan, team: Team, status: str = db.Plan.Status.CURRENT) -> db.Plan:
    """A new child, with the plan's people, and the plan: what importing a file does."""
    child = Child.objects.create(
        name=plan.child.name,
        date_of_birth=plan.child.date_of_birth,
        key=plan.child.id or "",
        identity=plan.child.identity or "",
        language=plan.child.language or "",
        needs_interpreter=plan.child.needs_interpreter,
        interpreter=plan.child.interpreter or "",
        needs_advocate=plan.child.needs_advocate,
        advocate=plan.child.advocate or "",
        team=team,
    )
    Person.objects.bulk_create(
        _person_record(child, position, person) for position, person in enumerate(plan.people)
    )
    return save_plan(plan, child, status)


@transaction.atomic
def import_plan_for_child(
    plan: pure.Plan, child: Child, status: str = db.Plan.Status.DRAFT
) -> db.Plan:
    """The plan as a new (draft) plan of an existing child: what uploading a file does.

    The child's own details are kept: the file's child is not written over them. The
    plan's people who are not yet in the child's network (the same id, or without ids the
    same name) are added to it, after the ones already there.
    """
    known = list(child.people.all())
    keys = {person.key for person in known if person.key}
    names = {person.name.casefold() for person in known}
    new = [
        person
        for person in plan.people
        if not (person.id in keys if person.id else person.name.casefold() in names)
    ]
    start = max((person.position for person in known), default=-1) + 1
    Person.objects.bulk_create(
        _person_record(child, start + n, person) for n, person in enumerate(new)
    )
    return save_plan(plan, child, status)


@transaction.atomic
def save_plan(plan: pure.Plan, child: Child, status: str = db.Plan.Status.CURRENT) -> db.Plan:
    """The plan as a new plan record of ``child`` (its people are the child's)."""
    record = db.Plan.objects.create(
        child=child,
        key=plan.id or "",
        type=plan.type,
        status=status,
        date=plan.date,
        started=plan.started,
        ended=plan.ended,
        nation=plan.nation,
        childs_views=plan.childs_views or "",
        explained_to_child=plan.explained_to_child,
        contingency=plan.contingency or "",
        bottom_lines=plan.bottom_lines or "",
        monitoring=plan.monitoring or "",
        practitioner_notes=plan.practitioner_notes or "",
        next_review=plan.next_review,
    )
    kinds = db.PlanStatement.Kind
    db.PlanStatement.objects.bulk_create(
        db.PlanStatement(plan=record, kind=kind, position=position, text=text)
        for kind, texts in (
            (kinds.WORRY, plan.worries),
            (kinds.STRENGTH, plan.strengths),
            (kinds.ASSUMPTION, plan.assumptions),
        )
        for position, text in enumerate(texts)
    )
    needs = db.Need.objects.bulk_create(
        db.Need(plan=record, position=n, key=need.id or "", reason=need.reason)
        for n, need in enumerate(plan.needs)
    )
    pairs = [
        (outcome, _outcome_record(need_record, o, outcome))
        for need, need_record in zip(plan.needs, needs, strict=True)
        for o, outcome in enumerate(need.outcomes)
    ]
    outcomes = db.Outcome.objects.bulk_create(record for _, record in pairs)
    action_pairs = [
        (action, _action_record(outcome_record, a, action))
        for (outcome, _), outcome_record in zip(pairs, outcomes, strict=True)
        for a, action in enumerate(outcome.actions)
    ]
    actions = db.Action.objects.bulk_create(record for _, record in action_pairs)
    db.ProgressNote.objects.bulk_create(
        db.ProgressNote(
            action=action_record,
            position=p,
            date=note.date,
            note=note.note,
            evidence=note.evidence or "",
            status=note.status or "",
        )
        for (action, _), action_record in zip(action_pairs, actions, strict=True)
        for p, note in enumerate(action.progress)
    )
    db.Measurement.objects.bulk_create(
        db.Measurement(
            outcome=outcome_record,
            position=m,
            date=reading.date,
            value=reading.value,
            note=reading.note or "",
        )
        for (outcome, _), outcome_record in zip(pairs, outcomes, strict=True)
        for m, reading in enumerate(outcome.measurements)
    )
    db.Resource.objects.bulk_create(
        db.Resource(
            plan=record,
            position=r,
            key=resource.id or "",
            resource=resource.resource,
            who=resource.who or "",
            **_when(resource.when),
        )
        for r, resource in enumerate(plan.resources)
    )
    db.Event.objects.bulk_create(
        db.Event(
            plan=record,
            position=e,
            key=event.id or "",
            kind=event.kind,
            date=event.date,
            minutes_sent=event.minutes_sent,
            contingency_reviewed=event.contingency_reviewed,
            notes=event.notes or "",
        )
        for e, event in enumerate(plan.events)
    )
    return record


# --- records to the pure model -------------------------------------------------------------


def _person(person: Person) -> pure.Person:
    return pure.Person(
        name=person.name,
        id=person.key or None,
        relationship=person.relationship or None,
        role=person.role or None,
        agency=person.agency or None,
        parental_responsibility=person.parental_responsibility,
        lives_with_child=person.lives_with_child,
        involved=person.involved,
        not_involved_reason=person.not_involved_reason or None,
        invited=person.invited,
        not_invited_reason=person.not_invited_reason or None,
        language=person.language or None,
        needs_interpreter=person.needs_interpreter,
        interpreter=person.interpreter or None,
        needs_advocate=person.needs_advocate,
        advocate=person.advocate or None,
    )


def _need(need: db.Need) -> pure.Need:
    return pure.Need(
        reason=need.reason,
        id=need.key or None,
        outcomes=tuple(_outcome(outcome) for outcome in need.outcomes.all()),
    )


def _outcome(outcome: db.Outcome) -> pure.Outcome:
    return pure.Outcome(
        outcome=outcome.outcome,
        by=_timescale(outcome.by_text, outcome.by_date, outcome.by_recurring),
        id=outcome.key or None,
        indicator=outcome.indicator or None,
        baseline=outcome.baseline or None,
        target=outcome.target or None,
        family_proposed=outcome.family_proposed,
        actions=tuple(_action(action) for action in outcome.actions.all()),
        measurements=tuple(
            pure.Measurement(date=m.date, value=m.value, note=m.note or None)
            for m in outcome.measurements.all()
        ),
        achieved=outcome.achieved,
    )


def _action(action: db.Action) -> pure.Action:
    return pure.Action(
        action=action.action,
        who=action.who or None,
        when=_timescale(action.when_text, action.when_date, action.when_recurring),
        id=action.key or None,
        depends_on=tuple(str(key) for key in action.depends_on),
        status=cast(pure.ActionStatus, action.status),
        family_proposed=action.family_proposed,
        previous_dates=tuple(dt.date.fromisoformat(day) for day in action.previous_dates),
        progress=tuple(
            pure.ProgressNote(
                date=note.date,
                note=note.note,
                evidence=note.evidence or None,
                status=cast(pure.ActionStatus, note.status) if note.status else None,
            )
            for note in action.progress.all()
        ),
    )


def _resource(resource: db.Resource) -> pure.Resource:
    return pure.Resource(
        resource=resource.resource,
        who=resource.who or None,
        when=_timescale(resource.when_text, resource.when_date, resource.when_recurring),
        id=resource.key or None,
    )


def _event(event: db.Event) -> pure.Event:
    return pure.Event(
        kind=cast(pure.EventKind, event.kind),
        date=event.date,
        id=event.key or None,
        minutes_sent=event.minutes_sent,
        contingency_reviewed=event.contingency_reviewed,
        notes=event.notes or None,
    )


def _timescale(text: str, date: dt.date | None, recurring: bool) -> pure.Timescale | None:
    if not text:
        return None
    return pure.Timescale(text=text, date=date, recurring=recurring)


# --- the pure model to records -------------------------------------------------------------


def _person_record(child: Child, position: int, person: pure.Person) -> Person:
    return Person(
        child=child,
        position=position,
        key=person.id or "",
        name=person.name,
        relationship=person.relationship or "",
        role=person.role or "",
        agency=person.agency or "",
        parental_responsibility=person.parental_responsibility,
        lives_with_child=person.lives_with_child,
        involved=person.involved,
        not_involved_reason=person.not_involved_reason or "",
        invited=person.invited,
        not_invited_reason=person.not_invited_reason or "",
        language=person.language or "",
        needs_interpreter=person.needs_interpreter,
        interpreter=person.interpreter or "",
        needs_advocate=person.needs_advocate,
        advocate=person.advocate or "",
    )


def _outcome_record(need: db.Need, position: int, outcome: pure.Outcome) -> db.Outcome:
    by = outcome.by
    return db.Outcome(
        need=need,
        position=position,
        key=outcome.id or "",
        outcome=outcome.outcome,
        by_text=by.text if by else "",
        by_date=by.date if by else None,
        by_recurring=by.recurring if by else False,
        indicator=outcome.indicator or "",
        baseline=outcome.baseline or "",
        target=outcome.target or "",
        family_proposed=outcome.family_proposed,
        achieved=outcome.achieved,
    )


def _action_record(outcome: db.Outcome, position: int, action: pure.Action) -> db.Action:
    return db.Action(
        outcome=outcome,
        position=position,
        key=action.id or "",
        action=action.action,
        who=action.who or "",
        depends_on=list(action.depends_on),
        status=action.status,
        family_proposed=action.family_proposed,
        previous_dates=[day.isoformat() for day in action.previous_dates],
        **_when(action.when),
    )


def _when(when: pure.Timescale | None) -> dict[str, object]:
    if when is None:
        return {"when_text": "", "when_date": None, "when_recurring": False}
    return {"when_text": when.text, "when_date": when.date, "when_recurring": when.recurring}
