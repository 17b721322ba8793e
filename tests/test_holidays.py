"""Holiday names → calendar days: Islamic feasts (Umm al-Qura), spans (斋月, 大斋期), range limits."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.holidays import NAMES, holiday_date, holiday_days


@pytest.mark.parametrize(
    ("name", "year", "day"),
    [
        ("开斋节", 2023, date(2023, 4, 21)),
        ("古尔邦节", 2022, date(2022, 7, 9)),
        ("伊斯兰新年", 2019, date(2019, 8, 31)),
        ("圣纪节", 2021, date(2021, 10, 18)),
        ("卫塞节", 2019, date(2019, 5, 19)),  # the full moon of the fourth lunar month
        ("大斋首日", 2019, date(2019, 3, 6)),
        ("老板节", 2019, date(2019, 10, 16)),
    ],
)
def test_holiday_date(name, year, day):
    assert holiday_date(name, year) == day


def test_ramadan_and_lent_are_spans_of_days():
    assert holiday_days("斋月", 2023) == (date(2023, 3, 23), date(2023, 4, 20))
    assert holiday_days("大斋期", 2023) == (date(2023, 2, 22), date(2023, 4, 8))
    assert holiday_days("春节", 2023) == (date(2023, 1, 22), date(2023, 1, 22))


def test_ramadan_running_into_the_next_year_ends_there():
    first, last = holiday_days("斋月", 2031)
    assert first == date(2031, 12, 15) and last.year == 2032


def test_an_islamic_feast_outside_the_calendar_tables_is_a_value_error():
    with pytest.raises(ValueError, match="1924"):
        holiday_date("开斋节", 1800)


def test_every_name_has_a_date_in_a_recent_year():
    for name in NAMES:
        assert isinstance(holiday_date(name, 2024), date), name


@pytest.mark.parametrize(
    ("year", "day"),
    [
        (2012, date(2012, 3, 31)),  # March's last Saturday
        (2013, date(2013, 3, 23)),  # the last Saturday is Holy Saturday (Easter March 31): a week earlier
        (2016, date(2016, 3, 19)),
        (2018, date(2018, 3, 24)),
        (2021, date(2021, 3, 27)),
        (2024, date(2024, 3, 23)),
    ],
)
def test_earth_hour_is_marchs_last_saturday_unless_it_is_holy_saturday(year, day):
    assert holiday_date("地球一小时", year) == day
    assert holiday_date("earth hour", year) == day


def test_earth_hour_is_held_at_its_hours():
    from timeline.temporal.holidays import event_hours

    assert event_hours("地球一小時") == ((20, 30), (21, 30))
    assert event_hours("earth hour") == ((20, 30), (21, 30))
    assert event_hours("christmas") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("雙十國慶當天，台北舉行升旗典禮。", "2023-10-10"),
        ("中華民國112年國慶，總統府前廣場湧入數萬人。", "2023-10-10"),
        ("民國112年的國慶日，煙火在花蓮施放。", "2023-10-10"),  # the story's own year count says Taiwan
        ("今年國慶連假，各風景區人潮不斷。", "2023-10-10"),  # 連假: Taiwan's word for the days off
        ("今年国庆，全市接待游客120万人次。", "2023-10-01"),
        ("今年國慶期間，香港維港舉行煙花匯演。", "2023-10-01~"),  # Hong Kong keeps 1 October
    ],
)
def test_national_day_of_a_taiwan_story_is_the_tenth_of_october(text, value):
    from timeline.temporal import tag

    mentions = [m for m in tag(text, reference=date(2023, 10, 12), lang="zh") if m.type == "DATE"]
    assert mentions[0].value == value


def test_the_consumer_rights_gala_is_dated_by_its_day():
    from timeline.temporal import tag

    text = "在今年315晚会被点名后，该公司整改。去年3·15晚会曝光了多家企业。"
    got = [(m.text, m.value) for m in tag(text, reference=date(2021, 9, 1), lang="zh") if m.type == "DATE"]
    assert got == [("今年315晚会", "2021-03-15"), ("去年3·15晚会", "2020-03-15")]
