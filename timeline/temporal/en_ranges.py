"""English rule builders for ranges: "from 2014 to 2016", "2014-16", "Oct. 26-28", "April 24 and 25"."""

from __future__ import annotations

from timeline.temporal.en_common import AHEAD_DAYS, Match, group_int
from timeline.temporal.en_parts import month_of, parse_side, plausible_month_word
from timeline.temporal.spec import Point, TimeSpec


def date_range(m: Match, text: str) -> TimeSpec | None:
    """A range between two dates ("from 2014 to 2016", "between May and July")."""
    g = m.groupdict()
    first, last = parse_side(g["a"]), parse_side(g["b"])
    if first is None or last is None:
        return None
    if (first.weekday is None) != (last.weekday is None):
        return None
    bare_a = first.year is None and first.month is None and first.weekday is None
    bare_b = last.year is None and last.month is None and last.weekday is None
    if bare_a and bare_b:
        return None
    if bare_b and first.day is None:
        return None
    if bare_a:  # "10 to 12 March 2024": the first day borrows the month and year of the second
        if last.day is None:
            return None
        first = first.with_(month=last.month, year=last.year)
    if first.year is None and last.year is not None and first.month is not None:
        first = first.with_(year=last.year)
    if first.year is not None and first.month is None and last.year is None and last.month is None:
        return None
    if first.year is None and first.weekday is None:  # a yearless range reads like a yearless month
        first = first.with_(year_from_explicit=True)
    return TimeSpec("range", start=first, end=last)


def year_range(m: Match, text: str) -> TimeSpec | None:
    """A year range written with a dash ("2014-2016", "2014-16")."""
    a = int(m.group("a"))
    b_text = m.group("b")
    b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
    if b <= a or b - a > 50:
        return None
    return TimeSpec("range", start=Point(year=a), end=Point(year=b))


def day_range(m: Match, text: str) -> TimeSpec | None:
    """Days of one month ("Oct. 26-28", "March 10 to 12, 2024")."""
    g = m.groupdict()
    if not plausible_month_word(g["mon"]):
        return None
    month, d1, d2 = month_of(g["mon"]), group_int(g, "d1") or 0, group_int(g, "d2") or 0
    if not 1 <= d1 < d2 <= 31:
        return None
    if g.get("and") and d2 != d1 + 1:  # "April 24 and 25" is a span of two days; "May 3 and 17" two dates
        return None
    year = group_int(g, "y")
    start = Point(year=year, month=month, day=d1)
    if year is None:  # "Oct. 18-21" a fortnight after publication is this year's, as "Oct. 18" is
        start = start.with_(year_from_explicit=True, ahead_days=AHEAD_DAYS)
    return TimeSpec("range", start=start, end=Point(day=d2))
