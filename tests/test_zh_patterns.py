"""Scanners of the Chinese grammar: a trigger-windowed search finds what the plain pattern finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import scan, zh
from timeline.temporal.faststart import last_chars
from timeline.temporal.zh_patterns import NearTrigger, joint_trigger

NEAR = [rule for rule in zh.RULES if isinstance(rule.pattern, NearTrigger)]
PIECES = [
    *"年月日号至到和与-—～ 、第周季度上下半初底今明去从自截约前后x",
    "2023",
    "2024年",
    "3月5日",
    "十二月",
    "今天",
    "下午3点",
    "9:30",
    "（周日）",
    "12-19日",
    "2014至16年",
    "一季度",
    "春节",
    "上世纪90年代",
    "第三周",
]
"""Dates, connectors and their neighbours: random strings of them hold many ranges and near misses."""


def test_a_joint_trigger_is_the_joint_between_a_last_and_a_first_character() -> None:
    trigger = joint_trigger(r"\d+日", r"[ \t]?(?:至|到)[ \t]?", r"\d+日")
    assert [m.start() for m in trigger.finditer("3日至5日，3日到 x，至5日")] == [2]
    assert last_chars(re.compile(r"(?:\d{4}年|今天)(?:上午)?")) == "午年天"


@pytest.mark.parametrize("rule", NEAR, ids=lambda r: r.name[:40])
@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_near_trigger_finds_exactly_what_the_pattern_finds(rule, text: str) -> None:  # type: ignore[no-untyped-def]
    near = rule.pattern
    plain = [m.span() for m in near.pattern.finditer(text) if m.end() > m.start()]
    assert [m.span() for m in near.finditer(text, scan.SharedScan(text))] == plain


def test_numbered_entrances_in_a_list_are_no_days():
    from datetime import date

    from timeline.temporal import tag

    ref = date(2021, 8, 20)
    assert [m.text for m in tag("东站1号、2号、5号出口已经封闭。", reference=ref, lang="zh")] == []
    assert [m.text for m in tag("乘客可走3号入口进站。", reference=ref, lang="zh")] == []
    days = [
        m.value for m in tag("他们9号、10号出发，12号返回。", reference=ref, lang="zh") if m.type == "DATE"
    ]
    assert days == ["2021-08-09", "2021-08-10", "2021-08-12"]
