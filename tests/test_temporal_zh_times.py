"""Times of day, the present moment, weekdays beside dates and holidays inside stories (zh_corpus_times)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.temporal import present_as_day, tag

REFERENCE = datetime(2024, 4, 24, 9, 21)  # a Wednesday, with a clock


def found(text: str, *, reference=REFERENCE, prefer="past"):
    """(text, value) of every mention."""
    return [(m.text, m.value) for m in tag(text, reference=reference, lang="zh", prefer=prefer)]


def test_now_is_the_reference_instant_only_when_the_reference_has_a_clock():
    with_clock = tag("现在，工地已恢复施工。", reference=REFERENCE, lang="zh")
    day_only = tag("现在，工地已恢复施工。", reference=date(2024, 4, 24), lang="zh")
    assert [(m.value, m.precision, m.qualifier) for m in with_clock] == [
        ("2024-04-24T09:21:00", "second", "as_of")
    ]
    assert [(m.value, m.precision, m.qualifier) for m in day_only] == [("2024-04-24", "day", "as_of")]


def test_a_midnight_reference_is_a_date_without_a_clock():
    # a publication date known only to the day is stored at 00:00:00: 现在 is that day, not its midnight
    (m,) = tag("现在，工地已恢复施工。", reference=datetime(2024, 4, 24), lang="zh")
    assert (m.value, m.precision) == ("2024-04-24", "day")


def test_the_present_period_stays_a_day_even_with_a_clock():
    assert found("目前，工地已恢复施工。") == [("目前", "2024-04-24")]
    assert found("到现在为止，共有三人报名。") == [("到现在为止", "2024-04-24")]


def test_present_as_day_turns_the_instant_back_into_the_day():
    (now,) = tag("此刻", reference=REFERENCE, lang="zh")
    day = present_as_day(now)
    assert (day.value, day.precision, day.date_start, day.type) == (
        "2024-04-24",
        "day",
        date(2024, 4, 24),
        "DATE",
    )
    (month,) = tag("2023年5月", reference=REFERENCE, lang="zh")
    assert present_as_day(month) is month


def test_ikea_is_not_now():
    assert found("宜家家居宣布在本市开设新店。") == []
    assert found("他周末常去宜家逛逛。") == [("周末", "2024-04-20/2024-04-21")]


@pytest.mark.parametrize(
    ("story", "surface", "value"),
    [
        ("发布会定于周五（4月26日）上午举行。", "周五（4月26日）上午", "2024-04-26"),
        ("星期一，4月22日，首批游客抵达。", "星期一，4月22日", "2024-04-22"),
        ("4月19日（周五），双方签署了协议。", "4月19日（周五）", "2024-04-19"),
    ],
)
def test_a_weekday_beside_a_date_is_one_mention(story, surface, value):
    assert (surface, value) in found(story)


def test_the_weekday_chooses_the_year_of_a_yearless_date():
    # 12月25日 read forward is 2024-12-25 (a Wednesday); written with 周一 it is 2023-12-25
    assert found("周一，12月25日", prefer="future") == [("周一，12月25日", "2023-12-25")]
    assert found("12月25日", prefer="future") == [("12月25日", "2024-12-25")]


def test_china_national_day_is_tagged_and_another_country_is_not():
    assert found("中国国庆节期间，景区接待游客增长两成。") == [("国庆节期间", "2023-10-01~")]
    assert found("美国国庆节，纽约举行了烟花表演。") == []
    # the Jewish arbor day is Tu BiShvat, dated by the Hebrew calendar (from its eve), not 3月12日
    assert found("犹太植树节前后，志愿者种下了树苗。") == [("犹太植树节前后", "2024-01-24/2024-01-25~")]


def test_a_holiday_evening_keeps_the_day_and_names_the_part_in_timex():
    (m,) = tag("情人节晚上，花店排起了长队。", reference=REFERENCE, lang="zh")
    assert (m.text, m.value, m.timex3, m.precision) == ("情人节晚上", "2024-02-14", "2024-02-14TEV", "day")


def test_a_holiday_with_a_clock_is_one_time():
    assert found("儿童节下午三点十五，演出开始。", prefer="future") == [
        ("儿童节下午三点十五", "2024-06-01T15:15")
    ]
    assert found("2025年第一天早上8点半，钟声响起。") == [("2025年第一天早上8点半", "2025-01-01T08:30")]
    # a comma between them: two times (the clock still takes the holiday's day)
    assert found("儿童节，下午三点十五演出开始。", prefer="future") == [
        ("儿童节", "2024-06-01"),
        ("下午三点十五", "2024-06-01T15:15"),
    ]


def test_islamic_feast_in_a_story():
    assert found("今年开斋节，清真寺迎来大批信众。") == [("今年开斋节", "2024-04-10")]
    assert found("2025年斋月期间，餐馆调整了营业时间。") == [("2025年斋月期间", "2025-03-01/2025-03-29~")]


def test_cantonese_clock_and_its_mandarin_neighbours():
    assert found("佢哋晏晝三點踏三到咗。") == [("晏晝三點踏三", "2024-04-24T15:15")]
    assert found("股指下午涨了三点三。") == []
    assert found("零点五") == []


def test_a_part_of_the_day_alone_is_the_scene_of_its_clause_on_the_story_day():
    story = "4月3日上午，救援队进山搜寻。傍晚，两支队伍撤离。中午时分，天开始下雨。"
    got = [(m.text, m.value, m.timex3) for m in tag(story, reference=REFERENCE, lang="zh")]
    assert got == [
        ("4月3日上午", "2024-04-03", "2024-04-03TMO"),
        ("傍晚", "2024-04-03", "2024-04-03TEV"),
        ("中午时分", "2024-04-03", "2024-04-03TMI"),
    ]


def test_a_part_of_the_day_inside_a_sentence_is_left_alone():
    assert found("他们晚上不睡觉，下午的分享中也没提到。") == []


def test_springs_and_autumns_count_years_only_after_a_count():
    assert [
        (m.text, m.timex3) for m in tag("他在这里走过了二十多个春秋。", reference=REFERENCE, lang="zh")
    ] == [("二十多个春秋", "P20Y")]
    for text in ("春秋航空的航班", "春秋战国时期", "三个春秋季学期", "一年一度春秋两季"):
        assert not [m for m in tag(text, reference=REFERENCE, lang="zh") if "春秋" in m.text], text


def test_seconds_and_quarter_hours_before_now_inside_a_story():
    assert found("警报在两秒前响起，一刻钟后消防车赶到。") == [
        ("两秒前", "2024-04-24T09:20:58"),
        ("一刻钟后", "2024-04-24T09:35"),  # a quarter hour after the alarm (09:20:58), not after now
    ]


def test_a_later_step_written_with_guo_needs_an_exact_count():
    assert found("再过两天就开学了。") == [("再过两天", "2024-04-26")]
    assert [
        m.text for m in tag("过了几天，他又来了。", reference=REFERENCE, lang="zh") if m.type == "DATE"
    ] == []


def test_a_clock_time_in_a_later_paragraph_is_not_the_coming_day_a_plan_named():
    story = "强台风预计明天凌晨在沿海登陆。\n市防汛办上午8时已发布红色预警，全市学校停课。"
    assert found(story, reference=date(2024, 7, 10)) == [
        ("明天凌晨", "2024-07-11"),
        ("上午8时", "2024-07-10T08"),
    ]
    planned = "强台风预计明天凌晨在沿海登陆。\n届时上午8时将召开新闻发布会。"
    assert found(planned, reference=date(2024, 7, 10))[-1] == ("上午8时", "2024-07-11T08")
