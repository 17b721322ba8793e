"""Jewish feasts on the Gregorian calendar, by the Hebrew calendar's arithmetic (via `convertdate`, any year).

A Hebrew day begins at sunset, so a feast is given from its eve (the Gregorian day on whose evening it
begins) to the last Gregorian day of its daylight: Yom Kippur 2013 is 2013-09-13/2013-09-14, Passover
2018 is 2018-03-30/2018-04-07. Where Israel and the diaspora keep different lengths (Passover 7 or 8
days, Shavuot 1 or 2, Simchat Torah on 22 or 23 Tishrei) the span covers both: the extra diaspora
day is always at the end, so the span is the diaspora's.
"""

from __future__ import annotations

import warnings
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from convertdate import hebrew

from timeline.temporal.calendar_range import CalendarRangeError

NISAN, IYAR, SIVAN, AV, TISHREI, KISLEV, SHEVAT, ADAR = 1, 2, 3, 5, 7, 9, 11, 12
"""Hebrew months as `convertdate` numbers them (Adar is 13, Adar II, in a leap year)."""
YEAR_OFFSET = 3760
"""A Hebrew year begins in the autumn of Gregorian year (Hebrew year - 3761)."""
FRIDAY, SATURDAY, SUNDAY, MONDAY = 4, 5, 6, 0


class Feast(NamedTuple):
    """A feast's first Hebrew day and how many days it lasts."""

    month: int
    day: int
    days: int = 1


HEBREW_FEASTS: dict[str, Feast] = {
    "rosh hashanah": Feast(TISHREI, 1, 2),
    "yom kippur": Feast(TISHREI, 10),
    "sukkot": Feast(TISHREI, 15, 7),
    "shemini atzeret": Feast(TISHREI, 22),
    "simchat torah": Feast(TISHREI, 22, 2),  # 22 Tishrei in Israel, 23 in the diaspora
    "hanukkah": Feast(KISLEV, 25, 8),
    "tu bishvat": Feast(SHEVAT, 15),
    "purim": Feast(ADAR, 14),  # in a leap year: Adar II
    "shushan purim": Feast(ADAR, 15),
    "passover": Feast(NISAN, 15, 8),
    "yom hashoah": Feast(NISAN, 27),
    "yom haatzmaut": Feast(IYAR, 5),
    "lag baomer": Feast(IYAR, 18),
    "shavuot": Feast(SIVAN, 6, 2),
    "tisha bav": Feast(AV, 9),
}
"""Jewish feast → its first day in the Hebrew calendar and its length in days."""

FIRST_YEAR = {"yom haatzmaut": 1949, "yom hashoah": 1951}
"""Days instituted by the State of Israel: none before these years."""


def hebrew_feast_days(feast: str, year: int) -> tuple[date, date]:
    """Eve and last day of a feast of `HEBREW_FEASTS` whose first day falls in Gregorian `year`."""
    if year < FIRST_YEAR.get(feast, 1):
        raise CalendarRangeError(f"{feast} was not kept before {FIRST_YEAR[feast]}")
    spec = HEBREW_FEASTS[feast]
    first = _observed(feast, _first_day(spec.month, spec.day, year))
    return first - timedelta(days=1), first + timedelta(days=spec.days - 1)


def hebrew_nth_day(feast: str, year: int, nth: int) -> tuple[date, date]:
    """The nth day (-1: the last) of a multi-day feast, from its eve to its daylight; ValueError beyond its length."""
    spec = HEBREW_FEASTS[feast]
    nth = spec.days if nth == -1 else nth
    if not 1 <= nth <= spec.days:
        raise ValueError(f"{feast} lasts {spec.days} days, not {nth}")
    eve, _ = hebrew_feast_days(feast, year)
    return eve + timedelta(days=nth - 1), eve + timedelta(days=nth)


@lru_cache(maxsize=512)
def _first_day(month: int, day: int, year: int) -> date:
    """The Gregorian day in `year` of Hebrew `month`/`day` (Adar II for Adar in a leap year)."""
    if not 2 <= year <= 9998:
        raise CalendarRangeError(f"year {year} is outside the Gregorian calendar")
    for hebrew_year in (year + YEAR_OFFSET, year + YEAR_OFFSET + 1):
        real_month = 13 if month == ADAR and hebrew.leap(hebrew_year) else month
        with warnings.catch_warnings():  # convertdate 2.5 calls its own deprecated month_days()
            warnings.simplefilter("ignore", DeprecationWarning)
            found = date(*hebrew.to_gregorian(hebrew_year, real_month, day))
        if found.year == year:
            return found
    raise CalendarRangeError(f"Hebrew {month}/{day} does not fall in {year}")


def _observed(feast: str, day: date) -> date:
    """The day a feast is kept when its date would clash with the Sabbath (Israeli law and custom)."""
    weekday = day.weekday()
    if feast == "tisha bav" and weekday == SATURDAY:
        return day + timedelta(days=1)  # a fast is never kept on the Sabbath: postponed to Sunday
    if feast == "yom haatzmaut":
        if weekday in (FRIDAY, SATURDAY):
            return day - timedelta(days=weekday - 3)  # brought forward to Thursday
        if weekday == MONDAY and day.year >= 2004:
            return day + timedelta(days=1)  # since 2004: put off to Tuesday
    if feast == "yom hashoah":
        if weekday == FRIDAY:
            return day - timedelta(days=1)
        if weekday == SUNDAY:
            return day + timedelta(days=1)
    return day
