"""unexplained-acronym: abbreviations the family may not know, with their expansion."""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from childplan.plan.model import Plan, TextField
from childplan.quality.rule import FAMILY_TEXT, Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, TermList

# The acronyms of children's services, each with what it stands for. The first spelling is
# the one config names; the others are how people also write it. The engine matches these
# case-sensitively, so "cp" in prose is not "CP".
_ACRONYMS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("CAMHS", "CAMHs", "Camhs"), "Child and Adolescent Mental Health Services"),
    (("ICPC",), "Initial Child Protection Conference"),
    (("RCPC",), "Review Child Protection Conference"),
    (("CPC",), "Child Protection Conference"),
    (("CIN", "CiN"), "Child in Need"),
    (("CP",), "Child Protection"),
    (("CPP",), "Child Protection Plan"),
    (("CLA",), "Child Looked After"),
    (("LAC",), "Looked After Child"),
    (("CIC", "CiC"), "Child in Care"),
    (("CAF",), "Common Assessment Framework"),
    (("EHA",), "Early Help Assessment"),
    (("EHAP",), "Early Help Assessment and Plan"),
    (("EH",), "Early Help"),
    (("TAF",), "Team Around the Family"),
    (("TAC",), "Team Around the Child"),
    (("SENCO", "SENCo", "Senco"), "Special Educational Needs Co-ordinator"),
    (("SEN",), "special educational needs"),
    (("SEND",), "special educational needs and disabilities"),
    (("SEMH",), "social, emotional and mental health"),
    (("EHCP",), "Education, Health and Care Plan"),
    (("EHC",), "Education, Health and Care"),
    (("EP",), "Educational Psychologist"),
    (("DV",), "domestic violence"),
    (("DA",), "domestic abuse"),
    (("DVA",), "domestic violence and abuse"),
    (("IDVA",), "Independent Domestic Violence Adviser"),
    (("DAPP", "DVPP"), "domestic abuse perpetrator programme"),
    (("ISVA",), "Independent Sexual Violence Adviser"),
    (("MARAC",), "Multi-Agency Risk Assessment Conference"),
    (("DASH",), "Domestic Abuse, Stalking and Harassment (risk checklist)"),
    (("MAPPA",), "Multi-Agency Public Protection Arrangements"),
    (("MASH",), "Multi-Agency Safeguarding Hub"),
    (("PLO",), "Public Law Outline (the meetings before a case goes to court)"),
    (("LPM",), "Legal Planning Meeting"),
    (("IRO",), "Independent Reviewing Officer"),
    (("SALT",), "Speech and Language Therapy"),
    (("OT",), "Occupational Therapist"),
    (("SDQ",), "Strengths and Difficulties Questionnaire"),
    (("DSL",), "Designated Safeguarding Lead"),
    (("DDSL",), "Deputy Designated Safeguarding Lead"),
    (("LADO",), "Local Authority Designated Officer"),
    (("CSE",), "child sexual exploitation"),
    (("CCE",), "child criminal exploitation"),
    (("FGM",), "female genital mutilation"),
    (("HBA",), "honour-based abuse"),
    (("YOT",), "Youth Offending Team"),
    (("YOS",), "Youth Offending Service"),
    (("YJS",), "Youth Justice Service"),
    (("SGO",), "Special Guardianship Order"),
    (("CAO",), "Child Arrangements Order"),
    (("ICO",), "Interim Care Order"),
    (("EPO",), "Emergency Protection Order"),
    (("PPO",), "Police Protection Order"),
    (("FGC",), "Family Group Conference"),
    (("NEET",), "not in education, employment or training"),
    (("PEP",), "Personal Education Plan"),
    (("CPN",), "Community Psychiatric Nurse"),
    (("CMHT",), "Community Mental Health Team"),
    (("HV",), "Health Visitor"),
    (("SW",), "Social Worker"),
    (("FSW",), "Family Support Worker"),
    (("ISW",), "Independent Social Worker"),
    (("TM",), "Team Manager"),
    (("UASC",), "Unaccompanied Asylum-Seeking Child"),
    (("PA",), "Personal Adviser"),
    (("ASB",), "anti-social behaviour"),
    (("CGL",), "Change Grow Live (the drug and alcohol service)"),
    (("ASD",), "autism spectrum disorder"),
    (("DBS",), "Disclosure and Barring Service"),
    (("ACE", "ACEs"), "adverse childhood experiences"),
    (("MST",), "Multi-Systemic Therapy"),
    (("FFT",), "Functional Family Therapy"),
    (("CBT",), "cognitive behavioural therapy"),
    (("PAMS",), "Parent Assessment Manual"),
    (("MGM",), "maternal grandmother"),
    (("MGF",), "maternal grandfather"),
    (("PGM",), "paternal grandmother"),
    (("PGF",), "paternal grandfather"),
    (("MOC",), "mother of the child"),
    (("FOC",), "father of the child"),
    (("LA",), "local authority"),
    (("NFA",), "no further action"),
    (("C&F",), "Child and Family Assessment"),
    (("CSC",), "Children's Social Care"),
    (("EDT",), "Emergency Duty Team (the out-of-hours social work team)"),
    (("CAIT",), "Child Abuse Investigation Team (police)"),
    (("SARC",), "Sexual Assault Referral Centre"),
    (("PCSO",), "Police Community Support Officer"),
    (("CAFCASS", "Cafcass"), "Children and Family Court Advisory and Support Service"),
    (("MH",), "mental health"),
    (("TA",), "Teaching Assistant"),
    (("PRU",), "Pupil Referral Unit"),
    (("AP",), "alternative provision (school outside a mainstream school)"),
    (("EWO",), "Education Welfare Officer"),
    (("ELSA",), "Emotional Literacy Support Assistant"),
    (("LD",), "learning disability"),
    (("PR",), "parental responsibility"),
    (("YP",), "young person"),
    (("CYP",), "children and young people"),
    (("NAI",), "non-accidental injury"),
    (("SUDI",), "sudden unexpected death in infancy"),
    (("MACE",), "Multi-Agency Child Exploitation meeting"),
    (("RAG",), "red, amber, green rating"),
)
# Acronyms that stand for more than one thing here: the suggestion names both.
_AMBIGUOUS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("SLT",), "'Speech and Language Therapy' or, at a school, 'Senior Leadership Team'"),
    (("ASC",), "'autism spectrum condition' or 'Adult Social Care'"),
)

# Abbreviations everyone knows. A local authority can replace the list (option `everyday`)
# or add to it (option `also_everyday`).
EVERYDAY = [
    "GP", "NHS", "TV", "UK", "OK", "PE", "MP", "ID", "PIN", "CCTV", "BBC", "ITV", "DVD",
    "ADHD", "ASAP", "TBC", "PTO", "NB", "PS", "FYI", "DIY", "CV", "IT", "ICT", "PC", "USB",
    "SIM", "SMS", "PDF", "URL", "AM", "PM", "BMI", "MOT", "DNA", "HIV", "MRI", "ECG", "ICU",
    "ENT", "MMR", "BCG", "COVID", "GCSE", "SAT", "SATS", "BTEC", "NVQ", "DWP", "HMRC", "UC",
    "PIP", "ESA", "JSA", "DLA", "NI", "EU", "UN", "USA", "US", "HMP", "DC", "DS", "DI",
    "NSPCC", "RSPCA", "YMCA", "RAF", "BT", "EE", "ASDA", "ALDI", "LIDL", "KFC", "IKEA", "JD",
    "LEGO", "FIFA", "WWE", "XBOX", "LGBT", "LGBTQ", "CEO", "HR", "DJ", "VAT", "ATM", "II",
    "III", "KG", "CM", "MM", "ML", "MG", "KM", "MPH", "JAN", "FEB", "MAR", "APR", "JUN",
    "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC", "MON", "TUE", "TUES", "WED", "THU",
    "THUR", "THURS", "FRI", "SUN", "BST", "GMT", "RE", "PSHE", "SPAG", "CE", "RC", "VA",
    "DT", "AA",
]  # fmt: skip


def _term(spellings: tuple[str, ...], expansion: str | None, suggestion: str | None = None) -> Term:
    alternatives = "|".join(re.escape(s) for s in spellings)
    return Term(
        spellings[0],
        pattern=rf"(?<![\w&])(?:{alternatives})(?:s|['’]s)?(?![\w&])",
        replacement=expansion,
        suggestion=suggestion,
    )


TERMS = tuple(_term(spellings, expansion) for spellings, expansion in _ACRONYMS) + tuple(
    _term(spellings, None, f"Write out which is meant here: {meaning}.")
    for spellings, meaning in _AMBIGUOUS
)
_SPELLINGS = {spellings[0]: spellings for spellings, _ in _ACRONYMS + _AMBIGUOUS}
_BUILT_IN = frozenset(s for spellings in _SPELLINGS.values() for s in spellings)

# A word as an acronym is written: letters and "&" ("C&F"), perhaps with a plural.
# Every acronym starts with a capital, so words in lower case are not looked at.
_TOKEN = re.compile(r"(?<![\w&])([A-Z][A-Za-z&]*?)((?:s|['’]s)?)(?![\w&])")
_SINGLE_TOKEN = re.compile(r"[A-Z][A-Za-z&]*")
_UPPER = re.compile(r"[A-Z]+")  # runs, counted by their length: fewer matches than letters
_LOWER = re.compile(r"[a-z]+")
# Any other run of two to four capitals is an acronym we do not know: "VPP", "ISWs".
_CAPITALS = re.compile(r"[A-Z]{2,4}")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "with", "to", "on", "at", "a"})
_LETTERS = re.compile(r"[A-Za-z]+")
_TITLES = frozenset({"Dr", "Mr", "Mrs", "Ms", "Miss", "Mx", "Prof", "Rev"})


@dataclass(frozen=True)
class _Use:
    key: str  # the acronym as listed (or as written, when it is not on the list)
    start: int
    end: int
    explained: bool  # spelled out here: "Health Visitor (HV)" or "HV (Health Visitor)"
    term: Term | None


class _Finder:
    """Finds a rule's terms by looking each word up, rather than trying a hundred patterns
    at every character: the checker has to keep up with someone typing."""

    def __init__(self, terms: TermList, everyday: frozenset[str], unknown: bool) -> None:
        self.lookup: dict[str, Term] = {}
        others = []
        for term in terms.terms:
            spellings = _SPELLINGS.get(term.phrase)
            if spellings is not None and term.pattern == _term(spellings, None).pattern:
                for spelling in spellings:
                    self.lookup.setdefault(spelling, term)
            elif term.pattern is None and _SINGLE_TOKEN.fullmatch(term.phrase):
                self.lookup.setdefault(term.phrase, term)  # added in config: SGO = "..."
            else:
                others.append(term)
        self.others = TermList(others, case_sensitive=True) if others else None
        self.everyday = everyday
        self.unknown = unknown
        # Two capitals in a row, or a listed spelling without them ("Camhs", "CiN"): a text
        # with neither (most texts: names, dates, plain sentences) holds no acronym, and is
        # not read word by word.
        mixed_case = [re.escape(word) for word in self.lookup if not _TWO_CAPITALS.search(word)]
        self.hint = re.compile("|".join([_TWO_CAPITALS.pattern, *mixed_case]))

    def may_hold_acronym(self, text: str) -> bool:
        return self.others is not None or self.hint.search(text) is not None

    def find(self, text: str, generic: bool) -> Iterator[tuple[Term | None, str, int, int]]:
        """(term or None for an unknown acronym, its key, start, end) in order of start."""
        found: list[tuple[Term | None, str, int, int]] = []
        for match in _TOKEN.finditer(text):
            word, plural = match.group(1), match.group(2)
            term = self.lookup.get(word)
            if term is None and plural:
                term = self.lookup.get(word + plural)  # a listed word that ends in s
                word = word + plural if term is not None else word
            if term is not None:
                found.append((term, term.phrase, match.start(), match.end()))
            elif (
                generic
                and self.unknown
                and _CAPITALS.fullmatch(word)
                and word not in self.everyday
                and word not in _BUILT_IN
                and word.lower() not in _easy_words()
            ):
                found.append((None, word, match.start(), match.end()))
        if self.others is not None:
            for extra in self.others.find(text):
                found.append((extra.term, extra.term.phrase, extra.start, extra.end))
        found.sort(key=lambda item: item[2])
        return iter(found)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    index = _index(ctx)
    here = index.order.get(field.path, len(index.order))
    seen: set[str] = set()
    for use in _field_uses(field, index):
        if use.key in seen:
            continue  # only the first use in a field needs the expansion
        seen.add(use.key)
        if use.explained:
            continue
        earlier = min(index.explained.get(use.key, here), index.plain.get(use.key, here))
        if earlier < here:
            continue  # spelled out earlier, or flagged where it was first used
        yield Hit(use.start, use.end, suggestion=_suggestion(use, field.text))


def _suggestion(use: _Use, text: str) -> str:
    written = text[use.start : use.end]
    if use.term is not None and use.term.replacement:
        name, _, note = use.term.replacement.partition(" (")
        note = f" ({note}" if note else ""
        return (
            f"Write '{name}'{note}. You can add '{written}' in brackets the first time, and "
            f"use '{written}' after that."
        )
    if use.term is not None and use.term.suggestion:
        return use.term.suggestion
    return (
        f"Write out what '{written}' stands for. If you use it again, put '{written}' in "
        "brackets after the words the first time."
    )


def _field_uses(field: TextField, index: _Index) -> list[_Use]:
    """The field's acronyms as the index read them, unless its text is not the plan's (a
    field being typed)."""
    read = index.uses.get(field.path)
    if read is not None and read[0] == field.name and read[1] == field.text:
        return read[2]
    return _uses(field.text, field.name, index)


def _uses(text: str, field_name: str, index: _Index) -> list[_Use]:
    """The acronyms in a text, in order, each marked whether it is spelled out there."""
    if not index.finder.may_hold_acronym(text) or _shouting(text):
        return []  # none, or written in capitals throughout (every word would look like one)
    uses = []
    generic = field_name != "childs_views"  # a child's own words are full of brand names
    for term, key, start, end in index.finder.find(text, generic):
        written = text[start:end]
        if written in index.initials or written.rstrip("s") in index.initials:
            continue  # someone's initials: anonymised plans call Sarah Smith 'SS'
        uses.append(_Use(key, start, end, _explained(text, start, end, key), term))
    return uses


def _shouting(text: str) -> bool:
    upper = sum(map(len, _UPPER.findall(text)))
    if upper < 8:
        return False  # too few capitals to be 60% of the 12 letters or more it needs
    lower = sum(map(len, _LOWER.findall(text)))
    return upper + lower >= 12 and upper > 0.6 * (upper + lower)


def _explained(text: str, start: int, end: int, acronym: str) -> bool:
    """'Health Visitor (HV)', 'HV (Health Visitor)', 'HV – Health Visitor', or the
    brackets after the word the acronym goes with: 'TAC meeting (team around the child)'."""
    letters = "".join(_LETTERS.findall(acronym)).upper()
    opening = re.search(r"\(\s*(?:(?:also\s+)?(?:known\s+as|called|or|aka)\s+)?$", text[:start])
    if opening and re.match(r"\s*\)", text[end:]):
        before = _LETTERS.findall(text[max(0, opening.start() - 150) : opening.start()])
        return _initials_match(list(reversed(before)), letters[::-1])
    after = re.match(r"\s*(?:(?:[A-Za-z]+\s+){0,2}?\(|[-–—:]\s)\s*([^()\n.;]{3,150})", text[end:])
    if after:
        return _initials_match(_LETTERS.findall(after.group(1)), letters)
    return False


def _initials_match(words: list[str], letters: str) -> bool:
    """Whether the words, read in order, begin with the letters; small words may be skipped
    ('Child and Adolescent Mental Health Services' is CAMHS, 'Speech and Language Therapy'
    is SALT)."""
    if not letters:
        return True
    if not words:
        return False
    word, rest = words[0], words[1:]
    if word[0].upper() == letters[0] and _initials_match(rest, letters[1:]):
        return True
    return word.lower() in _SMALL_WORDS and _initials_match(rest, letters)


def _strings(value: object) -> frozenset[str]:
    if isinstance(value, Iterable) and not isinstance(value, str):
        return frozenset(str(v) for v in value)
    return frozenset()


def _initials(plan: Plan) -> frozenset[str]:
    """Initials of the people in the plan."""
    found = set()
    for name in [plan.child.name, *(person.name for person in plan.people)]:
        parts = [p for p in _LETTERS.findall(name) if p[0].isupper() and p not in _TITLES]
        if len(parts) >= 2:
            found.add("".join(p[0] for p in parts))
            found.add(parts[0][0] + parts[-1][0])
    return frozenset(found)


@functools.cache
def _easy_words() -> frozenset[str]:
    """About 3,000 everyday English words (the Dale-Chall list shipped with textstat):
    'HOME' or 'NOT' in capitals is emphasis, not an acronym."""
    try:
        words = resources.files("textstat").joinpath("resources/en/easy_words.txt")
        text = words.read_text("utf-8")
    except (FileNotFoundError, ModuleNotFoundError):  # a textstat without its word list
        return frozenset()
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


@dataclass(frozen=True)
class _Index:
    """For one plan and one configuration: where each acronym is first used and first
    spelled out, by reading order (practitioner notes left out: the family does not see
    them)."""

    finder: _Finder
    initials: frozenset[str]
    order: dict[str, int]
    explained: dict[str, int]
    plain: dict[str, int]
    uses: dict[str, tuple[str, str, list[_Use]]]  # path -> field name, text, its acronyms


# One index per check (the engine makes a rule's context once a check): a plan of thousands
# of fields is read once, and each field's acronyms are not read again in ``check``.
_INDEXES: dict[int, tuple[weakref.ref[Context], _Index]] = {}


# One finder per configuration (its word list and options), made once, not once a check.
_FINDERS: dict[tuple[int, int], tuple[object, object, _Finder]] = {}


def _finder(ctx: Context) -> _Finder:
    terms, options = ctx.terms, ctx.options
    kept = _FINDERS.get((id(terms), id(options)))
    if kept is not None and kept[0] is terms and kept[1] is options:
        return kept[2]
    assert terms is not None
    everyday = _strings(options.get("everyday", EVERYDAY)) | _strings(
        options.get("also_everyday", [])
    )
    finder = _Finder(terms, everyday, bool(options.get("flag_unknown", True)))
    if len(_FINDERS) > 64:
        _FINDERS.clear()
    _FINDERS[(id(terms), id(options))] = (terms, options, finder)
    return finder


def _index(ctx: Context) -> _Index:
    cached = _INDEXES.get(id(ctx))
    if cached is not None and cached[0]() is ctx:
        return cached[1]
    plan = ctx.plan
    index = _Index(_finder(ctx), _initials(plan), {}, {}, {}, {})
    fields = ctx.fields or list(plan.texts())
    for i, field in enumerate(f for f in fields if f.name != "practitioner_notes"):
        index.order[field.path] = i
        uses = _uses(field.text, field.name, index)
        index.uses[field.path] = (field.name, field.text, uses)  # read once, not again in check
        for use in uses:
            if use.explained:
                index.explained.setdefault(use.key, i)
            elif field.name in FAMILY_TEXT:
                index.plain.setdefault(use.key, i)
    if len(_INDEXES) > 64:
        _INDEXES.clear()
    _INDEXES[id(ctx)] = (weakref.ref(ctx), index)
    return index


_SPELLED_OUT = """
worries:
  - "Jimmy has waited a year to see the Child and Adolescent Mental Health Services (CAMHS)."
"""

RULE = Rule(
    slug="unexplained-acronym",
    kind="wording",
    severity=Severity.WARNING,
    fields=FAMILY_TEXT,
    summary="Abbreviations the family may not know (CAMHS, ICPC, CIN, LAC, SENCO), with the "
    "expansion.",
    message="'{text}' is an abbreviation the family may not know.",
    why=(
        "Professional abbreviations are a private language: a parent who reads 'ICPC' or "
        "'PLO' cannot tell what is going to happen to their family. Spell each one out the "
        "first time it is used in the plan (in reading order), with the abbreviation in "
        "brackets if you want to use it again; after that it is not flagged. Only the first "
        "unexplained use is flagged. Everyday abbreviations (GP, NHS, TV, ADHD) are on the "
        "`everyday` list and are never flagged; other runs of two to four capitals that are "
        "not on either list are flagged too (option `flag_unknown`), except people's "
        "initials, words in capitals for emphasis, and in the child's own views. Practitioner "
        "notes are not read, and an expansion there does not count, because the family does "
        "not see them."
    ),
    sources=(
        Source(
            "003",
            "Don't use words like 'appropriate' (in whose view?) and vague professional acronyms",
        ),
        Source(
            "001",
            "If they can’t understand what is being asked of them, how are they going to make "
            "progress?",
        ),
    ),
    terms=TERMS,
    check=check,
    options={"everyday": EVERYDAY, "also_everyday": [], "flag_unknown": True},
    flags=(
        Example("Priya will refer Jimmy to CAMHS by 4 December 2026.", "action"),
        Example("If things do not improve, an ICPC will be held.", "contingency"),
        Example("Ann March, SENCO, will meet Sarah every Friday.", "action"),
        Example("Jimmy will have an EHCP by the end of the summer term.", "outcome"),
        Example("Jimmy has heard DV at home on at least three occasions.", "worries"),
        Example(
            "Jimmy's name will go to the VPP for a school place.",
            "action",
            note="not on the list, but still capitals the family may not know",
        ),
    ),
    passes=(
        Example("Dr Asha Patel (GP) will see Jimmy every month.", "action"),
        Example(
            "Priya will refer Jimmy to the Child and Adolescent Mental Health Services (CAMHS).",
            "action",
        ),
        Example(
            "CAMHS will see Jimmy by 15 January 2027.",
            "action",
            plan=_SPELLED_OUT,
            note="spelled out earlier in the plan, in the worries",
        ),
        Example("Jimmy goes to St Mary's CE Primary School.", "strengths"),
        Example("Sarah must NOT leave Jimmy ALONE in the bath.", "action"),
        Example("Jimmy loves LEGO and wants a PS5 for his birthday.", "childs_views"),
        Example("HV (Health Visitor) will weigh Lily every week.", "action"),
    ),
)
