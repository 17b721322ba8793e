"""The shared scan: windowed searches find exactly what a whole-text search finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.temporal import engine, scan, scan_plan, zh
from timeline.temporal.zh_patterns import NearTrigger


def _plain_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern of the Chinese grammar, the triggers and inner patterns of scanners too."""
    found = []
    for rule in zh.RULES:
        if isinstance(rule.pattern, re.Pattern):
            found.append(rule.pattern)
        elif isinstance(rule.pattern, NearTrigger):
            found += [rule.pattern.trigger, rule.pattern.pattern]
    return found


PATTERNS = _plain_patterns()
HANDWRITTEN = [
    r"(?<![\d./])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])",  # a lookahead past the match
    r"(?P<y>\d{4})(?P<sep>[-/])\d{1,2}(?P=sep)\d{1,2}\b",  # a back-reference and a word boundary
    r"(?:约|大约)?\d{1,3}(?:个)?月(?=[^\n]{0,6}?[前后])",  # a need inside a lookahead
    r"(?:上|下)?(?:半|全)年(?:度)?$",  # the end of the text
    r"(?<!\d)(?:1[0-2]|[1-9])\s?(?:(?i:pm|p\.m\.)|(?i:am))(?![a-z])",  # a case-insensitive group
]


PIECES = [
    *"2024年4月1日-/.:：至到、前后以来季半上下中今明号 \n9３十二份约天x",
    "2014",
    "2016年",
    "12-19日",
    "3/3/2015",
    "2022/11/30",
    "14:30",
    "三天前",
    "10年来",
    "一季度",
    "月份",
    "新华社北京",
    "日电",
    "、2014年",
    " PM",
    "pm",
    "a.m.",
    "AM",
]
"""Pieces of dates and their neighbours: random strings of them hold many matches and near misses."""


@pytest.fixture
def always_windowed(monkeypatch):
    """Search in windows however many hits there are, so the windowed path is what runs."""
    monkeypatch.setattr(scan, "WINDOW_COST", -(10**6))


def test_patterns_the_engine_skips_to_itself_are_searched_whole():
    assert scan.plan_of(re.compile(r"(?:今天|明天)")) is None
    assert scan.plan_of(re.compile(r"[今明]天")) is None


@pytest.mark.usefixtures("always_windowed")
@pytest.mark.parametrize(
    "pattern", PATTERNS + [re.compile(p) for p in HANDWRITTEN], ids=lambda p: p.pattern[:40]
)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.lists(st.sampled_from(PIECES), max_size=40).map("".join))
def test_windowed_search_finds_exactly_what_finditer_finds(pattern, text):
    plain = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
    shared = scan.SharedScan(text)
    windowed = [(m.span(), m.groupdict()) for m in shared.finditer(pattern, engine.scanner(pattern))]
    assert windowed == plain


@pytest.mark.usefixtures("always_windowed")
def test_near_trigger_scanner_finds_the_same_with_and_without_a_shared_scan():
    text = "会议于2014-2016年间举行，2018年1－9月份的数据在4月12-19日公布；2013、2014年也是。" * 3
    for rule in zh.RULES:
        if isinstance(rule.pattern, NearTrigger):
            alone = [m.span() for m in rule.pattern.finditer(text)]
            shared = [m.span() for m in rule.pattern.finditer(text, scan.SharedScan(text))]
            assert shared == alone


def test_engine_candidates_match_a_plain_run_of_every_rule():
    text = (
        "2023年3月5日，该局发布通告。此前的2022/11/30 14:30，三天前曾开会；"
        "8月12-19日举办展会，2014至16年间连续增长。新华社北京2月29日电 今明两天有雨。\n"
        "3/3/2015 与 20240307 都是日期，上半年、一季度和春节期间亦然，10年来如此。"
    ) * 4
    shared = engine.candidates(text, zh.RULES)
    plain = []
    for rule in zh.RULES:
        for m in rule.pattern.finditer(text):  # NearTrigger makes its own shared scan
            if m.end() > m.start():
                spec = rule.build(m, text)
                if spec is not None:
                    plain.append((m.start(), m.end(), rule.name))
    assert [(c.start, c.end, c.rule) for c in shared] == plain


@pytest.mark.usefixtures("always_windowed")
@pytest.mark.parametrize("text", ["5年x", "5年", "x5年\n", "5年 ", "15年x5年"])
def test_a_window_looks_one_character_past_its_reach_for_end_of_text(text):
    pattern = re.compile(r"(?<!\d)\d年$")
    assert scan_plan.plan(pattern) is not None
    windowed = [m.span() for m in scan.SharedScan(text).finditer(pattern)]
    assert windowed == [m.span() for m in pattern.finditer(text)]


def test_a_pattern_needing_only_its_one_opening_character_is_searched_whole():
    """(?<=…)、 opens with the one character it needs: the fast program's literal search, no windows."""
    pattern = re.compile(r"(?<=[\d一二三])、")
    assert scan.plan_of(pattern) is None
    text = "2013、2014年，甲、乙、三、四" * 3
    assert [m.span() for m in scan.SharedScan(text).finditer(pattern)] == [
        m.span() for m in pattern.finditer(text)
    ]
    assert scan.plan_of(re.compile(r"(?<!x)\d\d/")) is not None  # needs / but opens with a digit
