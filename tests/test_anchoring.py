"""Anchoring specs to the calendar: publication-relative, narrative, holidays, rolling."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.temporal import anchoring
from timeline.temporal.spec import Point, TimeSpec

PUBLISHED = datetime(2024, 4, 24, 9, 21)  # a Wednesday


def resolve(spec: TimeSpec, *, prefer="past", reference=PUBLISHED, before: TimeSpec | None = None):
    ctx = anchoring.Context(reference=reference, prefer=prefer)
    if before is not None:
        anchoring.observe(anchoring.resolve(before, ctx, 0), ctx, 10)
    return anchoring.resolve(spec, ctx, 20)


def point(**fields) -> TimeSpec:
    return TimeSpec("point", start=Point(**fields))


@pytest.mark.parametrize(
    ("fields", "prefer", "value"),
    [
        ({"month": 3, "day": 28}, "past", "2024-03-28"),
        ({"month": 5, "day": 10}, "past", "2023-05-10"),
        ({"month": 4, "day": 28}, "past", "2024-04-28"),
        ({"month": 5, "day": 1}, "future", "2024-05-01"),
        ({"month": 3, "day": 1}, "future", "2025-03-01"),
        ({"day": 25}, "past", "2024-04-25"),
        ({"day": 25}, "future", "2024-04-25"),
        ({"day": 31}, "past", "2024-03-31"),
        ({"month": 12}, "past", "2023-12"),
        ({"weekday": 0}, "past", "2024-04-22"),
        ({"weekday": 2}, "past", "2024-04-24"),
        ({"weekday": 2}, "future", "2024-05-01"),
        ({"holiday": "春节"}, "past", "2024-02-10"),
        ({"holiday": "中秋节"}, "past", "2023-09-29"),
        ({"holiday": "中秋节"}, "future", "2024-09-17"),
        ({"holiday": "除夕", "year": 2023}, "past", "2023-01-21"),
    ],
)
def test_partial_points_roll_to_the_preferred_side(fields, prefer, value):
    assert resolve(point(**fields), prefer=prefer).value == value


def test_narrative_point_lends_year_and_month():
    res = resolve(point(day=12), before=point(year=2015, month=6))
    assert (res.value, res.anchor) == ("2015-06-12", "narrative")


def test_publication_relative_points_do_not_become_the_narrative():
    res = resolve(point(month=12), before=TimeSpec("point", start=Point(rel_unit="year", rel_offset=0)))
    assert (res.value, res.anchor) == ("2023-12", "publication")


def test_after_is_capped_at_day_precision():
    res = resolve(TimeSpec("after"), before=point(year=2023, month=2, day=16, hour=1))
    assert (res.value, res.precision, res.date_start) == ("2023-02-16/..", "day", date(2023, 2, 16))


def test_then_copies_the_narrative_point():
    res = resolve(TimeSpec("then", approximate=True), before=point(year=2016))
    assert (res.value, res.qualifier, res.anchor) == ("2016~", "approximate", "narrative")
    assert resolve(TimeSpec("then")).anchor == "none"


def test_recent_precision_comes_from_the_spec():
    res = resolve(TimeSpec("recent", extra={"precision": "day"}))
    assert (res.value, res.precision, res.date_end) == ("../2024-04-24", "day", date(2024, 4, 24))


def test_quarter_range_value_spans_first_to_last_month():
    spec = TimeSpec("range", start=Point(quarter=1), end=Point(quarter=3))
    res = resolve(spec)
    assert (res.value, res.date_start, res.date_end) == (
        "2024-01/2024-09",
        date(2024, 1, 1),
        date(2024, 9, 30),
    )


def test_no_reference_leaves_relative_points_unanchored():
    res = resolve(TimeSpec("point", start=Point(rel_unit="year", rel_offset=-1)), reference=None)
    assert (res.value, res.anchor) == (None, "none")


def test_a_month_just_ahead_of_publication_is_the_coming_one():
    assert resolve(point(month=6)).value == "2024-06"
    assert resolve(point(month=7)).value == "2023-07"


def test_a_same_day_word_after_a_coarse_story_date_keeps_its_grain():
    from datetime import date

    from timeline.temporal import tag

    found = tag(
        "2016年，研究所成立。当天，市长出席。两天后，专家到场。", reference=date(2024, 4, 24), lang="zh"
    )
    by_text = {m.text: m for m in found}
    assert (by_text["当天"].value, by_text["当天"].precision) == ("2016", "year")
    assert by_text["两天后"].value is None  # no day is invented from a year


def test_a_day_word_inside_a_quote_counts_from_the_day_it_was_said():
    from timeline.temporal import tag

    text = "3月2日，店主接到通知：“明天可以开门，昨天的检查通过了。”\n记者今天看到，“明天营业”的牌子已挂出。"
    found = [(m.text, m.value, m.anchor) for m in tag(text, reference=PUBLISHED, lang="zh")]
    assert found == [
        ("3月2日", "2024-03-02", "publication"),
        ("明天", "2024-03-03", "narrative"),
        ("昨天", "2024-03-01", "narrative"),
        ("今天", "2024-04-24", "publication"),
        ("明天", "2024-04-25", "publication"),
    ]


@pytest.mark.parametrize(
    ("reference", "text", "lang", "value"),
    [
        (datetime(2024, 4, 20), "周末，一场暴雨袭击了全市。", "zh", "2024-04-20/2024-04-21"),  # a Saturday
        (datetime(2024, 4, 23), "周一至周三，全市部分地区停水。", "zh", "2024-04-22/2024-04-24"),
        (datetime(2024, 4, 23), "下周一至周三，图书馆闭馆整修。", "zh", "2024-04-29/2024-05-01"),
        (
            datetime(2024, 4, 20),
            "The market was shut Monday through Wednesday.",
            "en",
            "2024-04-15/2024-04-17",
        ),
        (datetime(2024, 4, 23), "Rain fell over the weekend.", "en", "2024-04-20/2024-04-21"),
        (datetime(2024, 4, 20), "The talks resume this weekend.", "en", "2024-04-20/2024-04-21"),
    ],
)
def test_a_range_of_weekdays_stays_within_one_week_even_across_publication(reference, text, lang, value):
    from timeline.temporal import tag

    assert [m.value for m in tag(text, reference=reference, lang=lang)] == [value]


def test_a_schedule_list_below_a_coming_date_runs_forward_from_it():
    from timeline.temporal import tag

    text = (
        "The choir will sing again next year, on a tour that opens March 3rd in Leeds.\n"
        "Dates\nMarch 3 – Leeds, Town Hall\nMarch 9 – York, Minster\nJanuary 4 – Hull, City Hall\n"
    )
    found = [(m.text, m.value) for m in tag(text, reference=PUBLISHED, lang="en")]
    assert found[-4:] == [
        ("March 3rd", "2025-03-03"),  # 'opens March 3rd': a schedule, ahead of publication
        ("March 3", "2025-03-03"),  # the same day told again in the list
        ("March 9", "2025-03-09"),  # the next line of the list
        ("January 4", "2026-01-04"),  # a list running forward goes into the next year
    ]


def test_a_yearless_day_in_a_past_story_still_rolls_back():
    from timeline.temporal import tag

    text = "The plant closed on March 3.\nDates\nMarch 3 – closure\nMarch 9 – sale\n"
    values = [m.value for m in tag(text, reference=PUBLISHED, lang="en")]
    assert values == ["2024-03-03", "2024-03-03", "2024-03-09"]


def test_that_day_after_a_name_year_is_the_day_told_within_that_year():
    from timeline.temporal import tag

    text = "9月16日上午，2019年全国龙舟邀请赛在岳阳开幕。来自各地的32支队伍参赛。当天下午，组委会举行了欢迎晚宴。"
    values = {m.text: (m.value, m.precision) for m in tag(text, reference=datetime(2019, 9, 20), lang="zh")}
    assert values["当天下午"] == ("2019-09-16", "day")
    plain = "2016年，球队换了主帅。当天，球迷聚集在球场外。"  # no day told: the year's grain, no day invented
    values = {m.text: (m.value, m.precision) for m in tag(plain, reference=PUBLISHED, lang="zh")}
    assert values["当天"] == ("2016", "year")


def test_a_yearless_day_later_in_the_month_of_a_coming_day_is_in_its_schedule():
    from datetime import date

    from timeline.temporal import tag

    text = "新航线将于11月8日首航。11月20日是前往济州岛的4晚5天航次。"
    got = {m.text: m.value for m in tag(text, reference=date(2021, 8, 2), lang="zh") if m.type == "DATE"}
    assert got["11月20日"] == "2021-11-20"  # the coming November's schedule, not last year's
    # a day before the coming one, told without tense, still rolls back as before
    text = "新航线将于11月8日首航。11月2日，该船完成试航。"
    got = {m.text: m.value for m in tag(text, reference=date(2021, 8, 2), lang="zh") if m.type == "DATE"}
    assert got["11月2日"] == "2020-11-02"
