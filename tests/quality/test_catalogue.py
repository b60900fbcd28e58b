"""The catalogue keeps itself honest: module names match slugs, every rule has enough
examples, its quotes are really in the seeds, and RULES.md and the code agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from childplan.quality.rule import FAMILY_TEXT, Rule
from childplan.quality.rules import KINDS, all_rules, rules_by_slug

RULES = all_rules()


def _catalogue_rows(shared: Path) -> dict[str, list[str]]:
    """slug -> the cells of its row in RULES.md."""
    rows = {}
    for line in (shared / "RULES.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\| `([a-z-]+)` \|", line)
        if match:
            rows[match.group(1)] = [cell.strip() for cell in line.strip("|").split("|")]
    return rows


def _normalise(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    text = text.replace("–", "-").replace("—", "-").replace("**", "")
    return re.sub(r"\s+", " ", text).strip().lower()


def test_each_module_declares_the_rule_its_name_says() -> None:
    for rule in RULES:
        module = rule.check.__module__
        kind, name = module.split(".")[-2:]
        assert kind == rule.kind, f"{rule.slug} is a {rule.kind} rule but lives in {kind}/"
        assert name == rule.slug.replace("-", "_"), f"{module} declares {rule.slug}"
        assert kind in KINDS


def test_slugs_are_unique() -> None:
    slugs = [rule.slug for rule in RULES]
    assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.slug)
def test_rule_has_five_examples_each_way(rule: Rule) -> None:
    assert len(rule.flags) >= 5, f"{rule.slug} needs at least five examples it flags"
    assert len(rule.passes) >= 5, f"{rule.slug} needs at least five examples it leaves alone"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.slug)
def test_rule_quotes_its_seed_verbatim(rule: Rule, shared: Path) -> None:
    assert rule.sources, f"{rule.slug} has no source"
    for source in rule.sources:
        (seed,) = (shared / "seeds").glob(f"{source.seed}_*.txt")
        assert _normalise(source.quote) in _normalise(seed.read_text(encoding="utf-8")), (
            f"{rule.slug}: quote not found in seed {source.seed}: {source.quote}"
        )


def test_every_wording_and_structure_rule_in_the_catalogue_exists(shared: Path) -> None:
    rows = _catalogue_rows(shared)
    timescale_section = (shared / "RULES.md").read_text(encoding="utf-8").split("## Timescale")[1]
    wanted = {slug for slug in rows if f"`{slug}`" not in timescale_section}
    assert wanted - set(rules_by_slug()) == set()


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.slug)
def test_severity_and_fields_agree_with_the_catalogue(rule: Rule, shared: Path) -> None:
    row = _catalogue_rows(shared)[rule.slug]
    assert row[1] == str(rule.severity)
    if rule.kind == "wording":
        cell = re.sub(r"\(.*?\)", "", row[2])
        if cell.strip() == "any text":
            expected = set(FAMILY_TEXT)
        else:
            expected = {
                "by" if "`by`" in part else part.strip() for part in cell.split(",") if part.strip()
            }
        assert set(rule.fields) == expected
