"""English rule builders for quarters and halves, and for the periods a quarterly report compares ("a year ago")."""

from __future__ import annotations

import re

from timeline.temporal.en_common import NARRATIVE_KEEP, Match, group_int, point_spec
from timeline.temporal.en_parts import DATE_ALT, parse_side
from timeline.temporal.en_vocab import ORDINALS
from timeline.temporal.spec import Point, TimeSpec

NAMED_QUARTER = re.compile(r"(?i)\b(first|second|third|fourth)[\s-]+(?:fiscal[\s-]+)?quarter\b")
QUARTER_LOOKBACK = 600
"""How far back a quarterly report's named quarter is looked for."""


ORD = {word: 4 if n == -1 else n for word, n in ORDINALS.items() if n <= 4}
"""A quarter's ordinal: first … fourth, and the last or final quarter (the fourth)."""
REL_YEAR = {"last year": -1, "this year": 0, "next year": 1, "a year earlier": -1, "a year ago": -1}


_OF_SOMETHING_ELSE = re.compile(
    r"(?i)\s+of\s+(?:the|this|that|its|his|her|their|next|last|each|every)\s+(?!(?:fiscal\s+|calendar\s+|financial\s+)?year\b)"
)
"""After "the first half" / "the third quarter": "of" and a period or thing other than a year ("of the match",
"of the season", "of the 1990s", "of the century")."""


def quarter(m: Match, text: str) -> TimeSpec | None:
    """A quarter or half ("Q1 2024", "the third quarter", "the first half of last year", "the first two
    quarters of 1990": its first half)."""
    g = m.groupdict()
    if g.get("ord") and _OF_SOMETHING_ELSE.match(text, m.end()):
        return None  # "the second half of the match", "the first half of the 1990s": not a half of a year
    unit = (g.get("unit") or "quarter").lower()
    n = int(g["qn"]) if g.get("qn") else ORD[g["ord"].lower()]
    if g.get("pair"):  # "the first two quarters" is the first half, "the last two quarters" the second
        if g["ord"].lower() not in ("first", "1st", "last", "final"):
            return None
        unit, n = "half", 1 if g["ord"].lower() in ("first", "1st") else 2
    if unit == "half" and n > 2:
        n = 2 if g["ord"].lower() in ("last", "final", "second", "2nd") else 0
        if n == 0:
            return None
    year = group_int(g, "y") or group_int(g, "y2") or group_int(g, "y3")
    if g.get("ry0"):
        g = {**g, "ry": g["ry0"] + " year"}
    field = {"quarter": n} if unit.startswith("q") else {"half": n}
    ending = months_ending(
        m, text, 3 if unit.startswith("q") else 6, year if year is not None else g.get("ry")
    )
    if ending is not None:
        return ending
    if year is not None:
        point = Point(year=year, **field)  # type: ignore[arg-type]
    elif g.get("ry"):
        point = Point(rel_unit="year", rel_offset=REL_YEAR[re.sub(r"\s+", " ", g["ry"].lower())], **field)  # type: ignore[arg-type]
    else:
        point = Point(**field)  # type: ignore[arg-type]
    return point_spec(point, g)


_ENDED_ON = re.compile(
    rf"(?i),?\s+(?:which\s+|that\s+)?(?P<verb>ended|ending|ends|closed|closing)\s+(?:on\s+)?(?P<d>{DATE_ALT})\b"
)


def months_ending(m: Match, text: str, months: int, own_year: object) -> TimeSpec | None:
    """ "The fiscal first quarter ended Sept. 30", "the second quarter ended Oct. 31": the three (six) months that
    end on the day written after it, whatever the period's number says (a fiscal year need not start in January);
    a calendar quarter or half when they make one. None when no such day follows (or the period names its own year
    and the day does not)."""
    ended = _ENDED_ON.match(text, m.end())
    end = parse_side(ended.group("d")) if ended is not None else None
    if ended is None or end is None or end.month is None or end.day is None:
        return None
    if own_year is not None and end.year is None:
        return None
    if end.day >= 20:  # a 52-53 week year ends near a month's end ("ended Sept. 28")
        last = end.month
    elif end.day <= 7:  # ... or just after it ("ended Oct. 1"): the month before
        last = end.month - 1 if end.month > 1 else 12
    else:
        return None
    year = end.year if end.year is None or last <= end.month else end.year - 1
    prefer = "past" if ended.group("verb").lower() in ("ended", "closed") else None
    if last % months == 0:  # Jul-Sep: the calendar's third quarter
        field = {"quarter": last // 3} if months == 3 else {"half": last // 6}
        return point_spec(Point(year=year, prefer=prefer, **field), {})  # type: ignore[arg-type]
    first = last - months + 1
    start_year = year
    if first < 1:
        first += 12
        start_year = None if year is None else year - 1
    return TimeSpec(
        "range",
        start=Point(year=start_year, month=first, prefer=prefer),  # type: ignore[arg-type]
        end=Point(year=year, month=last),
    )


_MONEY = re.compile(r"(?i)\$\s?\d|\d\s*(?:cents|million|billion|%|percent)\b")
_SOME_QUARTER = re.compile(r"(?i)\b(?:the|latest|this)\s+(?:fiscal\s+)?quarter\b|\bquarterly\b")
PERIOD_SINCE = re.compile(
    r"(?i)\b(?:nine|six|first|twelve|12)[\s-]+months?\b|\bfirst\s+half\b|\bfor\s+the\s+(?:full\s+)?year\b|\byear\s+ended\b"
)
"""A longer period than a quarter named in a report ("the first nine months", "the year ended ..."): after it,
"a year ago" or "the 1988 period" no longer means the quarter named before."""


_QUARTER_YEAR = re.compile(r"(?i)\s+(?:of\s+)?(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b")
_YEAR_QUARTER = re.compile(r"(?i)\b(?P<y>(?:19|20)\d\d)(?:'s)?\s+(?:fiscal\s+)?$")


def year_ago_quarter(text: str, start: int, names_period: bool = False) -> Point | None:
    """In a quarterly report ("net rose to $5 million from $4 million a year ago"): the year-ago quarter.

    Needs a figure in the clause (unless the words name a period themselves: "the year-earlier
    period") and a quarter named before it, with no longer period ("the nine months", "the year
    ended ...") named since; else None.
    """
    clause = re.split(r"[.;!?\n]", text[max(0, start - 160) : start])[-1]
    if not names_period and not _MONEY.search(clause):
        return None
    window = text[max(0, start - QUARTER_LOOKBACK) : start]
    named = list(NAMED_QUARTER.finditer(window))
    some = list(_SOME_QUARTER.finditer(window))
    last = max([*named[-1:], *some[-1:]], key=lambda q: q.start(), default=None)
    if last is None or PERIOD_SINCE.search(window, last.end()):
        return None
    if named and last is named[-1]:
        number = ORD[last.group(1).lower()]
        written = _QUARTER_YEAR.match(window, last.end()) or _YEAR_QUARTER.search(window, 0, last.start())
        same_sentence = not re.search(r"[.;!?]\s", window[last.end() :])
        if (
            written is not None and same_sentence
        ):  # "third quarter of 2018 from the year-earlier quarter": 2017
            return Point(year=int(written.group("y")) - 1, quarter=number)
        return Point(rel_unit="year", rel_offset=-1, quarter=number, prefer="past")
    return Point(rel_unit="quarter", rel_offset=-5)


def year_earlier(m: Match, text: str) -> TimeSpec | None:
    """ "Year-earlier", "the year-ago quarter": the same period a year before."""
    if m.groupdict().get("ord"):  # "the year-ago third quarter"
        return TimeSpec(
            "point", start=Point(rel_unit="year", rel_offset=-1, quarter=ORD[m.group("ord").lower()])
        )
    quarter = year_ago_quarter(text, m.start(), names_period=True)  # "year-ago" compares reported periods
    if quarter is not None:
        return TimeSpec("point", start=quarter, extra={"comparison": "yes"})
    return TimeSpec(
        "point", start=Point(rel_unit="year", rel_offset=-1, like_base=NARRATIVE_KEEP, no_chain=True)
    )


_ENDED_AFTER = re.compile(r"(?i)\s+(?:ended|ending|ends)\b")


def same_period(m: Match, text: str) -> TimeSpec | None:
    """ "The quarter" / "the period" of the story; "the quarter ended Sept. 30" is a length (DURATION), as
    "the year ended ..." is (the day written after it dates the results)."""
    if _ENDED_AFTER.match(text, m.end()):
        return TimeSpec("duration", duration="P1Q") if m.group(0).lower().endswith("quarter") else None
    latest = Point(rel_unit="quarter", rel_offset=-1)  # without a story quarter: the last one reported
    return TimeSpec(
        "point", start=Point(rel_unit="year", rel_offset=0, like_base=("quarter", "half"), fallback=latest)
    )
