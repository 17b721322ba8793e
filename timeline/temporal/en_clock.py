"""English rule builders for clock times: "4:14 p.m.", "noon", "8 tonight", "a quarter past 3 p.m."."""

from __future__ import annotations

import re

from timeline.temporal.en_common import Match, last_tense_marker, point_spec
from timeline.temporal.en_feasts import holiday_fields
from timeline.temporal.en_parts import parse_side
from timeline.temporal.en_vocab import (
    DAY,
    HOLIDAYS,
    MONTH,
    NUMBER,
    RELATIVE_DAY,
    WEEKDAY,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
    YEAR,
    number_value,
)
from timeline.temporal.engine import alt
from timeline.temporal.holidays import MOVABLE_DAYS_AFTER
from timeline.temporal.spec import Point, TimeSpec

AMPM = r"(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b|[ap]\s+m\b)"
ZONE = r"(?:[ECMP][SD]T|GMT|UTC|BST|CET|(?-i:IST|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SGT|HKT|JST|KST|PKT|SAST|CEST|EES?T))"
"""A time zone after a clock time: US, British and European, and (capitals only) Indian, Australian, New
Zealand and Asian ones ("10am IST", "3pm AEST")."""
TZ = rf"(?:\s+(?:{ZONE}|local\s+time)\b)?"
_TZ_WORD = rf"\s+{ZONE}\b"
_CLOCK_WORD_BEFORE = (
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bbefore\s)|(?<=\bafter\s))"
)
"""A word that makes "1730 hours" or "06.15 hours" a clock time ("until 06.15 hours"), not a length ("took 2.30 hours")."""
_DOT_CLOCK_ZONE = rf"\s+(?:{ZONE}|local\s+time)\b"
"""What makes "17.30" a clock time without a.m./p.m.: a time zone ("17.30 GMT"); never "17.30 euros", "4.50"."""
_HOUR_NAMES = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
]  # fmt: skip
_MINUTE_WORDS = (
    r"(?:(?:oh\s+)?(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
)
CLOCK = (
    rf"(?:\d{{1,2}}:\d{{2}}:\d{{2}}(?!\d|:\d)(?:\s*{AMPM})?{TZ}"  # 15:23:24, 9:01:10 a.m.
    rf"|\d{{1,2}}(?::\d{{2}})?\s*{AMPM}{TZ}"  # 4 p.m., 4:14 p.m.
    rf"|(?<![\d.,])\d{{1,2}}\.[0-5]\d(?:\s*{AMPM}{TZ}|(?={_DOT_CLOCK_ZONE}){TZ})"  # 9.15am, 17.30 GMT (British)
    rf"|(?:(?<![\d.,:])\d{{1,2}}:|{_CLOCK_WORD_BEFORE}(?:\d{{1,2}}\.|[01]\d|2[0-3]))[0-5]\d\s*(?:hrs|hours)\b{TZ}"  # at 1730 hrs
    rf"|\d{{3,4}}\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b)"  # 330 p.m.
    r"|\d{1,2}:\d{2}[ap]\b"  # 3:18a
    rf"|\d{{1,2}}h\d{{2}}\b{TZ}|(?<=\bat\s)\d{{1,2}}h\b{TZ}|\d{{1,2}}h{_TZ_WORD}"  # 15h30, at 15h, 15h GMT
    rf"|\d{{1,2}}:\d{{2}}(?!\d|:\d){TZ}|noon|midnight|midday"
    rf"|\d{{1,2}}\s*o'?\s?clock(?:\s+{AMPM})?"  # 9 o'clock, 3 oclock pm
    rf"|(?:{'|'.join(_HOUR_NAMES)})(?:\s+{_MINUTE_WORDS})?\s+{AMPM})"  # ten thirty a.m.
)
_FEASTS = alt([*HOLIDAYS, *WEEKDAY_HOLIDAYS, *MOVABLE_DAYS_AFTER])
DAYWORD = (
    rf"(?:(?:{WEEKDAY},?\s+)?(?:{MONTH}\s*(?:the\s+)?{DAY}\b(?:,?\s+{YEAR})?|{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?)"
    r"|(?:this|today|tomorrow|yesterday)\s+(?:morning|afternoon|evening|night)\b"
    r"|(?:the\s+)?day\s+(?:after\s+tomorrow|before\s+yesterday)\b"
    r"|the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b"
    r"|(?:that(?:\s+same)?|the\s+same)\s+(?:day|morning|afternoon|evening|night)\b"
    rf"|(?<![\d/])\d{{1,2}}/\d{{1,2}}(?:/(?:\d{{4}}|\d{{2}}))?(?![\d/])|in\s+{NUMBER}\s+days?\b"
    rf"|{WEEKDAY}|today|yesterday|tomorrow|tonight|{_FEASTS}(?:\s+{YEAR})?(?!\w))"
)
"""A day written beside a clock time: "Fri, Sep 20", "4/25", "tomorrow", "the day after tomorrow", "Christmas"."""
_DOT_CLOCK = re.compile(r"^(\d{1,2})\.(\d{2})(?!\d)")
_HOURS_CLOCK = re.compile(r"^(\d{1,2}):?(\d{2})\s*(?:hrs|hours)\b")
_SPELLED_CLOCK = re.compile(rf"(?P<h>{'|'.join(_HOUR_NAMES)})(?:\s+(?P<mi>{_MINUTE_WORDS}))?\s+(?P<ap>[ap])")


def clock_point(s: str) -> Point | None:
    """The hour and minute of a clock expression ("4:14 p.m.", "noon", "9 o'clock", "15h30"); None if not a time."""
    s = _DOT_CLOCK.sub(r"\1:\2", s.strip().lower(), count=1)  # "9.15am" (British) reads as "9:15am"
    s = _HOURS_CLOCK.sub(r"\1h\2", s, count=1)  # "1730 hrs", "17:30 hours": a 24-hour clock, like "17h30"
    if s in ("noon", "midday"):
        return Point(hour=12, minute=0)
    if s == "midnight":
        return Point(hour=24)  # the end of the day (TimeML T24)
    spelled = _SPELLED_CLOCK.match(s)
    if spelled is not None:
        minute = number_value(spelled.group("mi").replace("oh ", "")) if spelled.group("mi") else 0
        s = f"{_HOUR_NAMES.index(spelled.group('h')) + 1}:{int(minute or 0):02d} {spelled.group('ap')}m"
    packed = re.match(r"(\d{1,2})(\d{2})(?!\d)", s)  # "330 p.m."
    if packed is not None:
        if not re.search(r"[ap]\.?\s?m\b", s):  # "1030" alone is a number, not a time
            return None
        s = f"{packed.group(1)}:{packed.group(2)}{s[packed.end() :]}"
    m = re.match(
        r"(\d{1,2})(?:h(?!\d)|h(\d{2})|:?(\d{2})(?::(\d{2}))?)?\s*(?:(a\.?\s?m\.?|am|a\b)|(p\.?\s?m\.?|pm|p\b))?",
        s,
    )
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or m.group(3) or 0)
    second = int(m.group(4)) if m.group(4) else None
    am, pm = m.group(5), m.group(6)
    if pm is None and re.search(r"\bp\.?\s?m\b", s):  # "3 oclock pm"
        pm = "pm"
    if am is None and re.search(r"\ba\.?\s?m\b", s[m.end() :]):
        am = "am"
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0
    marked = bool(am or pm or "h" in s[: m.end()])  # 15h30 is a 24-hour clock
    if (
        hour > 24
        or minute > 59
        or (second or 0) > 59
        or (not marked and m.group(3) is None and "clock" not in s)
    ):
        return None
    if second is not None and not marked and hour < 13:  # "won in 2:05:37": a race time, not a clock
        return None
    return Point(hour=hour, minute=minute, second=second, half_day=not marked and 1 <= hour < 12)


_STORY_DAY = re.compile(r"the (next|following)(?: day)?|that(?: same)?(?: day)?|the same day")
"""A story's day beside a clock time, once day_point has dropped its part of day ("the next morning")."""


def day_point(s: str) -> Point | None:
    """The day part of a time phrase ("Friday", "yesterday", "March 5", "Fri, Sep 20", "4/25", "in 7 days")."""
    w = re.sub(r"\s+", " ", s.strip().lower().rstrip("."))
    w = re.sub(r" (?:morning|afternoon|evening|night)$", "", w)  # "this morning at 10am": the day
    if w == "this":
        return Point(rel_unit="day", rel_offset=0)
    story_day = _STORY_DAY.fullmatch(w)
    if story_day:  # "the next morning", "that night": the story's day, not publication's
        ahead = story_day.group(1) is not None
        return Point(
            rel_unit="day",
            rel_offset=int(ahead),
            rel_base="narrative",
            like_base=("day",),
            needs_base=not ahead,
        )
    if w in RELATIVE_DAY:
        return Point(rel_unit="day", rel_offset=RELATIVE_DAY[w])
    if w in WEEKDAYS:
        return Point(weekday=WEEKDAYS[w])
    shift = re.fullmatch(r"(?:the )?day (after tomorrow|before yesterday)", w)
    if shift:
        return Point(rel_unit="day", rel_offset=2 if shift.group(1).startswith("after") else -2)
    ahead = re.fullmatch(r"in (.+) days?", w)
    if ahead:
        count = number_value(ahead.group(1))
        return (
            Point(rel_unit="day", rel_offset=int(count))
            if count is not None and count == int(count)
            else None
        )
    numeric = re.fullmatch(r"(\d{1,2})/(\d{1,2})(?:/(\d{4}|\d{2}))?", w)
    if numeric:
        return _numeric_day(*numeric.groups())
    feast = re.fullmatch(rf"(.+?)(?: ({YEAR}))?", w)
    if feast and feast.group(1) in (*HOLIDAYS, *WEEKDAY_HOLIDAYS, *MOVABLE_DAYS_AFTER):
        year = int(feast.group(2)) if feast.group(2) else None
        return Point(year=year, **holiday_fields(feast.group(1)))  # type: ignore[arg-type]
    dated = re.fullmatch(rf"(?i)({WEEKDAY}),? (.+)", s.strip())
    if dated:
        day = parse_side(dated.group(2))
        if day is None or day.day is None:
            return None
        return (
            day if day.year is not None else day.with_(weekday=WEEKDAYS[dated.group(1).lower().rstrip(".")])
        )
    return parse_side(re.sub(r"(?i)\s+the\s+", " ", s))  # "February the 15th"


def _numeric_day(a: str, b: str, y: str | None) -> Point | None:
    """Month/day(/year) written beside a clock time ("4/25 at 4 p.m."), month first."""
    month, day = int(a), int(b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    year = None if y is None else int(y) if len(y) == 4 else 2000 + int(y)
    return Point(year=year, month=month, day=day)


_SCRIPTURE_BOOKS = (
    "Genesis|Exodus|Leviticus|Numbers|Deuteronomy|Joshua|Judges|Ruth|Samuel|Kings|Chronicles|Ezra|Nehemiah|"
    "Esther|Job|Psalms?|Proverbs|Ecclesiastes|Isaiah|Jeremiah|Lamentations|Ezekiel|Daniel|Hosea|Joel|Amos|"
    "Obadiah|Jonah|Micah|Nahum|Habakkuk|Zephaniah|Haggai|Zechariah|Malachi|Matthew|Mark|Luke|John|Acts|Romans|"
    "Corinthians|Galatians|Ephesians|Philippians|Colossians|Thessalonians|Timothy|Titus|Philemon|Hebrews|James|"
    "Peter|Jude|Revelations?|Surah|Sura|Quran|Qur'an|Koran|Chapter|Verses?"
)
SCRIPTURE_BEFORE = re.compile(rf"\b(?:{_SCRIPTURE_BOOKS}|chapter|verses?)\s+$")
"""A book of scripture or "chapter" written just before "3:16": a verse reference ("John 3:16"), not a time."""


def clock_time(m: Match, text: str) -> TimeSpec | None:
    """A clock time, with its day when written beside it ("10 p.m. Friday")."""
    g = m.groupdict()
    clock = clock_point(g["clock"])
    if clock is None:
        return None
    if g["clock"].lower() == "noon" and text.endswith("high ", 0, m.start()):
        return None  # "high noon": the showdown, not twelve o'clock
    if text.startswith("-to-", m.end()) or text.endswith("-to-", 0, m.start()):
        return None  # "the midnight-to-8 a.m. shift": a recurring shift, not a time of one day
    if re.match(r"\d{1,2}:\d{2}$", g["clock"].strip()) and SCRIPTURE_BEFORE.search(
        text, max(0, m.start() - 16), m.start()
    ):
        return None
    if re.match(r"\d{1,2}:\d{2}$", g["clock"].strip()) and re.search(
        r"\d\s*$", text[max(0, m.start() - 3) : m.start()]
    ):
        return None
    point = clock
    if g.get("day"):
        day = day_point(g["day"])
        if day is None:
            return None
        fields = {k: getattr(day, k) for k in _DAY_FIELDS}
        point = point.with_(**fields)
    elif clock.hour == 24 and _past_clause(text, m.start()):
        point = point.with_(prefer="past")  # "was shot around midnight": the midnight before publication
    return point_spec(point, g)


def _past_clause(text: str, start: int) -> bool:
    """Whether the clause before `start` is told in the past ("police said the man was shot ...")."""
    marker = last_tense_marker(text, start)
    return marker is not None and marker.group("past") is not None


def time_either(m: Match, text: str) -> TimeSpec | None:
    """A clock time with its day written before or after it ("Friday at 4 p.m.", "10 p.m. Wednesday")."""
    g = m.groupdict()
    if g.get("day0") and g.get("day"):
        return None
    if g.get("day0"):
        g = {**g, "day": g["day0"]}

    class _View:
        def groupdict(self) -> dict[str, str | None]:
            return g

        def start(self) -> int:
            return m.start()

        def end(self) -> int:
            return m.end()

    return clock_time(_View(), text)  # type: ignore[arg-type]


_HOUR_WORDS = {w: n for n, w in enumerate(
    ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
)}  # fmt: skip
HOUR = rf"(?:\d{{1,2}}(?::\d{{2}})?|{'|'.join(w for w in _HOUR_WORDS if w != 'zero')})(?:\s*o'?clock)?"
HOUR_WORDS = tuple(w for w in _HOUR_WORDS if w != "zero")
LATER_PARTS = ("afternoon", "evening", "night", "tonight", "tonite", "pm")


def clock_in_daypart(m: Match, text: str) -> TimeSpec | None:
    """A clock time read by its part of day: "8 tonight", "tomorrow afternoon at 5", "3 in the morning"."""
    g = m.groupdict()
    hour_text = (
        (g.get("h1") or g.get("h2") or g.get("h3") or "")
        .lower()
        .replace("o'clock", "")
        .replace("oclock", "")
        .strip()
    )
    found = re.fullmatch(r"(\d{1,2})(?::(\d{2}))?|(\w+)", hour_text)
    if found is None:
        return None
    hour = int(found.group(1)) if found.group(1) else _HOUR_WORDS.get(found.group(3) or "")
    minute = int(found.group(2) or 0)
    if hour is None or not 1 <= hour <= 12 or minute > 59:
        return None
    part = " ".join(filter(None, (g.get(k) for k in ("p1", "p2", "p3", "p4", "p5", "p6")))).lower()
    if any(word in part for word in LATER_PARTS) and hour < 12:
        hour += 12
    elif hour == 12 and any(word in part for word in ("evening", "night", "tonight", "tonite")):
        hour = 24  # "tonight at 12": the midnight that ends the day
    elif ("morning" in part or part == "am") and hour == 12:
        hour = 0
    point = Point(hour=hour, minute=minute)
    day_word = (g.get("d1") or g.get("d2") or "").lower()
    if day_word and day_word != "this":
        day = day_point(day_word)
        if day is None:
            return None
        point = point.with_(weekday=day.weekday, rel_unit=day.rel_unit, rel_offset=day.rel_offset)
    return point_spec(point, g)


def minutes_past(m: Match, text: str) -> TimeSpec | None:
    """ "A quarter past 3 p.m.", "half past noon", "20 minutes to noon", "twenty after 3pm"."""
    g = m.groupdict()
    target = clock_point(g["clock"])
    if target is None:
        words = g["clock"].lower().split()
        hour = _HOUR_WORDS.get(words[0]) if words else None
        if hour is None or not 1 <= hour <= 12:
            return None
        pm = len(words) > 1 and words[-1].startswith("p")
        target = Point(hour=hour + 12 if pm and hour < 12 else hour, minute=0, half_day=len(words) == 1)
    if target.hour == 24:  # "ten past midnight": the start of the day
        target = target.with_(hour=0, minute=0)
    part = (g.get("mq") or "").lower()
    minutes = 15 if "quarter" in part else 30 if part else number_value(g.get("mn") or "")
    if minutes is None or not 0 < minutes < 60 or minutes != int(minutes):
        return None
    before = g["dir"].lower() in ("to", "till", "before", "of")
    if before and not (part or g.get("unit") or g["clock"].lower() in ("noon", "midnight")):
        return None  # "5 to 6pm" is a range, not 6pm less five minutes
    total = (target.hour or 0) * 60 + (target.minute or 0) + (-int(minutes) if before else int(minutes))
    if not 0 <= total < 24 * 60:
        return None
    point = target.with_(hour=total // 60, minute=total % 60)
    if g.get("day"):  # "20 minutes to 2pm tomorrow"
        day = day_point(g["day"])
        if day is None:
            return None
        point = point.with_(**{k: getattr(day, k) for k in _DAY_FIELDS}, half_day=False)
    return point_spec(point, g)


_DAY_FIELDS = (
    "year", "month", "day", "weekday", "rel_unit", "rel_offset", "holiday", "nth", "rel_base", "like_base", "needs_base"
)  # fmt: skip
"""The fields a day written beside a clock time gives it."""


_BARE_HOUR = re.compile(r"(\d{1,2})(?::(\d{2})|h(\d{2})?)?$")
CLOCK_END = rf"(?:{CLOCK}|\d{{1,2}}h\b|\d{{1,2}}(?=\s*(?:[.,;!?)]|$)|\s+in\s+the\s+(?:morning|afternoon|evening|am|pm)\b))"
"""The closing time of a range ("to 6 p.m.", "- 11h"): a bare "11h" is a time after another one, and a bare
hour ends the clause after an opening time with a.m./p.m. ("8am until 6") or takes a part of day ("from 3 to 4 in
the afternoon")."""
CLOCK_START = (
    r"(?:(?<![\d.,])\d{1,2}(?::\d{2}|\.[0-5]\d|h(?:\d{2})?)?(?:\s*(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b))?|noon)"
)
"""The opening time of a range ("9.30am" British too); without a.m./p.m. it takes the closing time's ("3-4 p.m.")."""


_MONTH_BEFORE = re.compile(rf"{MONTH}\s*$", re.IGNORECASE)


def clock_range(m: Match, text: str, last: Point | None = None) -> TimeSpec | None:
    """Two clock times of one day ("3-4 p.m.", "from 9:30 to 11:00 on Thursday", "between 1pm and 3pm"); `last`
    is the closing time when the caller has read it (a bare hour, `en_rules_clock.spoken_range`)."""
    g = m.groupdict()
    last = last or clock_point(g["b"])
    if last is None or last.hour is None:
        return None
    first = clock_point(g["a"])
    if first is None:  # a bare opening hour: "3" of "3-4 p.m."
        bare = _BARE_HOUR.match(g["a"].strip())
        if (
            bare is None
            or last.half_day
            or _MONTH_BEFORE.search(text, max(0, m.start("a") - 12), m.start("a"))
        ):
            return None  # "May 3 to 5 a.m.": the 3 is the month's day, not an opening hour
        hour, minute = int(bare.group(1)), int(bare.group(2) or bare.group(3) or 0)
        if hour > 23 or minute > 59:
            return None
        if hour < 12 and last.hour >= 12 and hour + 12 <= last.hour:
            hour += 12  # "3-4 p.m.": both in the afternoon
        first = Point(hour=hour, minute=minute)
    assert first.hour is not None
    if (
        first.half_day
        and not last.half_day
        and first.hour < 12
        and last.hour >= 12
        and first.hour + 12 <= last.hour
    ):
        first = first.with_(hour=first.hour + 12, half_day=False)
    if last.half_day and (last.hour or 0) * 60 + (last.minute or 0) <= first.hour * 60 + (first.minute or 0):
        last = last.with_(hour=(last.hour or 0) + 12, half_day=False)  # "11:30-1:30": into the afternoon
    if (last.hour, last.minute or 0) <= (first.hour, first.minute or 0):
        return None
    day_text = g.get("day0") or g.get("day")
    if day_text:
        day = day_point(day_text)
        if day is None:
            return None
        fields = {k: getattr(day, k) for k in _DAY_FIELDS}
        first, last = first.with_(**fields), last.with_(**fields)
    return TimeSpec(
        "range",
        start=first.with_(half_day=False),
        end=last.with_(half_day=False),
        approximate=bool(g.get("approx")),
    )
