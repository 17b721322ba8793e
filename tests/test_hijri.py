"""Islamic feasts on the Gregorian calendar (Umm al-Qura, via hijridate)."""

from datetime import date

import pytest

from timeline.temporal.hijri import hijri_feast


@pytest.mark.parametrize(
    ("feast", "year", "day"),
    [
        ("eid al-fitr", 2018, date(2018, 6, 15)),
        ("ramadan", 2018, date(2018, 5, 16)),
        ("ramadan's last day", 2018, date(2018, 6, 14)),
        ("eid al-adha", 1980, date(1980, 10, 19)),
        ("last friday of ramadan", 2017, date(2017, 6, 23)),
    ],
)
def test_feasts_fall_on_the_calendar_day(feast, year, day):
    assert hijri_feast(feast, year) == day


def test_a_year_with_two_feasts_gives_the_first():
    assert hijri_feast("eid al-adha", 1974) == date(1974, 1, 3)  # and again on 1974-12-24


def test_years_outside_the_calendar_are_a_value_error():
    with pytest.raises(ValueError, match="1924"):
        hijri_feast("eid al-fitr", 1800)
