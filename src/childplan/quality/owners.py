"""Who will do this: reading a ``who`` text against the plan's people.

A plan's ``who`` is free text, and practitioners write it every way there is: "Sarah Smith",
"Mrs March, Head of Year 6", "Jimmy's mother", "Mum", "GP", "school", "Health Visitor Julie",
"Mum/Dad", "Priya Shah (SW) and Sarah". ``owner_of`` says what kind of owner the text names:

- ``named``: one named person: someone in ``plan.people`` (by full name, first name, or title
  and surname), a title and a name ("Mrs March"), capitalised words that are not a job, team or
  family word ("Sarah Smith", "Jimmy"), or any of these with a job beside it ("Lisa Brown,
  Family Support Worker");
- ``family_role``: a unique family role tied to the child ("Mum", "Jimmy's mother",
  "maternal grandmother", "stepdad");
- ``role``: a job title ("health visitor", "GP", "Family Support Worker");
- ``organisation``: an agency, service or team ("school", "CAMHS", "Hill Street Surgery");
- ``group``: several people as one word ("professionals", "parents", "everyone", "the family");
- ``several``: more than one owner ("Sarah Smith and Dr Patel", "Mum/Dad");
- ``unassigned``: a placeholder ("TBC", "someone from school");
- ``unknown``: none of these (left alone by every rule: precision first).

It also says which side the owner is on (the family and its network, or the professionals)
and, for a professional, the agency and the sector it belongs to (health, education,
children's services...), which is what "multi-agency" is about.

The word lists are data (the tuples below); the functions only walk them. Pure Python: no
Django, no I/O.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

from childplan.plan.listmarkers import LIST_MARKER
from childplan.plan.model import Child, Person, Plan

OwnerKind = Literal[
    "named", "family_role", "role", "organisation", "group", "several", "unassigned", "unknown"
]
Side = Literal["family", "professional"]

HEALTH = "health"
EDUCATION = "education"
CHILDRENS = "children's services"
POLICE = "police"
HOUSING = "housing"
PROBATION = "probation"
YOUTH_JUSTICE = "youth justice"
ADULTS = "adult services"

# Titles that make the next word a surname ("Mrs March", "Dr Patel", "PC Jones").
TITLES = (
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "doctor",
    "prof",
    "professor",
    "rev",
    "revd",
    "pc",
    "dc",
    "ds",
    "sgt",
    "cllr",
    "sir",
    "dame",
    "lady",
    "lord",
)

# Family nouns: (what it means, how it is written). Singular; plurals are groups.
FAMILY_WORDS: tuple[tuple[str, str], ...] = (
    ("stepmother", r"step[- ]?(?:mum|mam|mom|mother)"),
    ("stepfather", r"step[- ]?(?:dad|father)"),
    (
        "grandmother",
        r"(?:great[- ])*(?:nan|nana|nanna|nanny|gran|granny|grandma|grandmother|"
        r"grandmum|grandmama|grandmom)|mgm|pgm",
    ),
    (
        "grandfather",
        r"(?:great[- ])*(?:grandad|granddad|grandpa|grandfather|grampa|gramps|"
        r"grandda)|mgf|pgf",
    ),
    ("grandparent", r"(?:great[- ])*grandparent"),
    ("mother", r"mum|mam|mom|mummy|mammy|mommy|mother"),
    ("father", r"dad|daddy|father"),
    ("aunt", r"aunt|auntie|aunty|great[- ]aunt"),
    ("uncle", r"uncle|great[- ]uncle"),
    ("sister", r"(?:half|step)?[- ]?sister|sis"),
    ("brother", r"(?:half|step)?[- ]?brother|bro"),
    ("sibling", r"sibling"),
    ("cousin", r"cousin"),
    ("godparent", r"godmother|godfather|godparent"),
    ("partner", r"partner|boyfriend|girlfriend|husband|wife|fiancee|fiancée"),
    (
        "carer",
        r"(?:foster|kinship|connected|respite|family and friends|special)?[- ]?carer|"
        r"foster (?:mum|dad|mother|father|parent)|special guardian|guardian|"
        r"adoptive (?:mum|dad|mother|father|parent)",
    ),
    ("parent", r"parent"),
    ("friend", r"(?:family )?friend"),
    ("neighbour", r"neighbour"),
    ("child", r"child|young person|yp|son|daughter"),
)
# Words before a family noun that keep it one person tied to the child.
_FAMILY_QUALIFIER = (
    r"maternal|paternal|birth|biological|adoptive|older|younger|elder|eldest|oldest|youngest|"
    r"big|little|main|primary|other|new|current|second|first|great"
)

# Job titles: (canonical, how it is written, sector). Matched against the whole segment,
# after words like "the", "Jimmy's", "allocated", "Year 6".
ROLES: tuple[tuple[str, str, str | None], ...] = (
    ("GP", r"gp|g\.p\.?|general practitioner|family doctor", HEALTH),
    ("health visitor", r"health visitor|hv", HEALTH),
    ("school nurse", r"school nurse|school nursing (?:team|service)? ?nurse", HEALTH),
    ("midwife", r"(?:community |specialist |safeguarding )?midwife", HEALTH),
    (
        "nurse",
        r"(?:community |specialist |practice |mental health |psychiatric |family |"
        r"safeguarding |named |learning disability )?nurse|cpn|fnp",
        HEALTH,
    ),
    ("doctor", r"doctor|dr|consultant|paediatrician|pediatrician|registrar|psychiatrist", HEALTH),
    (
        "therapist",
        r"(?:speech and language |speech & language |occupational |play |family |art |"
        r"drama |music |cbt |systemic )?therap(?:ist|y)|salt|slt|ot|physio(?:therapist)?|"
        r"counsellor|clinician|(?:clinical )?psychologist|dentist|optician|dietitian|dietician|"
        r"health (?:worker|professional|practitioner)|"
        r"(?:camhs|cahms|mental health) (?:worker|practitioner|clinician|professional|lead)",
        HEALTH,
    ),
    ("educational psychologist", r"educational psychologist|ed psych|ep", EDUCATION),
    (
        "SENCO",
        r"senco|sendco|special educational needs co-?ordinator|"
        r"send (?:officer|caseworker|co-?ordinator)|inclusion (?:lead|manager|officer)",
        EDUCATION,
    ),
    (
        "designated safeguarding lead",
        r"dsl|(?:deputy )?designated safeguarding lead|"
        r"safeguarding lead",
        EDUCATION,
    ),
    (
        "head teacher",
        r"head ?teacher|head|(?:deputy|assistant) head(?: ?teacher)?|principal|"
        r"virtual school head",
        EDUCATION,
    ),
    (
        "head of year",
        r"head of (?:year|key stage|house|school|sixth form|department|pastoral|"
        r"inclusion)(?: \w+)?",
        EDUCATION,
    ),
    ("teaching assistant", r"teaching assistant|ta|hlta|learning support assistant|lsa", EDUCATION),
    ("form tutor", r"form tutor|tutor", EDUCATION),
    ("teacher", r"(?:school ?|class |supply |specialist )?teacher", EDUCATION),
    (
        "pastoral lead",
        r"(?:pastoral|attendance) (?:lead|manager|worker|officer|mentor|support|"
        r"co-?ordinator)|learning mentor|mentor|education welfare officer|ewo",
        EDUCATION,
    ),
    (
        "nursery key person",
        r"key person|nursery (?:worker|nurse|manager|practitioner|teacher|"
        r"staff)",
        EDUCATION,
    ),
    (
        "social worker",
        r"(?:children'?s |child and family |supervising |fostering |"
        r"lead |student |locum )?social worker|sw|swr|social work (?:assistant|practitioner)",
        CHILDRENS,
    ),
    (
        "family support worker",
        r"family support (?:worker|practitioner|officer)|fsw|"
        r"family (?:worker|practitioner)|family help (?:worker|practitioner)|"
        r"early help (?:worker|practitioner|officer|co-?ordinator)|ehw|family key ?worker|"
        r"children'?s (?:worker|practitioner)",
        CHILDRENS,
    ),
    (
        "lead practitioner",
        r"lead practitioner|lead professional|family help lead"
        r"(?: practitioner)?|early help lead",
        CHILDRENS,
    ),
    ("parenting worker", r"parenting (?:worker|practitioner|officer)", CHILDRENS),
    (
        "contact supervisor",
        r"contact (?:worker|supervisor)|family time (?:worker|supervisor)",
        CHILDRENS,
    ),
    (
        "personal adviser",
        r"(?:leaving care )?personal advis[eo]r|pa|leaving care (?:worker|advis[eo]r)",
        CHILDRENS,
    ),
    (
        "independent reviewing officer",
        r"iro|independent reviewing officer|"
        r"(?:child protection|cp|conference) chair",
        CHILDRENS,
    ),
    (
        "team manager",
        r"(?:assistant )?team manager|atm|tm|practice (?:manager|supervisor)|"
        r"service manager",
        CHILDRENS,
    ),
    ("residential worker", r"residential (?:worker|key ?worker|staff)", CHILDRENS),
    (
        "police officer",
        r"police (?:officer|constable|liaison officer)|officer in (?:the )?case|"
        r"oic|pcso|police community support officer|detective(?: constable| sergeant)?|"
        r"sergeant|safer neighbourhood officer|school liaison officer",
        POLICE,
    ),
    (
        "housing officer",
        r"housing (?:officer|worker|support (?:worker|officer)|manager|"
        r"advis[eo]r)|tenancy (?:officer|support worker)|landlord",
        HOUSING,
    ),
    ("probation officer", r"probation (?:officer|practitioner|worker)|offender manager", PROBATION),
    (
        "youth justice worker",
        r"(?:yot|yos) (?:worker|officer|practitioner)|"
        r"youth (?:offending|justice) (?:worker|officer|practitioner)",
        YOUTH_JUSTICE,
    ),
    ("care co-ordinator", r"care co-?ordinator|adult social worker", ADULTS),
    (
        "domestic abuse worker",
        r"idva|isva|domestic (?:abuse|violence) (?:worker|practitioner|"
        r"advocate|advis[eo]r|officer)",
        None,
    ),
    (
        "substance misuse worker",
        r"drug (?:and alcohol )?worker|alcohol worker|"
        r"substance misuse (?:worker|practitioner)|recovery (?:worker|co-?ordinator)",
        None,
    ),
    (
        "worker",
        r"(?:key |support |outreach |youth |link |duty |specialist |project |"
        r"community |case |play |advocacy )?(?:worker|officer|practitioner|advis[eo]r|"
        r"co-?ordinator|professional|advocate|volunteer|caseworker)|member of staff|staff member|"
        r"manager|chair|interpreter|key ?worker|(?:contact )?supervisor|referrer|"
        r"(?:(?:early years|childcare|child care|nursery|service|care|education|training) )?"
        r"providers?",
        None,
    ),
)
_ROLE_QUALIFIER = (
    r"allocated|named|lead|link|duty|acting|new|current|senior|specialist|assistant|relevant|"
    r"designated|appointed|identified|locum|student|main|school|class|community|hospital|"
    r"consultant|named|leaving care|child safety|safeguarding|hospital safeguarding|"
    r"(?:year|yr|y) ?\d+|reception|nursery"
)

# Several people as one word. (phrase, side)
GROUPS: tuple[tuple[str, Side | None], ...] = (
    (
        r"professionals?|professional network|(?:partner )?agencies|partners|partner agencies|"
        r"parties|core group(?: members)?|team around the (?:family|child)|taf|tac|"
        r"multi[- ]?agency(?: team| group| partners| network)?|staff|school staff|teachers|"
        r"workers|practitioners|team|meeting|attendees|members|health professionals|"
        r"(?:cin|child in need|cp|child protection) (?:group|network|meeting)",
        "professional",
    ),
    (
        r"family|families|family members|wider family|whole family|extended family|household|"
        r"network|safety network|support network|family network|family and friends|"
        r"parents?(?: ?(?:and|&|/) ?carers?)|parents|carers|foster carers|grandparents|siblings|"
        r"children|young people|adults|the adults",
        "family",
    ),
    (
        r"everyone|everybody|all|both|we|us|others|all of us|professionals and family|"
        r"family and professionals|everyone involved|all involved",
        None,
    ),
)
_GROUP_PREFIX = r"(?:all(?: of)?(?: the)?|the|both|every|relevant|any|other|those)\s+"
_GROUP_SUFFIX = r"\s+(?:involved|concerned|present|at the meeting|working with (?:the )?family)$"

# Words that say nobody is named yet.
PLACEHOLDERS = (
    r"t\.?b\.?[cad]\.?|to be (?:confirmed|agreed|decided|allocated|arranged|identified|determined)|"
    r"unknown|not known|n/?a|none|nobody|no ?one|unallocated|not (?:yet )?allocated|"
    r"someone|somebody|anyone|anybody|whoever|"
    r"(?:a |an )?(?:worker|professional|member of staff|staff member|volunteer)(?: from .+)?|"
    r"someone (?:from|at|in) .+|\?+|-+|x+|\.+"
)

# Agencies, services and teams written without a name ("school", "CAMHS", "the council").
ORGANISATIONS: tuple[tuple[str, str | None], ...] = (
    (
        r"schools?|nursery|college|academy|pre-?school|primary(?: school)?|secondary(?: school)?|"
        r"sixth form|university|pru|pupil referral unit|education|virtual school|send team",
        EDUCATION,
    ),
    (
        r"(?:gp |doctor'?s? )?surgery|gp practice|doctors'?|medical centre|health centre|"
        r"hospital|a ?& ?e|health|health visiting(?: team| service)?|"
        r"school nursing(?: team| service)?|midwifery|maternity|camhs|cahms|nhs|"
        r"(?:community )?paediatrics|ambulance|mental health(?: team| services?)?|"
        r"(?:adult |child and adolescent )?mental health services?",
        HEALTH,
    ),
    (r"adult services|adult social care|adults'? services|adult mental health", ADULTS),
    (
        r"children'?s services|childrens services|children'?s? social care|social care|"
        r"social services|social services department|ssd|social work|"
        r"csc|la|local authority|council|early help|family help|"
        r"family support|mash|front door|children'?s centre|family hub|sure start|fostering|"
        r"leaving care|edge of care|children and families",
        CHILDRENS,
    ),
    (r"police|constabulary", POLICE),
    (r"probation", PROBATION),
    (r"yot|yos|youth offending(?: team| service)?|youth justice(?: service)?", YOUTH_JUSTICE),
    (r"housing|housing association|dwp|job ?centre|jobcentre plus", HOUSING),
    (r"substance misuse(?: service)?|drug and alcohol(?: service)?|domestic abuse service", None),
)
# Voluntary and national services with names that would otherwise read as a person's name.
# owner-not-named offers these as its terms, so a local authority can add its own
# ("Compass", "Horizons").
NAMED_SERVICES = (
    "Barnardo's",
    "Barnardos",
    "NSPCC",
    "Women's Aid",
    "Action for Children",
    "Home-Start",
    "Homestart",
    "Refuge",
    "Relate",
    "Mind",
    "YoungMinds",
    "Young Minds",
    "Family Action",
    "The Children's Society",
    "Children's Society",
    "Turning Point",
    "Change Grow Live",
    "CGL",
    "We Are With You",
    "Addaction",
    "Red Cross",
    "Citizens Advice",
    "Samaritans",
    "Shelter",
    "Kooth",
    "Pause",
    "SafeLives",
    "Victim Support",
    "Gingerbread",
    "Family Lives",
    "Catch22",
    "Childline",
    "YMCA",
    "Salvation Army",
    "Young Carers",
    "Sure Start",
    "Foodbank",
    "Food Bank",
)
# The last word of an organisation's name ("Hill Street Surgery", "Early Help Team").
ORGANISATION_ENDINGS = (
    r"school|academy|surgery|practice|services?|team|trust|council|project|centre|center|"
    r"hospital|nursery|college|police|aid|clinic|unit|hub|partnership|foundation|association|"
    r"society|charity|department|dept|board|agency|authority|office|constabulary|university|"
    r"pre-?school|primary|infants?|juniors?|federation|church|mosque|temple|gurdwara|"
    r"synagogue|library|bank|cic|ltd|limited|programme|initiative|group|network|camhs|nhs|"
    r"care|plus|direct|line|housing|homes|place|house"
)
# An agency's sector, read from its name (first match wins).
SECTOR_KEYWORDS: tuple[tuple[str, str], ...] = (
    (r"adult social care|adult services|adults'? services", ADULTS),
    (r"police|constabulary", POLICE),
    (r"probation", PROBATION),
    (r"youth (?:offending|justice)|\byot\b|\byos\b", YOUTH_JUSTICE),
    (
        r"camhs|cahms|\bnhs\b|surgery|hospital|clinic|medical|health|midwi|maternity|"
        r"\bgp\b|paediatric|dental|ambulance|(?<!\w)practice$",
        HEALTH,
    ),
    (
        r"school|academy|college|nursery|pre-?school|primary|infants?\b|juniors?\b|university|"
        r"education|sixth form|\bpru\b",
        EDUCATION,
    ),
    (
        r"children'?s services|childrens services|social care|social services|social work|"
        r"early help|family help|family support|\bmash\b|front door|council|local authority|"
        r"children and families|children'?s centre|family hub|fostering|leaving care|\bcsc\b",
        CHILDRENS,
    ),
    (r"housing", HOUSING),
)

_EXTRA_COMMON = (
    "the of and for in at on with to from by a an our your their his her its my this that "
    "all any every each both other new year yr team service services children childrens "
    "family families young people person adult adults local county city borough north south "
    "east west central community support help early lead key senior specialist primary "
    "secondary infant junior nursery school education health mental social care services "
    "worker officer practitioner manager visitor nurse teacher doctor head deputy assistant "
    "designated safeguarding pastoral inclusion attendance welfare virtual reception class "
    "form tutor mentor learning speech language occupational therapist therapy drug alcohol "
    "substance misuse domestic abuse violence recovery housing tenancy probation police "
    "youth justice offending leaving independent reviewing officer chair conference core "
    "group network parenting contact time key unit hub centre trust council project "
    "programme partnership surgery practice hospital clinic emergency accident maternity "
    "midwifery paediatrics general practitioner gp camhs nhs early help prevention "
    "intervention outreach advocacy advice guidance specialist multi agency agencies "
    "professional professionals staff member members everyone everybody parents carers "
    "carer foster kinship guardian special parent mum dad mother father nan gran grandma "
    "grandad aunt auntie uncle sister brother cousin partner friend neighbour child "
    "plan review meeting tbc monday tuesday wednesday thursday friday saturday sunday "
    # words that start a sentence or a clause, and the nouns of processes: never a name
    "if when whenever where while whilst should unless until once then but or so as because "
    "after before also however otherwise these those there here it he she they we you "
    "will would can could may might must shall is are was were be been has have had do does "
    "did not no yes please some one two three first next last every "
    "panel conference court order proceedings strategy discussion legal gateway planning "
    "section enquiries outline placement authority case local"
)


@dataclass(frozen=True)
class Owner:
    """What a ``who`` text names (see the module docstring for the kinds)."""

    text: str
    kind: OwnerKind
    person: Person | None = None  # the one person of plan.people it names, if known
    side: Side | None = None  # family and network, or professional; None when unknown/mixed
    role: str | None = None  # canonical job ("GP") or family relationship ("mother")
    agency: str | None = None  # the professional's organisation, as written or recorded
    sector: str | None = None  # health, education, children's services... when known
    is_child: bool = False  # the child the plan is about
    parts: tuple[Owner, ...] = ()  # the owners of a "several"
    helpers: tuple[Owner, ...] = ()  # "Mum, supported by Lisa Brown": Lisa helps

    @property
    def is_named(self) -> bool:
        """One person the family and a review can hold to account."""
        return self.kind in ("named", "family_role")

    @property
    def is_family(self) -> bool:
        return self.side == "family"

    @property
    def is_professional(self) -> bool:
        return self.side == "professional"

    @property
    def agency_key(self) -> str | None:
        """What 'the same agency' compares: the sector when known, else the agency's name."""
        if self.sector:
            return self.sector
        if self.agency:
            return _normal(self.agency)
        return None

    def owners(self) -> tuple[Owner, ...]:
        """The single owners this stands for: its parts when several, else itself."""
        return self.parts or (self,)


@dataclass(frozen=True)
class Mention:
    """A person of the family's network, or a professional, named inside a longer text."""

    start: int
    end: int
    owner: Owner


# ---------------------------------------------------------------------------------------
# Compiled lexicons


def _alternatives(patterns: Iterable[str]) -> str:
    return "|".join(f"(?:{p})" for p in patterns)


_FAMILY_NOUN = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(f"(?P<f{i}>{p})" for i, (_, p) in enumerate(FAMILY_WORDS))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_POSSESSIVE = r"(?:[\w-]+'s?|his|her|their|its|my|our|your)"
_FAMILY_FULL = re.compile(
    # "the mother's friend"; "a" only before those there are several of: "a family friend"
    r"^(?:the\s+|an?\s+(?=(?:family\s+)?(?:friend|neighbour)\b))?"
    rf"(?:{_POSSESSIVE}\s+)?(?:the\s+)?(?:(?:{_FAMILY_QUALIFIER})[\s-]+){{0,2}}"
    rf"(?P<noun>{_alternatives(p for _, p in FAMILY_WORDS)})$",
    re.IGNORECASE,
)
_ROLE_FULL = [
    (
        canonical,
        re.compile(
            rf"^(?:(?:the|a|an|{_POSSESSIVE}|{_ROLE_QUALIFIER})\s+){{0,4}}(?:{pattern})"
            r"(?:\s+(?:for|to|of)\s+(?:the\s+)?(?:child|family|him|her|them))?$",
            re.IGNORECASE,
        ),
        sector,
    )
    for canonical, pattern, sector in ROLES
]
_ROLE_INSIDE = [
    (canonical, re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE), sector)
    for canonical, pattern, sector in ROLES
    if canonical != "worker"
]
_GROUP_FULL = [
    (re.compile(rf"^(?:{_GROUP_PREFIX})*(?:{pattern})(?:{_GROUP_SUFFIX})?$", re.IGNORECASE), side)
    for pattern, side in GROUPS
]
_PLACEHOLDER = re.compile(rf"^(?:{PLACEHOLDERS})$", re.IGNORECASE)
_ANY_WORD = re.compile(r"\w")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_ORGANISATION_FULL = [
    (
        re.compile(
            rf"^(?:(?:the|a|an|{_POSSESSIVE}|local|our)\s+)*(?:{pattern})"
            r"(?:\s+(?:team|service|services|staff))?$",
            re.IGNORECASE,
        ),
        sector,
    )
    for pattern, sector in ORGANISATIONS
]
_ORGANISATION_ENDING = re.compile(rf"(?<![\w-])(?:{ORGANISATION_ENDINGS})$", re.IGNORECASE)
_SECTORS = [(re.compile(pattern, re.IGNORECASE), sector) for pattern, sector in SECTOR_KEYWORDS]
_TITLE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(TITLES)})\.?\s+(?P<name>[A-Z][\w'’-]*)", re.IGNORECASE
)
_BARE_TITLE = re.compile(rf"^(?:{'|'.join(TITLES)})\.?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_ACRONYM = re.compile(r"^[A-Z]{2,6}s?$")
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")


def _lexicon_words() -> frozenset[str]:
    sources = [_EXTRA_COMMON, *TITLES]
    sources += [p for _, p in FAMILY_WORDS] + [p for _, p, _ in ROLES]
    sources += [p for p, _ in GROUPS] + [p for p, _ in ORGANISATIONS]
    sources += [ORGANISATION_ENDINGS, _FAMILY_QUALIFIER, _ROLE_QUALIFIER]
    return frozenset(w for source in sources for w in re.findall(r"[a-z]{2,}", source))


COMMON_WORDS = _lexicon_words()

# Where a who text stops naming someone and starts saying what or when.
_TAIL = re.compile(
    r"\s+(?:will|shall|to\s+(?!be\b)[a-z]+|within|before|until|every|each|daily|weekly|"
    r"fortnightly|monthly|asap|immediately|ongoing|w/c|"
    r"by\s+(?=\d|the\b|end|next|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar\b|march \d|apr|"
    r"may\b|jun|jul|aug|sep|oct|nov|dec)|on\s+(?=\d|mon|tue|wed|thu|fri|sat|sun))\b.*$",
    re.IGNORECASE | re.DOTALL,
)
# Two-letter job abbreviations written with a slash, which would read as two people.
_SLASHED = re.compile(r"(?<![\w/])(?:s/w|h/v|f/s/w|l/a|y/p)(?![\w/])", re.IGNORECASE)
_LABEL = re.compile(
    r"^\s*(?:who|by|lead|owner|responsible(?: person)?|action by)\s*[:\-–]\s*", re.IGNORECASE
)
_HELP = re.compile(
    r"\s*,?\s+(?:with (?:support|help) (?:from|of)|with the (?:support|help) of|"
    r"supported by|helped by|assisted by|alongside|with)\s+",
    re.IGNORECASE,
)
_HELP_IN_BRACKETS = re.compile(
    r"\(\s*((?:with|supported|helped|assisted|alongside)\b[^)]*)\)", re.IGNORECASE
)
# A helper named after the owner with what they do: "Stacey, Lisa Brown to help", "Stacey
# (Helen Grey to drive her)", "Stacey - Helen Grey goes with her".
_HELPER_AFTER = re.compile(
    r"^(?P<main>[^,()]+?)\s*(?:,|\(|\s[-–]\s)\s*(?P<helper>[^,()]+?)\s+(?:to\s+help|will\s+help|"
    r"helping|to\s+support|to\s+go\s+with|goes\s+with|will\s+go\s+with|to\s+drive|drives|"
    r"will\s+drive)\b[^()]*\)?\s*$",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(r"\s+(?:and|&|\+|or|plus)\s+|\s*/\s*|\s*\n+\s*", re.IGNORECASE)
_AFFILIATION = re.compile(r"\s+(?:at|from)\s+", re.IGNORECASE)


# ---------------------------------------------------------------------------------------
# The people of a plan, ready to be found in text


@dataclass(frozen=True)
class _NameSearch:
    """One way of writing a person's name, as a regular expression compiled when first
    needed: most of a plan's are never tried, as no text holds the name parts they need."""

    source: str
    alone: bool  # a first name or surname alone (case-sensitive)
    needs: tuple[str, ...]  # lower-case name parts a text must hold for it to match
    needs_title: bool  # "Mrs Smith": the text must hold a title too

    @property
    def pattern(self) -> re.Pattern[str]:
        return _compiled(self.source, 0 if self.alone else re.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    return re.compile(source, flags)


@dataclass(frozen=True)
class _Known:
    person: Person | None  # None for the child
    is_child: bool
    # Full name, title + surname, title + first name, first + surname; then the first name
    # or surname alone, when no one else in the plan shares it.
    searches: tuple[_NameSearch, ...]
    alone_words: frozenset[str]  # the alone ones, for a who that is just "sarah"
    needles: tuple[str, ...] = ()  # lower-case name parts: a text without any cannot match


def _people_index(people: tuple[Person, ...], child: Child) -> list[_Known]:
    entries: list[tuple[Person | None, bool, str]] = [(None, True, child.name)]
    entries += [(person, False, person.name) for person in people]
    split = [(p, c, _name_parts(name), name) for p, c, name in entries]
    counts: dict[str, int] = {}
    for _, _, (first, last, _), _ in split:
        for word in (first, last):
            if word:
                counts[word.lower()] = counts.get(word.lower(), 0) + 1
    index = []
    for person, is_child, (first, last, full), name in split:
        alone_words = frozenset(
            w.lower()
            for w in (first, last)
            if w and counts[w.lower()] == 1 and w.lower() not in COMMON_WORDS
        )
        alone = [w for w in (first, last) if w and w.lower() in alone_words]
        searches = _name_searches(name, first, last, full) + [
            _NameSearch(
                rf"(?<![\w-]){re.escape(w)}(?!['’]s?\b)(?![\w-])", True, (w.lower(),), False
            )
            for w in alone
        ]
        needles = tuple(w.lower() for w in (first, last) if w)
        index.append(_Known(person, is_child, tuple(searches), alone_words, needles))
    return index


def _name_searches(name: str, first: str | None, last: str | None, full: str) -> list[_NameSearch]:
    """Full name, title + surname, title + first name, first name + surname."""
    titles = "|".join(TITLES)
    found: list[tuple[str, tuple[str, ...], bool]] = []
    if full:
        found.append((full, tuple(w.lower() for w in name.replace(",", " ").split()), False))
    if last:
        found.append((rf"(?:{titles})\.?\s+{re.escape(last)}", (last.lower(),), True))
    if first:
        found.append((rf"(?:{titles})\.?\s+{re.escape(first)}", (first.lower(),), True))
        if last:
            pair = rf"{re.escape(first)}\s+{re.escape(last)}"
            found.append((pair, (first.lower(), last.lower()), False))
    return [
        _NameSearch(rf"(?<![\w-])(?:{p})(?!['’]s?\b)(?![\w-])", False, needs, titled)
        for p, needs, titled in found
    ]


def _name_parts(name: str) -> tuple[str | None, str | None, str]:
    """First name, surname and the full name as a pattern, titles left out."""
    raw = name.replace(",", " ").split()
    words = [w for w in raw if not _BARE_TITLE.match(w)]
    if not words:
        return None, None, ""
    titled = bool(raw) and bool(_BARE_TITLE.match(raw[0]))
    if len(words) == 1:
        first, last = (None, words[0]) if titled else (words[0], None)
    else:
        first, last = words[0], words[-1]
    full = r"\s+".join(re.escape(w) for w in raw)
    return first, last, full


def _find_known(text: str, index: list[_Known]) -> _Known | None:
    """The one person of the plan named in the text, the longest name winning."""
    best_length, best = 0, []
    lowered = _normal(text)
    plain = text.lower()
    titled = any(title in plain for title in TITLES)
    for known in index:
        length = max((_match_len(p, text) for p in _possible(known, plain, titled)), default=0)
        if not length:
            alone = _possible(known, plain, titled, alone=True)
            length = max((_alone_len(p, text) for p in alone), default=0)
        if not length and lowered in known.alone_words:
            length = len(lowered)
        if length > best_length:
            best_length, best = length, [known]
        elif length and length == best_length:
            best.append(known)
    if len(best) > 1 and titled:
        best = _by_title(text, best)
    return best[0] if len(best) == 1 else None


def _by_title(text: str, candidates: list[_Known]) -> list[_Known]:
    """'Mrs Smith' where Sarah, Tom and Jimmy are all Smiths: the title says a woman, and
    the plan says which of them is one (a child is not called by a title)."""
    title = _TITLE.search(text)
    gender = _TITLE_GENDER.get(title.group(0).split()[0].lower().rstrip(".")) if title else None
    if gender is None:
        return candidates
    return [
        known
        for known in candidates
        if known.person is not None
        and _RELATION_GENDER.get(family_word(known.person.relationship or "") or "") == gender
    ]


_TITLE_GENDER = {"mr": "male", "mrs": "female", "ms": "female", "miss": "female"}
_RELATION_GENDER = {
    "mother": "female", "stepmother": "female", "grandmother": "female", "aunt": "female",
    "sister": "female", "father": "male", "stepfather": "male", "grandfather": "male",
    "uncle": "male", "brother": "male",
}  # fmt: skip


def _possible(
    known: _Known, lowered: str, titled: bool, alone: bool = False
) -> list[re.Pattern[str]]:
    """The person's patterns (or alone patterns) that can match a text, given the text in
    lower case and whether it holds a title: each needs its name parts and maybe a title."""
    if not any(needle in lowered for needle in known.needles):
        return []
    return [
        search.pattern
        for search in known.searches
        if search.alone == alone
        and all(part in lowered for part in search.needs)
        and (titled or not search.needs_title)
    ]


def _alone_len(pattern: re.Pattern[str], text: str) -> int:
    """A first name or surname alone, not part of someone else's name ('Carol Jones' is not
    Jean Jones)."""
    for match in pattern.finditer(text):
        if _stands_alone(text, match.start(), match.end()):
            return match.end() - match.start()
    return 0


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = re.search(r"([A-Za-z][\w'’-]*)\s+$", text[:start])
    after = re.match(r"\s+([A-Za-z][\w'’-]*)", text[end:])
    return not (
        (before and _is_name_word(before.group(1))) or (after and _is_name_word(after.group(1)))
    )


def _match_len(pattern: re.Pattern[str], text: str) -> int:
    match = pattern.search(text)
    return match.end() - match.start() if match else 0


# ---------------------------------------------------------------------------------------
# Reading one who text


def owner_of(who: str | None, plan: Plan, services: Iterable[str] | None = None) -> Owner:
    """What kind of owner a ``who`` text names, read against the plan's people.

    ``services`` are names of local services that would otherwise read as a person's name
    (default: ``NAMED_SERVICES``).
    """
    text = (who or "").strip()
    if not text or not _ANY_WORD.search(text):
        return Owner(text, "unassigned")
    names = NAMED_SERVICES if services is None else tuple(services)
    return _reader(plan.people, plan.child, names).read(text)


_READERS: dict[tuple[int, int, tuple[str, ...]], tuple[object, object, _Reader]] = {}


def _reader(people: tuple[Person, ...], child: Child, services: tuple[str, ...]) -> _Reader:
    """One reader per plan's people: a plan is checked many times while it is typed.
    Kept by identity, as hashing a long list of people on every call costs more than
    reading the who text."""
    key = (id(people), id(child), services)
    kept = _READERS.get(key)
    if kept is not None and kept[0] is people and kept[1] is child:
        return kept[2]
    if len(_READERS) > 32:
        _READERS.clear()
    reader = _Reader(people, child, services)
    _READERS[key] = (people, child, reader)
    return reader


class _Reader:
    def __init__(self, people: tuple[Person, ...], child: Child, services: Iterable[str]) -> None:
        self.people = people
        self.child = child
        self.index = _people_index(people, child)
        self.read_before: dict[str, Owner] = {}
        names = sorted({_normal(s) for s in services}, key=len, reverse=True)
        self.services = (
            re.compile(rf"^(?:the\s+)?(?:{'|'.join(re.escape(n) for n in names)})$", re.IGNORECASE)
            if names
            else None
        )

    def read(self, text: str) -> Owner:
        """The owner a who text names, remembered: every rule about owners asks again."""
        if text not in self.read_before:
            if len(self.read_before) > 1000:
                self.read_before.clear()
            self.read_before[text] = replace(self.owner(text), text=text)
        return self.read_before[text]

    def owner(self, text: str) -> Owner:
        text = LIST_MARKER.sub("", _LABEL.sub("", text))
        text = _SLASHED.sub(lambda m: m.group(0).replace("/", "").upper(), text)  # S/W: SW
        if text.isupper() and " " in text.strip():
            text = text.title()  # "LISA BROWN, FAMILY SUPPORT WORKER": names read by capitals
        if _PLACEHOLDER.match(_normal(text)):
            return Owner(text, "unassigned")
        text = _HELP_IN_BRACKETS.sub(r", \1", text)
        text = _HELPER_AFTER.sub(r"\g<main>, supported by \g<helper>", text)
        cut = _TAIL.sub("", text).strip(" ,;:-–/")
        text = cut or text
        pieces = _split_top(text, _HELP)
        main = self.several(pieces[0])
        helpers = tuple(self.several(piece) for piece in pieces[1:] if piece.strip())
        return replace(main, helpers=helpers) if helpers else main

    def several(self, text: str) -> Owner:
        """One owner, or several joined by and, &, / or commas."""
        joiners = _CONJUNCTION.findall(_mask_brackets(text))
        parts = [p for p in _split_top(text, _CONJUNCTION) if p.strip()]
        if len(parts) > 1:
            read = [self.part(p) for p in parts]
            if all(r.kind not in ("unknown", "unassigned") for r in read) and not self._one_name(
                text, read
            ):
                slash_only = all("/" in j for j in joiners)
                return _combine(text, read, apposition=slash_only)
        return self.part(text, split=False)

    def _one_name(self, text: str, read: list[Owner]) -> bool:
        """'Children and Families Service', 'Early Help and Prevention Team': one name."""
        if not _ORGANISATION_ENDING.search(text.strip()):
            return False
        if any(r.kind in ("named", "family_role", "role") for r in read):
            return False
        return all(w[0].isupper() or w.lower() in ("and", "of", "for", "&") for w in text.split())

    def part(self, text: str, split: bool = True) -> Owner:
        """One owner, possibly described in several segments: 'Mrs March, Head of Year 6'."""
        segments = [s for s in _segments(text) if s]
        if not segments:
            return Owner(text, "unknown")
        split = split or len(segments) > 1
        read = [
            self.several(s) if split and _CONJUNCTION.search(s) else self.segment(s)
            for s in segments
        ]
        if len(read) == 1:
            return replace(read[0], text=text)
        if any(r.kind == "several" for r in read):  # "Mum and Dad (Sarah and Tom)"
            return _combine(
                text, [r for r in read if r.kind not in ("unknown", "unassigned")], apposition=False
            )
        named = [r for r in read if r.kind == "named"]
        identities = {_identity(r) for r in named}
        if len(identities) > 1:
            return _combine(text, named, apposition=False)
        descriptors = [r for r in read if r.kind != "named"]
        if named:
            return _describe(replace(named[0], text=text), descriptors)
        for kind in ("family_role", "role", "organisation", "group", "unassigned"):
            first = next((r for r in read if r.kind == kind), None)
            if first is not None:
                others = [r for r in read if r is not first]
                return _describe(replace(first, text=text), others)
        return Owner(text, "unknown")

    def segment(self, text: str) -> Owner:
        """One piece of a who text, with no commas or brackets left in it."""
        text = text.strip(" .,;:/")
        affiliation = _split_top(text, _AFFILIATION)
        if len(affiliation) == 2:  # "Lisa from Barnardo's", "teacher at Park School"
            who, where = (self.segment(piece) for piece in affiliation)
            if where.kind == "organisation" and who.kind != "unknown":
                return _describe(replace(who, text=text), [where])
        normal = _normal(text)
        if _PLACEHOLDER.match(normal):
            return Owner(text, "unassigned")
        if normal in ("dr", "doctor"):
            return Owner(text, "role", side="professional", role="doctor", sector=HEALTH)
        if _BARE_TITLE.match(normal):
            return Owner(text, "named")  # "Mr" of "Mr and Mrs Smith"
        known = _find_known(text, self.index)
        if known is not None:
            return self._known(text, known)
        if _TITLE.search(text):
            return self._with_descriptors(text, Owner(text, "named"))
        if self.services is not None and self.services.match(normal):
            return Owner(
                text, "organisation", side="professional", agency=text, sector=sector_of(text)
            )
        for pattern, side in _GROUP_FULL:
            if pattern.match(normal):
                return Owner(text, "group", side=side)
        family = _FAMILY_FULL.match(normal)
        if family:
            return self.family(text, family.group("noun"))
        for canonical, pattern, sector in _ROLE_FULL:
            if pattern.match(normal):
                return Owner(text, "role", side="professional", role=canonical, sector=sector)
        for org_pattern, sector in _ORGANISATION_FULL:
            if org_pattern.match(normal):
                return Owner(
                    text,
                    "organisation",
                    side="professional",
                    agency=text,
                    sector=sector or sector_of(text),
                )
        if _ORGANISATION_ENDING.search(normal) and _looks_like_a_name(text):
            return Owner(
                text, "organisation", side="professional", agency=text, sector=sector_of(text)
            )
        plural = _plural_role(normal)
        if plural is not None:
            return Owner(text, "group", side="professional", role=plural[0], sector=plural[1])
        if _ACRONYM.match(text):
            return Owner(text, "unknown")  # initials, or a local acronym: not a guess to make
        if _name_words(text):
            return self._with_descriptors(text, Owner(text, "named"))
        return Owner(text, "unknown")

    def _known(self, text: str, known: _Known) -> Owner:
        if known.is_child:
            return Owner(text, "named", side="family", role="child", is_child=True)
        person = known.person
        assert person is not None
        return self._with_descriptors(text, owner_for_person(person, text))

    def family(self, text: str, noun: str) -> Owner:
        relation = family_word(noun) or noun.lower()
        if relation == "child":
            return Owner(text, "family_role", side="family", role="child", is_child=True)
        person = None
        ties_to_child = _ties_to_child(text, self.child)
        if ties_to_child:
            candidates = [
                p
                for p in self.people
                if p.relationship and _same_relation(text, relation, p.relationship)
            ]
            person = candidates[0] if len(candidates) == 1 else None
        return Owner(text, "family_role", person=person, side="family", role=relation)

    def _with_descriptors(self, text: str, owner: Owner) -> Owner:
        """A named segment may carry its job or relationship: 'Health Visitor Julie'."""
        if owner.side is not None:
            return owner
        for canonical, pattern, sector in _ROLE_INSIDE:
            if pattern.search(text):
                return replace(owner, side="professional", role=canonical, sector=sector)
        relation = family_word(text)
        if relation:
            return replace(owner, side="family", role=relation)
        return owner


def owner_for_person(person: Person, text: str | None = None) -> Owner:
    """The owner a person of ``plan.people`` is."""
    if person.is_professional:
        return Owner(
            text or person.name,
            "named",
            person=person,
            side="professional",
            role=person.role,
            agency=person.agency,
            sector=sector_of(person.agency) if person.agency else role_sector(person.role),
        )
    relation = family_word(person.relationship or "") or person.relationship
    return Owner(text or person.name, "named", person=person, side="family", role=relation)


def _describe(owner: Owner, descriptors: Iterable[Owner]) -> Owner:
    """Fill in side, role and agency from the other segments of the same owner."""
    for d in descriptors:
        if d.kind in ("role", "organisation", "family_role", "named"):
            side = owner.side or d.side
            role = owner.role or (d.role if d.kind != "organisation" else None)
            agency = owner.agency or d.agency
            sector = owner.sector or d.sector
            owner = replace(owner, side=side, role=role, agency=agency, sector=sector)
    return owner


def _combine(text: str, parts: list[Owner], apposition: bool) -> Owner:
    """Several owners, unless they all are one person ('Sarah Smith / Mum')."""
    parts = [single for part in parts for single in part.owners()]
    distinct: list[Owner] = []
    for part in parts:
        if not any(_same_owner(part, seen) for seen in distinct):
            distinct.append(part)
    if apposition and len(distinct) > 1:
        named = [p for p in distinct if p.kind == "named"]
        others = [p for p in distinct if p.kind != "named"]
        if len(named) == 1 and all(_could_describe(o, named[0]) for o in others):
            distinct = named
    if len(distinct) == 1:
        return replace(_describe(distinct[0], parts), text=text)
    sides = {p.side for p in distinct}
    side = sides.pop() if len(sides) == 1 else None
    return Owner(text, "several", side=side, parts=tuple(distinct))


def _same_owner(a: Owner, b: Owner) -> bool:
    if a.person is not None and a.person is b.person:
        return True
    if a.is_child and b.is_child:
        return True
    return a.kind == b.kind and a.kind != "named" and _normal(a.text) == _normal(b.text)


def _could_describe(descriptor: Owner, named: Owner) -> bool:
    """Whether 'Mum' or 'SW' could be another way of writing the named person."""
    if descriptor.kind == "family_role":
        if named.person is None:
            return named.side != "professional"
        return bool(named.person.relationship) and descriptor.role == family_word(
            named.person.relationship or ""
        )
    if descriptor.kind == "role":
        if named.person is None:
            return named.side != "family"
        return named.person.is_professional and (
            role_of(named.person.role or "") == descriptor.role
        )
    return False


def _identity(owner: Owner) -> str:
    if owner.person is not None:
        return f"person:{id(owner.person)}"
    if owner.is_child:
        return "child"
    return _normal(owner.text)


# ---------------------------------------------------------------------------------------
# Finding people inside longer text (a contingency plan, an action)


@functools.cache
def _family_noun_alone() -> re.Pattern[str]:
    """A family noun as _family_mention finds it, without the words before it (it is never
    preceded by a letter there), in lower-case text: a quick search that rules most texts
    out. Only for ASCII text, where lower case is what IGNORECASE compares."""
    return re.compile(rf"(?<!\w)(?:{_alternatives(p for _, p in FAMILY_WORDS)})s?(?![\w-])")


@functools.cache
def _family_mention() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w-])(?:{_POSSESSIVE}\s+)?(?:(?:{_FAMILY_QUALIFIER})[\s-]+){{0,2}}"
        rf"(?P<noun>{_alternatives(p for _, p in FAMILY_WORDS)})s?(?![\w-])",
        re.IGNORECASE,
    )


def mentions(text: str, plan: Plan) -> list[Mention]:
    """People named in a longer text: the plan's people and child by name, family roles
    ("Jimmy's grandmother", "Mum and Dad"), and capitalised names the plan does not list."""
    reader = _reader(plan.people, plan.child, NAMED_SERVICES)
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, owner: Owner) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        found.append(Mention(start, end, owner))

    lowered = text.lower()
    for start, end, owner in _people_named(text, lowered, reader.index):
        add(start, end, owner)
    has_family_noun = not text.isascii() or _family_noun_alone().search(lowered) is not None
    for match in _family_mention().finditer(text) if has_family_noun else ():
        noun = match.group("noun")
        if family_word(noun) == "child":
            continue  # "the child will be placed...": the child by name counts, not the word
        owner = reader.family(match.group(0), noun)
        add(match.start(), match.end(), owner)
    run: list[re.Match[str]] = []
    for word in [*_CAPITALISED.finditer(text), None]:
        if (
            word is not None
            and _is_name_word(word.group(0))
            and (not run or text[run[-1].end() : word.start()].isspace())
        ):
            run.append(word)
            continue
        if run:
            name = text[run[0].start() : run[-1].end()]
            add(run[0].start(), run[-1].end(), Owner(name, "named"))
        run = [word] if word is not None and _is_name_word(word.group(0)) else []
    return sorted(found, key=lambda m: m.start)


def names_a_professional(text: str, plan: Plan) -> bool:
    """Whether ``mentions`` would find a professional of the plan in the text. Only the
    plan's people can be professionals, and they are found first (a later mention never
    displaces them), so the family words and unknown names are not looked for."""
    reader = _reader(plan.people, plan.child, NAMED_SERVICES)
    taken: list[tuple[int, int]] = []
    for start, end, owner in _people_named(text, text.lower(), reader.index):
        if any(start < e and s < end for s, e in taken):
            continue
        if owner.is_professional:
            return True
        taken.append((start, end))
    return False


def _people_named(text: str, lowered: str, index: list[_Known]) -> Iterator[tuple[int, int, Owner]]:
    """The plan's people and child where the text names them, in the index's order."""
    titled = any(title in lowered for title in TITLES)
    for known in index:
        patterns = [(p, False) for p in _possible(known, lowered, titled)]
        for pattern, alone in patterns + [
            (p, True) for p in _possible(known, lowered, titled, True)
        ]:
            for match in pattern.finditer(text):
                if alone and not _stands_alone(text, match.start(), match.end()):
                    continue
                if known.is_child:
                    owner = Owner(
                        match.group(0), "named", side="family", role="child", is_child=True
                    )
                else:
                    assert known.person is not None
                    owner = owner_for_person(known.person, match.group(0))
                yield match.start(), match.end(), owner


# ---------------------------------------------------------------------------------------
# Small readers the rules share


def family_word(text: str) -> str | None:
    """The canonical family relationship named in a text: 'Nan' -> 'grandmother'.
    The last family noun wins ('mother's partner' -> 'partner')."""
    last = None
    for match in _FAMILY_NOUN.finditer(text):
        last = match
    if last is None:
        return None
    for i, (canonical, _) in enumerate(FAMILY_WORDS):
        if last.group(f"f{i}"):
            return canonical
    return None  # pragma: no cover - one group always matched


@functools.lru_cache(maxsize=4096)
def role_of(text: str) -> str | None:
    """The canonical job a text names ('Health Visitor' -> 'health visitor'), if it is one."""
    normal = _normal(text)
    for canonical, pattern, _ in _ROLE_FULL:
        if pattern.match(normal):
            return canonical
    for canonical, inside, _ in _ROLE_INSIDE:
        if inside.search(normal):
            return canonical
    return None


@functools.lru_cache(maxsize=4096)
def role_sector(role: str | None) -> str | None:
    if not role:
        return None
    normal = _normal(role)
    for _, pattern, sector in _ROLE_FULL:
        if pattern.match(normal):
            return sector
    for _, inside, sector in _ROLE_INSIDE:
        if inside.search(normal):
            return sector
    return None


@functools.lru_cache(maxsize=4096)
def sector_of(agency: str | None) -> str | None:
    """Health, education, children's services... read from an agency's name."""
    if not agency:
        return None
    for pattern, sector in _SECTORS:
        if pattern.search(agency):
            return sector
    return None


def _same_relation(text: str, relation: str, recorded: str) -> bool:
    if family_word(recorded) != relation:
        return False
    sides = (("maternal", r"maternal|\bmg[mf]\b"), ("paternal", r"paternal|\bpg[mf]\b"))
    for side, pattern in sides:
        if re.search(pattern, text, re.IGNORECASE) and side not in recorded.lower():
            return False
    return True


def _ties_to_child(text: str, child: Child) -> bool:
    """'Mum', 'Jimmy's mother', 'his nan': the relation is to the child, not to someone else
    ('Sarah's mother' is Jimmy's grandmother)."""
    possessive = re.match(r"^\s*(?:the\s+)?([\w-]+)['’]s?\s", text)
    if not possessive:
        return True
    owner = possessive.group(1).lower()
    child_names = {w.lower() for w in child.name.split()}
    return owner in child_names | {"child", "childs", "his", "her", "their", "the"}


def _plural_role(normal: str) -> tuple[str, str | None] | None:
    """The job and sector of "social workers", "health visitors", "the contact supervisors":
    everyone with the job, so no one of them in particular."""
    if not normal.endswith("s") or normal.endswith("ss"):
        return None
    for canonical, pattern, sector in _ROLE_FULL:
        if pattern.match(normal[:-1]):
            return canonical, sector
    return None


def _looks_like_a_name(text: str) -> bool:
    """Capitalised words, or a lowercase agency noun: 'Hill Street Surgery', 'the surgery'."""
    words = [w for w in _WORD.findall(text) if w.lower() not in ("the", "and", "of", "for", "&")]
    return bool(words) and (all(w[0].isupper() or w[0].isdigit() for w in words) or len(words) <= 2)


def _name_words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text) if _is_name_word(w)]


@functools.lru_cache(maxsize=4096)
def _is_name_word(word: str) -> bool:
    """A capitalised word that no lexicon knows: probably part of someone's name. Kept for
    each word: a plan's names come up in text after text."""
    bare = word.rstrip(".")
    if len(bare) < 2 or not bare[0].isupper():
        return False
    if _POSSESSIVE_END.search(bare):  # "Jimmy's": a possessive, not the owner
        return False
    if _ACRONYM.match(bare):
        return False
    return bare.lower() not in COMMON_WORDS and not _BARE_TITLE.match(bare)


def _normal(text: str) -> str:
    text = text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", text).strip(" .,;:").lower()


def _mask_brackets(text: str) -> str:
    """The text with bracketed parts blanked out, so splitting ignores what they hold."""
    out = []
    depth = 0
    for char in text:
        if char == "(":
            depth += 1
        out.append("_" if depth else char)
        if char == ")" and depth:
            depth -= 1
    return "".join(out)


def _split_top(text: str, pattern: re.Pattern[str]) -> list[str]:
    """Split on a pattern outside brackets."""
    masked = _mask_brackets(text)
    pieces = []
    start = 0
    for match in pattern.finditer(masked):
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return [p.strip() for p in pieces]


_SEGMENT_BREAK = re.compile(r"\s*[,;:]\s*|\s+[-–—]\s+|\s*\(\s*|\s*\)\s*")


def _segments(text: str) -> Iterator[str]:
    """'Mrs March, Head of Year 6' -> 'Mrs March', 'Head of Year 6'; brackets too."""
    for piece in _SEGMENT_BREAK.split(text):
        piece = piece.strip(" .")
        if piece:
            yield piece
