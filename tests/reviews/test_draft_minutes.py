"""The draft minutes say who came, what the child said, each outcome and action, what was
decided and disagreed, who does what by when, and the next date."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from childplan.reviews.meeting import ActionReview, Attendance, OutcomeReview, ReviewMeeting
from childplan.reviews.minutes import draft_minutes, meeting_title

MEETING = ReviewMeeting(
    kind="review_conference",
    date=dt.date(2026, 12, 3),
    chair="Ann Lee",
    note_taker="Priya Shah",
    child_participation="views_another_way",
    childs_views="Leah wants to stay at her school.",
    attendance=(
        Attendance("Sarah Brown", "mother", presence="attended", interpreter_arranged=True),
        Attendance(
            "Dr Patel",
            "GP, Hill Street Surgery",
            presence="apologies",
            written_views="Leah's eczema is much better.",
        ),
        Attendance(
            "Mark Brown", "father", invited=False, not_invited_reason="a non-molestation order"
        ),
    ),
    outcomes=(
        OutcomeReview(
            "Leah goes to school every day.",
            progress="Attendance is up from 58% to 86%.",
            evidence="School register",
            reading="86%",
            indicator="Attendance",
            target="95%",
            actions=(
                ActionReview(
                    "Walk Leah to school",
                    "Sarah Brown",
                    "every school day",
                    feedback="Most days.",
                    status="in_progress",
                ),
                ActionReview(
                    "Meet the head of year", "Priya Shah", "by 1 November 2026", status="done"
                ),
            ),
        ),
        OutcomeReview(
            "Leah sleeps at home every night.",
            progress="Met.",
            achieved=True,
            actions=(ActionReview("Agree bedtimes", "Sarah Brown", "now"),),
        ),
    ),
    what_worked="The walking bus.",
    contingency_holds=False,
    contingency_note="Grandma has moved away.",
    disagreements="Mum does not agree the GP should visit.",
    disagreement_action="The chair will speak to Mum before the core group.",
    decisions="The plan continues.",
    next_review=dt.date(2027, 6, 3),
)


def sections() -> dict[str, tuple[str, ...]]:
    return {s.heading: s.lines for s in draft_minutes("Leah", MEETING).sections}


def test_the_title_names_the_meeting_and_the_child() -> None:
    assert (
        meeting_title("core_group", dt.date(2026, 12, 3)) == "Core group meeting on 3 December 2026"
    )
    assert draft_minutes("Leah", MEETING).title == (
        "Minutes: Review child protection conference on 3 December 2026, about Leah"
    )


def test_attendance_has_apologies_written_views_and_who_was_not_invited() -> None:
    found = sections()
    assert found["Who was there"] == (
        "Chair: Ann Lee. Notes: Priya Shah.",
        "- Sarah Brown (mother): attended; interpreter arranged",
        "- Dr Patel (GP, Hill Street Surgery): sent apologies",
        "- Mark Brown (father): not invited: a non-molestation order",
    )
    assert found["Written views of those who could not come"] == (
        "- Dr Patel: Leah's eczema is much better.",
    )


def test_the_child_views_and_each_outcome_and_action() -> None:
    found = sections()
    assert found["Leah’s views"] == (
        "Leah gave their views another way.",
        "Leah wants to stay at her school.",
    )
    plan = found["The plan, outcome by outcome"]
    assert plan[:7] == (
        "Outcome 1: Leah goes to school every day.",
        "  Progress: Attendance is up from 58% to 86%.",
        "  Evidence: School register",
        "  Attendance now: 86% (target 95%)",
        "  - Action: Walk Leah to school",
        "    Where it is now: in progress",
        "    Feedback: Most days.",
    )
    assert "  Achieved: it comes off the plan." in plan


def test_decisions_disagreements_contingency_and_next_date() -> None:
    found = sections()
    assert found["Decisions"] == ("The plan continues.",)
    assert found["Disagreements"] == (
        "Mum does not agree the GP should visit.",
        "Action proposed: The chair will speak to Mum before the core group.",
    )
    assert found["Contingency"] == (
        "The contingency plan no longer holds. Grandma has moved away.",
    )
    assert found["Next review"] == ("The next review is by Thursday 3 June 2027.",)
    assert found["What worked and what did not"] == ("What worked: The walking bus.",)


def test_who_does_what_leaves_out_done_actions_and_achieved_outcomes() -> None:
    assert sections()["Who does what, by when"] == (
        "- Sarah Brown: Walk Leah to school (every school day)",
    )


def test_the_text_has_every_section_once() -> None:
    text = draft_minutes("Leah", MEETING).text()
    assert text.startswith("Minutes: Review child protection conference")
    assert text.count("Who does what, by when") == 1
    assert text.endswith("The next review is by Thursday 3 June 2027.\n")


def test_a_contingency_not_discussed_is_said() -> None:
    meeting = replace(MEETING, contingency_holds=None, contingency_note=None)
    (line,) = {s.heading: s.lines for s in draft_minutes("Leah", meeting).sections}["Contingency"]
    assert line == "The contingency plan was not discussed at this meeting."
