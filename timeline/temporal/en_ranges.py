"""English rule builders for ranges: "from 2014 to 2016", "2014-16", "Oct. 26-28", "April 24 and 25"."""

from __future__ import annotations

import re

from timeline.temporal.en_common import AHEAD_DAYS, Match, group_int, with_tense
from timeline.temporal.en_parts import month_of, parse_side, plausible_month_word
from timeline.temporal.spec import Point, TimeSpec

_CLOCK_GOES_ON = re.compile(r"[:.]\d\d\b")


def date_range(m: Match, text: str) -> TimeSpec | None:
    """A range between two dates ("from 2014 to 2016", "between May and July")."""
    g = m.groupdict()
    if _CLOCK_GOES_ON.match(text, m.end()):
        return None  # "November 20, 2019 - 11:28 AMT": a date, then the hour of a clock time
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
    if _MOVED_BEFORE.search(text, max(0, m.start() - 40), m.start()) and m.group(0)[:4].lower() == "from":
        # "postponed from Tuesday to Friday": the event now falls on the second date, not across both
        if last.year is None and first.year is not None and last.month is not None:
            last = last.with_(year=first.year)
        return with_tense(TimeSpec("point", start=last), m, text)
    return TimeSpec("range", start=first, end=last)


_MOVED_BEFORE = re.compile(
    r"\b(?:postponed|delayed|moved|pushed\s+back|pushed|brought\s+forward|rescheduled|shifted|put\s+off|"
    r"bumped|switched|changed|deferred|advanced)(?:\s+(?:it|them|the\s+\w+))?\s+$",
    re.IGNORECASE,
)
"""A verb of moving a date right before 'from A to B': the date moves from A to B."""


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
