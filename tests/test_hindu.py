"""Hindu feasts from the holidays package's India tables; no value outside the tables' years."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.calendar_range import CalendarRangeError
from timeline.temporal.hindu import HINDU_FEASTS, hindu_feast_days, hindu_nth_day


@pytest.mark.parametrize("feast", sorted(HINDU_FEASTS))
def test_every_feast_has_a_date_in_the_tables_years(feast):
    for year in range(2001, 2036):
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
