"""The prefix scan: word-list patterns searched together find exactly what `finditer` finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import en, engine, zh
from timeline.temporal.prefixscan import PrefixIndex, prefixes, rematch

INDEX = engine._prefix_index(zh.RULES + en.RULES)
JOINED = [entry[0] for entry in INDEX.slots.values()]
PIECES = [
    *"如今目前此前后以来近日期当时最初随后今明将来春节中秋国庆元旦假期每天上下年月第三周寒暑x，",
    "截至目前",
    "近年来",
    "长期以来",
    "过了一段时间",
    "那时",
    "今明两天",
    "五一",
    "2023年",
    "20240307",
    "19",
    "3/3/2015",
    "12-19日",
    "2·14",
    "新华社北京",
    "2月29日电",
    "发布时间：",
    " 3pm",
]
"""Words of the word-list rules and their pieces: random strings of them hold many overlaps."""


def test_openings_are_read_from_the_parse_tree() -> None:
    assert prefixes(re.compile(r"(?:如今|目前)(?![的]?[天])")) == {"如今", "目前"}
    assert prefixes(re.compile(r"(?<!\d)[今明]天(?:上午)?")) == {"今天", "明天"}
    assert prefixes(re.compile(r"(?:截至|到)?目前")) == {"截至", "到目", "目前"}


@pytest.mark.parametrize(
    "pattern",
    [r"前", r"(?:前|此前)", r"\d年", r".天", r"(?i)ab", r"(?P<x>今)(?P=x)", r"(?:今)?"],
    ids=["one character", "may be one character", "a category", "any", "case folding", "backref", "empty"],
)
def test_no_openings_where_they_cannot_be_listed(pattern: str) -> None:
    assert prefixes(re.compile(pattern)) is None


def test_the_word_lists_of_both_grammars_join() -> None:
    """Word-list rules and triggers join; patterns opening with one character or an unbounded guard do not."""
    assert len(JOINED) >= 10
    assert zh.RULES[0].pattern not in JOINED  # the calendar rule opens with a key guard
    joined_names = {rule.name for rule in zh.RULES if rule.pattern in JOINED}
    assert any(name.startswith("present") for name in joined_names)


@pytest.mark.parametrize("pattern", JOINED, ids=lambda p: p.pattern[:40])
@settings(max_examples=40, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_prefix_scan_finds_exactly_what_finditer_finds(pattern: re.Pattern[str], text: str) -> None:
    slot = INDEX.slot(pattern)
    assert slot is not None
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    found = [(m.span(), m.groupdict()) for m in rematch(pattern, text, INDEX.starts(text)[slot])]
    assert found == plain


def test_overlapping_openings_are_all_found() -> None:
    index = PrefixIndex([re.compile("(?:此前|以前)"), re.compile("(?:前日|后日)(?:下午)?")])
    assert index.starts("此前日下午") == [[0], [1]]


def test_a_list_of_rules_is_indexed_afresh() -> None:
    """Rule tuples are indexed once; a list (which may change) every time, and gives the same candidates."""
    text = "如今，此前的春节与目前相比。"
    assert engine.candidates(text, list(zh.RULES)) == engine.candidates(text, zh.RULES)
