"""The language-independent matcher: alternations, first-character guards, selection."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import en, engine, zh
from timeline.temporal.spec import TimeSpec


def test_alt_prefers_the_longest_word_and_matches_every_word():
    words = ["上", "上月", "上个月", "下个月", "今年", "a", "ab", "abc"]
    pattern = re.compile(engine.alt(words))
    for w in words:
        assert pattern.fullmatch(w)
    assert pattern.match("上个月底").group() == "上个月"
    assert pattern.match("abcd").group() == "abc"


def test_alt_refuses_an_empty_list():
    with pytest.raises(ValueError, match="at least one"):
        engine.alt([])


def test_first_chars_of_optional_prefixes_and_alternations():
    chars = engine.first_chars(re.compile(r"(?:约|大约)?(?<!\d)(?:\d{4}年|今年)"))
    assert chars is not None
    guard = re.compile(f"[{chars}]")
    for ch in "约大0今":
        assert guard.match(ch)
    assert not guard.match("x")


@pytest.mark.parametrize("pattern", [r".年", r"(?:年)?", r"[^年]月", r"(?:x|.)y"])
def test_first_chars_gives_up_on_unbounded_starts(pattern):
    assert engine.first_chars(re.compile(pattern)) is None


@pytest.mark.parametrize("rule", [*zh.RULES, *en.RULES], ids=lambda r: r.name)
@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet="2024年4月今天上午下周三约截至以来点半:0-/ Mon day 9", max_size=40))
def test_guarded_scanner_finds_exactly_what_the_rule_finds(rule, text):
    plain = [m.span() for m in rule.pattern.finditer(text)]
    guarded = [m.span() for m in engine.scanner(rule.pattern).finditer(text)]
    assert guarded == plain


def test_select_keeps_longest_then_priority_without_overlap():
    spec = TimeSpec("present")
    found = [
        engine.Candidate(0, 4, spec, "short"),
        engine.Candidate(0, 7, spec, "long"),
        engine.Candidate(5, 9, spec, "overlapping"),
        engine.Candidate(8, 10, spec, "low", priority=-1),
        engine.Candidate(8, 10, spec, "high", priority=1),
    ]
    assert [c.rule for c in engine.select(found)] == ["long", "high"]
