"""Figures in claims: value, range, unit and approximation, zh and en; dates and ids are not figures."""

from __future__ import annotations

import pytest

from timeline.claims.quantities import extract_quantities


def figures(text: str, lang: str = "zh", excluded=()):
    return [
        (q.text, q.value, q.value_max, q.unit, q.approx)
        for q in extract_quantities(text, 0, len(text), lang, excluded)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("队里现有30多名队员", ("30多名", 30, None, "名", "more_than")),
        ("当时不到10人", ("不到10人", 10, None, "人", "less_than")),
        ("全年走访上万余次", ("上万余次", 10_000, None, "次", "more_than")),
        ("处理投诉百余起", ("百余起", 100, None, "起", "more_than")),
        ("失业率为4.1%", ("4.1%", 4.1, None, "percent", None)),
        ("合格率达99%", ("99%", 99, None, "percent", None)),
        ("营收5.57亿元", ("5.57亿元", 557_000_000, None, "yuan", None)),
        ("常住人口2334萬9666人", ("2334萬9666人", 23_349_666, None, "人", None)),
        ("约占三成半", ("三成半", 35, None, "percent", None)),
        ("出生率千分之6.62", ("千分之6.62", 6.62, None, "permille", None)),
        ("增速回落3个百分点", ("3个百分点", 3, None, "percentage points", None)),
        ("气温6～12℃", ("6～12℃", 6, 12, "celsius", None)),
        ("降雨持续十多天", ("十多天", 10, None, "day", "more_than")),
        ("发放传单30余万份", ("30余万份", 300_000, None, "份", "more_than")),
        ("用时不到1分钟", ("不到1分钟", 1, None, "minute", "less_than")),
    ],
)
def test_chinese_figures(text, expected):
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("prices rose 10 percent", ("10 percent", 10, None, "percent", None)),
        ("a $1.2 billion bond", ("$1.2 billion", 1.2e9, None, "USD", None)),
        ("the yield was 1.786%", ("1.786%", 1.786, None, "percent", None)),
        ("105 children were tested", ("105 children", 105, None, "children", None)),
        ("about 4,000 customers lost power", ("about 4,000 customers", 4000, None, "customers", "about")),
        ("shares gained 1-1/2 points", ("1-1/2 points", 1.5, None, "points", None)),
        ("between 6 to 12 inches", ("6 to 12 inches", 6, 12, "inches", None)),
    ],
)
def test_english_figures(text, expected):
    assert expected in figures(text, "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("拨打110接处警平台或12345热线", "zh"),
        ("《三年行动计划》印发", "zh"),
        ("他们一起出发，一个个走进教室", "zh"),
        ("这是全镇唯一一所完全中学", "zh"),
        ("明年是这座大桥通车20周年", "zh"),
        ("the note fell 5/32 in price", "en"),
        ("at 4:14 p.m. in 2019", "en"),
        ("the 2024 budget", "en"),
    ],
)
def test_not_figures(text, lang):
    assert figures(text, lang) == []


def test_dates_are_excluded_by_span():
    text = "2016年共有20名职工"
    assert figures(text, excluded=[(0, 5)]) == [("20名", 20, None, "名", None)]


def test_below_zero_temperatures_and_their_ranges_are_negative():
    text = "夜间零下7℃，白天零下3到零下1℃，南部2～6℃。"
    got = [(q.text, q.value, q.value_max) for q in extract_quantities(text, 0, len(text), "zh")]
    assert got == [("零下7℃", -7, None), ("零下3到零下1℃", -3, -1), ("2～6℃", 2, 6)]


def test_english_counts_read_past_an_adjective_and_skip_emergency_numbers():
    text = "Dealers sold 12,408 new trucks while 911 calls rose and one last try failed; 2.3 million homes"
    got = [(q.text, q.value, q.unit) for q in extract_quantities(text, 0, len(text), "en")]
    assert got == [("12,408 new trucks", 12408, "trucks"), ("2.3 million homes", 2_300_000, "homes")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The plan costs US$5 million.", "US$5 million"),
        ("xUS$7 bonds", "US$7"),
        ("About 40 percent agreed", "About 40 percent"),
    ],
)
def test_an_english_figure_opens_with_a_sign_a_digit_or_a_word(text, figure):
    assert figure in [q.text for q in extract_quantities(text, 0, len(text), "en")]


def test_tenths_after_cheng_are_part_of_the_share_but_a_following_count_is_not():
    text = "电价平均涨1成1，支持度三成五，仅两成，三成一家，2成10人"
    got = [(q.text, q.value, q.unit) for q in extract_quantities(text, 0, len(text), "zh")]
    assert got[:4] == [
        ("1成1", 11, "percent"),
        ("三成五", 35, "percent"),
        ("两成", 20, "percent"),
        ("三成", 30, "percent"),
    ]
    assert ("10人", 10, "人") in got


def test_zhao_is_a_trillion_in_money_and_a_prefix_of_other_units_is_no_figure():
    text = "营收达1兆2000亿元，装置容量100兆瓦"
    got = [(q.text, q.value, q.unit) for q in extract_quantities(text, 0, len(text), "zh")]
    assert got == [("1兆2000亿元", 1_200_000_000_000, "yuan")]


def test_a_number_in_a_name_or_after_a_label_is_no_figure():
    text = (
        "The ZenBook 14 review: its i7 chip, the Week 12 game and Phase 2 talks drew 3,000 fans to my4store."
    )
    assert [q.text for q in extract_quantities(text, 0, len(text), "en", [])] == ["3,000 fans"]
