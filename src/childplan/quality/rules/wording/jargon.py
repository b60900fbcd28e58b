"""jargon: professional phrases that mean little to a family, each with a plain alternative."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.rule import FAMILY_TEXT, Context, Example, Hit, Rule, Severity, Source
from childplan.quality.rules.wording.vague_word import RULE as VAGUE_WORD
from childplan.quality.terms import POSSESSIVE, Term, with_triggers

PLAIN = "Say it in the everyday words the family would use."

TERMS = (
    Term("holistic", replacement="covering every part of {child}'s life"),
    Term(
        "multi-agency",
        pattern=r"(?<![\w-])(?:multi|inter)[-\s]?(?:agency|disciplinary|professional)(?![\w-])",
        replacement="everyone who works with {child} (name them, e.g. school and health visitor)",
    ),
    Term(
        "step down",
        pattern=r"(?<![\w-])step(?:s|ped|ping)?[-\s]?down(?![\w-])(?!\s+(?:from|as)\b)",
        replacement="when the social worker stops visiting, and who will carry on helping",
    ),
    Term(
        "step up",
        pattern=r"(?<![\w-])(?:step(?:s|ped|ping)?[-\s]up\s+to\s+(?:a\s+)?(?:child\s+protection|"
        r"CP|CIN|child\s+in\s+need|statutory|social\s+care|level|tier)|step-ups?)(?![\w-])",
        replacement="if things do not get better, what will happen next and who will do it",
    ),
    Term(
        "escalate",
        pattern=r"(?<![\w-])(?:escalat(?:e|es|ed|ing|ion)|de-?escalat(?:e|es|ed|ing|ion))(?![\w-])",
        replacement="if things get worse, who will do what",
    ),
    Term(
        "threshold",
        pattern=r"(?<![\w-])(?<!door\s)thresholds?(?![\w-])",
        replacement="serious enough for",
    ),
    Term("statutory", replacement="required by law"),
    Term(
        "section 47",
        pattern=r"(?<![\w'’-])(?:section\s*|s\.\s?|s)47(?!\w)",
        replacement="child protection enquiries, when we find out whether {child} is being harmed",
    ),
    Term(
        "section 20",
        pattern=r"(?<![\w'’-])(?:section\s*|s\.\s?|s)20(?!\w)",
        replacement="{child} living away from home with your agreement",
    ),
    Term(
        "section 17",
        pattern=r"(?<![\w'’-])(?:section\s*|s\.\s?|s)17(?!\w)",
        replacement="help for a child in need",
    ),
    Term(
        "section 31",
        pattern=r"(?<![\w'’-])(?:section\s*|s\.\s?|s)31(?!\w)",
        replacement="a care order made by the court",
    ),
    Term(
        "emotional well-being",
        pattern=r"(?<![\w-])emotional[-\s]+well[-\s]?being(?![\w-])",
        replacement="how {child} feels (say what you would see: calmer, sleeping, laughing)",
    ),
    Term(
        "engage with",
        pattern=r"(?<![\w-])(?:engag(?:e|es|ed|ing)\s+(?:with|in)(?!\s+(?:(?:his|her|their|the)\s+)?"
        r"(?:school|education|learning|lessons?|class(?:work)?|play)\b)|"
        r"engagement(?!\s+(?:ring|party)))(?![\w-])",
        replacement="go to, meet or talk with (say which, and how often)",
    ),
    Term(
        "safeguarding",
        pattern=r"(?<![\w-])safeguard(?:ing|ed|s)?(?![\w-])",
        replacement="keeping {child} safe",
    ),
    Term(
        "intervention",
        pattern=r"(?<![\w-])interventions?(?![\w-])",
        replacement="the help on offer (say what it is)",
    ),
    Term(
        "package of support",
        pattern=r"(?<![\w-])(?:packages?\s+of\s+(?:support|care|services|help|intervention)|"
        r"(?:support|care|service)\s+packages?)(?![\w-])",
        replacement="the help on offer (list it: who, what and how often)",
    ),
    Term("lived experience", replacement="what life is like for {child} each day"),
    Term(
        "protective factors",
        pattern=r"(?<![\w-])protective\s+factors?(?![\w-])",
        replacement="what is helping to keep {child} safe",
    ),
    Term(
        "risk factors",
        pattern=r"(?<![\w-])risk\s+factors?(?![\w-])",
        replacement="what makes harm more likely",
    ),
    Term(
        "presenting needs",
        pattern=r"(?<![\w-])presenting\s+(?:needs|issues|concerns|problems|behaviours?)(?![\w-])",
        replacement="what {child} needs",
    ),
    Term(
        "presented as",
        pattern=r"(?<![\w-])present(?:s|ed|ing)?\s+as(?![\w-])",
        replacement="seemed, looked or sounded (say what you saw or heard)",
    ),
    Term("parenting capacity", replacement="how well the parents can look after {child}"),
    Term(
        "capacity to change",
        pattern=r"(?<![\w-])capacity\s+(?:to|for)\s+change(?![\w-])",
        replacement="whether the family can make these changes",
    ),
    Term("significant harm", replacement="serious harm"),
    Term("cumulative harm", replacement="harm that builds up over time"),
    Term(
        "co-production",
        pattern=r"(?<![\w-])co-?produc(?:e|ed|es|ing|tion)(?![\w-])",
        replacement="working it out together",
    ),
    Term(
        "signpost",
        pattern=r"(?<![\w-])signpost(?:s|ed|ing)?(?![\w-])",
        replacement="give the family the details of (name the service and how to contact it)",
    ),
    Term(
        "child-centred",
        pattern=r"(?<![\w-])child[-\s]?(?:centred|centered|focused|focussed)(?![\w-])",
        replacement="focused on {child}",
    ),
    Term(
        "wrap-around",
        pattern=r"(?<![\w-])wrap[-\s]?around(?![\w-])"
        r"(?!\s+(?:(?:child)?care|club|provision|breakfast|after[-\s]school)\b)",
        replacement="help from several people at once (name them)",
    ),
    Term(
        "evidence-based",
        pattern=r"(?<![\w-])evidence[-\s]based(?![\w-])",
        replacement="tested and shown to work",
    ),
    Term(
        "universal services",
        replacement="the services every family uses, such as the GP, school and health visitor",
    ),
    Term(
        "tier 3",
        pattern=r"(?<![\w-])tier\s?[1-4](?![\w-])",
        replacement="the level of help (say what the help is)",
    ),
    Term(
        "case closure",
        pattern=r"(?<![\w-])(?:case\s+closure|clos(?:e|ed|ing)\s+(?:the|this|a)\s+case|"
        r"case\s+(?:will|is|to|can|may|should)\s+(?:be\s+)?clos(?:e|ed)|"
        r"closed\s+to\s+(?:children['’]?s\s+)?(?:social\s+care|services|social\s+work))(?![\w-])",
        replacement="when the social worker stops working with the family",
    ),
    Term(
        "direct work",
        replacement="time spent with {child} talking and playing (say what about)",
    ),
    Term("voice of the child", replacement="what {child} says and wants"),
    Term("basic care needs", replacement="say which: food, washing, clean clothes or sleep"),
    Term(
        "toxic trio",
        replacement="domestic abuse, mental ill health and drug or alcohol use (say which)",
    ),
    Term(
        "adverse childhood experiences",
        replacement="hard things that happened in childhood (say what)",
    ),
    Term(
        "permanence",
        pattern=r"(?<![\w-])permanen(?:ce|cy)(?![\w-])",
        replacement="a settled home for good",
    ),
)
# For each term, pieces of text of which one must be present for it to match.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "holistic": ("holistic",),
    "multi-agency": ("agency", "disciplinary", "professional"),
    "step down": ("down",),
    "step up": ("step",),
    "escalate": ("escalat",),
    "threshold": ("threshold",),
    "statutory": ("statutory",),
    "section 47": ("47",),
    "section 20": ("20",),
    "section 17": ("17",),
    "section 31": ("31",),
    "emotional well-being": ("emotional",),
    "engage with": ("engag",),
    "safeguarding": ("safeguard",),
    "intervention": ("intervention",),
    "package of support": ("package",),
    "lived experience": ("lived",),
    "protective factors": ("protective",),
    "risk factors": ("factor",),
    "presenting needs": ("presenting",),
    "presented as": ("present",),
    "parenting capacity": ("capacity",),
    "capacity to change": ("capacity",),
    "significant harm": ("significant",),
    "cumulative harm": ("cumulative",),
    "co-production": ("produc",),
    "signpost": ("signpost",),
    "child-centred": ("child",),
    "wrap-around": ("wrap",),
    "evidence-based": ("evidence",),
    "universal services": ("universal",),
    "tier 3": ("tier",),
    "case closure": ("case", "closed"),
    "direct work": ("direct",),
    "voice of the child": ("voice",),
    "basic care needs": ("basic",),
    "toxic trio": ("toxic",),
    "adverse childhood experiences": ("adverse",),
    "permanence": ("permanen",),
}

# A title is a name, not jargon: "Designated Safeguarding Lead", "Safeguarding Children
# Partnership", "Emotional Wellbeing Service", "Multi-Agency Safeguarding Hub".
_TITLE_AFTER = re.compile(
    r"[-\s]+(?:(?-i:[A-Z])\w*\s+)*(?:Leads?|Partnership|Board|Teams?|Hub|Officers?|Nurses?|"
    r"Practitioners?|Managers?|Services?|Panel|Unit|Co-?ordinators?|Advisers?|Advisors?|"
    r"Workers?|Forum|Group|Conference|Procedures|Policy)\b"
)
_TITLE_BEFORE = re.compile(r"(?:Designated|Named|Deputy|Head\s+of|Lead\s+for)\s+$")
# vague-word already flags "promote (Emily's) emotional well-being" and "support".
_PROMOTE = re.compile(rf"promot\w*\s+(?:{POSSESSIVE}\s+)?$", re.IGNORECASE)
# "the impact on his son's physical and emotional wellbeing" explains harm; it is not a goal.
_HARM_TO = re.compile(r"(?:impact|effect|affect\w*|harm\w*|damag\w*)\b[^.;]{0,60}$", re.IGNORECASE)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    child = _first_name(ctx.plan.child.name)
    vague_word_reads = VAGUE_WORD.reads(field.name)
    for match in ctx.terms.find(text):
        before = text[: match.start]
        phrase = match.term.phrase
        capitalised = match.text[:1].isupper()
        if capitalised and (_TITLE_AFTER.match(text, match.end) or _TITLE_BEFORE.search(before)):
            continue  # part of a job title or a service's name
        if phrase == "emotional well-being" and (
            (vague_word_reads and _PROMOTE.search(before)) or _HARM_TO.search(before)
        ):
            continue
        if vague_word_reads and phrase == "package of support" and "support" in match.text.lower():
            continue  # vague-word asks what the support is
        yield Hit(match.start, match.end, suggestion=_suggestion(match.term, match.text, child))


def _suggestion(term: Term, found: str, child: str) -> str:
    if term.replacement:
        plain = term.replacement.replace("{child}", child)
        return f"Say it in everyday words, e.g. '{plain}', instead of '{found}'."
    return term.suggestion or PLAIN


def _first_name(name: str) -> str:
    return name.split()[0] if name.strip() else "the child"


RULE = Rule(
    slug="jargon",
    kind="wording",
    severity=Severity.ADVICE,
    fields=FAMILY_TEXT,
    summary="Professional phrases that mean little to a family: holistic, threshold, section 47.",
    message="'{text}' is professional language that may mean little to the family.",
    why=(
        "The family has to understand the plan to make it work. Phrases such as 'holistic', "
        "'step down' or 'section 47' are everyday words to professionals and a closed door "
        "to parents and children. Each word on the list comes with a plain alternative. "
        "Practitioner notes are not checked, because the family does not read them; names of "
        "services and job titles ('Designated Safeguarding Lead') are left alone."
    ),
    sources=(
        Source(
            "003",
            "Be free of jargon and avoid words and phrases that will mean little to the family "
            "or might have different meanings for different professionals",
        ),
        Source(
            "001",
            "Always ask the children and their parents if they understand what is written down "
            "in their plan.",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    suggestion=PLAIN,
    flags=(
        Example("Priya will complete a holistic assessment of the family.", "action"),
        Example("The case will step down to Early Help in March.", "contingency"),
        Example("If things do not improve, we will consider a section 47 enquiry.", "bottom_lines"),
        Example("A multi-agency meeting will be held every six weeks.", "action"),
        Example("Sarah to engage with Turning Point every week.", "action"),
        Example("Jimmy's emotional well-being is affected by the arguments at home.", "reason"),
        Example("The worries do not meet the threshold for a child protection plan.", "worries"),
        Example("Mum presented as low and tearful at the home visit.", "worries"),
    ),
    passes=(
        Example("Priya will ask the school, the GP and Sarah what is going well.", "action"),
        Example(
            "Ann March, Designated Safeguarding Lead, will ring Sarah every Friday.",
            "action",
        ),
        Example("Jimmy will tell Ann March when he feels worried at school.", "outcome"),
        Example(
            "Promote Emily's emotional well-being.",
            "outcome",
            note="vague-word flags this already",
        ),
        Example(
            text=None,
            plan="practitioner_notes: 'Holistic multi-agency work; step down when threshold "
            "no longer met (s47 closed).'",
            note="practitioner notes are for professionals only",
        ),
        Example("Jean will collect Jimmy from wraparound care at 5pm on Mondays.", "action"),
        Example(
            "Tom will be able to explain the impact of the shouting on Jimmy's physical and "
            "emotional wellbeing.",
            "outcome",
        ),
    ),
)
