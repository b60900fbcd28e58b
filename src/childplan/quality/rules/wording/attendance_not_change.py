"""attendance-not-change: going to sessions or finishing a course used as the measure of
change ("attend 8 sessions with a DV project", "complete a parenting course")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from childplan.plan.model import Outcome, Plan, TextField
from childplan.quality.clauses import clause_end, in_side_clause, sentence_at
from childplan.quality.measurability import TermFinder, unmeasured
from childplan.quality.rule import Context, Example, Hit, Rule, Severity, Source
from childplan.quality.terms import Term, TermMatch, with_triggers

OUTCOME_SUGGESTION = (
    "Say what should be different because of the course, e.g. 'Mr Brown will be able to "
    "explain to me the impact that domestic abuse can have on his son', and make going to "
    "the sessions one of the actions."
)
ACTION_SUGGESTION = (
    "Say what the sessions are for, e.g. '... so that she can use two calm-down ideas "
    "with {child} at bedtime', and make sure the outcome says what will be different."
)


def _term(phrase: str, pattern: str) -> Term:
    return Term(phrase, pattern=rf"(?<![\w-])(?:{pattern})(?![\w-])")


# Courses, programmes and services whose attendance is easy to count and proves little.
TERMS = (
    _term("course", r"courses?"),
    _term("programme", r"programmes?|programs?"),
    _term("sessions", r"sessions?"),
    _term("group", r"groups?|group\s*work"),
    _term("workshop", r"workshops?"),
    _term("parenting classes", r"parenting\s+classes"),
    _term("counselling", r"counsell?ing|therapy|CBT|EMDR"),
    _term(
        "DV project",
        r"(?:DV|DA|domestic\s+(?:abuse|violence)|perpetrator|anger\s+management|drug|drugs|"
        r"alcohol|substance\s+misuse|substance|recovery|parenting)\s+(?:project|service|services"
        r"|worker|support|team|agency|intervention|work)",
    ),
    _term("CAMHS", r"CAMHS"),
    _term("appointments", r"appointments?"),
    _term("clinics", r"clinics?"),
    _term("Freedom Programme", r"Freedom(?:\s+Programme)?"),
    _term("Triple P", r"Triple\s+P"),
    _term("Incredible Years", r"Incredible\s+Years"),
    _term("Caring Dads", r"Caring\s+Dads"),
    _term("Mellow Parenting", r"Mellow\s+(?:Parenting|Bumps|Babies|Dads)"),
    _term("Strengthening Families", r"Strengthening\s+Families"),
)

TRIGGERS: dict[str, tuple[str, ...]] = {
    "course": ("course",),
    "programme": ("program",),
    "sessions": ("session",),
    "group": ("group",),
    "workshop": ("workshop",),
    "parenting classes": ("classes",),
    "counselling": ("counsel", "therapy", "cbt", "emdr"),
    "DV project": ("project", "service", "work", "support", "team", "agency", "intervention"),
    "CAMHS": ("camhs",),
    "appointments": ("appointment",),
    "clinics": ("clinic",),
    "Freedom Programme": ("freedom",),
    "Triple P": ("triple",),
    "Incredible Years": ("incredible",),
    "Caring Dads": ("caring",),
    "Mellow Parenting": ("mellow",),
    "Strengthening Families": ("strengthening",),
}

_ATTEND_VERB = (
    r"(?:attend|attends|attending|attended|attendance\s+(?:at|on)|complete|completes|"
    r"completing|completed|completion\s+of|finish|finishes|finishing|finished|go\s+to|goes\s+to|"
    r"went\s+to|engage(?:s|d)?\s+(?:with|in)|engaging\s+(?:with|in)|take\s+part\s+in|"
    r"takes\s+part\s+in|taking\s+part\s+in|took\s+part\s+in|participat(?:e|es|ed|ing)\s+in|"
    r"sign(?:s|ed|ing)?\s+up\s+(?:to|for)|enrol(?:s|led|ling)?\s+(?:on|in|onto)|"
    r"undertak(?:e|es|en|ing)|access(?:es|ing|ed)?|start(?:s|ing|ed)?|receiv(?:e|es|ed|ing)|"
    r"be\s+(?:on|part\s+of))\s"
)
_ATTEND = re.compile(rf"\b{_ATTEND_VERB}\s*(?P<object>(?:[\w'’&/-]+\s+){{0,7}})$", re.IGNORECASE)
# The attending verb alone, anywhere: a text without one has no attendance to flag (most
# texts that name a service or a team), and its courses are not looked at one by one.
# Searched in lower case: IGNORECASE makes Python try every word at every character.
_ANY_ATTEND_VERB = re.compile(_ATTEND_VERB)
_ANY_ATTEND_VERB_ANY_CASE = re.compile(_ATTEND_VERB, re.IGNORECASE)
# Things a person goes to that are not courses: the child's education, family time,
# meetings about the plan, and ordinary activities.
_NOT_A_COURSE = re.compile(
    r"\b(?:contact|family\s+time|school|nursery|college|sixth\s+form|meetings?|reviews?|"
    r"conferences?|core|youth|toddler|play|stay\s+and\s+play|after[-\s]school|football|"
    r"swimming|dance|drama|scouts|cubs|brownies|guides|church|mosque|gym|club|clubs|"
    r"antenatal|health|medical|hospital|dental|GP|doctor)\b",
    re.IGNORECASE,
)
# "how often they are attending" counts attendance: the embedded question is the measure.
_COUNTING = re.compile(
    r"\bhow\s+(?:often|many|regularly|frequently)\b[^,;:.]*$|\bnumber\s+of\s+times\b[^,;:.]*$",
    re.IGNORECASE,
)
# Appointments and clinics count as a course only when they are for a parent's or child's
# treatment ("attending rehabilitation clinics"), not for care ("the baby clinic").
_CARE_OR_THERAPY = ("appointments", "clinics")
_THERAPEUTIC_APPOINTMENT = re.compile(
    r"\b(?:drug|alcohol|substance|CAMHS|mental\s+health|counsell?ing|therapy|DV|domestic|"
    r"parenting|psycholog\w*|recovery|rehab\w*|detox\w*|key\s*worker)\b",
    re.IGNORECASE,
)
# The change the course should bring, named in the same sentence. A name is capitalised:
# "to help Jimmy" names who the course is for; "to help with" does not.
_CHANGE = re.compile(
    r"\b(?:so\s+that|so\s+(?:she|he|they|we|I|(?-i:[A-Z])\w+)\s+(?:can|will|is\s+able|are\s+able)|"
    r"in\s+order\s+to|to\s+help\s+(?:her|him|them|(?-i:[A-Z])\w+)|to\s+learn|to\s+understand|"
    r"to\s+find\s+out|to\s+develop|to\s+build|to\s+work\s+on|to\s+address|to\s+practise|"
    r"and\s+(?:then\s+)?(?:will\s+|can\s+|to\s+)?(?:be\s+able\s+to\s+)?(?:explain|show|tell|"
    r"use|describe|name|practise|demonstrate|put|apply|share|identify|list|say|talk|write|"
    r"manage)|which\s+will\s+(?:help|mean|show)|(?:,\s*)?(?:and\s+)?(?:will|can)\s+be\s+able"
    r"\s+to|then\s+use|(?:demonstrat|show)(?:e|es|ed|ing|s)?\s+(?:the\s+|an?\s+)?(?:ability|skills?|that))\b",
    re.IGNORECASE,
)


def attendance_spans(text: str, terms: TermFinder) -> Iterator[tuple[int, int]]:
    """Spans of 'attend/complete ... <course>', one for each attending verb."""
    if not _has_attending_verb(text):
        return
    courses = list(terms.find(text))
    spans: dict[int, int] = {}
    for start, end in _course_mentions(text, courses):
        spans[start] = max(end, spans.get(start, end))
    yield from sorted(spans.items())


def _has_attending_verb(text: str) -> bool:
    if text.isascii():  # where lower case is what IGNORECASE compares
        return _ANY_ATTEND_VERB.search(text.lower()) is not None
    return _ANY_ATTEND_VERB_ANY_CASE.search(text) is not None


def _course_mentions(text: str, courses: list[TermMatch]) -> Iterator[tuple[int, int]]:
    for match in courses:
        sentence = sentence_at(text, match.start)
        before = text[sentence.start : match.start]
        verb = _nearest_verb(before)
        if verb is None:
            continue
        verb_at = sentence.start + verb.start()
        if in_side_clause(text, verb_at) and not _COUNTING.search(text, sentence.start, verb_at):
            continue
        object_words = verb.group("object") + match.text
        if _NOT_A_COURSE.search(object_words):
            continue
        if match.term.phrase in _CARE_OR_THERAPY and not _THERAPEUTIC_APPOINTMENT.search(
            object_words + text[match.end : clause_end(text, match.end)]
        ):
            continue  # the child's health appointments or the baby clinic are care, not a course
        start = sentence.start + verb.start()
        end = _object_end(text, match.end)
        yield start, end


def _nearest_verb(before: str) -> re.Match[str] | None:
    """The attending verb closest to the course ("engage with support and attend 8 sessions"
    is about attending)."""
    word_starts = [m.start() for m in re.finditer(r"\b\w", before)]
    for start in reversed(word_starts[-10:]):
        verb = _ATTEND.match(before, start)
        if verb:
            return verb
    return None


def _object_end(text: str, position: int) -> int:
    """Carry the span over 'of a parenting programme', 'with a DV project'."""
    tail = re.match(
        r"(?:\s+(?:of|with|at|on|run\s+by|from|about)\s+(?:[\w'’&/-]+\s*){1,5})?", text[position:]
    )
    end = position + (tail.end() if tail else 0)
    return min(end, clause_end(text, position))


def _names_change(text: str, start: int, field_name: str, ctx: Context) -> bool:
    sentence = sentence_at(text, start)
    change = _CHANGE.search(text, start, sentence.end)
    if change is None:
        return False
    if field_name == "action":
        return True
    # In an outcome the change must itself be something you could see.
    clause = text[change.start() : sentence.end]
    return unmeasured(clause, ignore_names=ctx.plan.child.name.split()) is None


def _outcome(plan: Plan, field: TextField) -> Outcome | None:
    if field.need is None or field.outcome is None:
        return None
    try:
        return plan.needs[field.need].outcomes[field.outcome]
    except IndexError:
        return None


def _outcome_names_change(outcome: Outcome | None, terms: TermFinder, ctx: Context) -> bool:
    """Whether the action's outcome already says what the course should change."""
    if outcome is None:
        return False
    if outcome.target and outcome.target.strip():
        return True
    text = outcome.outcome
    spans = [
        span
        for span in attendance_spans(text, terms)
        if not _names_change(text, span[0], "outcome", ctx)
    ]
    return not spans and unmeasured(text, ignore_names=ctx.plan.child.name.split()) is None


def check(field: TextField, ctx: Context) -> Iterator[Hit]:
    assert ctx.terms is not None
    text = field.text
    courses = ctx.terms
    for start, end in attendance_spans(text, courses):
        if _names_change(text, start, field.name, ctx):
            continue
        if field.name == "action":
            if _outcome_names_change(_outcome(ctx.plan, field), courses, ctx):
                continue  # the outcome says what should change; going is a step towards it
            child = ctx.plan.child.name.split()[0] if ctx.plan.child.name.strip() else "the child"
            yield Hit(start, end, suggestion=ACTION_SUGGESTION.format(child=child))
        else:
            yield Hit(start, end, suggestion=OUTCOME_SUGGESTION)


def _plan_with_outcome(outcome: str) -> str:
    return f"""
needs:
  - reason: "Jimmy needs to be safe from Dad's violence at home."
    outcomes:
      - outcome: "{outcome}"
        by: 2027-03-01
        actions:
          - action: "-"
            who: Tom Smith
            when: 2026-11-20
"""


_VAGUE_OUTCOME = _plan_with_outcome("Dad will have a better understanding of domestic abuse.")
_CLEAR_OUTCOME = _plan_with_outcome(
    "Tom will be able to explain to Priya how hearing his violence has affected Jimmy."
)

RULE = Rule(
    slug="attendance-not-change",
    kind="wording",
    severity=Severity.WARNING,
    fields=("outcome", "action"),
    summary="Attending or completing sessions, courses or programmes used as the measure of "
    "change: attend 8 sessions with a DV project, complete a parenting course.",
    message="'{text}' counts attendance, but going to sessions does not show that anything "
    "has changed for the child.",
    why=(
        "Someone can attend every session just to tick the box. What matters for the child "
        "is what is different afterwards: what the parent can now explain, or now does. "
        "Make that the outcome; going to the course is one of the steps towards it."
    ),
    sources=(
        Source(
            "001",
            "However, just because he/she attends, that doesn’t necessarily mean anything.",
        ),
        Source(
            "003",
            "For example, an action of the carer 'attending 10 sessions of a parenting "
            "programme' may not necessarily lead to change.",
        ),
    ),
    terms=with_triggers(TERMS, TRIGGERS),
    check=check,
    needs_terms=True,
    flags=(
        Example("Mr Brown will attend eight sessions with a DV project.", "outcome"),
        Example("Sarah will complete a parenting course.", "outcome"),
        Example("Mum will engage with the drug and alcohol service.", "outcome"),
        Example("Dad will complete the Freedom Programme by March 2027.", "outcome"),
        Example(
            "Sarah attending 10 sessions of a parenting programme.", "action", plan=_VAGUE_OUTCOME
        ),
        Example(
            "Tom to attend the Caring Dads programme.",
            "action",
            plan=_VAGUE_OUTCOME,
            note="the outcome names no change the programme should bring",
        ),
    ),
    passes=(
        Example(
            "Mr Brown will be able to explain to me the detrimental impact that domestic "
            "violence can have on his son's physical and emotional wellbeing.",
            "outcome",
        ),
        Example(
            "Sarah will complete the Triple P course and use the reward chart with Jimmy "
            "every evening.",
            "outcome",
        ),
        Example("Jimmy will attend school every day.", "outcome"),
        Example("Tom will attend all contact sessions with Jimmy.", "outcome"),
        Example(
            "Tom to attend the Caring Dads programme.",
            "action",
            plan=_CLEAR_OUTCOME,
            note="the outcome says what should change",
        ),
        Example(
            "Sarah to attend the Triple P course so that she can learn two ways to calm "
            "Jimmy at bedtime.",
            "action",
            plan=_VAGUE_OUTCOME,
        ),
        Example("Sarah will take Jimmy to all his hospital appointments.", "outcome"),
    ),
    suggestion=OUTCOME_SUGGESTION,
    supersedes=("unmeasurable-outcome",),
)
