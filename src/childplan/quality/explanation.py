"""A rule explained in Markdown: for `childplan explain` and the pages in docs/rules/."""

from __future__ import annotations

from childplan.quality.examples import example_field
from childplan.quality.rule import Example, Rule

SEED_TITLES = {
    "000": "Rough Guide to Planning and Review",
    "001": "Top Tips for SMART Planning",
    "002": "Effective Planning (ILACS 2017, Working Together 2018)",
    "003": "Children's Plans – Best Practice Guidance",
    "004": "Practitioner Guide to Reviewing a Child's Plan",
}


def explain(rule: Rule) -> str:
    fields = ", ".join(f"`{f}`" for f in rule.fields) if rule.fields else "the plan as a whole"
    lines = [
        f"# {rule.slug}",
        "",
        f"**{rule.summary}**",
        "",
        f"Severity: {rule.severity}. Reads: {fields}. Kind: {rule.kind}.",
        "",
        "## Why it matters",
        "",
        rule.why,
        "",
        "## What the guidance says",
        "",
    ]
    for source in rule.sources:
        lines += [
            f"> {source.quote}",
            ">",
            f"> — {SEED_TITLES[source.seed]} (seed {source.seed})",
            "",
        ]
    lines += ["## What it says when it flags", "", rule.message.replace("{text}", "…"), ""]
    if rule.suggestion:
        lines += [f"Suggestion: {rule.suggestion.replace('{child}', 'the child')}", ""]
    lines += ["## Flags", ""] + [_example(rule, e) for e in rule.flags] + [""]
    lines += ["## Does not flag", ""] + [_example(rule, e) for e in rule.passes] + [""]
    if rule.terms:
        lines += ["## Words", "", ", ".join(f"*{t.phrase}*" for t in rule.terms), ""]
    lines += ["## Settings", "", _settings(rule), ""]
    return "\n".join(lines)


def _example(rule: Rule, example: Example) -> str:
    note = f" — {example.note}" if example.note else ""
    if example.text is not None:
        return f"- `{example_field(rule, example)}`: “{example.text}”{note}"
    fragment = (example.plan or "").strip().replace("\n", "\n  ")
    return f"- plan with:{note}\n\n  ```yaml\n  {fragment}\n  ```\n"


def _settings(rule: Rule) -> str:
    lines = [
        "In `childplan.toml`:",
        "",
        "```toml",
        f"[rules.{rule.slug}]",
        "enabled = true",
        f'severity = "{rule.severity}"',
    ]
    if rule.terms:
        lines += ['add = ["another phrase"]', f'remove = ["{rule.terms[0].phrase}"]']
    for name, value in rule.options.items():
        shown = (
            f'"{value}"'
            if isinstance(value, str)
            else str(value).lower()
            if isinstance(value, bool)
            else repr(value)
        )
        lines.append(f"{name} = {shown}")
    lines.append("```")
    return "\n".join(lines)


def rule_pages() -> dict[str, str]:
    """docs/rules/: one page per rule and an index, generated from the declarations."""
    from childplan.quality.rules import all_rules

    rules = all_rules()
    index = [
        "# Plan quality rules",
        "",
        "Generated from the rule declarations by `childplan rules --docs docs/rules`; "
        "do not edit by hand.",
        "",
        "| rule | kind | severity | reads | flags |",
        "|---|---|---|---|---|",
    ]
    pages = {}
    for rule in rules:
        fields = ", ".join(rule.fields) if rule.fields else "the plan"
        link = f"[{rule.slug}]({rule.slug}.md)"
        index.append(f"| {link} | {rule.kind} | {rule.severity} | {fields} | {rule.summary} |")
        pages[f"{rule.slug}.md"] = explain(rule)
    pages["README.md"] = "\n".join(index) + "\n"
    return pages
