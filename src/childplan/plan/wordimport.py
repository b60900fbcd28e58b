"""A practitioner's Word plan (.docx) read into a ``Plan``.

Councils keep their plans in Word: a few lines about the child, one or more tables with a
row per action, and headed sections (contingency, the child's views...). This module finds
the plan table(s) by their header row, reads every row, and gives back the same
``PlanDocument`` as a YAML or JSON plan file, so ``childplan check`` and ``childplan convert``
work on it unchanged. ``docs/word-import.md`` says the same for practitioners, with tables
of the headings recognised.

How the tables become needs, outcomes and actions:

* Columns are recognised by the words in their heading (case and punctuation ignored): the
  first recognised word decides, so "Reason for action" is the reason and "What actions do
  we need to take to achieve that outcome?" is the action. A row is a header when it has an
  action or outcome column and a who or when column. A table straight after a plan table,
  as wide and with no header, carries it on over a page.
* A row whose first cell (reason, or outcome) is blank or repeats the one above continues
  that need or outcome: this is how merged cells and page-split tables read.
* "Reason for action | Required action | Who will do this and when" (seed 001): each reason
  is a need. The three boxes have no outcome box, so each need gets one outcome whose text
  is empty, holding its actions, ready for the outcome the newer guidance asks for (seed
  003). Copying the reason or the action into it would report the same words twice.
* "What outcome do we want to achieve? | What actions ... | Who will do this and when?"
  (seed 003): there is no reason column, so each table is one need whose reason is the
  heading just before the table ("Need 1: Jimmy's health", or a paragraph in a Heading
  style), or empty when there is none. A row that spans the whole table starts a new need
  with its text. Making each outcome its own need would repeat every outcome as a reason.
* A column for who and when together is split by ``whowhen.split_who_when``: the dates and
  timescale phrases are the when, the rest is the who. When the box is a sentence ("Jimmy's
  mother will make an appointment ... within the next five days") its subject is the who
  and the words after it are added to the action, so nothing is lost. A box with no
  timescale in it is kept whole as the who (the checker then says the action has no date).

The details come from "Label: value" paragraphs, small tables of labels and values, and the
page header (child's name, date of birth, date of plan, plan type, next review, social
worker); the plan type also from a title ("Child in Need Plan"); and the sections from text
under a heading ("Contingency plan", "Child's views", "What is working well", "What are we
worried about", "Bottom lines", "Assumptions"). Other text is not read. When the document
does not say:

* the child's name is "Unknown child" (a file name such as "CIN plan v3 FINAL" is no name);
* the plan type is ``child_in_need``;
* the plan date is the date the document was last saved (its core properties), else the day
  it is read (``today``): relative timescales ("within 6 weeks") count from it.

Unreadable input is a ``PlanFileError`` naming the file: no such file, not a Word document,
no plan table, or a date that cannot exist (with its table and row). Nothing is half-read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from childplan.plan.dates import DateError, find_dates, parse_timescale
from childplan.plan.fileformat import PlanDocument, PlanFileError, Problem
from childplan.plan.listmarkers import LIST_MARKER
from childplan.plan.model import (
    Action,
    ActionStatus,
    Child,
    Need,
    Outcome,
    Person,
    Plan,
    PlanType,
    Timescale,
)
from childplan.plan.whowhen import split_who_when

NO_TABLE = (
    "no plan table found: expected a table with columns like "
    "'Reason for action | Required action | Who will do this and when'"
)
UNKNOWN_CHILD = "Unknown child"
DEFAULT_TYPE: PlanType = "child_in_need"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


# --- the document as blocks of text ------------------------------------------------------


@dataclass(frozen=True)
class _Paragraph:
    text: str
    heading: bool  # a Heading or Title style, or short and all in bold


@dataclass(frozen=True)
class _Table:
    number: int  # 1-based, in reading order, for messages
    rows: list[list[str]]  # one text per grid column; merged cells repeat their text
    full_width: list[bool]  # the row is one cell spanning the table


_Block = _Paragraph | _Table


def read_word_plan(path: str | Path, today: dt.date | None = None) -> PlanDocument:
    """Read a Word plan; ``today`` is the plan date when neither the plan nor the file's
    properties give one (default: the real today)."""
    source = str(path)
    blocks, saved = _open(Path(path), source)
    headers = _plan_headers(blocks)
    if not headers:
        raise PlanFileError(source, [Problem(_no_table(blocks))])
    details = _read_details(blocks, headers)
    plan_date = details.plan_date or saved or today or dt.date.today()
    reader = _TableReader(plan_date)
    needs = reader.read(blocks, headers)
    problems = details.problems + reader.problems
    if problems:
        raise PlanFileError(source, problems)
    plan = Plan(
        type=details.plan_type or DEFAULT_TYPE,
        date=plan_date,
        child=Child(name=details.child_name or UNKNOWN_CHILD, date_of_birth=details.date_of_birth),
        people=tuple(details.people),
        worries=tuple(details.lists.get("worries", ())),
        strengths=tuple(details.lists.get("strengths", ())),
        childs_views=details.texts.get("childs_views"),
        needs=tuple(needs),
        contingency=details.texts.get("contingency"),
        bottom_lines=details.texts.get("bottom_lines"),
        assumptions=tuple(details.lists.get("assumptions", ())),
        monitoring=details.texts.get("monitoring"),
        next_review=details.next_review,
    )
    return PlanDocument(plan, source)


def _no_table(blocks: list[_Block]) -> str:
    """NO_TABLE, saying what the nearest table lacks when one has some plan columns."""
    best: tuple[int, _Table, list[Role | None], list[str]] | None = None
    for table in (b for b in blocks if isinstance(b, _Table) and b.number > 0):
        for row in table.rows[:8]:
            roles = [_role(cell) for cell in row]
            known = sum(role is not None for role in roles)
            if known and (best is None or known > best[0]):
                best = (known, table, roles, row)
    if best is None:
        return NO_TABLE
    _, table, roles, row = best
    found = set(roles)
    lacking = "the action or the outcome" if not found & {"action", "outcome"} else "who or when"
    unknown = [cell for cell, role in zip(row, roles, strict=True) if cell and role is None]
    names = ", ".join(f"'{cell}'" for cell in dict.fromkeys(unknown))
    unread = f" (headings it does not know: {names})" if names else ""
    return f"table {table.number} has no column for {lacking}{unread}; {NO_TABLE}"


def _open(path: Path, source: str) -> tuple[list[_Block], dt.date | None]:
    import docx  # python-docx; imported here so that reading YAML never loads it

    if path.is_dir():
        raise PlanFileError(source, [Problem("is a folder, not a plan file")])
    if not path.exists():
        raise PlanFileError(source, [Problem("no such file")])
    try:
        document = docx.Document(str(path))
    except Exception:  # python-docx raises many kinds for a file that is not .docx
        raise PlanFileError(source, [Problem(_not_word(path))]) from None
    # The page header often names the child ("Jimmy Smith, DOB 14/05/2019"): it is read
    # first, for the details only (its tables are numbered 0 and are never the plan).
    blocks = [
        replace(block, number=0) if isinstance(block, _Table) else block
        for section in document.sections
        for header in (section.first_page_header, section.header)
        if not header.is_linked_to_previous
        for block in _blocks(header._element, document)
    ]
    return blocks + _blocks(document.element.body, document), _saved_date(document)


def _blocks(parent: Any, document: Any) -> list[_Block]:
    from docx.text.paragraph import Paragraph

    blocks: list[_Block] = []
    tables = 0
    for element in _body_elements(parent):
        if element.tag == f"{_W}p":
            text = _clean(_paragraph_text(element))
            if text:
                blocks.append(_Paragraph(text, _is_heading(Paragraph(element, document), text)))
        else:
            tables += 1
            rows, full_width = _grid(element)
            blocks.append(_Table(tables, rows, full_width))
    return blocks


def _not_word(path: Path) -> str:
    try:
        with path.open("rb") as file:
            start = file.read(8)
    except OSError as error:
        return f"cannot be read ({error.strerror})"
    if start.startswith(b"\xd0\xcf\x11\xe0"):
        return (
            "is not a Word document (.docx): it looks like an older .doc file; "
            "open it in Word and save it as .docx"
        )
    return "is not a Word document (.docx), or it is damaged"


def _body_elements(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in reading order, including those inside content controls."""
    for child in parent.iterchildren():
        if child.tag == f"{_W}tbl" and _is_layout(child):
            # A form laid out as a table with the plan's table inside a cell: the cells'
            # contents are the document.
            for cell in child.iter(f"{_W}tc"):
                if cell.getparent().getparent() is child:  # this table's cells, not nested
                    yield from _body_elements(cell)
        elif child.tag in (f"{_W}p", f"{_W}tbl"):
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent")
            yield from _body_elements(content if content is not None else child)


def _is_layout(tbl: Any) -> bool:
    """A form laid out as a table of one column, holding a table in a cell (not a plan table
    with a small table in one of its cells)."""
    rows = tbl.findall(f"{_W}tr")
    one_column = all(len(row.findall(f"{_W}tc")) == 1 for row in rows)
    return one_column and tbl.find(f".//{_W}tc/{_W}tbl") is not None


def _paragraph_text(p: Any) -> str:
    """The text a reader sees: inserted text kept, deleted text and field codes left out."""
    parts = []
    for node in p.iter():
        tag = node.tag
        if tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif tag == f"{_W}tab":
            parts.append("\t")
        elif tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
        elif tag == f"{_W}noBreakHyphen":
            parts.append("-")
    return "".join(parts)


_PLACEHOLDER = re.compile(
    r"Click or tap (?:here )?to enter (?:text|a date)\.?|Click here to enter (?:text|a date)\.?|"
    r"Choose an item\.?"
)


# A "when" of its own under another line ("Mum (Sarah Barker)" over "weekly" or "by 4/12"),
# not the rest of a sentence wrapped onto the next line ("Jimmy needs to be seen" / "by his
# G.P.").
_OWN_LINE = re.compile(
    r"(?:by|from|until|till|on|before|w/c|within)\s+\d|(?:weekly|daily|fortnightly|monthly|termly|"
    r"ongoing|on-going|asap|tbc|immediately|every|each)\b|"
    r"at\s+(?:the\s+|each\s+)?(?:next\s+)?(?:review|meeting|conference|core\s+group|visit)"
)


def _clean(text: str) -> str:
    """Spaces tidied, blank lines dropped, and a sentence broken over lines (text pasted
    from a PDF, one line per paragraph) joined again: a line that starts in lower case
    continues the line before unless that ended a sentence. Lists keep their lines."""
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\u200b", "")
    text = _PLACEHOLDER.sub("", text)  # an empty content control shows Word's prompt
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    joined: list[str] = []
    for line in filter(None, lines):
        if (
            joined
            and line[0].islower()
            and not _OWN_LINE.match(line)
            and not joined[-1].endswith((".", "!", "?", ":", ";"))
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return "\n".join(joined)


def _is_heading(paragraph: Any, text: str) -> bool:
    try:
        style = (paragraph.style.name or "").lower()
    except Exception:  # a style the document names but does not define
        style = ""
    if style.startswith(("heading", "title", "subtitle")):
        return True
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.bold for run in runs) and len(text.split()) <= 10


def _cell_text(tc: Any) -> str:
    paragraphs = []
    for element in tc.iter(f"{_W}p"):
        text = _paragraph_text(element)
        # Word's own bullets and numbers are not in the text: mark the item, as if typed.
        style = element.find(f"{_W}pPr/{_W}pStyle")
        numbered = element.find(f"{_W}pPr/{_W}numPr") is not None or (
            style is not None and style.get(f"{_W}val", "").startswith("List")
        )
        paragraphs.append(f"• {text}" if numbered and text.strip() else text)
    return _clean("\n".join(paragraphs))


def _grid(tbl: Any) -> tuple[list[list[str]], list[bool]]:
    """The table as rows of grid columns: a cell spanning columns repeats its text in each,
    a vertically merged cell repeats the text of the cell where the merge starts."""
    rows: list[list[str]] = []
    full_width: list[bool] = []
    for tr in tbl.iterchildren(f"{_W}tr"):
        row: list[str] = []
        before = _int_val(tr.find(f"{_W}trPr/{_W}gridBefore"), 0)
        row.extend([""] * before)
        cells = list(_row_cells(tr))
        for tc in cells:
            span = _int_val(tc.find(f"{_W}tcPr/{_W}gridSpan"), 1)
            merge = tc.find(f"{_W}tcPr/{_W}vMerge")
            continues = merge is not None and merge.get(f"{_W}val") in (None, "continue")
            column = len(row)
            if continues and rows and column < len(rows[-1]):
                text = rows[-1][column]
            else:
                text = _cell_text(tc)
            row.extend([text] * max(span, 1))
        rows.append(row)
        full_width.append(len(cells) == 1 and len(row) > 1 and before == 0)
    return rows, full_width


def _row_cells(tr: Any) -> Iterator[Any]:
    for child in tr.iterchildren():
        if child.tag == f"{_W}tc":
            yield child
        elif child.tag in (f"{_W}sdt", f"{_W}customXml"):
            content = child.find(f"{_W}sdtContent")
            yield from _row_cells(content if content is not None else child)


def _int_val(element: Any, default: int) -> int:
    if element is None:
        return default
    try:
        return int(element.get(f"{_W}val", default))
    except ValueError:
        return default


# python-docx writes this date into every document made from its own template.
_PYTHON_DOCX_STAMP = dt.datetime(2013, 12, 23, 23, 15)


def _saved_date(document: Any) -> dt.date | None:
    properties = document.core_properties
    for stamp in (properties.modified, properties.created):
        if isinstance(stamp, dt.datetime) and stamp.replace(tzinfo=None) != _PYTHON_DOCX_STAMP:
            return stamp.date()
    return None


# --- text matching -----------------------------------------------------------------------


def _norm(text: str) -> str:
    """Lower case, plain apostrophes, '&' as 'and', punctuation as spaces."""
    text = text.lower().replace("’", "'").replace("‘", "'").replace("&", " and ")
    text = re.sub(r"[^\w'/]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


Role = Literal["reason", "outcome", "action", "who", "when", "who_when", "indicator", "status"]

# The first of these words in a heading decides its column (ties: the earlier entry).
_ROLE_WORDS: tuple[tuple[Role, str], ...] = (
    (
        "indicator",
        r"how (?:will|would|do) (?:we|you|i|they|everyone) know|\bmeasur\w*|"
        r"\bindicators?\b|\bevidence\b",
    ),
    ("status", r"\bprogress\b|\bstatus\b|\brag\b|\bcomments?\b|\bupdates?\b"),
    (
        "reason",
        r"\breasons?\b|\bworr(?:y|ies|ied)\b|\bconcerns?\b|\brisks?\b|"
        r"\bneeds?\b(?! to\b)|\bwhy\b|\bissues?\b|\bproblems?\b|\bdangers?\b",
    ),
    (
        "action",
        r"\bactions?\b|needs? to happen|\bwill happen\b|\bto be done\b|\bwill be done\b|"
        r"\btasks?\b|\bsteps?\b|\binterventions?\b|\bservices?\b|\bsupport\b|"
        r"\bwhat (?:we|i) will do\b|^what$|"
        r"\bwhat will (?:we|i|you) do\b|\bhow will (?:we|this) (?:get|be achieved)",
    ),
    (
        "outcome",
        r"\boutcomes?\b|\bgoals?\b|\baims?\b|\bobjectives?\b|\bachieve\w*|\bchange\b|"
        r"\bdifferent\b|\bsuccess\b|\blook like\b|\btargets?\b(?! date)",
    ),
    (
        "who",
        r"\bwho\b|\bwhom\b|\bresponsib\w*|\bperson\b|\blead\b|\bowner\b|\bagency\b|\bnamed\b|"
        r"\bworkers?\b|\bpractitioner\b|\bproviders?\b",
    ),
    (
        "when",
        r"\bwhen\b|\btimescales?\b|\btime ?frames?\b|\bdates?\b|\bdeadlines?\b|\bdue\b|"
        r"\bfrequency\b|\bhow often\b",
    ),
)
_ROLE_PATTERNS = [(role, re.compile(words)) for role, words in _ROLE_WORDS]
_WHO = re.compile(dict(_ROLE_WORDS)["who"])
_WHEN = re.compile(dict(_ROLE_WORDS)["when"])


# Columns that track the plan rather than say it: whether it was achieved, when it was done
# or reviewed. Read as outcomes or dates, they would rewrite the outcome or its date.
_TRACKING = re.compile(
    r"^(?:(?:outcome|goal|target|action)s? )?(?:achieved|met|completed|complete)(?: y/n| yes/no|"
    r" yes/no/partly| yes/no/partially)?$|"
    r"^(?:date|when) (?:completed|achieved|done|reviewed|started|actioned|of review|"
    r"of completion)$|"
    r"^(?:done|completed? date|completed on)$|^(?:start|review|reviewed) date$"
)


def _role(heading: str) -> Role | None:
    text = _norm(heading)
    if not text or len(text.split()) > 40 or _TRACKING.match(text):
        return None
    best: tuple[int, int, Role] | None = None
    for order, (role, pattern) in enumerate(_ROLE_PATTERNS):
        match = pattern.search(text)
        if match and (best is None or (match.start(), order) < best[:2]):
            best = (match.start(), order, role)
    if best is None:
        return None
    role = best[2]
    if role in ("who", "when") and _WHO.search(text) and _WHEN.search(text):
        return "who_when"
    return role


def _header_roles(row: list[str]) -> list[Role | None] | None:
    """The role of each column when this row is a plan table's header, else None."""
    if any(_SIGNING.search(_norm(cell)) for cell in row):
        return None  # "I agree to the actions in this plan | Signature | Date signed"
    roles = [_role(cell) for cell in row]
    found = set(roles)
    if found & {"action", "outcome"} and found & {"who", "when", "who_when"}:
        return roles
    return None


# --- the details and the headed sections -------------------------------------------------

_DETAIL_KEYS: tuple[tuple[str, str], ...] = (
    ("date_of_birth", r"date of birth|dob|d o b|d\.o\.b\.?|born"),
    (
        "next_review",
        r"(?:date of )?(?:the )?next (?:review|meeting|core group|cin review|"
        r"child in need review|review meeting)(?: date| meeting)?|review date|"
        r"date of next (?:review|meeting|core group)(?: meeting)?",
    ),
    (
        "plan_date",
        r"date of (?:the )?plan|plan date|date plan (?:made|agreed|written|started)|"
        r"date of (?:the )?(?:meeting|conference|core group|review|cin meeting|child in need "
        r"meeting|planning meeting|(?:initial |review )?(?:cp |child protection )?(?:review )?"
        r"conference|taf meeting|tac meeting|team around the (?:family|child) meeting)|"
        r"meeting date|date agreed|date",
    ),
    ("plan_type", r"plan type|type of plan|category of plan"),
    (
        "child_name",
        r"(?:the )?(?:child|young person|child ?/ ?young person|child or young person)"
        r"(?:'s|s')? (?:full )?name|name of (?:the )?(?:child|young person)|child|young person|"
        r"child ?/ ?young person|child or young person|"
        r"name|full name",
    ),
    (
        "person",
        r"(?:allocated |lead )?social worker|lead professional|key worker|"
        r"lead practitioner|family help lead|family support worker",
    ),
)
_DETAIL_PATTERNS = [(key, re.compile(rf"(?:{words})")) for key, words in _DETAIL_KEYS]
# Where a detail's label starts in a line that has several: "Name: Amy Jones  DOB: 3/3/15".
_DETAIL_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:" + "|".join(words for _, words in _DETAIL_KEYS) + r")\s*:", re.IGNORECASE
)

_SECTION_KEYS: tuple[tuple[str, str], ...] = (
    (
        "contingency",
        r"contingency(?: plan(?:ning)?| arrangements)?|plan b|"
        r"what (?:will|would) happen if (?:the plan|things|this) (?:is not|isn't|are not|aren't|"
        r"does not|doesn't|do not|don't) (?:working|work|change|improve|happen)",
    ),
    (
        "childs_views",
        r"(?:the )?(?:child|young person|children|child/young person)(?:'s|s'|s)? "
        r"(?:views|wishes and feelings|voice|wishes|own words|views wishes and feelings)|"
        r"(?:[a-z]+'s )?wishes and feelings|voice of the (?:child|young person)|"
        r"(?:[a-z]+'s )?(?:views|voice)|what (?:does|do|did) (?:the )?[a-z]+ (?:say|think|want)",
    ),
    (
        "strengths",
        r"strengths?|what(?:'s| is| are)? (?:working|going) well|existing safety|"
        r"safety and strengths|protective factors|positives",
    ),
    (
        "worries",
        r"worries|what (?:are|is) (?:we|you|i|the professionals|everyone) worried about|"
        r"what we are worried about|concerns?|danger statements?|past harm|complicating factors|"
        r"risks?",
    ),
    ("bottom_lines", r"bottom lines?|non[- ]negotiables?"),
    ("assumptions", r"assumptions?"),
    (
        "monitoring",
        r"monitoring(?: arrangements)?|how (?:will )?(?:the plan|progress) "
        r"(?:will )?be (?:monitored|reviewed)",
    ),
)
_SECTION_PATTERNS = [(key, re.compile(rf"(?:{words})")) for key, words in _SECTION_KEYS]
_LIST_SECTIONS = ("worries", "strengths", "assumptions")
_NOT_CHILD = re.compile(
    r"^(?:what does |what do |what did )?(?:the )?(?:parent|parents|mother|father|mum|dad|carer|"
    r"carers|professional|professionals|family|agency|agencies|school|other|others|nan|nana|"
    r"gran|granny|grandma|grandmother|grandad|grandfather|grandparents?|aunt|auntie|uncle|"
    r"sister|brother|siblings?|step\w*|foster carers?|social worker|teacher)(?:'s|s')?\b"
)

_PLAN_TYPE_WORDS: tuple[tuple[PlanType, str], ...] = (
    ("interim_safety", r"\binterim safety\b"),
    ("child_protection", r"\bchild protection\b|\bcp plan\b|\bcpp\b|\bprotection plan\b"),
    ("child_in_need", r"\bchild(?:ren)? in need\b|\bcin\b"),
    ("pathway", r"\bpathway plan\b|\bpathway\b"),
    (
        "looked_after",
        r"\blooked after\b|\bcare plan\b|\bcla\b|\blac\b|"
        r"\bchild(?:ren)? in care\b",
    ),
    ("family_help", r"\bfamily help\b"),
    (
        "early_help",
        r"\bearly help\b|\bteam around the (?:family|child)\b|\btaf\b|\btac\b|"
        r"\bfamily plan\b",
    ),
)
_PLAN_TYPES = [(kind, re.compile(words)) for kind, words in _PLAN_TYPE_WORDS]
# The short forms written in a 'Plan type' box.
_PLAN_CODES: dict[str, PlanType] = {
    "cp": "child_protection",
    "cin": "child_in_need",
    "eh": "early_help",
    "fh": "family_help",
    "cla": "looked_after",
    "lac": "looked_after",
}
_PLAN_FOR = re.compile(r"\b[Pp]lan\s+for\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
_DOB_IN_NAME = re.compile(
    r"[\s,(]*(?:dob|d\.o\.b\.?|date of birth|born)\s*:?\s*(?P<date>[^)]*)\)?\s*$", re.IGNORECASE
)


@dataclass
class _Details:
    child_name: str | None = None
    date_of_birth: dt.date | None = None
    plan_date: dt.date | None = None
    plan_type: PlanType | None = None
    next_review: dt.date | None = None
    people: list[Person] = field(default_factory=list)
    texts: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _key_of(text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> str | None:
    normal = _norm(text)
    for key, pattern in patterns:
        if pattern.fullmatch(normal):
            return key
    return None


def _split_label(text: str) -> tuple[str, str] | None:
    """'Child's name: Jimmy Smith' as ('Child's name', 'Jimmy Smith')."""
    match = re.match(r"^([^:\n]{1,60}?)\s*[:\t]\s*(.*)$", text, re.DOTALL)
    if match is None:
        return None
    return match.group(1).strip(), match.group(2).strip()


def _read_details(blocks: list[_Block], headers: dict[int, _Header]) -> _Details:
    details = _Details()
    section: str | None = None  # the section whose paragraphs we are collecting
    pending: tuple[str, str] | None = None  # "Child's name:" with the value on the next line
    seen_plan_table = False
    for block in blocks:
        if isinstance(block, _Table):
            header = headers.get(block.number)
            written = _section_table_text(block.rows) if header is None and section else ""
            if section is not None and written:
                _add_section(details, section, written)  # "Noah's views" over a table
                section, pending = None, None
                continue
            section, pending = None, None
            if header is None:
                _table_details(block.rows, details)
            else:
                seen_plan_table = True
                _table_details(block.rows[: max(header.row, 0)], details)
                _table_details(block.rows[_sections_start(block, header.row) :], details)
            continue
        text = block.text
        if pending is not None and not _is_label(text):
            _set_detail(details, *pending, text)
            pending = None
            continue
        pending = None
        heading_key = _section_key(text)
        if heading_key is not None:
            section = heading_key
            continue
        if _key_of(text, _SECTION_PATTERNS) is not None:
            section = None  # "Nan's views": a section, but not the child's
            continue
        detail_key = _key_of(text, _DETAIL_PATTERNS)
        if detail_key is not None and len(text) <= 40:
            section, pending = None, (detail_key, text)
            continue
        starts = [m.start() for m in _DETAIL_LABEL.finditer(text.replace("’", "'"))]
        if len(starts) > 1 and starts[0] == 0:
            section = None
            for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
                _detail_cell(text[start:end].strip(), None, details)
            continue
        label = _split_label(text)
        if label is not None:
            key, value = label
            section_key = _section_key(key)
            detail_key = _key_of(key, _DETAIL_PATTERNS)
            if section_key is not None:
                section = section_key
                if value:
                    _add_section(details, section, value)
                continue
            if detail_key is not None:
                section = None
                if value:
                    _set_detail(details, detail_key, key, value)
                else:
                    pending = (detail_key, key)
                continue
            if not value:
                section = None  # "Parents' views:": the heading of another section
                continue
        if block.heading:
            section = None
            if not seen_plan_table:
                _title(details, text)
            continue
        if section is not None:
            _add_section(details, section, text)
        elif not seen_plan_table:
            _title(details, text)
    return details


def _section_table_text(rows: list[list[str]]) -> str:
    """A section written as a table: each answer under its column's heading."""
    if len(rows) < 2:
        return "\n".join(dict.fromkeys(cell for row in rows for cell in row if cell))
    heads = rows[0]
    lines = [
        f"{_end_sentence(head).rstrip('.')}: {cell}" if head else cell
        for row in rows[1:]
        for head, cell in zip(heads, row, strict=False)
        if cell and cell != head
    ]
    return "\n".join(dict.fromkeys(lines))


def _section_key(text: str) -> str | None:
    key = _key_of(text, _SECTION_PATTERNS)
    if key == "childs_views" and _NOT_CHILD.match(_norm(text)):
        return None  # "Parents' views" is not the child's
    return key


def _is_label(text: str) -> bool:
    label = _split_label(text)
    key = label[0] if label is not None else text
    return _key_of(key, _DETAIL_PATTERNS) is not None or _section_key(key) is not None


def _title(details: _Details, text: str) -> None:
    """A title such as 'Child in Need Plan for Jimmy Smith – 2 November 2026'."""
    normal = _norm(text)
    if len(normal.split()) > 16 or not re.search(r"\bplan\b|\bconference\b", normal):
        return
    if details.plan_type is None:
        details.plan_type = _plan_type(normal)
    match = _PLAN_FOR.search(text)
    if details.child_name is None and match:
        details.child_name = match.group("name")
    if details.plan_date is None:
        try:
            dates = [m for m in find_dates(text) if m.year_given and m.day_given]
        except DateError:
            dates = []
        if len(dates) == 1:
            details.plan_date = dates[0].date


def _plan_type(normal: str) -> PlanType | None:
    found = [(m.start(), kind) for kind, p in _PLAN_TYPES if (m := p.search(normal))]
    return min(found)[1] if found else None


def _set_detail(details: _Details, key: str, label: str, value: str) -> None:
    if key == "child_name":
        dob = _DOB_IN_NAME.search(value)
        if dob and details.date_of_birth is None:
            details.date_of_birth = _one_date(details, label, dob.group("date"))
            value = value[: dob.start()].strip()
        if value and details.child_name is None:
            details.child_name = value
    elif key == "date_of_birth":
        details.date_of_birth = details.date_of_birth or _one_date(details, label, value)
    elif key == "plan_date":
        details.plan_date = details.plan_date or _one_date(details, label, value)
    elif key == "next_review":
        details.next_review = details.next_review or _one_date(details, label, value)
    elif key == "plan_type":
        code = _PLAN_CODES.get(_norm(value))
        details.plan_type = details.plan_type or code or _plan_type(_norm(value))
    else:  # a practitioner: "Social worker: Anna Brown (Team 3)"
        name = value.split("(")[0].split("\n")[0].strip(" ,-–")
        role = _norm(label)
        if name and not any(p.name == name and p.role == role for p in details.people):
            details.people.append(Person(name=name, role=role))


def _one_date(details: _Details, label: str, value: str) -> dt.date | None:
    """The first full date in a details value; a template's '[date]' or 'TBC' is no date."""
    try:
        dates = [m for m in find_dates(value) if m.year_given and m.day_given]
    except DateError as error:
        details.problems.append(Problem(f"{label.rstrip(':')}: {error}"))
        return None
    return dates[0].date if dates else None


def _add_section(details: _Details, section: str, text: str) -> None:
    if section in _LIST_SECTIONS:
        items = [re.sub(r"^[•\-*–]\s*", "", line).strip() for line in text.split("\n")]
        details.lists.setdefault(section, []).extend(item for item in items if item)
    else:
        before = details.texts.get(section)
        details.texts[section] = f"{before}\n{text}" if before else text


def _table_details(rows: list[list[str]], details: _Details) -> None:
    """Details and sections kept in a table: 'Child's name | Jimmy Smith | DOB | 14/05/2019',
    keys in one row and values in the next, 'Contingency plan | If ...', or a heading row
    ('Contingency plan') with its text in the rows below."""
    section: str | None = None
    cells = [_dedupe(row) for row in rows]
    for number, row in enumerate(cells):
        if len(row) == 1:
            section = _detail_cell(row[0], section, details)
            continue
        section = None
        keys = [_key_of(cell, _DETAIL_PATTERNS) for cell in row]
        if all(keys) and number + 1 < len(cells) and len(cells[number + 1]) == len(row):
            for key, name, value in zip(keys, row, cells[number + 1], strict=True):
                if key and value and not _is_label(value):
                    _set_detail(details, key, name, value)
            continue
        if len(row) % 2:
            continue
        pairs = [(row[i], row[i + 1]) for i in range(0, len(row), 2)]
        if not all(not name or _is_label(name) for name, _ in pairs):
            continue  # e.g. 'Name | Role | Agency | Phone': a list of people, not details
        for name, value in pairs:
            if not value or _is_label(value):
                continue
            section_key = _section_key(name)
            if section_key is not None:
                _add_section(details, section_key, value)
            elif (detail := _key_of(name, _DETAIL_PATTERNS)) is not None:
                _set_detail(details, detail, name, value)


def _detail_cell(text: str, section: str | None, details: _Details) -> str | None:
    """One cell on its own row: a section heading, 'Key: value', or a section's text.
    Gives the section that the next rows belong to."""
    heading = _section_key(text)
    if heading is not None:
        return heading
    label = _split_label(text)
    if label is not None and label[1]:
        name, value = label
        detail = _key_of(name, _DETAIL_PATTERNS)
        if detail is not None:
            _set_detail(details, detail, name, value)
            return None
        labelled_section = _section_key(name)
        if labelled_section is not None:
            _add_section(details, labelled_section, value)
            return labelled_section
    if section is not None:
        _add_section(details, section, text)
    return section


def _dedupe(row: list[str]) -> list[str]:
    """A row without the repeats that merged (spanning) cells leave."""
    out: list[str] = []
    for cell in row:
        if not out or cell != out[-1] or not cell:
            out.append(cell)
    return out


def _sections_start(table: _Table, header_row: int) -> int:
    """The first row after a plan table's rows that heads a section ('Contingency plan')."""
    for number in range(header_row + 1, len(table.rows)):
        if table.full_width[number] and _section_key(table.rows[number][0]) is not None:
            return number
    return len(table.rows)


# --- the plan tables ---------------------------------------------------------------------

_STATUSES: tuple[tuple[ActionStatus, re.Pattern[str]], ...] = (
    ("not_done", re.compile(r"^(?:not (?:done|met|achieved|completed?)|incomplete)\b")),
    ("not_started", re.compile(r"^(?:not (?:yet )?started|not begun|to start)\b")),
    ("done", re.compile(r"^(?:done|complete|completed|achieved|met|finished)\b")),
    (
        "in_progress",
        re.compile(
            r"^(?:in progress|started|ongoing|on-going|partly|partially|"
            r"progressing|underway|under way)\b"
        ),
    ),
)
_NEED_LABEL = re.compile(
    r"^(?:identified\s+|assessed\s+)?(?:need|area of need|worry|concern|risk|reason for action|"
    r"domain|area|priority)\s*(?:\d+|[a-z])?\s*[:.\-–—)]\s*(?P<text>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_GENERIC_HEADING = re.compile(
    r"\bplan\b|^(?:what needs to happen|next steps|actions?|outcomes?(?: and actions)?|needs?|"
    r"tasks?|what we will do|the plan)$"
)


@dataclass(frozen=True)
class _Header:
    row: int  # -1: the table carries on the one before and has no header of its own
    roles: list[Role | None]
    texts: list[str]  # as _norm gives them, to know the header when it is repeated


def _plan_headers(blocks: list[_Block]) -> dict[int, _Header]:
    """For each plan table (by number): its header row, within its first rows, and the
    role of each column. A table straight after a plan table, as wide and with no header
    of its own, is the same table carried over a page: it takes the header before it
    (row -1, so that every row is read)."""
    headers: dict[int, _Header] = {}
    previous: _Table | None = None  # the last table, if only notes have come since
    for block in blocks:
        if isinstance(block, _Paragraph):
            if not _CONTINUED.search(_norm(block.text)) or len(block.text) > 80:
                previous = None  # a new part of the document: the table after is not this one
            continue
        if block.number > 0:
            for number, row in enumerate(block.rows[:8]):
                roles = _header_roles(row)
                if roles is not None:
                    headers[block.number] = _Header(number, roles, [_norm(c) for c in row])
                    break
            else:
                if (
                    previous is not None
                    and previous.number in headers
                    and block.rows
                    and len(block.rows[0]) == len(previous.rows[0])
                    and not any(_SIGNING.search(_norm(cell)) for cell in block.rows[0])
                ):
                    carried = headers[previous.number]
                    headers[block.number] = _Header(-1, carried.roles, carried.texts)
        previous = block
    return headers


# A note between the halves of a table split over pages ("Plan continues overleaf").
_CONTINUED = re.compile(r"\bcontinu|\bnext page\b|\boverleaf\b|\bcont'?d\b|^page \d")
# The words of signing the plan: a table or a row of them is not the plan's.
_SIGNING = re.compile(r"\bsign(?:ed|atures?|ing)?\b|\bagreement\b|\bdeclaration\b|\bconsent\b")


@dataclass
class _OutcomeDraft:
    outcome: str
    by: Timescale | None = None
    indicator: list[str] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)

    def build(self) -> Outcome:
        indicator = "\n".join(dict.fromkeys(self.indicator)) or None
        return Outcome(self.outcome, by=self.by, indicator=indicator, actions=tuple(self.actions))


@dataclass
class _NeedDraft:
    reason: str
    outcomes: list[_OutcomeDraft] = field(default_factory=list)

    def build(self) -> Need:
        # A row that held only the need (its other cells prompts) leaves an empty outcome
        # behind: not one of the plan's when the need has outcomes of its own.
        kept = [o for o in self.outcomes if o.outcome or o.actions or o.indicator]
        return Need(self.reason, outcomes=tuple(o.build() for o in (kept or self.outcomes)))


class _TableReader:
    """Reads every plan table in order, carrying the open need and outcome across tables
    so that a table split over two pages reads as one."""

    def __init__(self, plan_date: dt.date) -> None:
        self.plan_date = plan_date
        self.needs: list[_NeedDraft] = []
        self.need: _NeedDraft | None = None
        self.outcome: _OutcomeDraft | None = None
        self.problems: list[Problem] = []

    def read(self, blocks: list[_Block], headers: dict[int, _Header]) -> list[Need]:
        # The need of the next table: "Need 1: ..." since the last table, or a heading
        # straight above it (a heading with text under it is a heading of something else).
        heading: str | None = None
        labelled = False
        for block in blocks:
            if isinstance(block, _Table) and block.number in headers:
                self.read_table(block, headers[block.number], heading)
                heading = None
            elif isinstance(block, _Paragraph) and _NEED_LABEL.match(block.text):
                heading, labelled = _label_text(block.text), True
            elif isinstance(block, _Paragraph) and block.heading:
                heading, labelled = _need_heading(block), False
            elif not labelled:
                heading = None
        return [need.build() for need in self.needs]

    def read_table(self, table: _Table, header: _Header, heading: str | None) -> None:
        header_row, roles = header.row, header.roles
        has_reason = "reason" in roles
        first_outcome_column = min(
            (i for i, role in enumerate(roles) if role in ("outcome", "reason")), default=-1
        )
        action_column = min((i for i, r in enumerate(roles) if r == "action"), default=-1)
        # A 'when' column between the outcome and the action is the outcome's 'by'.
        by_columns = {
            i
            for i, role in enumerate(roles)
            if role == "when" and first_outcome_column < i < action_column
        }
        starts_table = header_row >= 0  # not a table carried over from the page before
        previous: list[str] | None = None
        for offset, row in enumerate(table.rows[header_row + 1 :], start=header_row + 2):
            where = f"table {table.number}, row {offset}"
            if not any(row) or row == previous or [_norm(c) for c in row] == header.texts:
                previous = row
                continue
            previous = row
            if table.full_width[offset - 1]:
                if _section_key(row[0]) is not None or _SIGNING.search(_norm(row[0])):
                    break  # 'Contingency plan', 'Agreement' and the like: not the plan's rows
                if _PROMPT.match(row[0]) or _EXAMPLE.match(row[0]):
                    continue  # "Please add more rows as needed"
                if has_reason:
                    continue  # a domain ("Parenting capacity – Basic care"): rows give the needs
                self.start_need(_label_text(row[0]))
                starts_table = False
                continue
            if _is_prompt_row(row):
                continue  # the template's example or instruction, not the plan
            cells = _cells_by_role(row, roles, by_columns)
            reason, outcome = cells.get("reason", ""), cells.get("outcome", "")
            if has_reason:
                if reason and (self.need is None or reason != self.need.reason):
                    self.start_need(reason)
                elif self.need is None:
                    self.start_need("")
            elif self.need is None or (starts_table and (outcome or heading or not self.outcome)):
                # Each table is a need, unless its first row carries on the last outcome.
                self.start_need(heading or "")
            starts_table = False
            assert self.need is not None
            if "outcome" in roles:
                if outcome and (self.outcome is None or outcome != self.outcome.outcome):
                    self.start_outcome(outcome)
                elif self.outcome is None:
                    self.start_outcome("")
            elif self.outcome is None:
                self.start_outcome("")
            assert self.outcome is not None
            self.add_details(cells, where)
            for one in _one_action_each(cells):
                self.add_action(one, where)

    def start_need(self, reason: str) -> None:
        self.need = _NeedDraft(reason)
        self.needs.append(self.need)
        self.outcome = None

    def start_outcome(self, text: str) -> None:
        assert self.need is not None
        self.outcome = _OutcomeDraft(text, by=self.outcome_by(text))
        self.need.outcomes.append(self.outcome)

    def outcome_by(self, text: str) -> Timescale | None:
        """'... by 15 January 2027' in an outcome also gives the outcome's date."""
        try:
            dates = find_dates(text, self.plan_date)
        except DateError:
            return None  # reported as a problem of the row
        if len(dates) != 1:
            return None
        mention = dates[0]
        lead = re.search(
            r"(?:\b(?:by|before|no later than|not later than)\s+)$",
            text[: mention.start],
            re.IGNORECASE,
        )
        if lead is None:
            return None
        return parse_timescale(text[lead.start() : mention.end], self.plan_date)

    def add_details(self, cells: dict[str, str], where: str) -> None:
        assert self.outcome is not None
        for column in ("reason", "outcome"):
            if cells.get(column):
                try:
                    find_dates(cells[column], self.plan_date)
                except DateError as error:
                    self.problems.append(Problem(f"{where}: {error}"))
        if cells.get("indicator"):
            self.outcome.indicator.append(cells["indicator"])
        if cells.get("by") and self.outcome.by is None:
            self.outcome.by = self.timescale(cells["by"], where)

    def add_action(self, cells: dict[str, str], where: str) -> None:
        assert self.outcome is not None
        action = cells.get("action", "")
        who: str | None = cells.get("who") or None
        when_text: str | None = cells.get("when") or None
        sentence: str | None = None  # "Jimmy's mother will make an appointment ..."
        combined = cells.get("who_when", "")
        try:
            if combined:
                split = split_who_when(combined, self.plan_date)
                who = _join(who, split.who, ", ")
                when_text = _join(when_text, split.when, ", ")
                if split.rest:
                    sentence = f"{split.who} {split.rest}" if split.who else split.rest
            elif who and when_text is None:
                split = split_who_when(who, self.plan_date)
                if split.when is not None and split.who is not None and split.rest is None:
                    who, when_text = split.who, split.when
        except DateError as error:
            self.problems.append(Problem(f"{where}: {error}"))
            return
        if sentence:
            action = f"{_end_sentence(action)} {sentence}" if action else sentence
        status = _status(cells.get("status", ""))
        if not (action or who or when_text):
            return
        when = self.timescale(when_text, where) if when_text else None
        self.outcome.actions.append(
            Action(action, who=who, when=when, status=status or "not_started")
        )

    def timescale(self, text: str, where: str) -> Timescale | None:
        try:
            return parse_timescale(text, self.plan_date)
        except DateError as error:
            self.problems.append(Problem(f"{where}: {error}"))
            return None


def _cells_by_role(
    row: list[str], roles: list[Role | None], by_columns: set[int]
) -> dict[str, str]:
    """The row's text for each role; two columns of one role (e.g. 'Agency' and 'Named
    person') are joined, a merged cell spanning both counts once."""
    cells: dict[str, list[str]] = {}
    for i, role in enumerate(roles):
        text = row[i] if i < len(row) else ""
        if role is None or not text:
            continue
        key = "by" if i in by_columns else role
        if "\n" not in text:
            text = LIST_MARKER.sub("", text)  # one numbered or bulleted line: the text alone
        if _PROMPT.match(text):
            continue  # the template's prompt left in the cell: "(What needs to happen?)"
        if text not in cells.setdefault(key, []):
            cells[key].append(text)
    return {
        key: (", " if key in ("who", "when", "by") else "\n").join(texts)
        for key, texts in cells.items()
    }


# A template's example row ("e.g. Mum will take ..."), and a cell still holding the
# template's prompt ("(What needs to happen?)", "[Describe the need]", "Add more rows").
_EXAMPLE = re.compile(r"^(?:e\.?g\.?(?=[\s:,]|$)|for example\b|example:)", re.IGNORECASE)
_PROMPT = re.compile(
    r"^\[[^\]]*\]$|^\((?:[^)]*\?|(?:please|describe|insert|enter|add|list|state|include|write|"
    r"give|name|who|what|when|how)\b[^)]*)\)$|^(?:please )?add (?:more )?rows\b",
    re.IGNORECASE,
)


def _is_prompt_row(row: list[str]) -> bool:
    texts = [text for text in dict.fromkeys(row) if text]
    return bool(texts) and (
        bool(_EXAMPLE.match(texts[0])) or all(_PROMPT.match(text) for text in texts)
    )


def _one_action_each(cells: dict[str, str]) -> list[dict[str, str]]:
    """A cell listing several actions (a bullet or a number a line) is several actions; the
    who and when cells give each its own line when they have as many, or the same one when
    they have one. Lines that do not match up are kept together, as written."""
    lines = _items(cells.get("action", ""))
    if len(lines) == 1:
        return [{**cells, "action": LIST_MARKER.sub("", lines[0])}]  # "• Book the GP"
    if len(lines) < 2 or not all(LIST_MARKER.match(line) for line in lines):
        return [cells]
    items = _actions_in(lines)
    if len(items) == 1:
        return [{**cells, "action": items[0]}]
    paired: dict[str, list[str]] = {}
    for key in ("who", "when", "who_when", "status"):
        lines = _items(cells.get(key, ""))
        if len(lines) == len(items):
            paired[key] = [LIST_MARKER.sub("", line) for line in lines]
        elif len(lines) > 1:
            return [cells]  # three actions and two dates: which goes with which?
    return [
        {**cells, "action": item, **{key: lines[i] for key, lines in paired.items()}}
        for i, item in enumerate(items)
    ]


def _actions_in(lines: list[str]) -> list[str]:
    """The actions of a list: an item ending with ':' holds the points under it ("the course,
    which covers:" / "• managing anger"), and an item in lower case or in brackets goes on
    from the one before ("(Mum's idea)")."""
    actions: list[str] = []
    holding = False  # the last action ended with ':' and takes the points that follow
    for line in lines:
        said = LIST_MARKER.sub("", line)
        if actions and holding and said[:1].islower():
            actions[-1] = f"{actions[-1]}\n{line}"  # a point of it, kept as a list
        elif actions and (said[:1].islower() or said[:1] == "("):
            actions[-1] = f"{actions[-1]} {said}"
        else:
            actions.append(said)
            holding = said.endswith(":")
    return actions


def _items(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def _need_heading(paragraph: _Paragraph) -> str | None:
    """A heading that can name the need of the table below ('Health'), not the plan's
    title, a section or a label."""
    if _GENERIC_HEADING.search(_norm(paragraph.text)) or _is_label(paragraph.text):
        return None
    return paragraph.text


def _label_text(text: str) -> str:
    labelled = _NEED_LABEL.match(text)
    return labelled.group("text").strip() if labelled else text


def _join(first: str | None, second: str | None, separator: str) -> str | None:
    if first and second and second not in first:
        return f"{first}{separator}{second}"
    return first or second


def _end_sentence(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith((".", "!", "?", ":")) else f"{text}."


def _status(text: str) -> ActionStatus | None:
    normal = _norm(text)
    for status, pattern in _STATUSES:
        if pattern.match(normal):
            return status
    return None
