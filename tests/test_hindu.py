"""Hindu feasts from the holidays package's India tables; no value outside the tables' years."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.calendar_range import CalendarRangeError
from timeline.temporal.hindu import HINDU_FEASTS, SKIPS_YEARS, hindu_feast_days, hindu_nth_day


@pytest.mark.parametrize("feast", sorted(HINDU_FEASTS))
def test_every_feast_has_a_date_in_the_tables_years(feast):
    for year in range(2001, 2036):
        if feast in SKIPS_YEARS and year in (2018, 2023, 2026, 2031):
            with pytest.raises(CalendarRangeError):
                hindu_feast_days(feast, year)
            continue
        first, last = hindu_feast_days(feast, year)
        assert first.year == year or feast == "pongal festival"
        assert first <= last


def test_navaratri_ends_the_day_before_dussehra():
    assert hindu_feast_days("navaratri", 2023) == (date(2023, 10, 15), date(2023, 10, 23))
    assert hindu_feast_days("dussehra", 2023) == (date(2023, 10, 24), date(2023, 10, 24))


def test_the_nth_day_of_pongal_counts_from_bhogi():
    assert hindu_nth_day("pongal", 2024, 1) == (date(2024, 1, 14), date(2024, 1, 14))
    assert hindu_nth_day("pongal", 2024, 4) == (date(2024, 1, 17), date(2024, 1, 17))
    with pytest.raises(ValueError):
        hindu_nth_day("pongal", 2024, 5)


def test_outside_the_tables_there_is_no_date():
    with pytest.raises(CalendarRangeError):
        hindu_feast_days("holi", 2040)


@pytest.mark.parametrize(
    ("text", "lang"), [("2040年排灯节", "zh"), ("Diwali 2040", "en"), ("Eid al-Fitr 2090", "en")]
)
def test_a_feast_outside_its_calendar_is_a_date_without_a_value(text, lang):
    (mention,) = tag(text, reference=date(2024, 4, 24), lang=lang)
    assert (mention.text, mention.type, mention.value, mention.anchor) == (text, "DATE", None, "none")


def test_guru_gobind_singh_jayanti_takes_the_first_of_two_days_in_a_year():
    assert hindu_feast_days("guru gobind singh jayanti", 2017) == (date(2017, 1, 5), date(2017, 1, 5))


def test_gregorian_rules_of_the_package_parsi_new_year_and_tagores_birthday():
    assert hindu_feast_days("parsi new year", 2018)[0] == date(2018, 8, 17)
    assert hindu_feast_days("parsi new year", 2022)[0] == date(2022, 8, 16)
    assert hindu_feast_days("rabindra jayanti", 2024)[0] == date(2024, 5, 8)  # a leap year
    assert hindu_feast_days("rabindra jayanti", 2019)[0] == date(2019, 5, 9)
