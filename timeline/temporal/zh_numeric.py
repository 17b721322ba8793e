"""Chinese rules for numeric periods of CVs and web pages: 1999.08-2002.02, 2015.09-至今, 09-01 20:01,
and the month·day names of events (7·21暴雨, 6·30).

A dotted year-month stands alone only in a range (alone, 2019.12 is as likely a number); a dashed
month-day only with a clock time after it (alone, 09-01 is as likely a score or a code).
"""

from __future__ import annotations

import re

from timeline.temporal.engine import Rule
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_patterns import NearTrigger
from timeline.temporal.zh_read import found_groups

_DASH = r"[ \t]?(?:-|－|–|—{1,2}|~|～|至|到)[ \t]?"
_YEAR = r"(?:19|20)\d\d"
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = r"(?:0[1-9]|[12]\d|3[01])"
_CLOCK = r"(?:[01]\d|2[0-3]):[0-5]\d"
_NOT_A_NUMBER_AFTER = r"(?![\d.%:元万萬亿億点點美])"
NOW_WORDS = ("至今", "今", "现在", "現在")


def year_month_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """1999.08-2002.02 (months), 2008.03-2009 (to a year), 2015.09-至今 (since)."""
    g = found_groups(m)
    first = Point(year=int(g["y1"] or 0), month=int(g["m1"] or 0))
    if g.get("now"):
        return TimeSpec("point", start=first, qualifier="since")
    last_year, last_month = int(g.get("y2") or 0), int(g.get("m2") or 0)
    if (last_year, last_month or 12) <= (first.year, first.month):  # type: ignore[operator]
        return None
    last = Point(year=last_year, month=last_month or None)
    return TimeSpec("range", start=first, end=last)


def month_day_clock(m: re.Match[str], text: str) -> TimeSpec | None:
    """09-01 20:01 (and 09-01 20:01 至 12-01 18:07): a yearless day with its clock time."""
    g = found_groups(m)

    def point(p: str) -> Point:
        hour, minute = (int(x) for x in (g[p + "c"] or "0:0").split(":"))
        return Point(month=int(g[p + "m"] or 0), day=int(g[p + "d"] or 0), hour=hour, minute=minute)

    if g.get("bm"):
        return TimeSpec("range", start=point("a"), end=point("b"))
    return TimeSpec("point", start=point("a"))


def dotted_month_day(m: re.Match[str], text: str) -> TimeSpec | None:
    """7·21, 9·11: a day named by its month and day around a middle dot (events: 7·21特大暴雨)."""
    month, day = int(m.group("m")), int(m.group("d"))
    if day > _LONGEST_MONTH[month - 1]:
        return None  # 2·30: no such day
    return TimeSpec("point", start=Point(month=month, day=day))


_LONGEST_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


NUMERIC_RULES: tuple[Rule, ...] = (
    Rule(
        "dotted year-month range (1999.08-2002.02, 2008.03-2009, 2015.09-至今)",
        NearTrigger(
            re.compile(
                rf"(?<![\d.])(?P<y1>{_YEAR})\.(?P<m1>{_MONTH})(?![\d.]){_DASH}"
                rf"(?:(?P<y2>{_YEAR})(?:\.(?P<m2>{_MONTH})|年)?{_NOT_A_NUMBER_AFTER}|(?P<now>{'|'.join(NOW_WORDS)}))"
            ),
            re.compile(r"\.(?:0[1-9]|1[0-2])(?!\d)"),  # starts with a literal: the engine's fast scan
            before=5,
            after=16,
        ),
        year_month_range,
        priority=1,
    ),
    Rule(
        "month-day with a clock time (09-01 20:01, 09-01 20:01 至 12-01 18:07)",
        NearTrigger(
            re.compile(
                rf"(?<![\d.\-/:])(?P<am>{_MONTH})-(?P<ad>{_DAY})[ \t]{{1,2}}(?P<ac>{_CLOCK})"
                rf"(?:{_DASH}(?P<bm>{_MONTH})-(?P<bd>{_DAY})[ \t]{{1,2}}(?P<bc>{_CLOCK}))?(?![\d:])"
            ),
            re.compile(r":[0-5]\d"),
            before=10,
            after=22,
        ),
        month_day_clock,
        priority=1,
    ),
    Rule(
        "month·day (7·21, 9·11)",
        re.compile(r"(?<![\d.·・])(?P<m>1[0-2]|[1-9])[·・](?P<d>3[01]|[12]\d|[1-9])(?![\d.·・%])"),
        dotted_month_day,
    ),
)
