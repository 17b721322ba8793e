"""The Chinese vocabulary's topic modules and the `zh_vocab` module that gathers them."""

from __future__ import annotations

import re

from timeline.temporal import (
    zh_vocab,
    zh_vocab_calendar,
    zh_vocab_context,
    zh_vocab_numbers,
    zh_vocab_relative,
)

TOPICS = (zh_vocab_numbers, zh_vocab_calendar, zh_vocab_relative, zh_vocab_context)


def _tables(module: object) -> set[str]:
    return {name for name in vars(module) if name.isupper()}


def test_every_topic_table_is_gathered_once() -> None:
    seen: dict[str, str] = {}
    for topic in TOPICS:
        for name in _tables(topic):
            assert name not in seen, f"{name} is in both {seen[name]} and {topic.__name__}"
            seen[name] = topic.__name__
            assert getattr(zh_vocab, name) is getattr(topic, name)
    assert set(zh_vocab.__all__) == set(seen) == _tables(zh_vocab)


def test_number_patterns_stay_bounded() -> None:
    for value in ("1", "31", "三十一", "廿五", "３１"):
        assert re.fullmatch(zh_vocab.NUM_1_31, value)
    assert not re.fullmatch(zh_vocab.NUM_1_31, "32")
    assert re.fullmatch(zh_vocab.COUNT, "两") and not re.fullmatch(zh_vocab.COUNT, "2024")


def test_simplified_and_traditional_sit_side_by_side() -> None:
    assert zh_vocab.RELATIVE_YEAR["后年"] == zh_vocab.RELATIVE_YEAR["後年"] == 2
    assert zh_vocab.UNIT["个月"] == zh_vocab.UNIT["個月"] == "M"
    assert "以来" in zh_vocab.SINCE_SUFFIX and "以來" in zh_vocab.SINCE_SUFFIX
