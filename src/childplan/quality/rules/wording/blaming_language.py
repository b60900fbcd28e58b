"""blaming-language: labels that blame a parent or child instead of describing what happened."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.language import quoted_spans, words
from childplan.quality.rule import FAMILY_TEXT, Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, with_triggers

DESCRIBE = (
    "Describe what happened and what might help instead, e.g. 'Mum has not come to the "
    "last three appointments; her social worker will ask her what time and place would "
    "work for her.'"
)

# What a parent "engages with", resists or refuses in professional shorthand.
_SERVICES = (
    r"(?:services?|professionals?|professional\s+(?:involvement|help|advice|support)|agenc(?:y|ies)|"
    r"support|help|advice|change|intervention|involvement|(?:the\s+|this\s+|our\s+)?plan|"
    r"(?:the\s+)?(?:social\s+worker|assessment|core\s+group|health\s+visitor|school|"
    r"local\s+authority)|social\s+(?:care|work(?:ers?)?)(?:\s+involvement)?|"
    r"children['’]?s\s+services|working\s+with\s+\w+)"
)
# Education words: "disengaged from school" describes a child's schooling, a matter for the
# attendance outcomes, not a label on a parent.
_SCHOOL = r"(?:school|education|learning|lessons?|class(?:work)?|college|nursery)"
_NOT_SCHOOL = rf"(?!\s+(?:(?:his|her|their|the)\s+)?{_SCHOOL}\b)"
_ENGAGE_VERBS = rf"(?:engage|co-?operate|comply|work\s+with|attend){_NOT_SCHOOL}"

TERMS = (
    Term(
        "non-compliant",
        pattern=r"(?<![\w-])non[-\s]?complian(?:t|ce)(?![\w-])",
        suggestion="Say what was asked and what happened, e.g. 'Dad has not taken his tablets "
        "since May; his GP will ask him what makes that hard.'",
    ),
    Term(
        "non-engagement",
        pattern=r"(?<![\w-])non[-\s]?engag(?:ement|ing|ed)(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "not engaging",
        pattern=rf"(?<![\w-])not\s+(?:been\s+|really\s+|fully\s+)?engag(?:ing|ed)(?!\s+(?:with|in)\s+"
        rf"(?:(?:his|her|their|the)\s+)?{_SCHOOL}\b)(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "lack of engagement",
        pattern=r"(?<![\w-])(?:lack\s+of|poor|limited|minimal|sporadic|inconsistent|little|low|"
        r"reluctant|superficial|disguised|no)\s+engagement(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "refuses to engage",
        pattern=rf"(?<![\w-])(?:refus(?:e|es|ed|ing)|refusal|unwilling(?:ness)?|reluctant|"
        rf"reluctance)\s+to\s+{_ENGAGE_VERBS}(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "failed to engage",
        pattern=r"(?<![\w-])(?:fail(?:s|ed|ing)?|failure)\s+to\s+(?:engage|attend|co-?operate|"
        r"comply|protect|prioriti[sz]e|work\s+with|keep\s+(?:appointments|to)|"
        rf"make\s+(?:progress|changes?)|accept|acknowledge|take\s+responsibility){_NOT_SCHOOL}"
        r"(?![\w-])",
        suggestion="Say what did not happen, without judging why, e.g. 'Sarah did not come to "
        "the appointments on 3 and 10 May'; then say what will help next time.",
    ),
    Term(
        "chose not to engage",
        pattern=rf"(?<![\w-])(?:chose|chooses|choosing|choose)\s+not\s+to\s+{_ENGAGE_VERBS}"
        r"(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "disengaged",
        pattern=rf"(?<![\w-])disengag(?:e|es|ed|ing|ement)(?!\s+from\s+(?:(?:his|her|their|the)\s+)?"
        rf"{_SCHOOL}\b)(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "resistant",
        pattern=rf"(?<![\w-])resistan(?:t|ce)\s+(?:to|towards)\s+{_SERVICES}(?![\w-])|"
        r"(?<![\w-])(?:is|was|are|were|been|being|remains?|remained|appears?|appeared|seems?|"
        r"seemed|became|becomes?|presents?\s+as|presented\s+as)\s+(?:very\s+|quite\s+|"
        r"extremely\s+|highly\s+|increasingly\s+|often\s+|at\s+times\s+|more\s+)?resistant"
        r"(?!\s+to\b)(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "hard to reach",
        pattern=r"(?<![\w-])(?:hard|difficult)[-\s]+to[-\s]+(?:reach|engage|work\s+with)(?![\w-])",
        suggestion="Say what has been tried and what has got in the way, e.g. 'Letters have "
        "not reached Sarah at her old address; Priya will call in at 4pm on Tuesday.'",
    ),
    Term(
        "uncooperative",
        pattern=r"(?<![\w-])(?:(?:un|non)[-\s]?co-?operat(?:ive|ion)|lack\s+of\s+co-?operation|"
        r"not\s+co-?operat(?:ing|ive))(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "hostile to professionals",
        pattern=rf"(?<![\w-])hostil(?:e|ity)\s+(?:to|towards)\s+{_SERVICES}(?![\w-])",
        suggestion="Say what was said or done, and what may lie behind it, e.g. 'Tom shouted "
        "at Priya when she talked about court; he has said he is frightened of losing Jimmy.'",
    ),
    Term(
        "disguised compliance",
        pattern=r"(?<![\w-])(?:disguised\s+(?:non[-\s]?)?compliance|(?:superficial|apparent|"
        r"feigned|false)\s+(?:compliance|co-?operation|engagement))(?![\w-])",
        suggestion="Say what was agreed and what has and has not changed for the child, e.g. "
        "'Sarah agreed a 7pm bedtime; Jimmy tells school he goes to bed after 10pm.'",
    ),
    Term(
        "manipulative",
        pattern=r"(?<![\w-])manipulative(?![\w-])",
        suggestion="Describe what the person did or said, and its effect on the child.",
    ),
    Term(
        "attention seeking",
        pattern=r"(?<![\w-])attention[-\s]?seeking(?![\w-])",
        suggestion="Describe what the child does and what they may need, e.g. 'Jimmy shouts "
        "out when he is left on his own in class; he settles when an adult sits near him.'",
    ),
    Term(
        "in denial",
        pattern=r"(?<![\w-])in\s+denial(?![\w-])",
        suggestion="Give the person's own account in their words ('Tom says he has never hit "
        "Jimmy') and say how everyone will talk about the worry together.",
    ),
    Term(
        "obstructive",
        pattern=r"(?<![\w-])(?:obstructive|obstruct(?:s|ed|ing)?\s+(?:the\s+)?(?:professionals|"
        r"social\s+worker|assessment|enquiries|investigation|plan))(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "sabotage",
        pattern=r"(?<![\w-])sabotag(?:e|es|ed|ing)(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "lack of insight",
        pattern=r"(?<![\w-])(?:lacks?|lacking|lacked|has\s+no|had\s+no|limited|little|no|poor)"
        r"\s+insight(?![\w-])",
        suggestion="Say what the person understands and what they do not yet, in their words, "
        "e.g. 'Sarah says Jimmy did not hear the arguments; Jimmy has told school he did.'",
    ),
    Term(
        "unmotivated",
        pattern=r"(?<![\w-])(?:unmotivated|lacks?\s+motivation|lack\s+of\s+motivation|"
        r"poorly\s+motivated)(?![\w-])",
        suggestion=DESCRIBE,
    ),
    Term(
        "chaotic lifestyle",
        pattern=r"(?<![\w-])(?:(?:chaotic|risky)\s+lifestyles?|lifestyle\s+choices?)(?![\w-])",
        suggestion="Say what actually happens at home that worries you, and its effect on "
        "the child.",
    ),
    Term(
        "putting herself at risk",
        pattern=r"(?<![\w-])(?:put(?:s|ting)?|plac(?:e|es|ed|ing))\s+(?:herself|himself|"
        r"themselves|themself)\s+(?:at\s+risk|in\s+danger|in\s+(?:risky|dangerous)\s+"
        r"situations?)(?![\w-])",
        suggestion="Name who is causing the harm, e.g. 'Older men are contacting Chloe online "
        "and asking to meet her.' A child cannot consent to being exploited.",
    ),
    Term(
        "promiscuous",
        pattern=r"(?<![\w-])promiscu(?:ous|ity)(?![\w-])",
        suggestion="Say who is harming or exploiting the young person; a child cannot consent "
        "to abuse.",
    ),
)
# For each term, pieces of text of which one must be present for it to match.
TRIGGERS: dict[str, tuple[str, ...]] = {
    "non-compliant": ("complian",),
    "non-engagement": ("engag",),
    "not engaging": ("engag",),
    "lack of engagement": ("engagement",),
    "refuses to engage": ("refus", "unwilling", "reluctan"),
    "failed to engage": ("fail",),
    "chose not to engage": ("chose", "choos"),
    "disengaged": ("disengag",),
    "resistant": ("resistan",),
    "hard to reach": ("hard", "difficult"),
    "uncooperative": ("operat",),
    "hostile to professionals": ("hostil",),
    "disguised compliance": ("complian", "operation", "engagement"),
    "manipulative": ("manipulative",),
    "attention seeking": ("seeking",),
    "in denial": ("denial",),
    "obstructive": ("obstruct",),
    "sabotage": ("sabotag",),
    "lack of insight": ("insight",),
    "unmotivated": ("motivat",),
    "chaotic lifestyle": ("lifestyle",),
    "putting herself at risk": ("self", "selves"),
    "promiscuous": ("promiscu",),
}


# "The house is hard to reach by bus", "Sarah finds groups hard to engage with": about a
# place, or said from the person's own side.
_PLACE_BEFORE = re.compile(
    r"\b(?:house|home|flat|address|surgery|centre|center|school|office|clinic|venue|village|"
    r"estate|area|place|hospital|building|it)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# "Sarah finds big groups hard to engage with" is her own experience; "we found the family
# hard to reach" is still a label on the family.
_FINDS = re.compile(r"\b(?:find|finds|found|finding)\s+([^.;]{0,30})$", re.IGNORECASE)
_PERSON = re.compile(
    r"\b(?:family|families|parents?|mum|dad|mother|father|carers?|her|him|them)\b|"
    r"\b(?-i:[A-Z])[a-z]+",
    re.IGNORECASE,
)
_PLACE_AFTER = re.compile(r"\s+(?:by\s|on\s+foot|without\s|from\s)", re.IGNORECASE)
# "The plan failed to make progress": a plan or a service failing is not a parent blamed.
# A quotation is someone's own words when it says more than the label, or when they are
# said to have said it; "parental 'non engagement'" is the label in scare quotes.
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|tell|describ(?:es|ed)\s+(?:herself|himself|themselves|it|"
    r"this)\s+as|call(?:s|ed)?\s+(?:herself|himself|themselves|it|this)|in\s+(?:her|his|their)\s+"
    r"(?:own\s+)?words)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _own_words(text: str, label: str, quote: tuple[int, int]) -> bool:
    start, end = quote
    if len(words(text[start:end])) > len(words(label)) + 1:
        return True
    return _SAID_BEFORE.search(text[max(0, start - 60) : start]) is not None


_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|should|in\s+case)\b[^,.;]*$", re.IGNORECASE)
_THING_FAILED = re.compile(
    r"\b(?:plan|programme|program|service|services|referral|intervention|work|assessment|"
    r"system|placement|it|agency|agencies|professionals|we|I)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)


def _own_view(before: str) -> bool:
    finds = _FINDS.search(before)
    return finds is not None and not _PERSON.search(finds.group(1))


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    quotes = quoted_spans(text)
    for match in ctx.terms.find(text):
        quote = next((q for q in quotes if q[0] <= match.start and match.end <= q[1]), None)
        if quote is not None and _own_words(text, match.text, quote):
            continue  # the family's own words, quoted (not a label in scare quotes)
        before = text[max(0, match.start - 60) : match.start]
        phrase = match.term.phrase
        if phrase == "hard to reach" and (
            _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(text, match.end) or _own_view(before)
        ):
            continue
        if phrase == "failed to engage" and _THING_FAILED.search(before):
            continue
        if phrase == "failed to engage" and _CONDITION_BEFORE.search(before):
            continue  # "if Mum fails to keep to the plan": what would happen, not a label
        yield Hit(match.start, match.end, suggestion=match.term.suggestion or DESCRIBE)


RULE = Rule(
    slug="blaming-language",
    kind="wording",
    severity=Severity.WARNING,
    fields=FAMILY_TEXT,
    summary="Labels that blame rather than describe: non-compliant, failed to engage, resistant.",
    message="'{text}' is a label that blames, rather than saying what happened.",
    why=(
        "Labels such as 'non-engagement' or 'resistant' say nothing about what happened or "
        "why, and a parent who reads them feels judged rather than helped. Missed "
        "appointments and angry visits often come from fear, shame or past trauma. Say what "
        "happened, in plain facts, and what might help. Words inside quotation marks are left "
        "alone: they are someone's own words. Words about a child's schooling ('not engaging "
        "in lessons') are left to the outcome about school."
    ),
    sources=(
        Source("003", "Use respectful language at all times"),
        Source(
            "003",
            "Have we moved away from concepts of parental 'non engagement' with the plan, to a "
            "better understanding of potential attachment and complex trauma issues of the "
            "parents",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    suggestion=DESCRIBE,
    supersedes=("jargon",),  # "failed to engage" says more than "engage" being jargon
    flags=(
        Example("Mum has been non-compliant with the plan.", "worries"),
        Example("Sarah refuses to engage with professionals.", "worries"),
        Example("Tom has failed to engage with the domestic abuse programme.", "reason"),
        Example("The family are hard to reach.", "worries"),
        Example("Dad is resistant to professional involvement.", "worries"),
        Example("Sarah's non-engagement will be escalated to the team manager.", "contingency"),
        Example("Dad was uncooperative during the home visit.", "worries"),
        Example("Jimmy's attention-seeking behaviour at school.", "reason"),
        Example("Mum is in denial about the impact of the arguments on Jimmy.", "worries"),
        Example("Chloe is putting herself at risk by meeting older men.", "worries"),
    ),
    passes=(
        Example("Sarah has not come to the last three appointments.", "worries"),
        Example(
            "Sarah says she felt judged at the last meeting; Priya will meet her at the "
            "children's centre instead of at home.",
            "action",
        ),
        Example('Sarah said: "I was resistant at first because I was scared."', "childs_views"),
        Example("Jimmy's eczema is resistant to the steroid cream.", "reason"),
        Example("Jimmy has not engaged in lessons since March.", "reason"),
        Example("Sarah has agreed to come to the next meeting at 10am.", "action"),
        Example("Tom will leave the room and take a walk when he feels angry.", "action"),
    ),
)
