"""owner-not-named: a job title, agency, service or group where one named person should be."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Person, Plan, TextField
from childplan.quality.owners import (
    NAMED_SERVICES,
    Owner,
    owner_of,
    role_of,
    role_sector,
    sector_of,
)
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, TermList

EXAMPLE_OWNER = "Mrs March, Head of Year 6"
NAME_ONE = f"Name the one person who will do this, e.g. '{EXAMPLE_OWNER}'."
CHOOSE_ONE = "Choose one person to be responsible; others can be named in the action."

# Local services whose names read like a person's ("Compass", "Horizons"): a local authority
# adds its own here so that they are not taken for a named person.
TERMS = tuple(Term(name) for name in NAMED_SERVICES)

_WHAT_IT_IS = {
    "role": "'{text}' is a job title, not a named person.",
    "organisation": "'{text}' is an organisation or service, not a named person.",
    "group": "'{text}' is a group of people, not one named person.",
    "several": "'{text}' names more than one person, so no one is clearly responsible.",
    "unassigned": "'{text}' does not say who will do this.",
}


_ANY_WORD = re.compile(r"\w")


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    if not _ANY_WORD.search(field.text):
        return  # nothing written: action-without-owner's finding
    services = _services(ctx.terms) if ctx.terms is not None else None
    owner = owner_of(field.text, ctx.plan, services)
    stripped = field.text.strip()
    start = field.text.index(stripped) if stripped else 0
    if _one_of_many(owner):
        detail = f"'{stripped}' does not say which {owner.role}: there may be several."
        yield Hit(start, start + len(stripped), detail=detail, suggestion=NAME_ONE)
        return
    if owner.kind not in _WHAT_IT_IS:
        return
    yield Hit(
        start,
        start + len(stripped),
        detail=_WHAT_IT_IS[owner.kind].format(text=stripped),
        suggestion=suggestion(owner, ctx.plan),
    )


# Someone the family knows, but not one of a kind as Mum or Dad is: "Mum's friend".
_NOT_ONE_OF_A_KIND = frozenset({"friend", "neighbour"})


def _one_of_many(owner: Owner) -> bool:
    return owner.kind == "family_role" and owner.role in _NOT_ONE_OF_A_KIND and owner.person is None


# The service names of each word list (one a configuration), not listed again for every who.
_SERVICES: dict[int, tuple[TermList, tuple[str, ...]]] = {}


def _services(terms: TermList) -> tuple[str, ...]:
    """The list's names; the built-in list itself when they are the same names (in another
    order), so that the reader of the plan's people made for the other rules is shared."""
    kept = _SERVICES.get(id(terms))
    if kept is None or kept[0] is not terms:
        if len(_SERVICES) > 32:
            _SERVICES.clear()
        names = tuple(term.phrase for term in terms.terms)
        if set(names) == set(NAMED_SERVICES):
            names = NAMED_SERVICES
        kept = _SERVICES[id(terms)] = (terms, names)
    return kept[1]


def suggestion(owner: Owner, plan: Plan) -> str:
    """A concrete fix: the one person of the plan who does this job, if there is one."""
    if owner.kind == "several" or (owner.kind == "group" and owner.is_family):
        return CHOOSE_ONE
    if owner.kind not in ("role", "organisation"):
        return NAME_ONE
    exact, likely = _people_for(owner, plan)
    if len(exact) == 1:
        return f"Write '{_label(exact[0])}'."
    candidates = exact or likely
    if len(candidates) == 1:
        return (
            f"If {_label(candidates[0])} is the one who will do this, write "
            f"'{_label(candidates[0])}'; if not, name the one person who will."
        )
    if 1 < len(candidates) <= 4:
        names = ", ".join(_label(p) for p in candidates[:-1]) + f" or {_label(candidates[-1])}"
        return f"Which one of {names} will do this? Write that person's name."
    return NAME_ONE


# Job titles broad enough to cover anyone of their sector: a "schoolteacher" may be the SENCO,
# the form tutor or the Head of Year (seed 001); a "doctor" may be the GP.
_BROAD_ROLES = frozenset({"teacher", "doctor"})


def _people_for(owner: Owner, plan: Plan) -> tuple[list[Person], list[Person]]:
    """Professionals of the plan who do exactly this job or work for this agency, and
    those who only work in the same sector (a 'teacher' when the school's person is the
    Head of Year 2)."""
    exact: list[Person] = []
    likely: list[Person] = []
    for person in plan.people:
        if not person.is_professional:
            continue
        same_role = (
            owner.kind == "role" and bool(person.role) and role_of(person.role or "") == owner.role
        )
        same_agency = (
            owner.kind == "organisation"
            and bool(person.agency and owner.agency)
            and ((owner.agency or "").strip().lower() in (person.agency or "").lower())
        )
        if same_role or same_agency:
            exact.append(person)
        elif (owner.kind == "organisation" or owner.role in _BROAD_ROLES) and (
            owner.sector and owner.sector == (sector_of(person.agency) or role_sector(person.role))
        ):
            likely.append(person)
    return exact, likely


def _label(person: Person) -> str:
    return f"{person.name} ({person.role})" if person.role else person.name


RULE = Rule(
    slug="owner-not-named",
    kind="wording",
    severity=Severity.ERROR,
    fields=("who",),
    summary="A job title, agency, service or group instead of one named person.",
    message="'{text}' is not one named person.",
    why=(
        "A task that belongs to 'school' or 'professionals' belongs to no one: when a review "
        "asks whether it was done, nobody has to answer. Name the one person who will do it "
        "(a title and name, like 'Mrs March, Head of Year 6', is enough). A family role tied "
        "to the child, such as 'Mum' or 'Jimmy's mother', already names one person and is "
        "left alone; so is the child. When several people share a task, choose one to be "
        "responsible and name the others in the action."
    ),
    sources=(
        Source(
            "000",
            "You have to be able to identify a single person who will be responsible for every "
            "significant task.",
        ),
        Source(
            "001",
            "Avoid job descriptions, such as “health visitor”, “schoolteacher” etc and name the "
            "person instead.",
        ),
        Source(
            "003",
            "Don't assign tasks to 'school' when the task is assigned to 'Mrs March; Head of "
            "year 6'",
        ),
    ),
    terms=TERMS,
    check=check,
    suggestion=NAME_ONE,
    flags=(
        Example("school"),
        Example("health visitor"),
        Example("GP", note="suggests 'Dr Asha Patel (GP)', the plan's one GP"),
        Example("schoolteacher"),
        Example("social worker"),
        Example("professionals"),
        Example("all agencies"),
        Example("everyone"),
        Example("parents"),
        Example("CAMHS"),
        Example("Early Help Team"),
        Example("Sarah Smith and Dr Patel"),
        Example("Mum/Dad"),
        Example("TBC"),
    ),
    passes=(
        Example(EXAMPLE_OWNER),
        Example("Sarah Smith (mother)"),
        Example("Jimmy's mother"),
        Example("Mum"),
        Example("Dad"),
        Example("Dr Patel"),
        Example("Jimmy", note="the child"),
        Example("Lisa Brown, Family Support Worker"),
        Example("Health Visitor Julie Hart"),
        Example("maternal grandmother"),
        Example("Mum, supported by Lisa Brown", note="one owner; Lisa helps"),
        Example("Sarah Smith / Mum", note="two ways of writing one person"),
    ),
)
