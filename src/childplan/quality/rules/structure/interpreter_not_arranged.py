"""interpreter-not-arranged: someone at the meeting needs an interpreter or an advocate and
none is recorded."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.owners import PLACEHOLDERS
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    child = plan.child
    people = [
        (
            "child",
            child.name,
            child.language,
            child.needs_interpreter,
            child.interpreter,
            child.needs_advocate,
            child.advocate,
        )
    ]
    for i, p in enumerate(plan.people):
        if p.involved and p.invited is not False:  # only those who will be at the meeting
            people.append(
                (
                    f"people[{i}]",
                    p.name,
                    p.language,
                    p.needs_interpreter,
                    p.interpreter,
                    p.needs_advocate,
                    p.advocate,
                )
            )
    for path, name, language, needs_interpreter, interpreter, needs_advocate, advocate in people:
        if needs_interpreter and not _arranged(interpreter):
            in_language = f" in {language}" if language else ""
            yield Hit(
                path=path,
                text=name,
                detail=f"{name} needs an interpreter{in_language} and none is recorded.",
                suggestion=f"Book an interpreter{in_language} for {name} before the meeting "
                "and record who it is in interpreter.",
            )
        if needs_advocate and not _arranged(advocate):
            yield Hit(
                path=path,
                text=name,
                detail=f"{name} needs an advocate and none is recorded.",
                suggestion=f"Arrange an advocate for {name} before the meeting and record who "
                "it is in advocate.",
            )


# What is written while nobody is booked yet: "TBC", "to be arranged", "none available".
_NOT_YET = re.compile(
    rf"^\W*(?:{PLACEHOLDERS}|none available|not (?:yet )?(?:available|arranged|booked|found)|"
    r"(?:being |still being )?(?:sought|requested|arranged)|(?:awaiting|pending|requested)\b.*)"
    r"\W*$",
    re.IGNORECASE,
)


def _arranged(who: str | None) -> bool:
    return bool(who and who.strip()) and not _NOT_YET.match(who or "")


RULE = Rule(
    slug="interpreter-not-arranged",
    kind="structure",
    severity=Severity.ERROR,
    fields=("people", "child"),
    summary="Someone in the meeting needs an interpreter or advocate and none is recorded.",
    message="Someone in the meeting needs an interpreter or an advocate and none is recorded.",
    why=(
        "A parent or child who cannot follow the meeting cannot take part in the plan, agree "
        "to it or say they disagree. When the child or someone coming to the meeting needs an "
        "interpreter (needs_interpreter) or an advocate (needs_advocate), record who it will "
        "be (interpreter, advocate). People recorded as not involved or not invited are not "
        "checked: they will not be in the meeting."
    ),
    sources=(
        Source(
            "004",
            "Be aware of language barriers and ensure an interpreter is present to ensure "
            "effective communication.",
        ),
        Source("004", "Consider if parents need an advocate to support them."),
    ),
    check=check,
    flags=(
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, language: Polish, "
            "needs_interpreter: true}]"
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, needs_interpreter: true, "
            'interpreter: ""}]'
        ),
        Example(plan="people: [{name: Sarah Smith, relationship: mother, needs_advocate: true}]"),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, language: Polish, "
            "needs_interpreter: true, interpreter: TBC}]",
            note="nobody booked yet",
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, language: Tigrinya, "
            "needs_interpreter: true, interpreter: none available}]"
        ),
        Example(
            plan="child: {name: Jimmy Smith, date_of_birth: 2014-05-14, language: BSL, "
            "needs_interpreter: true}"
        ),
        Example(plan="child: {name: Jimmy Smith, date_of_birth: 2012-05-14, needs_advocate: true}"),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother}, {name: Tom Smith, "
            "relationship: father, language: Romanian, needs_interpreter: true, "
            "needs_advocate: true, advocate: Jo Bell (Voiceability)}]"
        ),
    ),
    passes=(
        Example(note="the example plan: no one needs an interpreter"),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, language: Polish, "
            "needs_interpreter: true, interpreter: Anna Nowak (Language Line)}]"
        ),
        Example(
            plan="people: [{name: Sarah Smith, relationship: mother, needs_advocate: true, "
            "advocate: Jo Bell (Voiceability), invited: true}]"
        ),
        Example(
            plan="people: [{name: Tom Smith, relationship: father, needs_interpreter: true, "
            "invited: false, not_invited_reason: Bail conditions.}]",
            note="not coming to the meeting",
        ),
        Example(
            plan="child: {name: Jimmy Smith, date_of_birth: 2014-05-14, needs_interpreter: "
            "true, interpreter: Sam Lee (BSL interpreter)}"
        ),
        Example(plan="people: [{name: Sarah Smith, relationship: mother, language: Polish}]"),
    ),
)
