"""Runs the rules over a plan, or over one field while someone types in it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from childplan.plan.listmarkers import LIST_MARKER
from childplan.plan.model import Plan, TextField
from childplan.quality.config import Config
from childplan.quality.rule import Context, Finding, Hit, PlanCheck, Rule, Severity, WordingCheck
from childplan.quality.rules import all_rules
from childplan.quality.terms import TermList, adjust, pieces_in


@dataclass(frozen=True)
class _ActiveRule:
    rule: Rule
    severity: Severity
    terms: TermList | None
    options: dict[str, object]
    # For a rule that finds nothing without its terms: the trigger pieces of which a text
    # must hold one for the rule to be called (empty: never called), None if always called.
    gate: frozenset[str] | None = None


class Checker:
    """The quality checker, set up once for a configuration and reused for every plan."""

    def __init__(self, config: Config | None = None, rules: Sequence[Rule] | None = None) -> None:
        self.config = config or Config()
        self._active: list[_ActiveRule] = []
        for rule in rules if rules is not None else all_rules():
            settings = self.config.for_rule(rule.slug)
            if not settings.enabled:
                continue
            terms = None
            if rule.terms or settings.add:
                terms = TermList(
                    adjust(rule.terms, settings.add, settings.remove),
                    case_sensitive=rule.slug == "unexplained-acronym",
                )
            options = {**rule.options, **settings.options}
            gate = None
            if rule.needs_terms:
                gate = terms.gate() if terms is not None else frozenset()
            self._active.append(
                _ActiveRule(rule, settings.severity or rule.severity, terms, options, gate)
            )
        self._wording = [a for a in self._active if a.rule.kind == "wording"]
        self._whole_plan = [a for a in self._active if a.rule.kind != "wording"]
        self._readers: dict[str, list[_ActiveRule]] = {}  # field name -> the rules that read it

    @property
    def rules(self) -> list[Rule]:
        return [active.rule for active in self._active]

    def check(self, plan: Plan, today: dt.date | None = None) -> list[Finding]:
        """Every finding for the plan, in the order a reader meets the fields."""
        findings: list[Finding] = []
        fields = list(plan.texts())
        contexts = self._contexts(plan, today, fields)
        for field in fields:
            findings.extend(self._check_text(plan, field, contexts))
        for active in self._whole_plan:
            check: PlanCheck = active.rule.check  # type: ignore[assignment]
            for hit in check(plan, contexts[active.rule.slug]):
                findings.append(_plan_finding(active, plan, hit))
        return _in_reading_order(fields, findings)

    def check_field(
        self, plan: Plan, path: str, text: str, today: dt.date | None = None
    ) -> list[Finding]:
        """Findings for one field's text, in the context of its plan (for live checking)."""
        name = re.sub(r"\[\d+\]$", "", path.rsplit(".", 1)[-1])
        indices = (
            [int(i) for i in re.findall(r"\[(\d+)\]", path)] if path.startswith("needs") else []
        )
        indices += [None] * (3 - len(indices))  # type: ignore[list-item]
        field = TextField(path, name, text, *indices)
        contexts = self._contexts(plan, today)
        found = self._check_text(plan, field, contexts)
        return sorted(found, key=lambda f: f.span or (-1, -1))

    def _check_text(
        self, plan: Plan, field: TextField, contexts: dict[str, Context]
    ) -> list[Finding]:
        marker = LIST_MARKER.match(field.text)
        if marker:  # "• social worker", "1. Mum will ...": the rules read what follows
            said = replace(field, text=field.text[marker.end() :])
            return [_moved(f, marker.end()) for f in self._check_text(plan, said, contexts)]
        usual = _usual_marks(field.text)
        if usual != field.text:  # "non–compliant", "won`t": the rules' words, same length
            found = self._check_text(plan, replace(field, text=usual), contexts)
            return [_quoting(f, field.text) for f in found]
        findings: list[tuple[Rule, Finding]] = []
        pieces = None  # the text's trigger pieces, read once for all the rules
        for active in self._reading(field.name):
            if active.gate is not None:
                if pieces is None:
                    pieces = pieces_in(field.text)
                if active.gate.isdisjoint(pieces):
                    continue  # none of its words can be in this text
            check: WordingCheck = active.rule.check  # type: ignore[assignment]
            for hit in check(field, contexts[active.rule.slug]):
                findings.append((active.rule, _field_finding(active, plan, field, hit)))
        return _without_superseded(findings) if len(findings) > 1 else [f for _, f in findings]

    def _reading(self, field_name: str) -> list[_ActiveRule]:
        readers = self._readers.get(field_name)
        if readers is None:
            readers = self._readers[field_name] = [
                active for active in self._wording if active.rule.reads(field_name)
            ]
        return readers

    def _contexts(
        self, plan: Plan, today: dt.date | None, fields: Sequence[TextField] = ()
    ) -> dict[str, Context]:
        """One context a rule for the whole plan (not one a field)."""
        return {
            active.rule.slug: Context(
                plan, active.terms, active.options, today, self.config.timescales, fields
            )
            for active in self._active
        }


# Marks typed or pasted for the usual ones, one character for one so that spans hold: other
# apostrophes for ’, and a dash or a non-breaking hyphen inside a word for a hyphen.
_APOSTROPHES = str.maketrans({"ʼ": "’", "`": "’", "\u2011": "-", "\u2010": "-"})
_DASH_IN_WORD = re.compile(r"(?<=\w)[–—](?=\w)")


def _usual_marks(text: str) -> str:
    text = text.translate(_APOSTROPHES)
    return _DASH_IN_WORD.sub("-", text) if "–" in text or "—" in text else text


def _quoting(finding: Finding, text: str) -> Finding:
    """A finding read on the usual marks, quoting the words as they were written."""
    if finding.span is None:
        return finding
    return replace(finding, text=text[finding.span[0] : finding.span[1]])


def _moved(finding: Finding, offset: int) -> Finding:
    """A finding on the text after the list marker, with its span in the whole field."""
    if finding.span is None:
        return finding
    return replace(finding, span=(finding.span[0] + offset, finding.span[1] + offset))


def _field_finding(active: _ActiveRule, plan: Plan, field: TextField, hit: Hit) -> Finding:
    text = field.text[hit.start : hit.end] if hit.end > hit.start else (hit.text or field.text)
    span = (hit.start, hit.end) if hit.end > hit.start else None
    return Finding(
        rule=active.rule.slug,
        severity=active.severity,
        path=field.path,
        text=text,
        message=hit.detail or active.rule.message.format(text=text),
        suggestion=_for_this_child(hit.suggestion or active.rule.suggestion, plan),
        span=span,
    )


def _plan_finding(active: _ActiveRule, plan: Plan, hit: Hit) -> Finding:
    text = hit.text or ""
    return Finding(
        rule=active.rule.slug,
        severity=active.severity,
        path=hit.path or "",
        text=text,
        message=hit.detail or active.rule.message.format(text=text),
        suggestion=_for_this_child(hit.suggestion or active.rule.suggestion, plan),
        span=(hit.start, hit.end) if hit.end > hit.start else None,
    )


def _for_this_child(suggestion: str | None, plan: Plan) -> str | None:
    """Suggestions say "{child}" where the child's first name belongs."""
    if suggestion is None or "{child}" not in suggestion:
        return suggestion
    first_name = plan.child.name.split()[0] if plan.child.name.strip() else "the child"
    return suggestion.replace("{child}", first_name)


def _without_superseded(found: Iterable[tuple[Rule, Finding]]) -> list[Finding]:
    """Drop a finding when another rule already flags the same words more precisely
    (e.g. "stop drinking" is an unrealistic absolute; calling it negative adds nothing)."""
    found = list(found)
    kept = []
    for _, finding in found:
        covered = any(
            finding.rule in other_rule.supersedes
            and finding.span
            and other.span
            and finding.span[0] < other.span[1]
            and other.span[0] < finding.span[1]
            for other_rule, other in found
        )
        if not covered:
            kept.append(finding)
    return kept


def _in_reading_order(fields: Sequence[TextField], findings: list[Finding]) -> list[Finding]:
    """Sort as a reader meets them: each finding at its field, or at the first field of
    the element it is about; plan-wide findings about missing parts come last."""
    order = {field.path: index for index, field in enumerate(fields)}
    if any(finding.path not in order for finding in findings):
        order = _with_elements(fields)
    last = len(order)
    return sorted(
        findings,
        key=lambda f: (order.get(f.path, last), f.path, f.span[0] if f.span else -1),
    )


def _with_elements(fields: Sequence[TextField]) -> dict[str, int]:
    """Each field's path, and each element's path ("needs[0].outcomes[1]") with the place of
    its first field. A field's path is well formed (names and [n] indices), so an element
    holding it is a piece of it cut before a "." or a "[" (what ``parent_path`` strips, by
    slicing instead of a regular expression: this runs for every field of the plan)."""
    order: dict[str, int] = {}
    for index, field in enumerate(fields):
        path = field.path
        if path in order:
            continue
        order[path] = index
        cut = len(path)
        while (cut := max(path.rfind(".", 0, cut), path.rfind("[", 0, cut))) > 0:
            element = path[:cut]
            if element in order:
                break  # and so are the elements holding it
            order[element] = index
    return order
