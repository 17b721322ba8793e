"""English rule builders for relative and narrative expressions, vague references, durations and sets."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from timeline.temporal.en_common import (
    NARRATIVE_KEEP,
    TENSE_WORDS,
    Match,
    point_spec,
    tense_prefer,
    told_in_past,
)
from timeline.temporal.en_parts import (
    DATE_ALT,
    parse_side,
)
from timeline.temporal.en_quarters import year_ago_quarter
from timeline.temporal.en_vocab import (
    DAYPARTS,
    RELATIVE_DAY,
    WEEKDAYS,
    duration_value,
    number_value,
    unit_name,
)
from timeline.temporal.rolling import BANK_HOLIDAY_MONDAY
from timeline.temporal.spec import Point, TimeSpec

REL = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1, "recent": -1, "most recent": -1,
    "this": 0, "current": 0, "present": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip


def relative_unit(m: Match, text: str) -> TimeSpec | None:
    """This / last / next week, month, year, quarter ("earlier this month", "the past decade")."""
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = unit_name(g["unit"])
    the = bool(g.get("the"))
    if unit == "weekend":
        offset = REL.get(rel, 0)
        if rel == "this" and told_in_past(
            text, m.start()
        ):  # "took to the streets this weekend": the one begun
            return TimeSpec("range", start=Point(weekday=5), end=Point(weekday=6))
        saturday = point_spec(Point(rel_unit="week", rel_offset=offset, weekday=5), g)
        assert saturday.start is not None
        return saturday.with_(kind="range", end=saturday.start.with_(weekday=6))  # Saturday and Sunday
    if (
        the
        and rel in ("coming", "upcoming", "next")
        and unit in ("year", "decade", "century", "month", "week", "day")
    ) or (the and rel in ("past", "last") and unit in ("decade", "century", "day")):
        return TimeSpec("duration", duration=duration_value(1, unit))
    if rel in ("past", "coming") and unit in ("decade", "century"):
        return TimeSpec("duration", duration=duration_value(1, unit))
    offset = REL.get(rel, 0)
    if (
        unit == "year"
        and rel == "last"
        and not the
        and not g.get("early")
        and not g.get("q")
        and not g.get("part")
    ):
        quarter = year_ago_quarter(text, m.start())
        if quarter is not None:
            return TimeSpec("point", start=quarter, extra={"comparison": "yes"})
    if unit == "quarter" and rel in ("latest", "recent", "most recent"):
        offset = -1
    if unit == "decade" and (rel in ("this", "current", "present") or (rel in ("last", "next") and not the)):
        return point_spec(Point(rel_unit="decade", rel_offset=offset), g)  # "this decade": the 2020s
    if unit == "decade":
        return None
    if unit == "century" and (rel in ("this", "current", "present") or (rel in ("last", "next") and not the)):
        if g.get("q") or g.get("part") or g.get("early"):
            return None  # "early this century": no part of a century is read
        first = Point(
            rel_unit="century", rel_offset=offset
        )  # "this century": 2000-2099, as "the 21st century"
        return TimeSpec("range", start=first, end=first.with_(year=99))
    if unit == "century":
        return None
    point = Point(rel_unit=unit, rel_offset=offset)  # type: ignore[arg-type]
    if g.get("fiscal") and unit == "year" and rel in ("current", "this"):
        point = Point(rel_unit="year", rel_offset=0)
    spec = point_spec(point, g)
    early = (g.get("early") or "").lower()
    if early in ("earlier", "early"):
        spec = spec.with_(start=point.with_(part="early") if early == "early" else point)
    elif early in ("later", "late"):
        spec = spec.with_(start=point.with_(part="late") if early == "late" else point)
    elif early == "mid":
        spec = spec.with_(start=point.with_(part="mid"))
    return spec


_TODAY_NAME_BEFORE = re.compile(r"(?-i:\bUSA|\bNBC['’]s)\s+$")
_TODAY_NAME_AFTER = re.compile(r"(?-i:\s+(?:show|Show|programme|co-host|anchor|host)\b)")


def relative_day(m: Match, text: str) -> TimeSpec | None:
    """Today, yesterday, tomorrow, tonight, with a part of day ("yesterday afternoon")."""
    g = m.groupdict()
    word = g["rd"].lower()
    if (
        word == "today"
        and g["rd"][0] == "T"
        and (
            _TODAY_NAME_BEFORE.search(text, max(0, m.start("rd") - 8), m.start("rd"))
            or _TODAY_NAME_AFTER.match(text, m.end("rd"))
        )
    ):
        return None  # "USA Today", "the Today show": a newspaper's or a programme's name
    daypart = DAYPARTS.get((g.get("dp") or "").lower()) or ("NI" if word in ("tonight", "tonite") else None)
    point = Point(rel_unit="day", rel_offset=RELATIVE_DAY[word], daypart=daypart)
    spec = point_spec(point, g)
    early = (g.get("early") or "").lower()
    if early in ("early", "late", "mid"):
        spec = spec.with_(start=point.with_(part=early))  # type: ignore[arg-type]
    return spec


def this_daypart(m: Match, text: str) -> TimeSpec | None:
    """ "This morning", "last night"."""
    g = m.groupdict()
    rel = g["rel"].lower()
    code = DAYPARTS[g["dp"].lower()]
    offset = -1 if rel in ("last", "yesterday") else 0
    point = Point(rel_unit="day", rel_offset=offset, daypart=code)
    spec = point_spec(point, g)
    early = (g.get("early") or "").lower()
    return spec.with_(start=point.with_(part=early)) if early in ("early", "late") else spec  # type: ignore[arg-type]


_BANK_HOLIDAY_BEFORE = re.compile(r"(?i)\bbank[\s-]+holiday\s+$")


def weekday(m: Match, text: str) -> TimeSpec | None:
    """A weekday, with last/next/this and a part of day ("Friday", "last Monday", "Tuesday night", "in the early
    hours of Sunday": its early morning)."""
    g = m.groupdict()
    word = g["wd"]
    if not word[0].isupper() and len(word.rstrip(".")) <= 4 and word.lower() in ("sat", "sun", "wed", "mon"):
        return None
    if (
        not word.endswith(".")
        and len(word) <= 4
        and not g.get("rel")
        and not g.get("dp")
        and word.lower().rstrip(".") in ("sat", "sun", "wed", "mon")
    ):
        return None
    weekday = WEEKDAYS[word.lower().rstrip(".")]
    if (
        weekday == 0
        and not g.get("rel")
        and _BANK_HOLIDAY_BEFORE.search(text, max(0, m.start() - 16), m.start())
    ):
        ahead = (
            tense_prefer(text, m.start(), "none", m.end()) == "future"
        )  # "will close on bank holiday Monday"
        return TimeSpec(
            "point", start=Point(holiday=BANK_HOLIDAY_MONDAY, prefer="future" if ahead else "past")
        )
    daypart = DAYPARTS.get((g.get("dp") or "").lower())
    if g.get("hours") or g.get("hours2"):  # "in the early hours of Monday", "Monday early morning"
        daypart, g = "MO", {**g, "early": "early"}
    rel = (g.get("rel") or "").lower()
    story = rel == "previous" and re.match(r"(?i)(?:\w+\s+)?the\s", m.group(0)) is not None
    if rel in ("last", "past", "previous"):  # "the previous Friday": the one before the story's day
        point = Point(
            weekday=weekday,
            rel_unit="week",
            rel_offset=-1,
            daypart=daypart,
            rel_base="narrative" if story else "publication",
            latest=True,  # "last Tuesday" on a Thursday: two days before, not the week before's
        )
    elif rel == "next":
        point = Point(weekday=weekday, rel_unit="week", rel_offset=1, daypart=daypart)
    elif rel == "this":  # "this Monday": the nearest one, read like a bare weekday
        point = Point(weekday=weekday, daypart=daypart)
    else:
        point = Point(weekday=weekday, daypart=daypart)
    spec = point_spec(point, g)
    early = (g.get("early") or "").lower()
    if early in ("early", "late"):
        spec = spec.with_(start=point.with_(part=early))  # type: ignore[arg-type]
    return spec


def ago(m: Match, text: str) -> TimeSpec | None:
    """ "Two years ago", "a month ago": counted back from publication at the unit's precision ("months
    ago": some time back)."""
    g = m.groupdict()
    if g["n"] is None:
        return TimeSpec("past") if g["unit"].lower().endswith("s") else None
    count = number_value(g["n"])
    unit = unit_name(g["unit"])
    if unit in ("decade", "century", "quarter") or count is None:
        if count is None:
            return TimeSpec("past")
        if unit == "quarter" or count != int(count):
            return None
        years = int(count) * (10 if unit == "decade" else 100)  # "a decade ago": that year
        return TimeSpec(
            "point", start=Point(rel_unit="year", rel_offset=-years), approximate=bool(g.get("approx"))
        )
    if count != int(count):
        return None
    keep = ("quarter", "half") if unit == "year" and int(count) == 1 else ()
    quarter = year_ago_quarter(text, m.start()) if keep and not g.get("approx") else None
    if quarter is not None:
        return TimeSpec("point", start=quarter, extra={"comparison": "yes"})
    point = Point(rel_unit=unit, rel_offset=-int(count), like_base=keep)  # type: ignore[arg-type]
    # "fell 8% from a year ago": a point compared with, not the story's date ("a year earlier" counts on)
    extra = {"comparison": "yes"} if _COMPARED_WITH.search(text, max(0, m.start() - 24), m.start()) else {}
    return TimeSpec("point", start=point, approximate=bool(g.get("approx") or g.get("orso")), extra=extra)


_COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|compared\s+(?:with|to)|versus|vs\.)\s+$")


_THAN = re.compile(rf"(?i)\s+than\s+(?:in\s+|on\s+)?(?P<x>{DATE_ALT})\b")


def _shift_written(point: Point | None, unit: str, n: int) -> Point | None:
    """A date written with its year, moved by n units at its own precision; None when it has no year."""
    if point is None or point.year is None:
        return None
    if unit == "year":
        return point.with_(year=point.year + n)
    if point.month is None:
        return None
    if unit == "month":
        index = point.year * 12 + point.month - 1 + n
        return point.with_(year=index // 12, month=index % 12 + 1)
    if point.day is None:
        return None
    moved = date(point.year, point.month, point.day) + timedelta(days=n * (7 if unit == "week" else 1))
    return point.with_(year=moved.year, month=moved.month, day=moved.day)


_EVENT_FOLLOWS = re.compile(r"\s+(?!(?:and|or|but)\b)[A-Za-z$]")


def earlier_later(m: Match, text: str) -> TimeSpec | None:
    """ "Two days later", "a year earlier": counted from the story's date, keeping its precision."""
    g = m.groupdict()
    count = number_value(g["n"])
    unit = unit_name(g["unit"])
    if (
        count is None
        or count != int(count)
        or unit in ("decade", "century", "quarter", "hour", "minute", "second")
    ):
        return None
    sign = -1 if g["dir"].lower() in ("earlier", "before", "prior") else 1
    if g["dir"].lower() in ("before", "after", "prior") and _EVENT_FOLLOWS.match(text, m.end()):
        return None  # "one year after he was killed": a length before an undated event, not a date
    than = _THAN.match(text, m.end())
    if than is not None and unit in ("year", "month", "day", "week"):  # "a year earlier than 2016"
        shifted = _shift_written(parse_side(than.group("x")), unit, sign * int(count))
        if shifted is not None:
            return TimeSpec("point", start=shifted)
    if unit == "year" and count == 1 and sign == -1:
        quarter = year_ago_quarter(text, m.start())
        if quarter is not None:
            return TimeSpec("point", start=quarter, extra={"comparison": "yes"})
    point = Point(
        rel_unit=unit,
        rel_offset=sign * int(count),
        rel_base="narrative",
        like_base=NARRATIVE_KEEP,
        no_chain=unit == "year",
        needs_base=sign
        == 1,  # "three days later" with no day told before: no date (not days after publication)
    )  # type: ignore[arg-type]
    return TimeSpec("point", start=point)


def fixed_kind(kind: str) -> Callable[[Match, str], TimeSpec]:
    """A build for words whose meaning is fixed (present, past, future)."""

    def build(m: Match, text: str) -> TimeSpec:
        return TimeSpec(kind)  # type: ignore[arg-type]

    return build


_NAME_WORD_BEFORE = re.compile(r"\b[A-Z][\w&'’+-]*\s$")
"""'Sony Now', 'PlayStation Now': a capitalised word just before a mid-sentence 'Now' makes it a name."""


def present(m: Match, text: str) -> TimeSpec | None:
    """ "Now", "currently", "at present": as of publication, unless 'Now' is part of a name."""
    if m.group(0) == "Now" and _NAME_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start()):
        return None
    return TimeSpec("present")


_CLAUSE_END = re.compile(r"[.;!?\n]")
_RECORD_FRAME = re.compile(
    r"\b(?:the|its|their|his|her|our|a)\s+(?:[\w-]+\s+)?(?P<sup>first|last|only|(?!(?:inter|requ|prot|cont|arr|harv|for|sugg|inv|dig|manif|conqu|inqu|beh|hon|"
    r"mod|att|det|prot|int|unr|lat)est\b)[a-z]{3,}est|most\s+[\w-]+|"
    r"least\s+[\w-]+)\b(?P<tail>[^.;,!?\n]{0,40})$",
    re.IGNORECASE,
)
"""'for the first time in nearly 25 years', 'its biggest drop in a decade': the window looked back
over, a length of time, not a point ahead."""
_SHIFT_UNIT = {"week": ("day", 7), "day": ("day", 1), "hour": ("minute", 60), "minute": ("minute", 1)}


def from_now(m: Match, text: str) -> TimeSpec | None:
    """ "In two hours", "three days from now", "a week hence": a point ahead of publication.

    "In N units" elsewhere ("finished in two weeks", "grew 5% in three years") stays a length of time.
    """
    g = m.groupdict()
    count = number_value(g["n"])
    unit = unit_name(g["unit"])
    if not (g.get("lead") or g.get("tail")):
        return None
    if count is None or count <= 0 or unit not in ("year", "month", *_SHIFT_UNIT):
        return None
    frame = None if g.get("tail") else _RECORD_FRAME.search(text, max(0, m.start() - 80), m.start())
    if frame and not any(t.group("future") for t in TENSE_WORDS.finditer(frame.group("tail"))):
        return None
    if not g.get(
        "tail"
    ):  # "in N units": ahead only in a future clause or on its own ("will open in two weeks")
        clause = _CLAUSE_END.split(text[max(0, m.start() - 80) : m.start()])[-1]
        markers = list(TENSE_WORDS.finditer(clause))
        future = bool(markers) and markers[-1].group("future") is not None
        if not future and re.search(r"\w", clause):
            return None
    if unit in _SHIFT_UNIT:
        finer, per = _SHIFT_UNIT[unit]
        amount = count * per
        if amount != int(amount):
            return None
        point = Point(rel_unit=finer, rel_offset=int(amount))  # type: ignore[arg-type]
    elif count == int(count):
        point = Point(rel_unit=unit, rel_offset=int(count))  # type: ignore[arg-type]
    else:
        return None
    return TimeSpec("point", start=point, approximate=bool(g.get("mod")))


def day_after_tomorrow(m: Match, text: str) -> TimeSpec | None:
    """ "The day after tomorrow", "the day before yesterday"."""
    offset = 2 if m.group("ba") else -2
    return TimeSpec("point", start=Point(rel_unit="day", rel_offset=offset))


def weekday_of_week(m: Match, text: str) -> TimeSpec | None:
    """ "Wednesday of next week", "Monday this week", "last week's Sunday"."""
    g = m.groupdict()
    word = (g.get("wd") or g.get("wd2") or "").lower().rstrip(".")
    rel = re.sub(r"\s+", " ", (g.get("rel") or g.get("rel2") or "").lower()).removeprefix("the ")
    if word not in WEEKDAYS:
        return None
    point = Point(weekday=WEEKDAYS[word], rel_unit="week", rel_offset=REL.get(rel, 0))
    return TimeSpec("point", start=point)
