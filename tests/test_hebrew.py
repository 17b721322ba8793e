"""Jewish feasts: the Hebrew calendar's arithmetic (convertdate) against the holidays package's tables."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from holidays.calendars import _HebrewLunisolar

from timeline.temporal.calendar_range import CalendarRangeError
from timeline.temporal.hebrew import hebrew_feast_days, hebrew_nth_day

TABLES = {
    "passover": "passover_date",
    "rosh hashanah": "rosh_hashanah_date",
    "yom kippur": "yom_kippur_date",
    "sukkot": "sukkot_date",
    "shavuot": "shavuot_date",
    "purim": "purim_date",
    "lag baomer": "lag_baomer_date",
}


@pytest.mark.parametrize("feast", sorted(TABLES))
def test_first_day_agrees_with_the_holidays_tables(feast):
    tables = _HebrewLunisolar()
    for year in range(1948, 2101):
        eve, _ = hebrew_feast_days(feast, year)
        assert eve + timedelta(days=1) == getattr(tables, TABLES[feast])(year), (feast, year)


def test_hanukkah_agrees_with_the_holidays_tables():
    tables = _HebrewLunisolar()
    for year in range(1948, 2101):
        eve, last = hebrew_feast_days("hanukkah", year)
        assert eve + timedelta(days=1) in tables.hanukkah_date(year)
        assert (last - eve).days == 8  # eight days after the eve


def test_spans_run_from_the_eve_to_the_last_day():
    assert hebrew_feast_days("passover", 2018) == (date(2018, 3, 30), date(2018, 4, 7))
    assert hebrew_feast_days("yom kippur", 2013) == (date(2013, 9, 13), date(2013, 9, 14))
    assert hebrew_feast_days("simchat torah", 2023) == (date(2023, 10, 6), date(2023, 10, 8))


def test_purim_falls_in_adar_ii_of_a_leap_year():
    assert hebrew_feast_days("purim", 2024) == (date(2024, 3, 23), date(2024, 3, 24))
    assert hebrew_feast_days("purim", 2023) == (date(2023, 3, 6), date(2023, 3, 7))


def test_days_moved_off_the_sabbath():
    assert hebrew_feast_days("tisha bav", 2018)[1] == date(2018, 7, 22)  # 9 Av on a Saturday: Sunday
    assert hebrew_feast_days("yom haatzmaut", 2024)[1] == date(2024, 5, 14)  # Monday: Tuesday
    assert hebrew_feast_days("yom haatzmaut", 2018)[1] == date(2018, 4, 19)  # Friday: Thursday


def test_nth_day():
    assert hebrew_nth_day("passover", 2018, 1) == (date(2018, 3, 30), date(2018, 3, 31))
    with pytest.raises(ValueError):
        hebrew_nth_day("passover", 2018, 9)


def test_days_not_kept_yet_have_no_date():
    with pytest.raises(CalendarRangeError):
        hebrew_feast_days("yom haatzmaut", 1940)
