"""English rule builders for calendar expressions: dates, years, decades, seasons, quarters, holidays, times (ranges: en_ranges)."""

from __future__ import annotations

import re

from timeline.temporal.en_common import (
    Match,
    group_int,
    point_spec,
    tense_prefer,
    told_in_past,
)
from timeline.temporal.en_parts import (
    month_of,
    numeric_date,
    part_of,
    plausible_month_word,
    qualifier_of,
)
from timeline.temporal.en_vocab import (
    COUNTED_AFTER,
    DECADE_WORDS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
    duration_value,
    spelled_year,
)
from timeline.temporal.spec import Point, TimeSpec


def calendar(m: Match, text: str) -> TimeSpec | None:
    """Month, day and year as written ("Feb. 16, 2023", "16 February", "September 2017", "last April")."""
    g = m.groupdict()
    day_of = g.get("dw") and re.search(r"\bof\s+$", text[max(0, m.start("mon") - 4) : m.start("mon")])
    if g.get("mon") and not plausible_month_word(g["mon"]) and not (g.get("d") or g.get("y") or day_of):
        return None  # "the first of march" is a date, "march first" may be a verb
    day = group_int(g, "d") or group_int(g, "dw")
    if day is not None and not 1 <= day <= 31:
        return None
    written = g.get("wd") or g.get("wd2")  # "Friday, July 18" or "Jul 18, Fri"
    weekday = WEEKDAYS[written.lower().rstrip(".")] if written and day is not None else None
    point = Point(
        year=group_int(g, "y"),
        month=month_of(g["mon"]) if g.get("mon") else None,
        day=day,
        weekday=weekday if g.get("y") is None else None,  # "Friday, Oct. 23": the year where that is a Friday
    )
    if g.get("rel"):
        rel = g["rel"].lower()
        if point.day is not None and point.year is None and rel in ("last", "next"):
            # "last Oct. 23": the latest one before publication, whatever year the story is in
            spec = point_spec(point, g)
            assert spec.start is not None
            ahead = spec.start.with_(
                ahead_days=0, prefer="past" if rel == "last" else "future", lend_after=m.end()
            )
            return spec.with_(start=ahead)
        if point.month is not None and point.day is None and point.year is None:
            point = point.with_(
                rel_unit="year", rel_offset={"last": -1, "next": 1}.get(rel, 0), month=point.month
            )
            return relative_month(point, rel, g)
    return point_spec(point, g)


def week_of(m: Match, text: str) -> TimeSpec | None:
    """ "The week of March 6": the ISO week holding that day."""
    spec = calendar(m, text)
    if spec is None or spec.start is None or spec.start.day is None:
        return None
    return spec.with_(start=spec.start.with_(week_of=True))


def relative_month(point: Point, rel: str, g: dict[str, str | None]) -> TimeSpec:
    """'last April' is the latest April before publication, 'this September' the one of this year."""
    if rel == "this":
        return point_spec(Point(month=point.month, rel_unit="year", rel_offset=0), g)
    if rel == "next":  # the coming one
        return point_spec(Point(month=point.month, year_from_explicit=True, prefer="future"), g)
    # never ahead, and never the month of publication itself ("last November" told in November)
    return point_spec(Point(month=point.month, year_from_explicit=True, prefer="past", latest=True), g)


def bare_month(m: Match, text: str) -> TimeSpec | None:
    """A month name alone ("in March"), refusing the modal verb "may" and names after a title."""
    word = m.group("mon")
    if not word[0].isupper():
        return None
    if word.rstrip(".").lower() == "may" and re.match(
        r"\s+(?:be|have|not|also|still|well|take|need|want|come|go|I|we)\b", text[m.end() :]
    ):
        return None
    if re.search(r"\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gen|Gov)\.?\s+$", text[max(0, m.start() - 6) : m.start()]):
        return None
    if word.rstrip(".").lower() == "may" and m.start() == 0 and "part" not in m.groupdict():
        return None
    if _NAMED_EVENT_BEFORE.search(text, max(0, m.start() - 24), m.start()) and _NAMED_EVENT_AFTER.match(
        text, m.end()
    ):
        return None  # "the March of the Combatant Mothers", "the March for Our Lives": a named march
    return calendar(m, text)


_NAMED_EVENT_BEFORE = re.compile(r"\b[Tt]he\s+(?:[a-z]+\s+)?(?:``|\"|“)?$")
_NAMED_EVENT_AFTER = re.compile(r"\s+(?:of|for|on|against)\s+(?:the\s+|[Oo]ur\s+)?[A-Z]")
"""'the' + a month word + of/for/on + a capitalised name: the month word names an event."""


def ordinal_day(m: Match, text: str) -> TimeSpec | None:
    """A day of the month alone ("on the 10th"): month and year come from the narrative."""
    if not re.search(r"(?:st|nd|rd|th)$", m.group("d").lower()):
        return None
    return point_spec(Point(day=group_int(m.groupdict(), "d")), {})


_COUNTED_AFTER = re.compile(COUNTED_AFTER)
_COUNT_BEFORE = re.compile(
    r"(?i)\b(?:some|about|around|nearly|almost|over|than|roughly|approximately|at\s+least)\s+$"
)
"""Before a bare number in words: a quantifier ("some two thousand people marched")."""


def year_in_words(m: Match, text: str) -> TimeSpec | None:
    """A year spelled out ("nineteen ninety-six", "the year two thousand"); a bare number in words
    that counts something ("two thousand voters", "some two thousand marched") is no year."""
    year = spelled_year(m.group("sy"))
    if year is None:
        return None
    framed = m.start("sy") > m.start()  # "the year …", "January …", "the winter of …"
    if not framed and (
        _COUNTED_AFTER.match(text, m.end()) or _COUNT_BEFORE.search(text, max(0, m.start() - 20), m.start())
    ):
        return None
    month = month_of(m.group("mon")) if m.group("mon") else None  # "January nineteen ninety-seven"
    season = SEASONS[m.group("season").lower()] if m.group("season") else None  # "the winter of ..."
    return TimeSpec("point", start=Point(year=year, month=month, season=season))


NTH = {word: n for word, n in ORDINALS.items() if n <= 5 and word != "final"} | {"5th": 5}
"""The nth weekday of a month: first … fifth, or last (-1)."""


def nth_weekday(m: Match, text: str) -> TimeSpec | None:
    """The nth weekday or week of a month ("the first Tuesday of November 2020", "the last week of May":
    the week that starts on the month's nth or last Monday, as 5月第三周 is)."""
    g = m.groupdict()
    word = g["wd"].lower().rstrip(".")
    weekday, nth = (None if word == "week" else WEEKDAYS[word]), NTH[g["nth"].lower()]
    if g.get("rm"):  # "the first Monday of next month"
        rel = g["rm"].lower().split()[-2] if len(g["rm"].split()) > 1 else "this"
        offset = {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
        return TimeSpec("point", start=Point(weekday=weekday, nth=nth, rel_unit="month", rel_offset=offset))
    point = Point(year=group_int(g, "y"), month=month_of(g["mon"]), weekday=weekday, nth=nth)
    return point_spec(point, g)


def month_of_year(m: Match, text: str) -> TimeSpec | None:
    """A month of a relative year ("June last year", "March 3 of next year")."""
    g = m.groupdict()
    if not plausible_month_word(g["mon"]) and not g.get("d"):
        return None
    offset = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    point = Point(month=month_of(g["mon"]), day=group_int(g, "d"), rel_unit="year", rel_offset=offset)
    return point_spec(point, g)


def the_year(m: Match, text: str) -> TimeSpec | None:
    """ "The year" / "the week" of the story; "the year ended ..." is a period (DURATION)."""
    if re.match(r"\s+(?:ended|ending|to\s+date|through)\b", text[m.end() : m.end() + 16]):
        return TimeSpec("duration", duration="P1W" if m.group(0).lower().endswith("week") else "P1Y")
    unit = "week" if m.group(0).lower().endswith("week") else "year"
    return TimeSpec("point", start=Point(rel_unit=unit, rel_offset=0, rel_base="narrative", no_chain=True))


def the_weekend(m: Match, text: str) -> TimeSpec | None:
    """The weekend of news: the Saturday and Sunday of the latest weekend begun by publication."""
    return TimeSpec("range", start=Point(weekday=5), end=Point(weekday=6))


def end_of_unit(m: Match, text: str) -> TimeSpec | None:
    """ "The end of the year", "year-end", "the beginning of the month": a part of the current unit."""
    g = m.groupdict()
    unit = (g.get("unit") or "year").lower()
    part = part_of(g.get("part")) or "late"
    point = Point(rel_unit=unit, rel_offset=0, rel_base="narrative", part=part, no_chain=True)  # type: ignore[arg-type]
    qualifier, approximate = qualifier_of(g.get("q"))
    if qualifier == "since" and not told_in_past(text, m.start()):
        # "the change is since year-end", "shares have risen since the end of the month": counted up to now,
        # so from publication's side (the end of the last unit, the start of this one), not the story's
        point = point.with_(rel_base="publication", rel_offset=-1 if part == "late" else 0)
    elif told_in_past(text, m.start()):  # "profit rose 8% at year-end": one that went by
        point = point.with_(prefer="past")
    return TimeSpec("point", start=point, qualifier=qualifier, approximate=approximate)


def recent(m: Match, text: str) -> TimeSpec:
    """Recently / in recent years: the recent past; TimeML values "recent years" as a vague duration (PXY)."""
    unit = m.group("unit") or m.group("unit2")
    return TimeSpec("recent", timex=duration_value(None, unit) if unit else None)


def numeric(m: Match, text: str) -> TimeSpec | None:
    """A numeric date (2/16/2023), read in the configured field order through dateparser."""
    y = m.group("y")
    if len(y) == 2:
        y = ("19" if int(y) > 30 else "20") + y
    point = numeric_date(m.group("a"), m.group("b"), y)
    return point_spec(point, m.groupdict()) if point is not None else None


def day_mon_year(m: Match, text: str) -> TimeSpec | None:
    """A day, a month word and a year joined by dashes or slashes ("31-Oct-1974", "31/Oct/74")."""
    g = m.groupdict()
    day, y = group_int(g, "d"), g["y"]
    if day is None or not 1 <= day <= 31:
        return None
    year = int(y)
    point = Point(year=year, month=month_of(g["mon"]), day=day, year_of_century=len(y) == 2)
    return point_spec(point, {})


def iso(m: Match, text: str) -> TimeSpec | None:
    """An ISO date, optionally with a time (2023-02-16, 2023-02-16 09:21)."""
    month, day = int(m.group("a")), int(m.group("b"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    hour = group_int(m.groupdict(), "h")
    minute = group_int(m.groupdict(), "mi")
    return point_spec(
        Point(year=int(m.group("y")), month=month, day=day, hour=hour, minute=minute), m.groupdict()
    )


def decade(m: Match, text: str) -> TimeSpec | None:
    """A decade ("the 1990s", "the '90s", "the nineties")."""
    g = m.groupdict()
    if g.get("dec"):
        point = Point(decade=int(g["dec"]))
    elif g.get("dec2"):
        point = Point(decade=int(g["dec2"]), year_of_century=True)
    else:
        point = Point(decade=DECADE_WORDS[g["decw"].lower()], year_of_century=True)
    return point_spec(point, g)


def season(m: Match, text: str) -> TimeSpec | None:
    """A season with a year or a relative word ("summer 2023", "last fall", "the spring")."""
    g = m.groupdict()
    code = SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower()
    year = group_int(g, "y")
    if year is None and not rel and not g.get("the") and not g.get("part"):
        return None
    if year is not None:
        point = Point(year=year, season=code)
    elif rel == "past" and g.get("this"):  # "this past spring": the latest one begun before publication
        spec = point_spec(Point(season=code, prefer="past"), g)
        assert spec.start is not None
        return spec.with_(start=spec.start.with_(ahead_days=0, lend_after=m.end()))
    elif rel in (
        "last",
        "past",
        "previous",
    ):  # the latest one ended before publication ("last spring" in November)
        spec = point_spec(Point(season=code, prefer="past", latest=True), g)
        assert spec.start is not None
        return spec.with_(start=spec.start.with_(lend_after=m.end()))
    elif rel in ("next", "coming"):
        point = Point(season=code, rel_unit="year", rel_offset=1)
    elif g.get("the") and tense_prefer(text, m.start(), end=m.end()) == "future":
        point = Point(season=code, prefer="future")  # "goes on sale in the summer" in November: next summer
    elif g.get("the") and told_in_past(
        text, m.start()
    ):  # "went on sale in the winter" in April: the last one
        point = Point(season=code, rel_unit="year", rel_offset=0, rel_base="narrative", prefer="past")
    else:
        point = Point(
            season=code,
            rel_unit="year",
            rel_offset=0,
            rel_base="narrative" if g.get("the") else "publication",
        )
    return point_spec(point, g)
