"""Hindu (and Sikh, Jain) feasts on the Gregorian calendar, from the tables of the `holidays` package.

Lunisolar feasts fall on different days by region and almanac; these are the days the `holidays`
package keeps for India (its `_HinduLunisolar` tables, mostly 2001-2035; Diwali 1901-2100), except
屠妖节, Deepavali as Singapore and Malaysia keep it. Outside a table's years there is no value.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import NamedTuple

from holidays.calendars import _HinduLunisolar
from holidays.groups.hindu import HinduCalendarHolidays

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
    "guru gobind singh jayanti": Feast("guru_gobind_singh_jayanti"),
    "bhai dooj": Feast("govardhan_puja", 1),  # as the package adds it: the day after Govardhan Puja
    "maha saptami": Feast("maha_ashtami", -1),  # the package's Maha Saptami: the eve of Maha Ashtami
    "parsi new year": Feast("parsi_new_year"),  # Gregorian rules of the package's holiday group
    "rabindra jayanti": Feast("rabindranath_birthday"),
}
"""Feast → the library's table, days from its day, and how many days the feast lasts."""
SKIPS_YEARS = frozenset({"guru gobind singh jayanti"})
"""Feasts whose lunar day falls twice in some Gregorian years (2017: Jan 5, Dec 25) and not in others (2018)."""
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


class _OneHoliday:
    """Just enough of a holidays table for one of the package's `_add_<feast>` rules to write its day."""

    def __init__(self, year: int) -> None:
        self._year = year
        self.day: date | None = None

    def _add_holiday(self, name: str, day: date) -> None:
        self.day = day


GREGORIAN_RULES = frozenset({"parsi_new_year", "rabindranath_birthday"})
"""Feasts the package adds by a Gregorian rule of its Hindu holiday group, not from a lunisolar table."""


def _table_day(table: str, year: int) -> date:
    if table in GREGORIAN_RULES:
        holder = _OneHoliday(year)
        getattr(HinduCalendarHolidays, f"_add_{table}")(holder, table)
        day = holder.day
    else:
        found = getattr(_CALENDAR, f"{table}_date")(year)
        if not isinstance(found, tuple):  # a table that may hold two days in a year: the first in `year`
            found = next(((d, e) for d, e in found if d.year == year), (None, True))
        day, _estimated = found
    if day is None:
        raise CalendarRangeError(f"the holidays package has no {table} date for {year}")
    return day
