"""Reading Word plans: each test builds its own .docx with python-docx, then reads it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml import OxmlElement
from docx.table import Table

from childplan.plan.fileformat import PlanFileError, dumps_plan, loads_plan
from childplan.plan.model import Child, Plan, Timescale
from childplan.plan.wordimport import NO_TABLE, UNKNOWN_CHILD, read_word_plan

SEED_001 = ("REASON FOR ACTION", "REQUIRED ACTION", "WHO WILL DO THIS & WHEN")
SEED_003 = (
    "What outcome do we want to achieve?",
    "What actions do we need to take to achieve that outcome?",
    "Who will do this and when?",
)
JIMMY_REASON = (
    "Jimmy needs his eczema managed, so that it is causing him as little discomfort as possible."
)
JIMMY_WHO_WHEN = (
    "Jimmy’s mother will make an appointment for him to be seen by his G.P. "
    "within the next five days."
)
PLAN_DATE = dt.date(2026, 11, 2)


def _document(*details: str) -> Document:
    document = docx.Document()
    for line in details:
        document.add_paragraph(line)
    return document


def _table(document: Document, header: Sequence[str], rows: Sequence[Sequence[str]]) -> Table:
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    return table


def _save(document: Document, tmp_path: Path, name: str = "plan.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def _read(document: Document, tmp_path: Path) -> Plan:
    return read_word_plan(_save(document, tmp_path), today=PLAN_DATE).plan


def _round_trips(plan: Plan) -> None:
    assert loads_plan(dumps_plan(plan)).plan == plan
    assert loads_plan(dumps_plan(plan, "json"), "json").plan == plan


# --- the two layouts of the seeds ---------------------------------------------------------


def test_reason_required_action_who_and_when(tmp_path: Path) -> None:
    document = _document("Child's name: Jimmy Smith", "Date of plan: 02/11/2026")
    _table(
        document,
        SEED_001,
        [
            (JIMMY_REASON, "Jimmy needs to be seen by his G.P.", JIMMY_WHO_WHEN),
            ("", "Apply the cream from the GP four times a day", "Sarah Smith – by 4 December"),
            ("Sam's attendance needs to improve.", "School to monitor attendance", "school"),
        ],
    )
    plan = _read(document, tmp_path)
    assert [need.reason for need in plan.needs] == [
        JIMMY_REASON,
        "Sam's attendance needs to improve.",
    ]
    (outcome,) = plan.needs[0].outcomes
    assert outcome.outcome == ""  # the three boxes have no outcome box
    first, second = outcome.actions
    assert first.who == "Jimmy’s mother"
    assert first.when == Timescale("within the next five days")
    # What the mother will do is kept with the action, not lost with the who.
    assert first.action == (
        "Jimmy needs to be seen by his G.P. Jimmy’s mother will make an appointment for him "
        "to be seen by his G.P."
    )
    assert second.who == "Sarah Smith"
    assert second.when == Timescale("by 4 December", dt.date(2026, 12, 4))
    school = plan.needs[1].outcomes[0].actions[0]
    assert (school.who, school.when) == ("school", None)  # cannot split: kept whole, no date
    _round_trips(plan)


def test_outcome_actions_who_and_when_is_one_need_per_table(tmp_path: Path) -> None:
    document = _document("Child in Need Plan for Jimmy Smith", "Need 1: Jimmy's health")
    _table(
        document,
        SEED_003,
        [
            (
                "Jimmy's skin has no broken patches at his GP check on 15 January 2027.",
                "Make an appointment with Dr Patel",
                "Sarah Smith (mother) – by 6 November 2026",
            ),
            ("", "Check Jimmy's skin at each appointment", "Dr Patel, ongoing"),
            (
                "Jimmy's skin has no broken patches at his GP check on 15 January 2027.",
                "Buy the cream on prescription",
                "Sarah Smith 12/11/2026",
            ),
            ("Jimmy sleeps through the night five nights a week by 1 February 2027.", "", ""),
        ],
    )
    document.add_paragraph("Need 2: school")
    _table(
        document,
        SEED_003,
        [
            (
                "Sam is in school 95% of days this term.",
                "Ring Sarah when Sam is absent",
                "Mrs March (Head of Year 6) 12/01/2027",
            )
        ],
    )
    plan = _read(document, tmp_path)
    assert plan.child.name == "Jimmy Smith"
    assert [need.reason for need in plan.needs] == ["Jimmy's health", "school"]
    skin, sleep = plan.needs[0].outcomes
    assert [a.action for a in skin.actions] == [
        "Make an appointment with Dr Patel",
        "Check Jimmy's skin at each appointment",
        "Buy the cream on prescription",
    ]
    assert [(a.who, a.when.text if a.when else None) for a in skin.actions] == [
        ("Sarah Smith (mother)", "by 6 November 2026"),
        ("Dr Patel", "ongoing"),
        ("Sarah Smith", "12/11/2026"),
    ]
    assert skin.actions[2].when == Timescale("12/11/2026", dt.date(2026, 11, 12))
    assert sleep.actions == ()  # an outcome with no action stays visible to the checker
    assert sleep.by == Timescale("by 1 February 2027", dt.date(2027, 2, 1))
    school = plan.needs[1].outcomes[0].actions[0]
    assert school.who == "Mrs March (Head of Year 6)"
    assert school.when == Timescale("12/01/2027", dt.date(2027, 1, 12))
    _round_trips(plan)


def test_an_outcome_table_without_a_heading_has_an_empty_reason(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Jimmy Smith", 1)  # a heading with text under it names no need
    document.add_paragraph("Jimmy lives with his mother and his sister.")
    _table(document, SEED_003, [("Sam is in school every day.", "Walk Sam to school", "Dad")])
    document.add_heading("Education", 2)  # a heading straight above a table names its need
    _table(document, SEED_003, [("Sam reads every night.", "Read with Sam", "Dad, nightly")])
    plan = _read(document, tmp_path)
    assert [need.reason for need in plan.needs] == ["", "Education"]
    assert plan.needs[0].outcomes[0].outcome == "Sam is in school every day."


# --- other layouts --------------------------------------------------------------------------


def test_separate_who_and_when_columns(tmp_path: Path) -> None:
    document = _document()
    _table(
        document,
        ("Outcome", "Action", "By whom", "By when"),
        [
            (
                "Amy sleeps in her own bed.",
                "Move Amy's bed",
                "Tom Jones (father)",
                "1 December 2026",
            ),
            ("", "Read a story at 7pm", "Tom Jones", "every night until 18 December 2026"),
            ("", "Agree a bedtime", "Sarah Smith 4/12/26", ""),
            ("", "Talk to Amy about her room", "", ""),
        ],
    )
    actions = _read(document, tmp_path).needs[0].outcomes[0].actions
    assert actions[0].who == "Tom Jones (father)"
    assert actions[0].when == Timescale("1 December 2026", dt.date(2026, 12, 1))
    assert actions[1].when == Timescale(
        "every night until 18 December 2026", dt.date(2026, 12, 18), recurring=True
    )
    # A date written in the who column, with the when column empty, is the when.
    assert (actions[2].who, actions[2].when) == (
        "Sarah Smith",
        Timescale("4/12/26", dt.date(2026, 12, 4)),
    )
    assert (actions[3].who, actions[3].when) == (None, None)


@pytest.mark.parametrize(
    "header",
    [
        (
            "Identified need",
            "Desired outcome",
            "Action required",
            "Person responsible",
            "Timescale",
            "How will we know it has made a difference?",
            "Progress / RAG",
        ),
        (
            "What are we worried about?",
            "What needs to change?",
            "What needs to happen?",
            "Who",
            "When",
            "How will we know?",
            "Status",
        ),
    ],
)
def test_need_outcome_action_who_when_indicator_status(
    tmp_path: Path, header: tuple[str, ...]
) -> None:
    document = _document()
    _table(
        document,
        header,
        [
            (
                "Jimmy is often late for school.",
                "Jimmy arrives by 8.50am every day.",
                "Set an alarm",
                "Sarah Smith",
                "by 9 November 2026",
                "Late marks",
                "Completed",
            ),
            (
                "Jimmy is often late for school.",
                "Jimmy arrives by 8.50am every day.",
                "Walk Jimmy to school",
                "Mary Jones",
                "weekly",
                "Late marks",
                "In progress",
            ),
        ],
    )
    plan = _read(document, tmp_path)
    (need,) = plan.needs
    (outcome,) = need.outcomes
    assert need.reason == "Jimmy is often late for school."
    assert outcome.outcome == "Jimmy arrives by 8.50am every day."
    assert outcome.indicator == "Late marks"
    assert [(a.action, a.who, a.status) for a in outcome.actions] == [
        ("Set an alarm", "Sarah Smith", "done"),
        ("Walk Jimmy to school", "Mary Jones", "in_progress"),
    ]
    assert outcome.actions[1].when == Timescale("weekly", recurring=True)
    _round_trips(plan)


@pytest.mark.parametrize(
    "header",
    [
        ("Reason for action", "Required action", "Who will do this and when"),
        ("Need", "Action", "Who/When"),
        ("What are we worried about?", "What needs to happen?", "By whom and by when?"),
        ("Area of concern", "Tasks", "Lead person & timescale"),
        ("Identified needs", "Support / services to be provided", "Who and when"),
        ("Outcome", "Action", "Responsible person / date"),
        ("Goal", "Steps", "Who will do this and when?"),
        ("What do we want to achieve?", "What will we do?", "Who, and when by"),
        ("Outcome for Jimmy", "Intervention", "Named worker – deadline"),
    ],
)
def test_header_wording_varies(tmp_path: Path, header: tuple[str, ...]) -> None:
    document = _document()
    _table(document, header, [("Jimmy sleeps well.", "Bedtime at 7pm", "Sarah Smith, daily")])
    (need,) = _read(document, tmp_path).needs
    first = need.reason or need.outcomes[0].outcome
    action = need.outcomes[0].actions[0]
    assert (first, action.action) == ("Jimmy sleeps well.", "Bedtime at 7pm")
    assert action.who == "Sarah Smith"
    assert action.when == Timescale("daily", recurring=True)


def test_merged_first_cells_continue_the_need(tmp_path: Path) -> None:
    document = _document()
    table = _table(
        document,
        SEED_001,
        [
            (
                "Amy is hungry at school.",
                "Amy has breakfast before school",
                "Sarah Smith, every school day",
            ),
            ("", "Breakfast club place", "Mrs March 9/11/2026"),
            ("Amy misses the dentist.", "Book a dentist", "Sarah Smith within 2 weeks"),
        ],
    )
    table.cell(1, 0).merge(table.cell(2, 0))  # a vertically merged reason
    plan = _read(document, tmp_path)
    assert [need.reason for need in plan.needs] == [
        "Amy is hungry at school.",
        "Amy misses the dentist.",
    ]
    assert len(plan.needs[0].outcomes[0].actions) == 2


def test_a_row_across_the_table_starts_a_need(tmp_path: Path) -> None:
    document = _document()
    table = _table(
        document,
        ("Outcome", "Action", "Who and when"),
        [
            ("Health", "", ""),
            ("Jimmy's skin is clear.", "Cream twice a day", "Sarah Smith, daily"),
            ("Education", "", ""),
            ("Jimmy reads every night.", "Read with Jimmy", "Tom Jones, nightly"),
        ],
    )
    for row in (1, 3):
        table.cell(row, 0).merge(table.cell(row, 2))
    plan = _read(document, tmp_path)
    assert [need.reason for need in plan.needs] == ["Health", "Education"]
    assert plan.needs[1].outcomes[0].actions[0].when == Timescale("nightly", recurring=True)


def test_a_repeated_header_is_skipped_and_a_split_table_continues(tmp_path: Path) -> None:
    document = _document()
    _table(
        document,
        SEED_001,
        [
            ("Jimmy's skin hurts.", "See the GP", "Sarah Smith by 6 November 2026"),
            SEED_001,
            ("", "Use the cream", "Sarah Smith, daily"),
        ],
    )
    document.add_paragraph("")
    _table(document, SEED_001, [("", "Wash bedding weekly", "Tom Jones, weekly")])
    plan = _read(document, tmp_path)
    (need,) = plan.needs
    assert [a.action for a in need.outcomes[0].actions] == [
        "See the GP",
        "Use the cream",
        "Wash bedding weekly",
    ]


def test_a_table_carried_over_a_page_without_its_header(tmp_path: Path) -> None:
    document = _document()
    _table(document, SEED_003, [])  # the header alone, as some templates have it
    data = document.add_table(rows=0, cols=3)
    for row in [
        ("Amy is safe at night.", "Lock the back door", "Sarah, nightly"),
        ("", "Fit a door alarm", "Tom Jones by 20 November 2026"),
    ]:
        for cell, text in zip(data.add_row().cells, row, strict=True):
            cell.text = text
    more = document.add_table(rows=0, cols=3)
    for cell, text in zip(more.add_row().cells, ("", "Test the alarm", "Tom, weekly"), strict=True):
        cell.text = text
    (need,) = _read(document, tmp_path).needs
    (outcome,) = need.outcomes
    assert [a.action for a in outcome.actions] == [
        "Lock the back door",
        "Fit a door alarm",
        "Test the alarm",
    ]


def test_a_when_column_before_the_action_is_the_outcomes_date(tmp_path: Path) -> None:
    document = _document()
    _table(
        document,
        ("Outcome", "By when", "Action", "Who", "When"),
        [("Amy reads every night.", "31 January 2027", "Buy books", "Tom", "by 1 December")],
    )
    outcome = _read(document, tmp_path).needs[0].outcomes[0]
    assert outcome.by == Timescale("31 January 2027", dt.date(2027, 1, 31))
    assert outcome.actions[0].when == Timescale("by 1 December", dt.date(2026, 12, 1))


def test_the_plan_table_is_found_after_other_tables(tmp_path: Path) -> None:
    document = _document()
    _table(document, ("Name", "Role", "Agency"), [("Anna Brown", "Social worker", "Council")])
    _table(document, SEED_003, [("Jimmy sleeps well.", "Bedtime at 7pm", "Sarah, daily")])
    plan = _read(document, tmp_path)
    assert plan.needs[0].outcomes[0].outcome == "Jimmy sleeps well."
    assert plan.child.name == UNKNOWN_CHILD  # 'Name | Role' is a list of people, not details


def test_cell_text_leaves_out_deleted_tracked_changes(tmp_path: Path) -> None:
    document = _document()
    table = _table(document, SEED_003, [("Jimmy sleeps well.", "Bedtime at ", "Sarah, daily")])
    paragraph = table.cell(1, 1).paragraphs[0]._p
    deleted = OxmlElement("w:del")
    run = OxmlElement("w:r")
    text = OxmlElement("w:delText")
    text.text = "8pm"
    run.append(text)
    deleted.append(run)
    paragraph.append(deleted)
    inserted = OxmlElement("w:ins")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "7pm"
    run.append(text)
    inserted.append(run)
    paragraph.append(inserted)
    plan = _read(document, tmp_path)
    assert plan.needs[0].outcomes[0].actions[0].action == "Bedtime at 7pm"


def test_a_table_inside_a_content_control_is_read(tmp_path: Path) -> None:
    document = _document()
    table = _table(document, SEED_003, [("Jimmy sleeps well.", "Bedtime at 7pm", "Sarah, daily")])
    control = OxmlElement("w:sdt")
    content = OxmlElement("w:sdtContent")
    control.append(content)
    table._tbl.addprevious(control)
    content.append(table._tbl)
    plan = _read(document, tmp_path)
    assert plan.needs[0].outcomes[0].actions[0].who == "Sarah"


# --- the child's details ------------------------------------------------------------------


def test_details_in_paragraphs_and_a_title(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Child Protection Plan", 0)
    document.add_paragraph("Name of child: Amy Jones (DOB 03/03/2015)")
    document.add_paragraph("Date of conference: 17 December 2026")
    document.add_paragraph("Social worker: Anna Brown (Team 3)")
    _table(document, SEED_003, [("Amy is safe at night.", "Lock the door", "Sarah, nightly")])
    plan = _read(document, tmp_path)
    assert plan.type == "child_protection"
    assert plan.child.name == "Amy Jones"
    assert plan.child.date_of_birth == dt.date(2015, 3, 3)
    assert plan.date == dt.date(2026, 12, 17)
    assert [(p.name, p.role) for p in plan.people] == [("Anna Brown", "social worker")]
    _round_trips(plan)


def test_details_in_a_key_value_table(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Early Help Plan")
    _table(
        document,
        ("Child's name", "Jimmy Smith", "Date of birth", "14/05/2019"),
        [("Date of plan", "02/11/2026", "Plan type", "Child in Need")],
    )
    _table(document, SEED_001, [("Jimmy's skin hurts.", "See the GP", "Sarah by 6/11/2026")])
    plan = read_word_plan(_save(document, tmp_path)).plan
    assert plan.child.name == "Jimmy Smith"
    assert plan.child.date_of_birth == dt.date(2019, 5, 14)
    assert plan.date == dt.date(2026, 11, 2)
    assert plan.type == "early_help"  # the title comes first


def test_details_as_a_row_of_keys_over_a_row_of_values(tmp_path: Path) -> None:
    document = docx.Document()
    _table(document, ("Child", "DOB", "Date of meeting"), [("Amy Jones", "3.3.2015", "5/1/2027")])
    _table(document, SEED_003, [("Amy is safe.", "Lock the door", "Sarah, nightly")])
    plan = _read(document, tmp_path)
    assert (plan.child.name, plan.child.date_of_birth, plan.date) == (
        "Amy Jones",
        dt.date(2015, 3, 3),
        dt.date(2027, 1, 5),
    )


def test_details_in_the_page_header(tmp_path: Path) -> None:
    document = _document()
    header = document.sections[0].header
    header.is_linked_to_previous = False
    header.paragraphs[0].text = "Child’s name: Amy Jones\tDOB: 03/03/2015"
    document.add_paragraph("Plan type: CP    Date of core group: 5 January 2027")
    _table(document, SEED_003, [("Amy is safe.", "Lock the door", "Sarah, nightly")])
    plan = _read(document, tmp_path)
    assert plan.child == Child("Amy Jones", dt.date(2015, 3, 3))
    assert (plan.type, plan.date) == ("child_protection", dt.date(2027, 1, 5))


def test_defaults_when_the_document_says_nothing(tmp_path: Path) -> None:
    document = _document()
    _table(document, SEED_003, [("Amy is safe.", "Lock the door", "Sarah, nightly")])
    plan = _read(document, tmp_path)
    assert plan.child.name == UNKNOWN_CHILD
    assert plan.type == "child_in_need"
    assert plan.date == PLAN_DATE  # python-docx's own template date is not the plan's


def test_the_plan_date_defaults_to_when_the_document_was_saved(tmp_path: Path) -> None:
    document = _document()
    document.core_properties.modified = dt.datetime(2026, 10, 30, 15, 0)
    _table(document, SEED_003, [("Amy is safe.", "Lock the door", "Sarah by 4 December")])
    plan = read_word_plan(_save(document, tmp_path), today=dt.date(2027, 6, 1)).plan
    assert plan.date == dt.date(2026, 10, 30)
    # A date without a year is the next one after the plan date.
    assert plan.needs[0].outcomes[0].actions[0].when == Timescale(
        "by 4 December", dt.date(2026, 12, 4)
    )


# --- sections -----------------------------------------------------------------------------


def test_sections_after_the_table(tmp_path: Path) -> None:
    document = _document("Child's name: Jimmy Smith")
    _table(document, SEED_001, [("Jimmy's skin hurts.", "See the GP", "Sarah by 6/11/2026")])
    document.add_heading("Contingency plan", 2)
    document.add_paragraph("If Sarah is unwell, Mary Jones (grandmother) will take Jimmy.")
    document.add_paragraph("Mary has agreed to this.")
    document.add_heading("What is working well?", 2)
    document.add_paragraph("Sarah takes Jimmy to every appointment.", style="List Bullet")
    document.add_paragraph("Jimmy loves school.", style="List Bullet")
    document.add_heading("What are we worried about?", 2)
    document.add_paragraph("Jimmy scratches until he bleeds.")
    document.add_heading("Jimmy's wishes and feelings", 2)
    document.add_paragraph("“I want my skin to stop itching.”")
    document.add_heading("Parents' views", 2)
    document.add_paragraph("Sarah wants more help at bedtime.")
    document.add_paragraph("Bottom lines: Jimmy is never left alone with Mr X.")
    document.add_paragraph("Date of next review: 20/01/2027")
    plan = _read(document, tmp_path)
    assert plan.contingency == (
        "If Sarah is unwell, Mary Jones (grandmother) will take Jimmy.\nMary has agreed to this."
    )
    assert plan.strengths == ("Sarah takes Jimmy to every appointment.", "Jimmy loves school.")
    assert plan.worries == ("Jimmy scratches until he bleeds.",)
    assert plan.childs_views == "“I want my skin to stop itching.”"  # not the parents' views
    assert plan.bottom_lines == "Jimmy is never left alone with Mr X."
    assert plan.next_review == dt.date(2027, 1, 20)
    _round_trips(plan)


def test_sections_in_tables(tmp_path: Path) -> None:
    document = _document()
    table = _table(
        document,
        SEED_003,
        [
            ("Amy is safe.", "Lock the door", "Sarah, nightly"),
            ("Contingency plan", "", ""),
            ("Amy stays with her grandmother Mary Jones.", "", ""),
        ],
    )
    for row in (2, 3):
        table.cell(row, 0).merge(table.cell(row, 2))
    _table(document, ("Child's views", "Amy wants to stay at home."), [])
    plan = _read(document, tmp_path)
    assert len(plan.needs) == 1
    assert plan.contingency == "Amy stays with her grandmother Mary Jones."
    assert plan.childs_views == "Amy wants to stay at home."


# --- what cannot be read ------------------------------------------------------------------


def _error(path: Path) -> str:
    with pytest.raises(PlanFileError) as caught:
        read_word_plan(path, today=PLAN_DATE)
    message = str(caught.value)
    assert message.startswith(str(path))
    return message


def test_no_plan_table(tmp_path: Path) -> None:
    document = _document("Child's name: Jimmy Smith", "The plan is in the notes.")
    _table(document, ("Name", "Role"), [("Anna Brown", "Social worker")])
    assert _error(_save(document, tmp_path)).endswith(NO_TABLE)
    assert "Reason for action | Required action | Who will do this and when" in NO_TABLE


def test_not_a_word_document(tmp_path: Path) -> None:
    text = tmp_path / "plan.docx"
    text.write_text("Reason for action | Required action | Who will do this and when\n")
    assert "is not a Word document" in _error(text)
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip file")
    assert "is not a Word document" in _error(broken)
    old = tmp_path / "old.docx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert "save it as .docx" in _error(old)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    assert _error(tmp_path / "nowhere.docx").endswith("no such file")
    folder = tmp_path / "plans.docx"
    folder.mkdir()
    assert "is a folder" in _error(folder)


def test_a_date_that_cannot_exist_names_the_table_and_row(tmp_path: Path) -> None:
    document = _document()
    _table(
        document,
        SEED_001,
        [
            ("Jimmy's skin hurts.", "See the GP", "Sarah by 6/11/2026"),
            ("", "Use the cream", "Sarah Smith – 31/02/2027"),
        ],
    )
    message = _error(_save(document, tmp_path))
    assert "table 1, row 3" in message
    assert "31/02/2027" in message


def test_nothing_is_half_read(tmp_path: Path) -> None:
    """A bad date anywhere means no plan at all, like a YAML file."""
    document = _document("Date of birth: 30/02/2019")
    _table(document, SEED_003, [("Amy is safe.", "Lock the door", "Sarah, nightly")])
    assert "Date of birth" in _error(_save(document, tmp_path))


def test_the_seed_table_copied_from_its_document(tmp_path: Path) -> None:
    """Seed 001's example as pasted into Word: each line of a box a paragraph of its cell."""
    document = _document()
    table = _table(document, SEED_001, [("", "", "")])
    for column, lines in enumerate(
        [
            [
                "Jimmy needs his eczema",
                "managed, so that it is",
                "causing him as little",
                "discomfort as possible.",
            ],
            ["Jimmy needs to be seen", "by his G.P."],
            [
                "Jimmy’s mother will make",
                "an appointment for him to",
                "be seen by his G.P. within",
                "the next five days.",
            ],
        ]
    ):
        cell = table.cell(1, column)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    (need,) = _read(document, tmp_path).needs
    assert need.reason == JIMMY_REASON
    action = need.outcomes[0].actions[0]
    assert action.action == (
        "Jimmy needs to be seen by his G.P. Jimmy’s mother will make an appointment for him "
        "to be seen by his G.P."
    )
    assert action.who == "Jimmy’s mother"
    assert action.when == Timescale("within the next five days")


def test_reading_does_not_change_the_document(tmp_path: Path) -> None:
    document = _document()
    _table(document, SEED_003, [("Amy is safe.", "Lock the door", "Sarah, nightly")])
    path = _save(document, tmp_path)
    before = path.read_bytes()
    first = read_word_plan(path, today=PLAN_DATE)
    assert path.read_bytes() == before
    assert read_word_plan(path, today=PLAN_DATE) == first


# --- the layouts of real templates (tried on 6 December 2026) -------------------------------


def _row_alone(document: Document, texts: Sequence[str]) -> None:
    """A table of one row and no header (a page's carry-over, or a table of signatures)."""
    table = document.add_table(rows=1, cols=len(texts))
    for cell, text in zip(table.rows[0].cells, texts, strict=True):
        cell.text = text


def _bulleted(cell: object, lines: Sequence[str]) -> None:
    """Word's own bullets: the List Bullet style, no bullet character in the text."""
    cell.text = lines[0]  # type: ignore[attr-defined]
    cell.paragraphs[0].style = "List Bullet"  # type: ignore[attr-defined]
    for line in lines[1:]:
        cell.add_paragraph(line, style="List Bullet")  # type: ignore[attr-defined]


def test_a_cell_listing_several_actions_is_several_actions(tmp_path: Path) -> None:
    document = _document("Child's name: Leo Barker", "Date of plan: 02/11/2026")
    table = _table(document, SEED_001, [("Leo's speech is delayed.", "", "")])
    cells = table.rows[1].cells
    _bulleted(cells[1], ["Refer Leo to speech therapy.", "Practise the exercises every evening."])
    cells[2].text = "Jo Bell (Health Visitor) – by 04/12/2026\nMum & Dad – daily"
    typed = table.add_row().cells
    typed[1].text = "1. Ring Mum by 9.30am on any day Leo is not in.\n2. Tell the SW each Friday."
    typed[2].text = "Nursery manager – ongoing"
    plan = _read(document, tmp_path)
    actions = plan.needs[0].outcomes[0].actions
    assert [a.action for a in actions] == [
        "Refer Leo to speech therapy.",
        "Practise the exercises every evening.",
        "Ring Mum by 9.30am on any day Leo is not in.",
        "Tell the SW each Friday.",
    ]
    assert [(a.who, a.when.text if a.when else None) for a in actions] == [
        ("Jo Bell (Health Visitor)", "by 04/12/2026"),
        ("Mum & Dad", "daily"),
        ("Nursery manager", "ongoing"),  # one who and when for every action listed
        ("Nursery manager", "ongoing"),
    ]


def test_lines_that_do_not_match_up_stay_as_written(tmp_path: Path) -> None:
    document = _document("Child's name: Leo Barker", "Date of plan: 02/11/2026")
    rows = [("Leo's speech.", "- Refer Leo.\n- Book the SALT.\n- Practise.", "Jo Bell\nMum")]
    _table(document, SEED_001, rows)
    (action,) = _read(document, tmp_path).needs[0].outcomes[0].actions
    assert action.action == "- Refer Leo.\n- Book the SALT.\n- Practise."


@pytest.mark.parametrize(
    ("done", "achieved"),
    [
        ("Date completed", "Outcome achieved?"),
        ("Date of completion", "Outcome met (Yes/No/Partly)"),
    ],
)
def test_tracking_columns_do_not_rewrite_the_plan(tmp_path: Path, done: str, achieved: str) -> None:
    document = _document("Child's name: Maisie Clarke", "Date of plan: 02/11/2026")
    header = ("Outcome", "Action", "Who", "By when", done, achieved)
    rows = [
        (
            "Maisie sees a dentist.",
            "Register her.",
            "Lisa Clarke",
            "30/11/2026",
            "5/12/2026",
            "Partly",
        )
    ]
    _table(document, header, rows)
    outcome = _read(document, tmp_path).needs[0].outcomes[0]
    assert outcome.outcome == "Maisie sees a dentist."
    assert outcome.actions[0].when == Timescale("30/11/2026", dt.date(2026, 11, 30))


def test_template_prompts_and_examples_are_not_the_plan(tmp_path: Path) -> None:
    document = _document("Child's name: Amelia Hart", "Date of plan: 02/11/2026")
    header = ("Need", "Outcome", "Action", "Who and when")
    rows = [
        ("e.g. Jimmy needs his eczema managed", "His skin is clear", "Book the GP", "Mum, 4/12"),
        ("Amelia needs to go to school.", "(What will be different?)", "[Action]", "(Who/when)"),
        ("", "Attendance above 95% by February.", "Meet Mum.", "Mr Jones – 4.12.26"),
        ("Click or tap here to enter text.", "", "", ""),
    ]
    _table(document, header, rows)
    (need,) = _read(document, tmp_path).needs
    assert need.reason == "Amelia needs to go to school."
    assert [o.outcome for o in need.outcomes] == ["Attendance above 95% by February."]


def test_a_note_between_the_halves_of_a_table_does_not_lose_the_second(tmp_path: Path) -> None:
    document = _document("Child's name: Ruby Walsh", "Date of plan: 02/11/2026")
    _table(document, SEED_001, [("Ruby needs protecting.", "Mum to do the course.", "Mum, 12/1")])
    document.add_paragraph("Plan continues on the next page …")
    _row_alone(document, ("Ruby's health.", "Health check.", "HV, 15/12"))
    document.add_paragraph("Signatures", style="Heading 2")
    _row_alone(document, ("Sarah Walsh", "Mother", "02/11/2026"))
    plan = _read(document, tmp_path)
    assert [n.reason for n in plan.needs] == ["Ruby needs protecting.", "Ruby's health."]


def test_domain_rows_group_needs_and_are_not_needs(tmp_path: Path) -> None:
    document = _document(
        "Child / young person: Freddie Lane", "Date of review conference: 17/11/2026"
    )
    table = _table(
        document,
        ("Need", "Outcome", "Action", "Who", "When"),
        [
            ("Parenting capacity – Basic care",) * 5,
            (
                "Freddie is left in a dirty nappy.",
                "Clean at every visit.",
                "Visit.",
                "SW",
                "weekly",
            ),
            ("Please add more rows as needed.",) * 5,
        ],
    )
    for row in (1, 3):  # one cell across the table, as Word merges it
        cells = table.rows[row].cells
        cells[0].merge(cells[-1])
    plan = _read(document, tmp_path)
    assert plan.child.name == "Freddie Lane" and plan.date == dt.date(2026, 11, 17)
    assert [n.reason for n in plan.needs] == ["Freddie is left in a dirty nappy."]


def test_the_childs_views_in_a_table_and_the_signatures_after_the_plan(tmp_path: Path) -> None:
    document = _document("Child's name: Noah Begum", "Date of plan: 20/11/2026", "Noah's views")
    _table(
        document, ("What is going well", "What I'd like to happen"), [("My school.", "My room.")]
    )
    _table(document, SEED_001, [("Noah needs a bed.", "Apply for a bed.", "Kelly Evans, 11/12")])
    _table(
        document,
        ("I agree to the actions in this plan (name)", "Signature", "Date signed"),
        [("Aisha Begum", "", "20/11/2026")],
    )
    plan = _read(document, tmp_path)
    assert plan.childs_views == "What is going well: My school.\nWhat I'd like to happen: My room."
    assert [n.reason for n in plan.needs] == ["Noah needs a bed."]


def test_a_plan_table_inside_a_form_laid_out_as_a_table(tmp_path: Path) -> None:
    document = _document("Child's name: Ava Green", "Date of plan: 02/11/2026")
    layout = document.add_table(rows=1, cols=1)
    cell = layout.rows[0].cells[0]
    cell.text = "Early help plan"
    inner = cell.add_table(rows=2, cols=3)
    for target, text in zip(inner.rows[0].cells, SEED_001, strict=True):
        target.text = text
    for target, text in zip(
        inner.rows[1].cells, ("Ava needs to sleep.", "Bedtime at 7pm.", "Mum, 4/12"), strict=True
    ):
        target.text = text
    plan = _read(document, tmp_path)
    assert [n.reason for n in plan.needs] == ["Ava needs to sleep."]


def test_no_plan_table_says_what_the_nearest_table_lacks(tmp_path: Path) -> None:
    document = _document("Child's name: Jimmy Smith")
    _table(document, ("What's working well?", "Worries", "Next steps"), [("a", "b", "c")])
    message = _error(_save(document, tmp_path))
    assert "table 1 has no column for who or when" in message
    assert "headings it does not know: 'What's working well?'" in message
    assert message.endswith(NO_TABLE)
    what = _document("Child's name: Jimmy Smith", "Date of plan: 02/11/2026")
    _table(what, ("What", "Who", "When"), [("Bedtime at 7pm.", "Mum", "4/12/2026")])
    assert _read(what, tmp_path).needs[0].outcomes[0].actions[0].action == "Bedtime at 7pm."


def test_what_only_looks_like_a_template_is_the_plan(tmp_path: Path) -> None:
    document = _document("Child's name: Egor Novak", "Date of plan: 02/11/2026")
    header = ("Need", "Outcome", "Action", "Who and when")
    rows = [
        ("Egor needs his own bed.", "Egor sleeps in his bed.", "Apply for a bed.", "Mum, 4/12"),
        ("", "", "(Mum's idea) Ask Nan for her spare bed.", "Mum, 11/12"),
    ]
    _table(document, header, rows)
    (need,) = _read(document, tmp_path).needs
    assert need.reason == "Egor needs his own bed."
    assert [a.action for a in need.outcomes[0].actions] == [
        "Apply for a bed.",
        "(Mum's idea) Ask Nan for her spare bed.",
    ]


def test_a_small_table_inside_a_plan_cell_leaves_the_plan_table_whole(tmp_path: Path) -> None:
    document = _document("Child's name: Ava Green", "Date of plan: 02/11/2026")
    table = _table(document, SEED_001, [("Ava needs to sleep.", "Bedtime at 7pm.", "Mum, 4/12")])
    table.rows[1].cells[1].add_table(rows=1, cols=2)
    assert [n.reason for n in _read(document, tmp_path).needs] == ["Ava needs to sleep."]


def test_a_different_table_after_a_note_is_not_the_plan_carried_over(tmp_path: Path) -> None:
    document = _document("Child's name: Ruby Walsh", "Date of plan: 02/11/2026")
    _table(document, SEED_001, [("Ruby needs protecting.", "Mum to do the course.", "Mum, 12/1")])
    document.add_paragraph("Family network contact numbers")
    _row_alone(document, ("Pat Moss (Nan)", "07700 900123", "Saturdays"))
    document.add_paragraph("Signed by the parents and the social worker")
    _row_alone(document, ("Sarah Walsh", "Mother", "02/11/2026"))
    assert [n.reason for n in _read(document, tmp_path).needs] == ["Ruby needs protecting."]


def test_when_lines_under_who_lines_stay_paired(tmp_path: Path) -> None:
    document = _document("Child's name: Leo Barker", "Date of plan: 02/11/2026")
    header = ("Need", "Action", "Who", "When")
    table = _table(
        document, header, [("Leo's speech.", "", "Jo Bell\nMum", "by 4/12/2026\nweekly")]
    )
    _bulleted(table.rows[1].cells[1], ["Refer Leo to speech therapy.", "Practise every evening."])
    actions = _read(document, tmp_path).needs[0].outcomes[0].actions
    assert [(a.who, a.when.text if a.when else None) for a in actions] == [
        ("Jo Bell", "by 4/12/2026"),
        ("Mum", "weekly"),
    ]


def test_other_peoples_views_are_not_the_childs(tmp_path: Path) -> None:
    document = _document(
        "Child's name: Ava Green",
        "Date of plan: 02/11/2026",
        "Ava's views:",
        "Ava says she likes nursery.",
        "Nan's views",
        "Nan thinks Mum needs more help.",
        "Parents' views:",
    )
    _table(document, ("What is going well", "What we would like"), [("Nursery.", "A break.")])
    _table(document, SEED_001, [("Ava needs a bed.", "Apply for a bed.", "Mum, 4/12")])
    assert _read(document, tmp_path).childs_views == "Ava says she likes nursery."


def test_a_list_under_an_action_is_its_points_not_more_actions(tmp_path: Path) -> None:
    document = _document("Child's name: Ruby Walsh", "Date of plan: 02/11/2026")
    table = _table(
        document, SEED_001, [("Ruby has seen Dad hurt Mum.", "", "Ryan Walsh, 31/03/2027")]
    )
    _bulleted(
        table.rows[1].cells[1],
        ["Dad to do the Caring Dads course, which covers:", "managing anger", "co-parenting"],
    )
    (action,) = _read(document, tmp_path).needs[0].outcomes[0].actions
    assert action.action == (
        "Dad to do the Caring Dads course, which covers:\n• managing anger\n• co-parenting"
    )
    assert action.who == "Ryan Walsh"
