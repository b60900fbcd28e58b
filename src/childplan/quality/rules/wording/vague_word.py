"""vague-word: words that "don't actually mean anything" in a plan."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import TextField
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import POSSESSIVE, SUPPORTED_SERVICE, Term

SUPPORT_QUESTION = "What will the support be, who gives it, and how often?"

# "Support" naming a job, a team or a group of people is a title, not the vague activity.
_SUPPORT_AS_TITLE = re.compile(
    r"[-\s]+(?:workers?|team|officers?|services?|network|groups?|assistants?|practitioners?|"
    r"co-?ordinators?|staff|lead|manager|hub|line|unit|centre|project|programme)\b"
    r"|\s+(?:&|and)\s+(?:advice|guidance)\b",
    re.IGNORECASE,
)
_SUPPORTS_AS_PEOPLE = re.compile(r"\b(?:community|natural|informal)\s+$", re.IGNORECASE)
# "Ongoing" describing a worry in a need is a fact, not a missing timescale.
_ONGOING_CONDITION = re.compile(
    r"\s+(?:concerns?|worries|worry|difficult(?:y|ies)|issues?|problems?|risks?|harm|neglect|"
    r"conflict|health|medical|condition|illness|pain|exposure|abuse|violence|arguments?|"
    r"disputes?|involvement|court|proceedings|investigation|assessment)\b",
    re.IGNORECASE,
)
_APPROPRIATE_EXEMPT = re.compile(r"age[-\s]?$|\bappropriate adult\b", re.IGNORECASE)
_MONITOR_DEVICE = re.compile(
    r"(?:baby|video|heart|heart[-\s]rate|blood[-\s]pressure|glucose|sugar|apnoea|breathing|"
    r"sleep|audio|camera)[-\s]+$",
    re.IGNORECASE,
)

TERMS = (
    Term(
        "appropriate",
        pattern=r"(?<![\w-])(?:in)?appropriate(?:ly|ness)?(?![\w-])",
        triggers=("appropriat",),
        suggestion="Say what you would see or hear, and by whose standard, instead of "
        "'appropriate' (in whose view?).",
    ),
    Term(
        "ongoing",
        triggers=("ongoing", "on-going", "on going"),
        suggestion="Give the date this will be done by, or how often it happens and until when.",
    ),
    Term(
        "monitor",
        pattern=r"(?<![\w-])monitor(?:s|ed|ing)?(?![\w-])",
        triggers=("monitor",),
        suggestion="Say what the person will check, how often, and what they will do with "
        "what they see (e.g. 'check {child}'s attendance every Friday and ring Mum if it is "
        "below 90%').",
    ),
    Term(
        "support",
        pattern=rf"(?<![\w-])(?!{SUPPORTED_SERVICE})support(?:s|ed|ing|ive)?(?![\w-])",
        triggers=("support",),
        suggestion=SUPPORT_QUESTION,
    ),
    Term(
        "promote emotional well-being",
        pattern=rf"(?<![\w-])promot(?:e|es|ed|ing)\s+(?:{POSSESSIVE}\s+)?emotional[-\s]+"
        r"(?:well[-\s]?being|health|development)(?![\w-])",
        triggers=("promot",),
        suggestion="Describe what would show that the child feels better: what would they "
        "do, say or stop needing?",
    ),
    Term(
        "as needed",
        pattern=r"(?<![\w-])(?:as|when|if|where)\s+(?:and\s+when\s+)?(?:needed|required|"
        r"necessary|appropriate)(?![\w-])",
        triggers=("needed", "required", "necessary", "appropriate"),
        suggestion="Say when exactly, or what will make it happen (e.g. 'each time {child} comes "
        "back from contact').",
    ),
)


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    for match in ctx.terms.find(text):
        before, after = text[: match.start], text[match.end :]
        word = match.text.lower()
        if word.startswith("support") and _SUPPORT_AS_TITLE.match(after):
            continue
        if word == "ongoing" and _ONGOING_CONDITION.match(after):
            continue
        if "appropriate" in word and (
            _APPROPRIATE_EXEMPT.search(before[-5:])
            or _APPROPRIATE_EXEMPT.match(text[match.start :])
        ):
            continue  # "age-appropriate" is subjective-standard's; an appropriate adult is a role
        if word.startswith("monitor") and _MONITOR_DEVICE.search(before[-25:]):
            continue
        if word.startswith("support") and before.rstrip().endswith(("Child", "Family", "Early")):
            continue  # a capitalised service name: "Family Support", "Early Help Support"
        if word == "supports" and _SUPPORTS_AS_PEOPLE.search(before[-20:]):
            continue  # "community supports": the people around a parent, not a thing to do
        yield Hit(match.start, match.end, suggestion=match.term.suggestion)


RULE = Rule(
    slug="vague-word",
    kind="wording",
    severity=Severity.WARNING,
    fields=("reason", "outcome", "action"),
    summary="Words that don't say what will happen: appropriate, ongoing, monitor, support.",
    message="'{text}' does not say what will actually happen.",
    why=(
        "A family reading 'support' or 'monitor' cannot tell what anyone will do, and a "
        "review cannot tell whether it was done. Name the activity, the person and how often."
    ),
    sources=(
        Source(
            "001",
            "There are some words that are best avoided in plans, because they don’t actually "
            "mean anything!",
        ),
        Source(
            "003",
            "Avoid other vague terms such as 'monitor' (it's not purposeful), 'support' (it's "
            "superficial)",
        ),
    ),
    terms=TERMS,
    check=check,
    needs_terms=True,
    flags=(
        Example("School to monitor Jimmy's attendance.", "action"),
        Example("Mum to engage with support.", "action"),
        Example("Sarah will be supported to manage Jimmy's skin.", "action"),
        Example("Jimmy will have appropriate boundaries at home.", "outcome"),
        Example("Work with the family will be ongoing.", "action"),
        Example("Promote Emily's emotional well-being.", "outcome"),
        Example("Priya Shah to visit the family as required.", "action"),
        Example(
            "Tom will support Jimmy to brush his teeth for two minutes every morning.",
            "action",
            note="specific and measurable, but still ask what the support is",
        ),
        Example("Monitoring of the home conditions through unannounced visits.", "action"),
        Example("Jimmy needs support with his behaviour.", "reason"),
    ),
    passes=(
        Example("Lisa Brown, Family Support Worker, will visit every Tuesday at 4pm.", "action"),
        Example("Refer Sarah to the Early Help Support Team by 4 December 2026.", "action"),
        Example("Sarah will ring her support worker if she feels low.", "action"),
        Example("Jimmy has ongoing concerns about his dad's drinking.", "reason"),
        Example("Jean will use the baby monitor when Lily sleeps upstairs.", "action"),
        Example("Jimmy will wash his hands before each meal.", "outcome"),
        Example(
            "Jimmy's self-care will be age-appropriate.",
            "outcome",
            note="left to subjective-standard, which says why",
        ),
        Example("Sarah will ask her sister Jean to help with the school run.", "action"),
        Example(
            "Tony will start a supported internship by July 2027.",
            "outcome",
            note="a supported internship is a study programme (Bradford's SMART outcomes)",
        ),
        Example(
            "Sylvia will ask family and other community supports to go with her on a trial run "
            "of the bus to the clinic by 4 December 2026.",
            "action",
            note="'community supports' are people (an early intervention plan's own words)",
        ),
    ),
)
