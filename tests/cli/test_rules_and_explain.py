from __future__ import annotations

import pytest

from childplan.cli.main import main
from childplan.quality.rules import all_rules


def test_rules_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    for rule in all_rules():
        assert rule.slug in out
    assert f"{len(all_rules())} rules." in out


def test_explain_shows_the_guidance_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "vague-word"]) == 0
    out = capsys.readouterr().out
    assert "# vague-word" in out
    assert "— Top Tips for SMART Planning (seed 001)" in out
    assert "## Flags" in out and "## Does not flag" in out
    assert "Family Support Worker" in out  # a "not this" example


def test_explain_unknown_rule(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", "vage-word"]) == 2
    assert "no rule 'vage-word' (did you mean 'vague-word'?)" in capsys.readouterr().err
