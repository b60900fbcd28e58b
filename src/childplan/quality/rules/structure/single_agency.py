"""single-agency: a statutory or Family Help plan whose professional actions all sit with
one agency."""

from __future__ import annotations

from collections.abc import Iterator

from childplan.plan.model import Plan
from childplan.quality.owners import Owner, owner_for_person, owner_of
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source

PLAN_TYPES = frozenset({"family_help", "child_in_need", "child_protection", "looked_after"})

NEED = "Jimmy needs his eczema managed."
SKIN = "Jimmy's skin is clear of broken patches by 15 January 2027."
BOOK = "{action: Book a GP appointment., who: Sarah Smith, when: 2026-11-09}"


def check(plan: Plan, ctx: Context) -> Iterator[Hit]:
    if plan.type not in PLAN_TYPES:
        return
    professionals: list[Owner] = []
    agencies: set[str | None] = set()
    for single in _professionals(plan):
        professionals.append(single)
        agencies.add(single.agency_key)
        if len(agencies) > 1:
            return  # a second agency: no need to read the rest of a long plan
    if len(agencies) != 1:
        return
    agency = _agency_name(professionals)
    yield Hit(
        path="needs",
        text=agency,
        detail=f"Every action for a professional in this plan sits with {agency}; no other "
        "agency has a part in it.",
        suggestion=_suggestion(plan, agencies.pop() or ""),
    )


def _professionals(plan: Plan) -> Iterator[Owner]:
    """The professionals who own the plan's actions or help with them, with their agency."""
    for _, _, action in plan.actions():
        for owner in _with_helpers(owner_of(action.who, plan)):
            for single in owner.owners():
                if single.is_professional and single.agency_key:
                    yield single


def _with_helpers(owner: Owner) -> list[Owner]:
    return [owner, *owner.helpers]


def _agency_name(owners: list[Owner]) -> str:
    names = {o.agency for o in owners}
    if len(names) == 1 and None not in names:
        return names.pop() or ""
    return owners[0].sector or owners[0].agency or "one agency"


def _suggestion(plan: Plan, key: str) -> str:
    """Name the professionals of the plan from other agencies who have nothing to do."""
    others = [
        p
        for p in plan.people
        if p.is_professional and p.involved and owner_for_person(p).agency_key not in (None, key)
    ]
    if others:
        listed = _and([f"{p.name} ({p.agency or p.role})" for p in others[:3]])
        verb, have = ("is", "has") if len(others) == 1 else ("are", "have")
        return (
            f"{listed} {verb} in this plan's people but {have} no action: agree with them "
            "what they will do."
        )
    child = plan.child.name.split()[0]
    return (
        f"Ask which other agencies know {child} (school or nursery, GP or health visitor, "
        "housing, a voluntary service) and agree a named action for each."
    )


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _plan(*whos: str, type_: str = "child_in_need") -> str:
    actions = ", ".join(
        f'{{action: "Task {i}.", who: "{who}", when: 2026-11-{10 + i}}}'
        for i, who in enumerate(whos)
    )
    return (
        f'{{type: {type_}, needs: [{{reason: "{NEED}", outcomes: [{{outcome: "{SKIN}", '
        f"actions: [{BOOK}, {actions}]}}]}}]}}"
    )


RULE = Rule(
    slug="single-agency",
    kind="structure",
    severity=Severity.WARNING,
    fields=("who",),
    summary="A Family Help, Child in Need, Child Protection or Looked After plan whose "
    "professional actions all sit with one agency.",
    message="Every professional action in this plan sits with one agency.",
    why=(
        "No single agency is likely to meet the complexities of a family's life on its own: a "
        "Family Help, Child in Need, Child Protection or Looked After plan should say which "
        "agencies will provide what. The rule reads each action's owner (and helper): it "
        "fires when at least one owner is a professional whose agency is known, and all of "
        "them share one agency. Agencies are compared by sector (health, education, "
        "children's services, police...), so a GP and a hospital count as one, and a social "
        "worker and a family support worker count as children's services; voluntary services "
        "count by name. Actions for the family, and owners whose agency cannot be told, do not "
        "count either way. Early help, pathway and interim safety plans are not checked."
    ),
    sources=(
        Source(
            "002",
            "a multi-agency child in need plan should be developed which sets out which "
            "organisations and agencies will provide which services to the child and family.",
        ),
        Source(
            "003",
            "It is multi – agency in nature as no single agency is likely to meet the "
            "complexities of family life and dynamic aspect of risk",
        ),
    ),
    check=check,
    flags=(
        Example(plan=_plan("Priya Shah")),
        Example(plan=_plan("Priya Shah", "Lisa Brown, Family Support Worker")),
        Example(plan=_plan("Dr Asha Patel", "health visitor"), note="one sector: health"),
        Example(plan=_plan("Ann March", type_="child_protection")),
        Example(plan=_plan("social worker", type_="looked_after")),
        Example(plan=_plan("Priya Shah", "Mum", type_="family_help")),
    ),
    passes=(
        Example(note="the example plan: the GP and the school"),
        Example(plan=_plan("Priya Shah", "Ann March")),
        Example(plan=_plan("Priya Shah", type_="early_help"), note="not checked for early help"),
        Example(plan=_plan("Mum", "Jean Jones"), note="no professional action to compare"),
        Example(
            plan=_plan("Mum, supported by Lisa from Barnardo's", "Priya Shah"),
            note="the helper's agency counts",
        ),
        Example(plan=_plan("Priya Shah", "Lisa from Women's Aid")),
    ),
)
