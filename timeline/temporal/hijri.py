"""Islamic feasts on the Gregorian calendar, by the Umm al-Qura calendar (via `hijridate`, 1924-2077).

Local observance may differ by a day where the new moon is sighted; these are the calendar's days.
"""

from __future__ import annotations

from datetime import date, timedelta

from hijridate import Gregorian, Hijri

from timeline.temporal.calendar_range import CalendarRangeError

HIJRI_FEASTS: dict[str, tuple[int, int]] = {
    "islamic new year": (1, 1),
    "ashura": (1, 10),
    "mawlid": (3, 12),
    "isra and mi'raj": (7, 27),
    "ramadan": (9, 1),
    "ramadan's last day": (9, 0),  # day 0: the month's last day (29 or 30)
    "last friday of ramadan": (9, -5),  # weekday -5: the last Friday of the month
    "laylat al-qadr": (9, 27),
    "eid al-fitr": (10, 1),
    "eid al-adha": (12, 10),
}
"""Feast → (Hijri month, day) in the Umm al-Qura calendar."""
FRIDAY = 4


def hijri_feast(feast: str, year: int) -> date:
    """The first day in Gregorian `year` of a feast of `HIJRI_FEASTS`; ValueError outside the calendar's range."""
    return hijri_day_in_year(year, *HIJRI_FEASTS[feast])


def hijri_month_span(year: int, month: int) -> tuple[date, date]:
    """First and last day of the Hijri `month` that begins in Gregorian `year` (Ramadan: 29 or 30 days)."""
    first = hijri_day_in_year(year, month, 1)
    hijri = Gregorian(first.year, first.month, first.day).to_hijri()
    return first, first + timedelta(days=Hijri(hijri.year, month, 1).month_length() - 1)


def hijri_day_in_year(year: int, month: int, day: int) -> date:
    """The first day of Gregorian `year` that is Hijri `month`/`day` (day 0: the month's last day);
    ValueError when none falls in it, `CalendarRangeError` outside the calendar's range (1924-2077)."""
    try:
        around = Gregorian(year, 1, 1).to_hijri().year
    except OverflowError as error:
        raise CalendarRangeError(str(error)) from None
    for hijri_year in (around, around + 1):
        found = _day(hijri_year, month, day)
        if found.year == year:
            return found
    raise ValueError(f"Hijri {month}/{day} does not fall in {year}")


def _day(hijri_year: int, month: int, day: int) -> date:
    try:
        if day > 0:
            return date.fromordinal(Hijri(hijri_year, month, day).to_gregorian().toordinal())
        length = Hijri(hijri_year, month, 1).month_length()
        last = date.fromordinal(Hijri(hijri_year, month, length).to_gregorian().toordinal())
    except OverflowError as error:
        raise CalendarRangeError(str(error)) from None
    except ValueError as error:
        raise ValueError(str(error)) from None
    if day == 0:
        return last
    return last - timedelta(days=(last.weekday() - FRIDAY) % 7)
