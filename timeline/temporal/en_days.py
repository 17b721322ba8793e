"""English rule builders for days written without their month or with a number ("Tuesday the 19th",
"on 2/15", "the 20th of next month", "the last day of October", "2014-10"), a day's part of day
("the morning of March 3") and a feast some years ago ("Thanksgiving two years ago")."""

from __future__ import annotations

import calendar as _calendar
import re
from collections.abc import Callable

from timeline.temporal.en_clock import day_point
from timeline.temporal.en_common import Match, group_int, point_spec
from timeline.temporal.en_feasts import holiday, holiday_fields
from timeline.temporal.en_parts import month_of, plausible_month_word
from timeline.temporal.en_relative import weekday
from timeline.temporal.en_vocab import DAYPARTS, WEEKDAYS, number_value
from timeline.temporal.spec import Point, TimeSpec

Build = Callable[[Match, str], TimeSpec | None]

_REL_MONTH = {
    "next": 1,
    "following": 1,
    "coming": 1,
    "this": 0,
    "current": 0,
    "previous": -1,
    "last": -1,
    "past": -1,
}


def weekday_day(m: Match, text: str) -> TimeSpec | None:
    """A weekday with a day of the month ("Tuesday the 19th", "Thu 15th"): the month where the two agree."""
    g = m.groupdict()
    day = group_int(g, "d")
    if day is None or not 1 <= day <= 31:
        return None
    if not g.get("the") and not re.search(r"(?i)(?:st|nd|rd|th)$", g["d"]):
        return None  # "Monday 3 people died": a count, not a day
    if "," in text[m.start("wd") : m.start("d")]:
        return None  # "closed lower Friday, the fourth decline": an apposition
    if not g["d"][0].isdigit() and re.match(r"\s+(?!(?:at|in|and|or)\b)[a-z]", text[m.end() :]):
        return None  # "Friday the third time": an ordinal of what follows
    return point_spec(Point(day=day, weekday=WEEKDAYS[g["wd"].lower().rstrip(".")]), g)


def month_day_numeric(m: Match, text: str) -> TimeSpec | None:
    """A month/day without a year ("on 2/15", "Friday 2/15", "since 3/4"), month first.

    Only where the words around make it a date: a fraction ("rose 1/8") or a score ("2-15") stays a number.
    """
    g = m.groupdict()
    if not (g.get("on") or g.get("wd") or g.get("q")):
        return None
    if g["sep"] == "-" and not (g.get("on") or g.get("wd")):
        return None
    month, day = int(g["a"]), int(g["b"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    weekday = WEEKDAYS[g["wd"].lower().rstrip(".")] if g.get("wd") else None
    return point_spec(Point(month=month, day=day, weekday=weekday), g)


def year_month_numeric(m: Match, text: str) -> TimeSpec | None:
    """A year and month in numbers ("2014-10", "2014/10", "2/2013")."""
    g = m.groupdict()
    month = int(g["mo"] or g["mo2"])
    if not 1 <= month <= 12:
        return None
    return point_spec(Point(year=int(g["y"] or g["y2"]), month=month), g)


def day_of_relative_month(m: Match, text: str) -> TimeSpec | None:
    """A day of a month named by its place ("the 20th of next month", "20 of this month")."""
    g = m.groupdict()
    day = group_int(g, "d")
    if day is None or not 1 <= day <= 31:
        return None
    offset = _REL_MONTH[g["rel"].lower()]
    return TimeSpec("point", start=Point(day=day, rel_unit="month", rel_offset=offset))


def nth_day_of_month(m: Match, text: str) -> TimeSpec | None:
    """The nth (or last, or nth last) day of a month ("the third day of October", "the last day of October 2015",
    "the second last day of May")."""
    g = m.groupdict()
    if not plausible_month_word(g["mon"]):
        return None
    nth = g["nth"].lower()
    month = month_of(g["mon"])
    year = group_int(g, "y")
    if nth in ("last", "final"):
        if year is None:  # the month's length is known without the year except February
            if month == 2:
                return None
            day = _calendar.monthrange(2001, month)[1]
        else:
            day = _calendar.monthrange(year, month)[1]
        day -= (group_int(g, "back") or 1) - 1  # "the fifth last day of May": May 27
    else:
        day = group_int(g, "nth") or 0
        if not 1 <= day <= 31:
            return None
    return point_spec(Point(year=year, month=month, day=day), g)


def part_of_day(m: Match, text: str) -> TimeSpec | None:
    """A part of a written day ("the morning of March 3", "Feb. 15 in the evening", "the night of Christmas")."""
    g = m.groupdict()
    day = day_point(g.get("d1") or g.get("d2") or "")
    if day is None or (day.day is None and day.rel_unit is None and day.holiday is None and day.nth is None):
        return None
    code = DAYPARTS[(g.get("dp1") or g.get("dp2") or "").lower()]
    return point_spec(day.with_(daypart=code), g)


def feast_years_away(m: Match, text: str) -> TimeSpec | None:
    """A feast some years away ("Christmas two years ago", "Thanksgiving in 3 years": the feast of that year)."""
    g = m.groupdict()
    count = number_value(g["n2"] or g["n3"])
    if count is None or count != int(count):
        return None
    offset = -int(count) if (g.get("dir") or "").lower() == "ago" else int(count)
    fields = holiday_fields(re.sub(r"\s+", " ", g["hol"].lower()))
    unit = "month" if (g["unit"] or g["unit3"]).lower().startswith("month") else "year"
    return TimeSpec("point", start=Point(rel_unit=unit, rel_offset=offset, **fields))  # type: ignore[arg-type]


def weekdays_away(m: Match, text: str) -> TimeSpec | None:
    """A weekday counted in weeks ("Friday after next", "3 Fridays from now", "2 Thursdays ago")."""
    g = m.groupdict()
    word = (g.get("wd") or g.get("wd2") or "").lower()
    weekday = WEEKDAYS.get(word) if word in WEEKDAYS else WEEKDAYS.get(word[:-1])
    if weekday is None:
        return None
    if g.get("wd"):  # "Friday after next": the second one ahead
        return TimeSpec("point", start=Point(weekday=weekday, nth=2, prefer="future"))
    count = number_value(g["n"])
    if count is None or count != int(count) or not 1 <= count <= 52:
        return None
    prefer = "past" if g["dir"].lower() in ("ago", "back", "before") else "future"
    return TimeSpec("point", start=Point(weekday=weekday, nth=int(count), prefer=prefer))


def days_from(build: Build) -> Build:
    """`build`'s one day moved by the days or weeks written before it ("three days after Easter", "a day after
    Tuesday's vote", "the day before March 3"); "the week before Christmas" is the seven days before it; "the days
    after" is no count."""

    def shifted(m: Match, text: str) -> TimeSpec | None:
        g = m.groupdict()
        count = 1 if g["n"].lower() == "the" else number_value(g["n"])
        unit = g["unit"].lower()
        span = g["n"].lower() == "the" and unit == "week"  # "the week before Christmas": its seven days
        if g["n"].lower() == "the" and unit != "day" and not span:
            return None
        if count is None or count != int(count) or not 0 < count <= 60:
            return None
        spec = build(m, text)
        if spec is None or spec.kind != "point" or spec.start is None or spec.qualifier != "none":
            return None
        before = g["dir"].lower() == "before"
        if span:
            return spec.with_(extra={**spec.extra, "shift_span": (-7, -1) if before else (1, 7)})
        days = int(count) * (7 if unit.startswith("week") else 1)
        return spec.with_(extra={**spec.extra, "shift_days": -days if before else days})

    return shifted


def named_day(m: Match, text: str) -> TimeSpec | None:
    """The day a count of days is taken from: a feast ("Easter"), a weekday ("last Tuesday") or a month and day
    written either way ("March 3", "3 March 2024", "the 3rd of March")."""
    g = m.groupdict()
    if g.get("hol"):
        return holiday(m, text)
    if g.get("wd"):
        return weekday(m, text)
    day = group_int(g, "d") or group_int(g, "d1")
    if day is None or not 1 <= day <= 31:
        return None
    month = month_of(g.get("mon") or g.get("mon1") or "")
    return point_spec(Point(year=group_int(g, "yd"), month=month, day=day), g)
