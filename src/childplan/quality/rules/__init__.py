"""The rule catalogue: one module per rule, named after its slug, under the folder of its
kind (``wording/vague_word.py`` declares ``vague-word``). Each module defines ``RULE``.

Rules are found by walking these folders, so adding a rule is adding its module; a test
checks that every module declares exactly the rule its name says.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil

from childplan.quality.rule import Rule

KINDS = ("wording", "structure", "timescale")


@functools.cache
def all_rules() -> tuple[Rule, ...]:
    rules = []
    for kind in KINDS:
        package = importlib.import_module(f"{__name__}.{kind}")
        for module_info in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name):
            module = importlib.import_module(f"{package.__name__}.{module_info.name}")
            rules.append(module.RULE)
    return tuple(rules)


def rules_by_slug() -> dict[str, Rule]:
    return {rule.slug: rule for rule in all_rules()}
