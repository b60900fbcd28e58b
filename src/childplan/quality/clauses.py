"""Where words sit inside a plan sentence: which sentence, where their clause ends, and
whether they sit in a side clause (a condition such as "if she cannot collect him", a
question such as "what he does not like") rather than in what the sentence promises.

Plain regular expressions, like ``language``: plan fields are one to three sentences.
"""

from __future__ import annotations

import re

from childplan.quality.language import Sentence, sentences

# Words that open a side clause: what follows them up to the next comma is a condition,
# a reason or an embedded question, not the thing the sentence says will happen.
_SIDE_CLAUSE = re.compile(
    r"\b(?:if|unless|when|whenever|while|whilst|whether|in case|why|what|how|who|whom|"
    r"which|where|because)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]–—]|\s-\s|\bthen\b|\b(?:and|but|or)\s+(?:will|would|to|can|should|must|"
    r"she|he|they|we|I)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"[.;:!?\n()]|,\s|\s[-–—]\s|\s(?:so that|in order to|because|but|which|unless|whereas|"
    r"so (?:she|he|they|we|it)|as (?:she|he|they))\b",
    re.IGNORECASE,
)


def sentence_at(text: str, position: int) -> Sentence:
    """The sentence of ``text`` that holds ``position`` (the whole text if none does)."""
    for sentence in sentences(text):
        if sentence.start <= position < max(sentence.end, sentence.start + 1):
            return sentence
    return Sentence(text, 0, len(text))


def in_side_clause(text: str, position: int) -> bool:
    """Whether ``position`` sits in a condition, reason or embedded question that opened
    earlier in its sentence and has not been closed by a comma ("... if she cannot ...")."""
    sentence = sentence_at(text, position)
    before = text[sentence.start : position]
    openers = list(_SIDE_CLAUSE.finditer(before))
    if not openers:
        return False
    return not _CLAUSE_BREAK.search(before[openers[-1].end() :])


def clause_end(text: str, position: int) -> int:
    """Where the clause running on from ``position`` stops: the next stop, comma, dash,
    bracket or linking phrase ("so that", "because"), or the end of the text."""
    match = _CLAUSE_END.search(text, position)
    return match.start() if match else len(text.rstrip())


def rest_of_sentence(text: str, position: int) -> str:
    sentence = sentence_at(text, position)
    return text[position : sentence.end]
