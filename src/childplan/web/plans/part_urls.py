"""The addresses of every part of a plan that can be changed, made from the declarations
in ``parts``: for a need, ``plans/1/needs/2/`` (change), ``.../check/`` (its findings as the
user types), ``.../remove/``, ``.../move-up/`` and ``.../move-down/``, and
``plans/1/needs/add/`` (with ``check/``); an outcome is added under its need
(``plans/1/needs/2/outcomes/add/``). Each names its record ``<kind>_id``; names are
``plans:edit_need``, ``plans:check_need``, ``plans:add_need``, ``plans:check_new_need``,
``plans:remove_need``, ``plans:move_up_need``, ``plans:move_down_need``."""

from __future__ import annotations

from django.urls import URLPattern, path

from childplan.web.plans import arranging, editing
from childplan.web.plans.parts import PARTS, ListPart, Part


def part_patterns() -> list[URLPattern]:
    return [pattern for part in PARTS.values() for pattern in _patterns(part)]


def _patterns(part: Part) -> list[URLPattern]:
    kind = {"kind": part.slug}
    plan = "plans/<int:plan_id>/"
    one = f"{plan}{part.segment}/" + (f"<int:{part.slug}_id>/" if part.listed else "")
    found = [
        path(one, editing.edit_part_page, kind, name=f"edit_{part.slug}"),
        path(f"{one}check/", editing.check_part_page, kind, name=f"check_{part.slug}"),
    ]
    if not isinstance(part, ListPart):
        return found
    parent = part.parent
    owner = f"{plan}{parent.segment}/<int:{parent.slug}_id>/" if parent else plan
    add = f"{owner}{part.segment}/add/"
    found += [
        path(add, editing.add_part_page, kind, name=f"add_{part.slug}"),
        path(
            f"{add}check/",
            editing.check_part_page,
            {**kind, "adding": True},
            name=f"check_new_{part.slug}",
        ),
        path(f"{one}remove/", arranging.remove_part_page, kind, name=f"remove_{part.slug}"),
    ]
    if part.movable:
        found += [
            path(
                f"{one}move-{direction}/",
                arranging.move_part_page,
                {**kind, "direction": direction},
                name=f"move_{direction}_{part.slug}",
            )
            for direction in ("up", "down")
        ]
    return found
