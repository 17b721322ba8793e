"""Hindu (and Sikh, Jain) feasts on the Gregorian calendar, from the tables of the `holidays` package.

Lunisolar feasts fall on different days by region and almanac; these are the days the `holidays`
package keeps for India (its `_HinduLunisolar` tables, mostly 2001-2035; Diwali 1901-2100), except
屠妖节, Deepavali as Singapore and Malaysia keep it. Outside a table's years there is no value.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from holidays.calendars import _HinduLunisolar

from timeline.temporal.calendar_range import CalendarRangeError

_CALENDAR = _HinduLunisolar()


class Feast(NamedTuple):
    """A feast read from one table of the library: days from that table's day, and its length."""

    table: str
    offset: int = 0
    days: int = 1


HINDU_FEASTS: dict[str, Feast] = {
    "diwali": Feast("diwali_india"),
    "deepavali (singapore, malaysia)": Feast("diwali"),
    "naraka chaturdashi": Feast("naraka_chaturdashi"),
    "govardhan puja": Feast("govardhan_puja"),
    "holi": Feast("holi"),
    "holika dahan": Feast("holi", -1),  # the bonfire on the eve of Holi
    "raksha bandhan": Feast("raksha_bandhan"),
    "onam": Feast("onam"),
    "dussehra": Feast("dussehra"),
    "navaratri": Feast("sharad_navratri"),  # nine nights, up to the day before Dussehra (below)
    "chhath": Feast("chhath_puja"),
    "pongal": Feast("pongal"),  # Thai Pongal, the second of the festival's four days
    "pongal festival": Feast("pongal", -1, 4),  # Bhogi, Thai Pongal, Mattu Pongal, Kaanum Pongal
    "bhogi": Feast("pongal", -1),
    "mattu pongal": Feast("pongal", 1),
    "kaanum pongal": Feast("pongal", 2),
    "makar sankranti": Feast("makar_sankranti"),
    "vaisakhi": Feast("vaisakhi"),
    "vasant panchami": Feast("basant_panchami"),
    "janmashtami": Feast("janmashtami"),
    "ganesh chaturthi": Feast("ganesh_chaturthi"),
    "ram navami": Feast("ram_navami"),
    "maha shivaratri": Feast("maha_shivaratri"),
    "karva chauth": Feast("karwa_chauth"),
    "rath yatra": Feast("rath_yatra"),
    "ugadi": Feast("gudi_padwa"),  # Ugadi and Gudi Padwa: the same new year's day
    "mahavir jayanti": Feast("mahavir_jayanti"),
    "guru nanak jayanti": Feast("guru_nanak_jayanti"),
    "guru ravidas jayanti": Feast("guru_ravidas_jayanti"),
    "valmiki jayanti": Feast("maharshi_valmiki_jayanti"),
}
"""Feast → the library's table, days from its day, and how many days the feast lasts."""
HINDU_FESTIVALS = frozenset({"navaratri", "pongal", "pongal festival"})
"""Feasts of several days (Pongal, named by its main day, counts the days of its festival)."""
FESTIVALS = {"pongal": "pongal festival"}
"""A feast named by its main day whose festival's days are counted ("the fourth day of Pongal")."""


def hindu_feast_days(feast: str, year: int) -> tuple[date, date]:
    """First and last day of a feast of `HINDU_FEASTS` in Gregorian `year`."""
    spec = HINDU_FEASTS[feast]
    first = _table_day(spec.table, year) + timedelta(days=spec.offset)
    if feast == "navaratri":
        return first, _table_day("dussehra", year) - timedelta(days=1)
    return first, first + timedelta(days=spec.days - 1)


def hindu_nth_day(feast: str, year: int, nth: int) -> tuple[date, date]:
    """The nth day (-1: the last) of a festival ("庞格尔节第四天"); ValueError beyond its length."""
    first, last = hindu_feast_days(FESTIVALS.get(feast, feast), year)
    if nth == -1:
        return last, last
    day = first + timedelta(days=nth - 1)
    if nth < 1 or day > last:
        raise ValueError(f"{feast} has no day {nth}")
    return day, day


def _table_day(table: str, year: int) -> date:
    day, _estimated = getattr(_CALENDAR, f"{table}_date")(year)
    if day is None:
        raise CalendarRangeError(f"the holidays package has no {table} date for {year}")
    return day
