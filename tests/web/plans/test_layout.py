"""Where the plan page puts each finding: at the nearest part of the plan it shows."""

from __future__ import annotations

from typing import Any

import pytest

from childplan.quality.rule import Finding, Severity
from childplan.web.plans.layout import anchor, hint, lay_out

pytestmark = [pytest.mark.database, pytest.mark.django_db]


def finding(path: str, severity: Severity = Severity.WARNING) -> Finding:
    return Finding("vague-word", severity, path, "ongoing", f"about {path}", "Say when.")


def test_anchors_are_page_ids() -> None:
    assert anchor("needs[0].outcomes[1].actions[2]") == "needs-0-outcomes-1-actions-2"
    assert anchor("") == "summary"


@pytest.mark.parametrize(
    ("path", "shown_at"),
    [
        ("needs[0].reason", "needs[0]"),
        ("needs[0]", "needs[0]"),
        ("needs[0].outcomes[0].by", "needs[0].outcomes[0]"),
        ("needs[0].outcomes[0].actions[0].who", "needs[0].outcomes[0].actions[0]"),
        ("worries[0]", "worries"),
        ("people[1]", "people[1]"),  # beside the person
        ("people[1].not_invited_reason", "people[1]"),
        ("people[9]", "people"),  # no such person: the section
        ("explained_to_child", "childs_views"),
        ("next_review", "events"),
        ("events[2].minutes_sent", "events"),
        ("contingency", "contingency"),
        ("needs", ""),  # the plan has no needs: said at the top
        ("needs[9].reason", ""),  # not on the page: said at the top
    ],
)
def test_each_finding_is_shown_at_its_part(world: Any, path: str, shown_at: str) -> None:
    layout = lay_out(world.plan, [finding(path)])
    parts = {
        **{p.path: p for p in layout.sections.values()},
        **{n.path: n for n in layout.needs},
        **{o.path: o for n in layout.needs for o in n.outcomes},
        **{a.path: a for n in layout.needs for o in n.outcomes for a in o.actions},
        **{p.path: p for p in layout.people},
        "": layout.plan_wide,
    }
    assert [p for p, part in parts.items() if part.hints] == [shown_at]
    (line,) = layout.summary
    assert line.anchor == anchor(shown_at)


def test_an_error_is_warning_text_and_advice_is_inset_text() -> None:
    error = hint(finding("contingency", Severity.ERROR))
    assert 'class="govuk-warning-text"' in error and "What to do: Say when." in error
    advice = hint(finding("contingency", Severity.ADVICE))
    assert 'class="govuk-inset-text"' in advice and "<strong>Advice:</strong>" in advice


def test_a_bare_date_is_written_as_people_read_it() -> None:
    import datetime as dt

    from childplan.web.plans.layout import timescale_words

    assert timescale_words("2027-01-15", dt.date(2027, 1, 15)) == "15 January 2027"
    assert timescale_words("by 15 Jan", dt.date(2027, 1, 15)) == "by 15 Jan"
    assert timescale_words("ongoing", None) == "ongoing"


def test_the_summary_lists_errors_then_warnings_then_advice(world: Any) -> None:
    found = [
        finding("worries[0]", Severity.ADVICE),
        finding("needs[0].reason", Severity.WARNING),
        finding("contingency", Severity.ERROR),
        finding("needs[0]", Severity.ADVICE),
    ]
    layout = lay_out(world.plan, found)
    assert [line.finding.path for line in layout.summary] == [
        "contingency",
        "needs[0].reason",
        "worries[0]",
        "needs[0]",
    ]
