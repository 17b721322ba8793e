"""English rule builders for holidays and feasts ("Christmas", "Thanksgiving 2017", "the second day of Passover")."""

from __future__ import annotations

import re

from timeline.temporal.en_common import Match, group_int, point_spec
from timeline.temporal.en_parts import qualifier_of
from timeline.temporal.en_vocab import HOLIDAYS, WEEKDAY_HOLIDAYS, spelled_year
from timeline.temporal.feast_names import NAME_LIKE
from timeline.temporal.holidays import MOVABLE_DAYS_AFTER, at_event_hours, reads_nth_day
from timeline.temporal.spec import Point, TimeSpec


def holiday_fields(key: str) -> dict[str, object]:
    """The Point fields of a holiday's lower-case name: a computed feast, a fixed day or an nth weekday."""
    if key in MOVABLE_DAYS_AFTER:  # "Easter", "Black Friday": a date computed for each year
        return {"holiday": key}
    if key in HOLIDAYS:
        month, day = HOLIDAYS[key]
        return {"month": month, "day": day}
    month, weekday, nth = WEEKDAY_HOLIDAYS[key]
    return {"month": month, "weekday": weekday, "nth": nth}


_NAME_NEXT = re.compile(
    r"\s+(?!(?:Festival|Festivals|Day|Eve|Holiday|Holidays|Celebrations?|Mela|Party|Parties|Season|Week|Weekend"
    r"|Fair|Puja|Rally|Sale|Sales|Special|Gathering|Event|Events)\b)[A-Z][a-z]"
)
"""After a feast name that is also a given name (Holi, Rakhi): a capitalised word that makes it a name."""
_WAR_NEXT = re.compile(r"(?i)\s+war\b")
FEAST_SPANS = {"ramadan": "ramadan's last day"}
"""Feasts that last more than a day → the name of their last day."""
PLAIN_WORD_HOLIDAYS = frozenset(
    {
        "king's day", "holy saturday", "the night journey",
        "night of power", "night of measures", "ascension to heaven", "sacrifice feast", "the prophet's ascension",
        "feast of the sacrifice", "lent", "great fast", "clean monday", "branch sunday", "election day",
    }
)  # fmt: skip
"""Feast names that are also ordinary phrases: tagged when capitalised or followed by a year."""


def holiday(m: Match, text: str) -> TimeSpec | None:
    """A fixed-date or nth-weekday holiday ("Christmas", "Thanksgiving 2017", "last Labor Day"); an event held at
    set hours of its day is that clock range ("Earth Hour": 20:30 to 21:30)."""
    return at_event_hours(_holiday(m, text), re.sub(r"\s+", " ", m.group("hol").lower()))


def _holiday(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    if g.get("sy"):  # "Easter Sunday two thousand ten"
        year = spelled_year(g["sy"])
        if year is None:
            return None
        g = {**g, "y": str(year)}
    word = g["hol"]
    if (
        word[0].islower()
        and text[m.start("hol") : m.start("hol") + 1].islower()
        and word.lower() in ("new year's",)
    ):
        return None
    key = re.sub(r"\s+", " ", word.lower())
    if key in PLAIN_WORD_HOLIDAYS and word[0].islower() and not g.get("y"):
        return None  # "a white sunday", "the king's day": a feast only when capitalised or dated
    if key == "lent" and word[0].islower():
        return None  # "the bank lent 2000 yuan": the verb (Lent is always written with a capital)
    if key in NAME_LIKE and _NAME_NEXT.match(text, m.end("hol")):
        return None  # "Rakhi Sawant": a person's name, not the feast
    if _WAR_NEXT.match(text, m.end()):
        return None  # "the Yom Kippur War", "the Ramadan War": a war named after the feast
    fields = holiday_fields(key)
    nth = (-1 if g["fd"].lower() in ("last", "final") else group_int(g, "fd")) if g.get("fd") else None
    if nth is not None and fields.get("holiday") and reads_nth_day(key, nth):  # "the second day of Passover"
        fields = {**fields, "holiday_day": nth}
    elif nth is not None:  # "the last day of Diwali": some day of its festival, near the feast
        return point_spec(Point(year=group_int(g, "y"), **fields), g).with_(approximate=True)  # type: ignore[arg-type]
    year = group_int(g, "y")
    rel = (g.get("rel") or "").lower()
    last_day = FEAST_SPANS.get(MOVABLE_DAYS_AFTER.get(key, ("",))[0])
    if last_day is not None and not g.get("ry") and not rel:  # "Ramadan 2018": the whole month
        start, end = Point(year=year, holiday=key), Point(year=year, holiday=last_day)
        return TimeSpec("range", start=start, end=end, qualifier=qualifier_of(g.get("q"))[0])
    if g.get("ry"):  # "Thanksgiving of last year"
        offset = {"last": -1, "this": 0, "next": 1}[g["ry"].lower()]
        return TimeSpec("point", start=Point(rel_unit="year", rel_offset=offset, **fields))  # type: ignore[arg-type]
    if year is not None:
        return point_spec(Point(year=year, **fields), g)  # type: ignore[arg-type]
    if rel == "last":
        return point_spec(Point(year_from_explicit=True, prefer="past", **fields), g)  # type: ignore[arg-type]
    if rel in ("this", "next"):
        return point_spec(Point(year_from_explicit=True, prefer="future", **fields), g)  # type: ignore[arg-type]
    return point_spec(Point(**fields), g)  # type: ignore[arg-type]
