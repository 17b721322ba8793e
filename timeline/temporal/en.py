"""English temporal grammar: named rules over the vocabulary of `en_vocab`, then `RULES`.

Spans include a leading qualifier ("since 2014", "as of March 3"); `to_timeml` trims them to
TimeML's conventions. Durations and sets are typed DURATION/SET and never become dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal import en_scan
from timeline.temporal.en_parts import (
    DATE_ALT,
    PART,
    QUAL,
    month_of,
    numeric_date,
    parse_side,
    part_of,
    plausible_month_word,
    qualifier_of,
)
from timeline.temporal.en_scan import Windowed
from timeline.temporal.en_timeml import to_timeml
from timeline.temporal.en_vocab import (
    DAY,
    DAY_ORDINALS,
    DAY_WORD,
    DAYPARTS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTH,
    NUMBER,
    RELATIVE_DAY,
    SEASONS,
    SPELLED_TEENS,
    SPELLED_TENS,
    SPELLED_UNITS,
    UNIT,
    WEEKDAY,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
    YEAR,
    duration_value,
    number_value,
    spelled_year,
    unit_name,
)
from timeline.temporal.engine import Rule, alt
from timeline.temporal.spec import Point, TimeSpec

__all__ = ["RULES", "to_timeml"]

Match = re.Match[str]
_Q = rf"(?:(?P<q>{QUAL})\s+)?"
_P = rf"(?:(?P<part>{PART})[\s-]*)?"
_DAYPART = alt(DAYPARTS)
AHEAD_DAYS = 92
"""A yearless date ("Nov. 6", "March") up to this many days after publication stays in its year (news announces)."""
_NARRATIVE_KEEP = ("quarter", "half", "month", "day")
_COUNT_NOUNS = (
    "people|persons|troops|soldiers|votes|shares|cars|units|workers|jobs|feet|foot|meters|metres|miles|tons|"
    "barrels|points|yards|students|members|employees|homes|houses|acres|pounds|dollars|residents|cases|deaths|"
    "passengers|vehicles|rooms|beds|seats|copies|games|times|calories|kilometers|km|kg|mph|hp"
)
_STREET = r"\s+(?:[A-Z][a-z]+\s+){0,2}(?:Street|St\.|Avenue|Ave\.?|Road|Rd\.|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Court)\b"
_TITLE_BEFORE = re.compile(r"([A-Z][A-Za-z]*)\s+$")
_YEAR_OK_BEFORE = {
    "In", "Since", "By", "Until", "Through", "From", "During", "Before", "After", "Of", "Fiscal", "Late", "Early",
    "Mid", "Summer", "Spring", "Fall", "Autumn", "Winter", "As", "For", "Between", "And", "To", "At", "The", "Circa",
    "FY", "Q1", "Q2", "Q3", "Q4", "On", "Around", "About", "Year", "Only", "Throughout",
}  # fmt: skip


def _rule(name: str, pattern: str, build: Callable[[Match, str], TimeSpec | None], priority: int = 0) -> Rule:
    compiled = re.compile(pattern, re.IGNORECASE)
    before, after = WINDOWS.get(name, (en_scan.BEFORE, en_scan.AFTER))
    if name in TENSED:
        build = _tensed(build)
    return Rule(name, Windowed(compiled, TRIGGERS[name], before, after), build, priority)  # type: ignore[arg-type]


_M, _W, _U = "month", "weekday", "unit"
_Y = en_scan.YEAR4
TRIGGERS: dict[str, tuple[str, ...]] = {
    "iso date": (_Y,),
    "numeric date": (en_scan.SLASHED,),
    "weekday, month day, year": (_M,),
    "day month year": (_M,),
    "month year": (_M,),
    "month": (_M,),
    "year": (_Y,),
    "year range": (_Y,),
    "month day-day": (_M,),
    "from A to B": (_Y, _M, _W),
    "A to B": (_Y, _M, _W),
    "decade": (en_scan.DECADE2, "decade"),
    "season": ("season",),
    "quarter (Q1 2024)": (en_scan.QUARTER,),
    "ordinal quarter or half": ("quarter",),
    "this / last / next unit": (_U,),
    "today / yesterday / tomorrow": ("reldays",),
    "this morning / last night": ("daypart",),
    "weekday": (_W,),
    "ago": ("ago",),
    "N units earlier / later": (_U,),
    "the next day": (_U,),
    "the day before / after": (_U,),
    "later that month": (_U,),
    "year-earlier": ("earlier",),
    "the same period last year": ("quarter",),
    "the quarter": ("quarter",),
    "clock time": (en_scan.CLOCK, "clock"),
    "day of month (on the 10th)": (en_scan.ORDINAL,),
    "present (now, currently)": ("vague",),
    "recent (in recent years)": ("vague", _U),
    "past (the past, previously)": ("vague",),
    "future (soon, the future)": ("vague",),
    "duration": (_U,),
    "vague duration (for years)": (_U,),
    "set adverb (daily, annually)": ("set",),
    "every / each": ("set",),
    "weekday plural (on Mondays)": (_W,),
    "rate (twice a year)": (_U,),
    "rate (per year)": ("set",),
    "holiday (Christmas)": ("holiday",),
    "year in words": ("spelled",),
    "the year (narrative)": (_U,),
    "the weekend": (_U,),
    "month of last year": (_M,),
    "nth weekday of a month": (_M,),
    "the end of the year": (_U,),
}
"""Rule name → the word categories of `en_scan` near which its pattern is searched."""
_UNIT_LAST = (48, 16)  # the trigger (a unit word) ends the match: "more than the first twenty-four hours"
WINDOWS: dict[str, tuple[int, int]] = {
    "duration": _UNIT_LAST,
    "vague duration (for years)": (5, 12),
    "rate (twice a year)": (8, 8),
    "the year (narrative)": (32, 24),
    "the weekend": (16, 8),
    "month of last year": (48, 32),
    "nth weekday of a month": (48, 16),
    "the end of the year": (32, 8),
    "N units earlier / later": (40, 24),
    "this / last / next unit": (40, 16),
    "holiday (Christmas)": (24, 24),
    "the same period last year": (8, 48),
    "the next day": (24, 24),
    "the day before / after": (16, 32),
    "later that month": (24, 16),
    "ago": (56, 8),
    "weekday": (32, 24),
    "A to B": (16, 40),
    "from A to B": (24, 48),
    "year": (48, 24),
    "iso date": (24, 24),
    "numeric date": (24, 16),
    "the quarter": (8, 32),
    "year-earlier": (40, 40),
    "recent (in recent years)": (32, 16),
    "present (now, currently)": (16, 16),
    "past (the past, previously)": (24, 16),
    "future (soon, the future)": (24, 16),
    "weekday, month day, year": (48, 24),
    "day month year": (40, 24),
    "month year": (40, 16),
    "month": (40, 8),
    "month day-day": (8, 32),
    "decade": (32, 8),
    "season": (40, 24),
    "clock time": (40, 40),
    "today / yesterday / tomorrow": (24, 24),
    "this morning / last night": (16, 8),
    "every / each": (8, 40),
    "set adverb (daily, annually)": (2, 2),
    "year in words": (24, 40),
    "ordinal quarter or half": (48, 32),
    "quarter (Q1 2024)": (24, 16),
    "day of month (on the 10th)": (8, 8),
    "weekday plural (on Mondays)": (8, 8),
    "rate (per year)": (4, 16),
}
"""Rule name → characters searched (before, after) each trigger word, when not en_scan's default."""


def _int(g: dict[str, str | None], key: str) -> int | None:
    value = g.get(key)
    if not value:
        return None
    digits = re.sub(r"\D", "", value)
    return int(digits) if digits else DAY_ORDINALS.get(re.sub(r"\s+", "-", value.lower()))


_FUTURE_BEFORE = re.compile(
    r"(?i)\b(?:will|shall|'ll|(?:is|are|was|were)\s+(?:expected|scheduled|due|set|slated|to)|plans?\s+to|planned|"
    r"scheduled|upcoming|expires?|until|next|set\s+to|due\s+to)\b[^.;!?]*$"
)
_PAST_BEFORE = re.compile(r"(?i)\b(?:said|was|were|had|did|ago|last)\b[^.;!?]*$")


def _tense_prefer(text: str, start: int) -> str | None:
    """'future' when a future-tense word stands earlier in the clause ("will meet on Monday"), else None."""
    clause = text[max(0, start - 70) : start]
    future = _FUTURE_BEFORE.search(clause)
    if future is None:
        return None
    past = _PAST_BEFORE.search(clause)
    return "future" if past is None or past.start() < future.start() else None


def _with_tense(spec: TimeSpec, m: Match, text: str) -> TimeSpec:
    """Read the clause's tense into a yearless date or a bare weekday."""
    point = spec.start
    if point is None or point.year is not None or point.rel_unit is not None or point.decade is not None:
        return spec
    prefer = _tense_prefer(text, m.start())
    return spec.with_(start=point.with_(prefer=prefer)) if prefer else spec


TENSED = frozenset(
    {"weekday", "weekday, month day, year", "day month year", "month", "clock time", "holiday (Christmas)"}
)
"""Rules whose yearless dates and bare weekdays follow the tense of their clause."""


def _tensed(build: Callable[[Match, str], TimeSpec | None]) -> Callable[[Match, str], TimeSpec | None]:
    def tensed(m: Match, text: str) -> TimeSpec | None:
        spec = build(m, text)
        return _with_tense(spec, m, text) if spec is not None else None

    return tensed


def _point_spec(point: Point, g: dict[str, str | None]) -> TimeSpec:
    if (
        point.year is None
        and point.rel_unit is None
        and point.decade is None
        and not point.year_from_explicit
    ):
        point = point.with_(year_from_explicit=True, ahead_days=AHEAD_DAYS)
    qualifier, approximate = qualifier_of(g.get("q"))
    part = part_of(g.get("part"))
    if part is not None:
        point = point.with_(part=part)
    return TimeSpec("point", start=point, qualifier=qualifier, approximate=approximate)


# -- calendar dates --------------------------------------------------------------------------------


def _calendar(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    if g.get("mon") and not plausible_month_word(g["mon"]) and not (g.get("d") or g.get("y")):
        return None
    day = _int(g, "d") or _int(g, "dw")
    if day is not None and not 1 <= day <= 31:
        return None
    point = Point(
        year=_int(g, "y"),
        month=month_of(g["mon"]) if g.get("mon") else None,
        day=day,
        hour=None,
    )
    if g.get("rel"):
        rel = g["rel"].lower()
        if point.month is not None and point.day is None and point.year is None:
            point = point.with_(
                rel_unit="year", rel_offset={"last": -1, "next": 1}.get(rel, 0), month=point.month
            )
            return _relative_month(point, rel, g)
    return _point_spec(point, g)


def _relative_month(point: Point, rel: str, g: dict[str, str | None]) -> TimeSpec:
    """'last April' is the latest April before publication, 'this September' the one of this year."""
    if rel == "this":
        return _point_spec(Point(month=point.month, rel_unit="year", rel_offset=0), g)
    if rel == "next":
        return _point_spec(Point(month=point.month, rel_unit="year", rel_offset=1), g)
    return _point_spec(Point(month=point.month, year_from_explicit=True), g)  # never ahead of publication


def _bare_month(m: Match, text: str) -> TimeSpec | None:
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
    return _calendar(m, text)


def _ordinal_day(m: Match, text: str) -> TimeSpec | None:
    if not re.search(r"(?:st|nd|rd|th)$", m.group("d").lower()):
        return None
    return _point_spec(Point(day=_int(m.groupdict(), "d")), {})


def _holiday(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    word = g["hol"]
    if (
        word[0].islower()
        and text[m.start("hol") : m.start("hol") + 1].islower()
        and word.lower() in ("new year's",)
    ):
        return None
    key = re.sub(r"\s+", " ", word.lower())
    if key in HOLIDAYS:
        month, day = HOLIDAYS[key]
        fields: dict[str, int] = {"month": month, "day": day}
    else:
        month, weekday, nth = WEEKDAY_HOLIDAYS[key]
        fields = {"month": month, "weekday": weekday, "nth": nth}
    year = _int(g, "y")
    rel = (g.get("rel") or "").lower()
    if year is not None:
        return _point_spec(Point(year=year, **fields), g)  # type: ignore[arg-type]
    if rel == "last":
        return _point_spec(Point(year_from_explicit=True, **fields), g)  # type: ignore[arg-type]
    if rel in ("this", "next"):
        return _point_spec(Point(ahead_days=366, year_from_explicit=True, **fields), g)  # type: ignore[arg-type]
    return _point_spec(Point(**fields), g)  # type: ignore[arg-type]


def _year_in_words(m: Match, text: str) -> TimeSpec | None:
    year = spelled_year(m.group("sy"))
    return TimeSpec("point", start=Point(year=year)) if year is not None else None


_NTH = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
    "last": -1,
}


def _nth_weekday(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    point = Point(
        year=_int(g, "y"),
        month=month_of(g["mon"]),
        weekday=WEEKDAYS[g["wd"].lower().rstrip(".")],
        nth=_NTH[g["nth"].lower()],
    )
    return _point_spec(point, g)


def _month_of_year(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    if not plausible_month_word(g["mon"]) and not g.get("d"):
        return None
    offset = {"last": -1, "this": 0, "next": 1}[g["rel"].lower()]
    point = Point(month=month_of(g["mon"]), day=_int(g, "d"), rel_unit="year", rel_offset=offset)
    return _point_spec(point, g)


def _the_year(m: Match, text: str) -> TimeSpec | None:
    if re.match(r"\s+(?:ended|ending|to\s+date|through)\b", text[m.end() : m.end() + 16]):
        return TimeSpec("duration", duration="P1W" if m.group(0).lower().endswith("week") else "P1Y")
    unit = "week" if m.group(0).lower().endswith("week") else "year"
    return TimeSpec("point", start=Point(rel_unit=unit, rel_offset=0, rel_base="narrative"))


def _the_weekend(m: Match, text: str) -> TimeSpec | None:
    """The weekend of news: the Saturday before publication (its TIMEX3 is that Saturday)."""
    return TimeSpec("point", start=Point(weekday=5))


def _end_of_unit(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    unit = (g.get("unit") or "year").lower()
    part = part_of(g.get("part")) or "late"
    point = Point(rel_unit=unit, rel_offset=0, rel_base="narrative", part=part)  # type: ignore[arg-type]
    qualifier, approximate = qualifier_of(g.get("q"))
    return TimeSpec("point", start=point, qualifier=qualifier, approximate=approximate)


def _recent(m: Match, text: str) -> TimeSpec:
    """Recently / in recent years: the recent past; TimeML values "recent years" as a vague duration (PXY)."""
    unit = m.group("unit") or m.group("unit2")
    return TimeSpec("recent", timex=duration_value(None, unit) if unit else None)


def _numeric(m: Match, text: str) -> TimeSpec | None:
    y = m.group("y")
    if len(y) == 2:
        y = ("19" if int(y) > 30 else "20") + y
    point = numeric_date(m.group("a"), m.group("b"), y)
    return _point_spec(point, m.groupdict()) if point is not None else None


def _iso(m: Match, text: str) -> TimeSpec | None:
    month, day = int(m.group("a")), int(m.group("b"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    hour = _int(m.groupdict(), "h")
    minute = _int(m.groupdict(), "mi")
    return _point_spec(
        Point(year=int(m.group("y")), month=month, day=day, hour=hour, minute=minute), m.groupdict()
    )


def _year(m: Match, text: str) -> TimeSpec | None:
    start = m.start("y")
    before = text[max(0, start - 24) : start]
    after = text[m.end() : m.end() + 40]
    if re.search(
        r"[$#€£¥]\s*$|No\.\s*$|\b(?:page|pages|p\.|route|flight|room|model|number|code|area)\s+$",
        before,
        re.I,
    ):
        return None
    if re.match(rf"\s+(?:{_COUNT_NOUNS})\b", after) or re.match(_STREET, after):
        return None
    if re.match(r"\s*(?:-|to)\s*\d{3,}\b", after) and not re.match(rf"\s*(?:-|to)\s*{YEAR}", after):
        return None
    title = _TITLE_BEFORE.search(before)
    if title and title.group(1) not in _YEAR_OK_BEFORE and not plausible_is_month(title.group(1)):
        sentence_start = re.search(r"(?:^|[.!?\n]\s*|[\"“(]\s*)[A-Z][A-Za-z]*\s+$", before)
        if not sentence_start:
            return None
    return _calendar(m, text)


def plausible_is_month(word: str) -> bool:
    """True when a capitalised word is a month or a season (which may stand before a year)."""
    w = word.lower().rstrip(".")
    return w in SEASONS or w in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec") or w in (
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    )  # fmt: skip


def _decade(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    if g.get("dec"):
        point = Point(decade=int(g["dec"]))
    elif g.get("dec2"):
        point = Point(decade=int(g["dec2"]), year_of_century=True)
    else:
        point = Point(decade=DECADE_WORDS[g["decw"].lower()], year_of_century=True)
    return _point_spec(point, g)


def _season(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    code = SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower()
    year = _int(g, "y")
    if year is None and not rel and not g.get("the") and not g.get("part"):
        return None
    if year is not None:
        point = Point(year=year, season=code)
    elif rel in ("last", "past", "previous"):
        point = Point(season=code, rel_unit="year", rel_offset=-1)
    elif rel in ("next", "coming"):
        point = Point(season=code, rel_unit="year", rel_offset=1)
    else:
        point = Point(
            season=code,
            rel_unit="year",
            rel_offset=0,
            rel_base="narrative" if g.get("the") else "publication",
        )
    return _point_spec(point, g)


_ORD = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "final": 4,
    "last": 4,
}
_REL_YEAR = {"last year": -1, "this year": 0, "next year": 1, "a year earlier": -1, "a year ago": -1}


def _quarter(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    unit = (g.get("unit") or "quarter").lower()
    n = int(g["qn"]) if g.get("qn") else _ORD[g["ord"].lower()]
    if unit == "half" and n > 2:
        n = 2 if g["ord"].lower() in ("last", "final", "second", "2nd") else 0
        if n == 0:
            return None
    year = _int(g, "y") or _int(g, "y2") or _int(g, "y3")
    if g.get("ry0"):
        g = {**g, "ry": g["ry0"] + " year"}
    field = {"quarter": n} if unit.startswith("q") else {"half": n}
    if year is not None:
        point = Point(year=year, **field)  # type: ignore[arg-type]
    elif g.get("ry"):
        point = Point(rel_unit="year", rel_offset=_REL_YEAR[re.sub(r"\s+", " ", g["ry"].lower())], **field)  # type: ignore[arg-type]
    else:
        point = Point(**field)  # type: ignore[arg-type]
    return _point_spec(point, g)


_REL = {
    "last": -1, "past": -1, "previous": -1, "prior": -1, "latest": -1, "recent": -1, "most recent": -1,
    "this": 0, "current": 0, "present": 0, "next": 1, "coming": 1, "following": 1, "upcoming": 1,
}  # fmt: skip


def _relative_unit(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    rel = re.sub(r"\s+", " ", g["rel"].lower())
    unit = unit_name(g["unit"])
    the = bool(g.get("the"))
    if unit == "weekend":
        offset = _REL.get(rel, 0)
        return _point_spec(Point(rel_unit="week", rel_offset=offset, weekday=5), g)
    if (
        the
        and rel in ("past", "last", "coming", "next")
        and unit in ("year", "decade", "century", "month", "week", "day")
    ):
        return TimeSpec("duration", duration=duration_value(1, unit))
    if rel in ("past", "coming") and unit in ("decade", "century"):
        return TimeSpec("duration", duration=duration_value(1, unit))
    offset = _REL.get(rel, 0)
    if unit == "quarter" and rel in ("latest", "recent", "most recent"):
        offset = -1
    if unit == "decade":
        return None
    if unit == "century":
        return None
    point = Point(rel_unit=unit, rel_offset=offset)  # type: ignore[arg-type]
    if g.get("fiscal") and unit == "year" and rel in ("current", "this"):
        point = Point(rel_unit="year", rel_offset=0)
    spec = _point_spec(point, g)
    early = (g.get("early") or "").lower()
    if early in ("earlier", "early"):
        spec = spec.with_(start=point.with_(part="early") if early == "early" else point)
    elif early in ("later", "late"):
        spec = spec.with_(start=point.with_(part="late") if early == "late" else point)
    elif early == "mid":
        spec = spec.with_(start=point.with_(part="mid"))
    return spec


def _relative_day(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    word = g["rd"].lower()
    daypart = DAYPARTS.get((g.get("dp") or "").lower()) or ("NI" if word == "tonight" else None)
    point = Point(rel_unit="day", rel_offset=RELATIVE_DAY[word], daypart=daypart)
    spec = _point_spec(point, g)
    early = (g.get("early") or "").lower()
    if early in ("early", "late", "mid"):
        spec = spec.with_(start=point.with_(part=early))  # type: ignore[arg-type]
    return spec


def _this_daypart(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    rel = g["rel"].lower()
    code = DAYPARTS[g["dp"].lower()]
    offset = -1 if rel in ("last", "yesterday") else 0
    return _point_spec(Point(rel_unit="day", rel_offset=offset, daypart=code), g)


def _weekday(m: Match, text: str) -> TimeSpec | None:
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
    daypart = DAYPARTS.get((g.get("dp") or "").lower())
    rel = (g.get("rel") or "").lower()
    if rel in ("last", "past", "previous"):
        point = Point(weekday=weekday, rel_unit="week", rel_offset=-1, daypart=daypart)
    elif rel == "next":
        point = Point(weekday=weekday, rel_unit="week", rel_offset=1, daypart=daypart)
    elif rel == "this":
        point = Point(weekday=weekday, rel_unit="week", rel_offset=0, daypart=daypart)
    else:
        point = Point(weekday=weekday, daypart=daypart)
    spec = _point_spec(point, g)
    early = (g.get("early") or "").lower()
    if early in ("early", "late"):
        spec = spec.with_(start=point.with_(part=early))  # type: ignore[arg-type]
    return spec


def _ago(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    count = number_value(g["n"])
    unit = unit_name(g["unit"])
    if unit in ("decade", "century", "quarter") or count is None:
        if count is None:
            return TimeSpec("past")
        return None
    if count != int(count):
        return None
    keep = ("quarter", "half") if unit == "year" and int(count) == 1 else ()
    point = Point(rel_unit=unit, rel_offset=-int(count), like_base=keep)  # type: ignore[arg-type]
    return TimeSpec("point", start=point, approximate=bool(g.get("approx")))


def _earlier_later(m: Match, text: str) -> TimeSpec | None:
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
    point = Point(
        rel_unit=unit,
        rel_offset=sign * int(count),
        rel_base="narrative",
        like_base=_NARRATIVE_KEEP,
        no_chain=unit == "year",
    )  # type: ignore[arg-type]
    return TimeSpec("point", start=point)


def _narrative_next(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    unit = unit_name(g["unit"])
    word = (g.get("rel") or "same").lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "that": 0}[
        word
    ]
    if g.get("ba"):
        offset = -1 if g["ba"].lower() == "before" else 1
    keep = ("day",) if unit == "day" else ()
    return TimeSpec(
        "point", start=Point(rel_unit=unit, rel_offset=offset, rel_base="narrative", like_base=keep)
    )  # type: ignore[arg-type]


def _later_that(m: Match, text: str) -> TimeSpec | None:
    unit = unit_name(m.group("unit"))
    point = Point(rel_unit=unit, rel_offset=0, rel_base="narrative")  # type: ignore[arg-type]
    return TimeSpec("point", start=point)


def _year_earlier(m: Match, text: str) -> TimeSpec | None:
    if m.groupdict().get("ord"):  # "the year-ago third quarter"
        return TimeSpec(
            "point", start=Point(rel_unit="year", rel_offset=-1, quarter=_ORD[m.group("ord").lower()])
        )
    return TimeSpec(
        "point", start=Point(rel_unit="year", rel_offset=-1, like_base=_NARRATIVE_KEEP, no_chain=True)
    )


def _same_period(m: Match, text: str) -> TimeSpec | None:
    return TimeSpec("point", start=Point(rel_unit="year", rel_offset=0, like_base=("quarter", "half")))


# -- times -------------------------------------------------------------------------------------------

_AMPM = r"(?:a\.\s?m\.?|p\.\s?m\.?|am\b|pm\b)"
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time)\b)?"
_CLOCK = rf"(?:\d{{1,2}}(?::\d{{2}})?\s*{_AMPM}{_TZ}|\d{{1,2}}:\d{{2}}(?!\d|:\d){_TZ}|noon|midnight|midday|\d{{1,2}}\s+o'clock)"
_DAYWORD = rf"(?:{WEEKDAY}|today|yesterday|tomorrow|tonight|{MONTH}\s*{DAY}\b(?:,?\s+{YEAR})?)"


def _clock_point(s: str) -> Point | None:
    s = s.strip().lower()
    if s in ("noon", "midday"):
        return Point(hour=12, minute=0)
    if s == "midnight":
        return Point(hour=24, minute=0)
    m = re.match(r"(\d{1,2})(?::(\d{2}))?\s*(?:(a\.?\s?m\.?|am)|(p\.?\s?m\.?|pm)|o'clock)?", s)
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(4) and hour < 12:
        hour += 12
    elif m.group(3) and hour == 12:
        hour = 0
    if (
        hour > 24
        or minute > 59
        or (not m.group(3) and not m.group(4) and not m.group(2) and "o'clock" not in s)
    ):
        return None
    return Point(hour=hour, minute=minute)


def _day_point(s: str) -> Point | None:
    w = s.strip().lower().rstrip(".")
    if w in RELATIVE_DAY:
        return Point(rel_unit="day", rel_offset=RELATIVE_DAY[w])
    if w in WEEKDAYS:
        return Point(weekday=WEEKDAYS[w])
    return parse_side(s)


def _time(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    clock = _clock_point(g["clock"])
    if clock is None:
        return None
    if re.match(r"\d{1,2}:\d{2}$", g["clock"].strip()) and re.search(
        r"\d\s*$", text[max(0, m.start() - 3) : m.start()]
    ):
        return None
    point = clock
    if g.get("day"):
        day = _day_point(g["day"])
        if day is None:
            return None
        fields = {k: getattr(day, k) for k in ("year", "month", "day", "weekday", "rel_unit", "rel_offset")}
        point = point.with_(**fields)
    return _point_spec(point, g)


# -- vague, durations, sets ------------------------------------------------------------------------


def _fixed(kind: str) -> Callable[[Match, str], TimeSpec]:
    def build(m: Match, text: str) -> TimeSpec:
        return TimeSpec(kind)  # type: ignore[arg-type]

    return build


_MORE = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX",
}  # fmt: skip


def _duration(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    count = number_value(g["n"])
    unit = g["unit"]
    if (
        unit.lower() == "second"
        and g["n"].lower() in ("a", "one")
        and re.match(r"\s+(?!ago|later|earlier|before|after)[a-z]", text[m.end() :])
    ):
        return None  # "a second time", "one second round": an ordinal
    if count is not None and 1500 <= count <= 2099 and re.fullmatch(r"\d{4}", g["n"]):
        return None  # "the 1988 quarter" is a year
    if (
        count == 0
        or m.group(0).lower().endswith("-old")
        or re.match(r"[\s-]+old\b", text[m.end() : m.end() + 6])
    ):
        return None  # an age ("a 6-year-old"), not a period of time
    if unit.lower().startswith("quarter") and ("-" in g["hy"] or re.match(r"\s+of\b", text[m.end() :])):
        return None  # "three-quarters of", a fraction
    value = duration_value(count, unit)
    mod = _MORE.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower()))
    return TimeSpec("duration", duration=value, extra={"mod": mod} if mod else {})


def _vague_duration(m: Match, text: str) -> TimeSpec | None:
    return TimeSpec("duration", duration=duration_value(None, m.group("unit")))


_SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
                "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}  # fmt: skip


def _set_adverb(m: Match, text: str) -> TimeSpec | None:
    return TimeSpec("set", timex=_SET_ADVERBS[m.group(0).lower()])


def _every(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    what = g["what"].lower().rstrip(".")
    count = number_value(g["n"]) if g.get("n") else 1
    if g.get("other"):
        count = 2
    if what in WEEKDAYS:
        return TimeSpec("set", timex=f"XXXX-WXX-{WEEKDAYS[what] + 1}")
    if what.rstrip("s") in SEASONS:
        return TimeSpec("set", timex=f"XXXX-{SEASONS[what.rstrip('s')]}")
    if what in DAYPARTS:
        return TimeSpec("set", timex=f"XXXX-XX-XXT{DAYPARTS[what]}")
    if re.fullmatch(MONTH, what, re.I):
        return TimeSpec("set", timex=f"XXXX-{month_of(what):02d}")
    return TimeSpec("set", timex=duration_value(count, what))


def _weekday_plural(m: Match, text: str) -> TimeSpec | None:
    word = m.group("wd").lower()
    return TimeSpec("set", timex=f"XXXX-WXX-{WEEKDAYS[word] + 1}")


_RATE_BEFORE = re.compile(
    r"(?i)\b(?:once|twice|times|percent|cents|dollars|euros|pounds|million|billion|trillion)\s+$|[%\d]\s+$"
)


def _rate(m: Match, text: str) -> TimeSpec | None:
    if not _RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
        return None
    return TimeSpec("set", timex=duration_value(1, m.group("unit")))


# -- ranges --------------------------------------------------------------------------------------------


def _range(m: Match, text: str) -> TimeSpec | None:
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
    return TimeSpec("range", start=first, end=last)


def _year_range(m: Match, text: str) -> TimeSpec | None:
    a = int(m.group("a"))
    b_text = m.group("b")
    b = int(b_text) if len(b_text) == 4 else a // 100 * 100 + int(b_text)
    if b <= a or b - a > 50:
        return None
    return TimeSpec("range", start=Point(year=a), end=Point(year=b))


def _day_range(m: Match, text: str) -> TimeSpec | None:
    g = m.groupdict()
    if not plausible_month_word(g["mon"]):
        return None
    month, d1, d2 = month_of(g["mon"]), _int(g, "d1") or 0, _int(g, "d2") or 0
    if not 1 <= d1 < d2 <= 31:
        return None
    year = _int(g, "y")
    return TimeSpec("range", start=Point(year=year, month=month, day=d1), end=Point(day=d2))


# -- the rule table ------------------------------------------------------------------------------------

_N = rf"(?P<n>{NUMBER})"
_WDG = rf"(?P<wd>{WEEKDAY})"
_MODS = r"(?:(?P<mod>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|under|nearly|almost|about|around|roughly|approximately|some)\s+)?"

RULES: tuple[Rule, ...] = (
    _rule(
        "iso date",
        rf"{_Q}\b(?P<y>\d{{4}})-(?P<a>\d{{2}})-(?P<b>\d{{2}})(?:[T\s](?P<h>\d{{2}}):(?P<mi>\d{{2}}))?\b",
        _iso,
        2,
    ),
    _rule(
        "numeric date",
        rf"{_Q}(?<![\d/.])\b(?P<a>\d{{1,2}})[/.](?P<b>\d{{1,2}})[/.](?P<y>\d{{4}}|\d{{2}})\b(?![/.]\d)",
        _numeric,
    ),
    _rule(
        "weekday, month day, year",
        rf"{_Q}{_P}\b(?:(?:{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?:(?P<d>{DAY})|(?:the\s+)?(?P<dw>{DAY_WORD}))\b(?!\s*[:%]|[.,]\d|-\d)(?:,?\s+(?P<y>{YEAR}))?",
        _calendar,
        1,
    ),
    _rule(
        "day month year",
        rf"{_Q}\b(?:(?:{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<d>{DAY})\s+(?:of\s+)?|(?P<dw>{DAY_WORD})\s+of\s+)(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        _calendar,
    ),
    _rule("month year", rf"{_Q}{_P}\b(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", _calendar, 1),
    _rule(
        "month",
        rf"{_Q}{_P}\b(?:(?P<rel>last|this|next)\s+)?(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)(?![\w-])",
        _bare_month,
        -1,
    ),
    _rule(
        "year",
        rf"{_Q}{_P}(?:\bthe\s+(?=\d{{4}}\s+(?:period|quarter|fiscal\s+year)\b))?(?:\b(?:the\s+)?year\s+|\b(?:fiscal|FY)[\s-]*(?:year\s+)?|(?<![\w$#.,/])(?<!\d-))(?P<y>{YEAR})\b(?![-/]\d|\.\d)(?:\s+(?:period|quarter|fiscal\s+year)\b)?",
        _year,
        -1,
    ),
    _rule(
        "year range",
        r"(?<![\w$#.,/-])(?P<a>1[5-9]\d\d|20\d\d)[-–](?P<b>\d{4}|\d{2})\b(?![-/.]\d)",
        _year_range,
        1,
    ),
    _rule(
        "month day-day",
        rf"\b(?P<mon>{MONTH})\s*(?P<d1>{DAY})\s*(?:[-–]|\s(?:to|through|until)\s)\s*(?P<d2>{DAY})\b(?!\s*[:%])(?:,?\s+(?P<y>{YEAR}))?",
        _day_range,
        2,
    ),
    _rule(
        "from A to B",
        rf"\b(?:from|between)\s+(?P<a>{DATE_ALT})\s+(?:to|and|through|until|till|[-–])\s+(?:the\s+)?(?P<b>{DATE_ALT})",
        _range,
        2,
    ),
    _rule("A to B", rf"\b(?P<a>{DATE_ALT})\s*(?:to|through|[-–])\s*(?P<b>{DATE_ALT})\b", _range, 1),
    _rule(
        "decade",
        rf"{_Q}(?:\bthe\s+)?{_P}(?:(?P<dec>1[5-9]\d0|20\d0)'?s\b|'(?P<dec2>\d0)'?s\b|\b(?P<decw>{alt(DECADE_WORDS)})\b)",
        _decade,
    ),
    _rule(
        "season",
        rf"{_Q}{_P}(?:\b(?:this\s+)?(?P<rel>this|last|next|past|previous|coming)\s+|\b(?P<the>the)\s+)?(?P<season>{alt(SEASONS)})\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        _season,
    ),
    _rule(
        "quarter (Q1 2024)",
        rf"{_Q}\b(?:(?P<y>{YEAR})\s+)?Q(?P<qn>[1-4])\b(?:\s+(?P<y2>{YEAR}))?",
        _quarter,
        1,
    ),
    _rule(
        "ordinal quarter or half",
        rf"{_Q}{_P}(?:\bthe\s+)?(?:(?P<ry0>this|last|next)\s+year's\s+)?(?:(?P<y>{YEAR})\s+)?(?:fiscal[\s-]+)?\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:fiscal[\s-]+)?(?P<unit>quarter|half|qtr\.?)\b(?!s)(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<ry>last\s+year|this\s+year|next\s+year))|\s+(?:fiscal\s+)?(?P<y3>{YEAR})(?!\s*-?\d))?",
        _quarter,
    ),
    _rule(
        "this / last / next unit",
        rf"{_Q}{_P}(?:(?P<early>early|earlier|late|later|mid)[\s-]+)?\b(?P<the>the\s+)?(?P<rel>this|last|next|past|previous|prior|coming|current|latest|most\s+recent|present)\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|quarter|weekend|decade|century)\b(?!-)",
        _relative_unit,
    ),
    _rule(
        "today / yesterday / tomorrow",
        rf"{_Q}(?:(?P<early>early|late|earlier|later|mid)[\s-]+)?\b(?P<rd>{alt(RELATIVE_DAY)})\b(?:\s+(?P<dp>{_DAYPART})\b)?",
        _relative_day,
    ),
    _rule(
        "this morning / last night",
        rf"{_Q}\b(?P<rel>this|last|yesterday)\s+(?P<dp>morning|afternoon|evening|night)\b",
        _this_daypart,
        1,
    ),
    _rule(
        "weekday",
        rf"{_Q}(?:(?P<early>early|late)\s+)?\b(?:(?:the\s+)?(?P<rel>last|next|this|past|previous)\s+)?{_WDG}(?!\w)(?:\s+(?P<dp>{_DAYPART})\b)?",
        _weekday,
    ),
    _rule(
        "ago",
        rf"(?:(?P<approx>about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over)\s+)?\b{_N}[\s-]+(?P<unit>{UNIT})\s+ago\b",
        _ago,
        1,
    ),
    _rule(
        "N units earlier / later",
        rf"\b{_N}[\s-]+(?P<unit>{UNIT})\s+(?P<dir>earlier|later|before|after|prior)\b(?!\s+(?:the|a|an|his|her|its|their)\b)",
        _earlier_later,
        1,
    ),
    _rule(
        "the next day",
        r"\b(?:the\s+)?(?P<rel>next|following|previous|preceding|prior|same|that)\s+(?P<unit>day|week|month|year)\b(?:\s+(?P<ba>before|after)\b(?!\s+(?:the|a|an|his|her|its|their)\b))?",
        _narrative_next,
    ),
    _rule(
        "the day before / after",
        r"\bthe\s+(?P<unit>day|week|month|year)\s+(?P<ba>before|after)\b(?!\s+(?:the|a|an|his|her|its|their)\b)",
        _narrative_next,
        1,
    ),
    _rule(
        "later that month",
        r"\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<unit>day|week|month|year)\b",
        _later_that,
        1,
    ),
    _rule(
        "year-earlier",
        r"\b(?:the\s+(?:comparable\s+|corresponding\s+)?)?year[\s-](?:earlier|ago)(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period|half|month))?\b",
        _year_earlier,
        1,
    ),
    _rule(
        "the same period last year",
        r"\bthe\s+(?:same|comparable|corresponding|year-ago|year-earlier)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|in\s+\d{4})?",
        _year_earlier,
    ),
    _rule("the quarter", r"\bthe\s+(?:quarter|period)\b(?!\s+(?:ended|ending|ends))", _same_period, -2),
    _rule(
        "clock time",
        rf"{_Q}\b(?:(?P<day0>{_DAYWORD}),?\s+(?:at\s+)?)?(?P<clock>{_CLOCK})(?:,?\s+(?:on\s+)?(?P<day>{_DAYWORD}))?",
        lambda m, t: _time_either(m, t),
        1,
    ),
    _rule(
        "day of month (on the 10th)",
        rf"(?<=\bon\s)the\s+(?P<d>{DAY})\b(?!\s+(?:of|century|anniversary|floor|time|round|day|year|week|month|amendment|place)\b)",
        _ordinal_day,
    ),
    _rule(
        "holiday (Christmas)",
        rf"{_Q}\b(?:(?P<rel>last|this|next)\s+)?(?P<hol>{alt([*HOLIDAYS, *WEEKDAY_HOLIDAYS])})(?!\w)(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?",
        _holiday,
    ),
    _rule(
        "year in words",
        rf"(?:\bthe\s+year\s+)?\b(?P<sy>(?:eighteen|nineteen)[\s-]+(?:hundred\s+(?:and\s+)?)?(?:{SPELLED_TENS}(?:[\s-]+{SPELLED_UNITS})?|{SPELLED_TEENS}|oh[\s-]+{SPELLED_UNITS})|two\s+thousand(?:\s+(?:and\s+)?(?:{SPELLED_TENS}(?:[\s-]+{SPELLED_UNITS})?|{SPELLED_TEENS}|{SPELLED_UNITS}))?)\b",
        _year_in_words,
    ),
    _rule(
        "the year (narrative)",
        r"\bthe\s+(?:full\s+|whole\s+|entire\s+|(?:current\s+)?fiscal\s+)?(?:year|week)\b(?![-\s]+(?:\d|earlier|ago|before|after|two|nineteen|eighteen))",
        _the_year,
        -3,
    ),
    _rule(
        "nth weekday of a month",
        rf"{_Q}\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAY})\s+(?:of|in)\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        _nth_weekday,
        1,
    ),
    _rule(
        "month of last year",
        rf"{_Q}{_P}\b(?P<mon>{MONTH})(?:\s+(?P<d>{DAY}))?,?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b(?!'s)",
        _month_of_year,
        1,
    ),
    _rule("the weekend", r"\bthe\s+weekend\b", _the_weekend, -1),
    _rule(
        "the end of the year",
        rf"{_Q}(?:(?P<part>{PART})[\s-]*(?:the\s+)?(?P<unit>year|month|week|quarter)\b(?![-\s]+(?:ago|earlier|\d))|\byear[\s-]end\b)",
        _end_of_unit,
    ),
    _rule(
        "present (now, currently)",
        r"\b(?:right\s+now|now|currently|at\s+present|presently|nowadays|these\s+days|at\s+the\s+moment)\b(?!-)",
        _fixed("present"),
    ),
    _rule(
        "recent (in recent years)",
        r"(?:\bin\s+)?\b(?:recent\s+(?P<unit>years|months|weeks|days|decades)|the\s+(?:past|last)\s+(?:few|several)\s+(?P<unit2>years|months|weeks|days|decades)|recently|lately|more\s+recently)\b",
        _recent,
    ),
    _rule(
        "past (the past, previously)",
        r"\b(?:the\s+past(?!\s+[\w-])|formerly|in\s+the\s+past)\b",
        _fixed("past"),
    ),
    _rule("future (soon, the future)", r"\b(?:in\s+)?the\s+(?:near\s+)?future\b", _fixed("future")),
    _rule(
        "duration",
        rf"{_MODS}\b(?:the\s+(?:first|last|past|next|previous|latest|coming|final|following)\s+|the\s+)?{_N}(?P<hy>[\s-]+)(?:more\s+)?(?P<unit>{UNIT})(?:-long|-old)?\b",
        _duration,
    ),
    _rule(
        "vague duration (for years)",
        r"(?<=\bfor\s)(?P<unit>years|months|weeks|days|hours|decades|centuries)\b(?!\s+(?:of|to|and|or|\d))",
        _vague_duration,
    ),
    _rule("set adverb (daily, annually)", rf"\b{alt(_SET_ADVERBS)}\b", _set_adverb),
    _rule(
        "every / each",
        rf"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:{_N}\s+)?(?P<what>{UNIT}|{WEEKDAY}|{alt(SEASONS)}|morning|afternoon|evening|night|{MONTH})(?!\w)",
        _every,
        1,
    ),
    _rule(
        "weekday plural (on Mondays)",
        r"\bon\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b",
        _weekday_plural,
    ),
    _rule("rate (twice a year)", r"\b(?:a|an)\s+(?P<unit>year|month|week|day|hour)\b", _rate, 3),
    _rule(
        "rate (per year)",
        r"\bper\s+(?P<unit>year|month|week|day|hour|annum)\b",
        lambda m, t: TimeSpec(
            "set", timex=duration_value(1, "year" if m.group("unit").lower() == "annum" else m.group("unit"))
        ),
    ),
)


def _time_either(m: Match, text: str) -> TimeSpec | None:
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

    return _time(_View(), text)  # type: ignore[arg-type]
