"""The reference a text's relative expressions count from, which may be known only to its year or month.

An article whose dateline gives only "1837", a book chapter set in "2008年3月": `tag(text,
reference="1837")` resolves against that year and invents nothing below it (a yearless 12月30号 is
1837-12-30; 昨天 stays unanchored; 去年 is 1836). `glossed_today` reads the day a story itself calls
today (今天(9月7日)).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime
from typing import Literal

from timeline.errors import InputError
from timeline.temporal.bounds import Filled, bounds, valid_day
from timeline.temporal.rolling import holiday_year, lunar_year
from timeline.temporal.spec import Point

Known = Literal["year", "month"]
"""How much of a partial reference is known (None elsewhere: the day, or the instant, is known)."""

ReferenceLike = datetime | date | str | None
"""What `tag(reference=...)` accepts: a date, a date-time, an ISO string, or "YYYY" / "YYYY-MM"."""

PARTIAL_REFERENCE = re.compile(r"^\s*(\d{4})(?:[-/.年](\d{1,2})月?)?年?\s*$")
"""A reference written with only its year or month: 1837, 2008-03, 2008年3月."""


def read_reference(value: ReferenceLike) -> tuple[datetime | date | None, Known | None]:
    """Split a reference into its first day (or instant) and how much of it is known.

    >>> read_reference("1837")
    (datetime.date(1837, 1, 1), 'year')
    >>> read_reference("2008-03")
    (datetime.date(2008, 3, 1), 'month')
    """
    if value is None or isinstance(value, (date, datetime)):
        return value, None
    partial = PARTIAL_REFERENCE.match(value)
    if partial:
        year, month = int(partial[1]), partial[2]
        if month is None:
            return date(year, 1, 1), "year"
        if 1 <= int(month) <= 12:
            return date(year, int(month), 1), "month"
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        parsed = None
    if parsed is None:
        raise InputError(
            f"reference {value!r} is not a date; write it as 2024-04-24, 2024-04-24T09:21, "
            "or 2024-04 / 2024 when only the month or year is known"
        )
    if parsed.tzinfo is not None:
        parsed = parsed.replace(tzinfo=None)
    if len(value.strip()) == 10:  # a day without a clock stays a day
        return parsed.date(), None
    return parsed, None


def last_day(first: date, known: Known | None) -> date:
    """The last calendar day of the known reference period that starts on `first`."""
    if known == "year":
        return date(first.year, 12, 31)
    if known == "month":
        return date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
    return first


SHIFTS_WITHIN: dict[Known, tuple[str, ...]] = {
    "year": ("year",),
    "month": ("year", "half", "quarter", "month"),
}
"""Relative units a partial reference can count in: 去年 against a known year, not 昨天."""


def within_known(point: Point, first: date, known: Known) -> tuple[Filled, str] | None:
    """A partial date against a reference known only to its year (or month): it takes the known
    fields as they are, never rolled (the reference's place in its year is unknown); a date that
    needs more than is known (a bare day against a year, a weekday, a clock time) stays unanchored."""
    if point.weekday is not None and point.month is None and point.day is None:
        return None
    if point.holiday is not None:
        return bounds(holiday_year(point, first, None)), "publication"
    if point.lunar:
        return bounds(lunar_year(point, first, None)), "publication"
    filled = point.with_(year=first.year)
    if point.month is None and (point.day is not None or point.tenday is not None):
        if known == "year":
            return None
        filled = filled.with_(month=first.month)
    elif point.month is None and (point.hour is not None or point.daypart):
        return None
    if filled.day is not None and filled.month is not None and not valid_day(filled):
        return None
    return bounds(filled), "publication"


_TODAY_GLOSS = re.compile(r"(?:今天|今日)\s*[（(]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*[日号號]\s*[)）]")
GLOSS_LEAD_CHARS = 400
"""Only a gloss in the story's lead (its first characters) says which day the story calls today."""
GLOSS_WINDOW_DAYS = 3
"""A glossed today at most this many days from the publication day replaces it (a story filed late
at night and published after midnight, or a copy posted a day or two later)."""


def glossed_today(text: str, reference: datetime | date | None) -> datetime | date | None:
    """The reference as the story itself glosses it: 今天(9月7日) in an article dated 9月8日 00:20 is
    the 7th, so its 今天, 昨天 and 明天 count from the 7th; otherwise `reference` unchanged."""
    if reference is None:
        return None
    gloss = _TODAY_GLOSS.search(text, 0, GLOSS_LEAD_CHARS)
    if gloss is None:
        return reference
    day = reference.date() if isinstance(reference, datetime) else reference
    number = int(gloss[2])
    candidates = []
    for shift in range(-GLOSS_WINDOW_DAYS, GLOSS_WINDOW_DAYS + 1):
        near = date.fromordinal(day.toordinal() + shift)
        if near.day == number and (gloss[1] is None or near.month == int(gloss[1])):
            candidates.append(near)
    if not candidates:
        return reference
    told = min(candidates, key=lambda d: abs((d - day).days))
    return reference if told == day else told
