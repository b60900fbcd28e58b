"""The real sentences are well formed, and the record of their findings is current."""

from __future__ import annotations

from benchmarks import precision
from childplan.quality.examples import FIELD_PATHS


def test_every_sentence_has_a_known_field_a_verdict_and_a_source() -> None:
    found = precision.sentences()
    assert len(found) >= 300
    assert len({s["id"] for s in found}) == len(found)
    for sentence in found:
        assert sentence["field"] in FIELD_PATHS, sentence["id"]
        assert sentence["verdict"] in ("good", "bad", "neutral"), sentence["id"]
        assert sentence["text"].strip() and sentence["source"].strip(), sentence["id"]


def test_the_record_of_findings_is_current() -> None:
    now, before = precision.findings_now(), precision.recorded()
    changed = sorted(key for key in now if now[key] != before.get(key))
    assert not changed, (
        f"{len(changed)} real sentences are checked differently now ({', '.join(changed[:5])}"
        "...): read `python -m benchmarks.precision`, then record with --update"
    )
