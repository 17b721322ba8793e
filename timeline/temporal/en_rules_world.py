"""English rules for date styles of British, Irish, Australian and Indian outlets (issue #4): financial years
("FY24", "FY2023-24"), a weekday a week on ("Sunday week", "a week on Friday", "a week last Tuesday"), a unit
two away ("the week before last", "the year after next"), split-year ranges ("from 2019-20 to 2022-23") and a
night of two days ("the intervening night of March 27-28"), and a year written with its era ("AD 79").
`en.RULES` includes them."""

from __future__ import annotations

from timeline.temporal.en_common import QUAL_PREFIX, Match, group_int, point_spec
from timeline.temporal.en_parts import month_of
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import DAY, DAYPARTS, MONTH, WEEKDAY, WEEKDAYS, YEAR
from timeline.temporal.en_years import era_year
from timeline.temporal.engine import Rule
from timeline.temporal.spec import Point, TimeSpec


def _full_year(digits: str, century_of: int | None = None) -> int:
    """ "24" → 2024, "98" → 1998, "2023" → 2023; a closing "24" after 2023 takes 2023's century."""
    if len(digits) == 4:
        return int(digits)
    if century_of is not None:
        return century_of // 100 * 100 + int(digits)
    return (2000 if int(digits) < 70 else 1900) + int(digits)


def financial_year(m: Match, text: str) -> TimeSpec | None:
    """ "FY24" → 2024, "FY2023-24" and "FY 23/24" → the years 2023 to 2024 (the months depend on the country)."""
    first = _full_year(m.group("a") or m.group("a2"))
    closing = m.group("b") or m.group("b2")
    if closing is None:
        return point_spec(Point(year=first), m.groupdict())
    last = _full_year(closing, first)
    if last != first + 1:
        return None  # a financial year spans two calendar years that follow each other
    return TimeSpec("range", start=Point(year=first), end=Point(year=last))


def weekday_a_week_on(m: Match, text: str) -> TimeSpec | None:
    """ "Sunday week", "a week on Friday": the weekday after the coming one; "a week last Friday": the one before
    the latest."""
    weekday = WEEKDAYS.get((m.group("wd") or m.group("wdn") or m.group("wdl")).lower().rstrip("."))
    if weekday is None:
        return None
    prefer = "past" if m.group("wdl") else "future"
    return TimeSpec("point", start=Point(weekday=weekday, nth=2, prefer=prefer))


_UNIT_OFFSETS = {"before last": -2, "after next": 2}


def unit_two_away(m: Match, text: str) -> TimeSpec | None:
    """ "The week before last" (two weeks back), "the year after next" (two years on), counted from publication."""
    offset = _UNIT_OFFSETS[" ".join(m.group("rel").lower().split())]
    return point_spec(Point(rel_unit=m.group("unit").lower(), rel_offset=offset), m.groupdict())  # type: ignore[arg-type]


def night_of_two_days(m: Match, text: str) -> TimeSpec | None:
    """ "The (intervening) night of March 27-28", "the night of 27/28 March": the night that opens on the first."""
    g = m.groupdict()
    first, second = group_int(g, "a") or group_int(g, "a2"), group_int(g, "b") or group_int(g, "b2")
    if first is None or second != first + 1:
        return None
    point = Point(year=group_int(g, "y"), month=month_of(g["mon"] or g["mon2"] or ""), day=first)
    return point_spec(point.with_(daypart=DAYPARTS["night"]), g)


def split_years_range(m: Match, text: str) -> TimeSpec | None:
    """ "From 2019-20 to 2022-23": from the first split year's opening year to the last one's closing year."""
    first, last = int(m.group("a")), int(m.group("b"))
    if int(m.group("a2")) != (first + 1) % 100 or int(m.group("b2")) != (last + 1) % 100 or last < first:
        return None
    return TimeSpec("range", start=Point(year=first), end=Point(year=last + 1))


WORLD_RULES: tuple[Rule, ...] = (
    _rule(
        "financial year (FY24, FY2023-24)",
        r"\b(?-i:FY)\s?['’]?(?:(?P<a>(?:19|20)\d\d)[-–/](?P<b>(?:19|20)?\d\d)|(?P<a2>\d\d)(?:[-–/](?P<b2>\d\d))?)\b"
        r"(?![-/.,]\d|\s*%)",
        financial_year,
        2,
    ),
    _rule(
        "weekday a week on (Sunday week, a week on Friday)",
        rf"\b(?:(?<!\bthe\s)(?<!\ba\s)(?P<wd>{WEEKDAY})\s+week\b(?![-'’]|\s+(?:of|after|before|ago|earlier|later|\d))"
        rf"|a\s+week\s+(?:on\s+(?P<wdn>{WEEKDAY})|last\s+(?P<wdl>{WEEKDAY}))\b)",
        weekday_a_week_on,
        2,
    ),
    _rule(
        "night of two days (the night of March 27-28)",
        rf"\b(?:the\s+)?(?:intervening\s+)?night\s+of\s+(?:(?P<mon>{MONTH})\s*(?P<a>{DAY})\s*[-–/]\s*(?P<b>{DAY})"
        rf"|(?P<a2>{DAY})\s*[-–/]\s*(?P<b2>{DAY})\s+(?:of\s+)?(?P<mon2>{MONTH}))\b(?:,?\s+(?P<y>{YEAR}))?",
        night_of_two_days,
        2,
    ),
    _rule(
        "split-year range (from 2019-20 to 2022-23)",
        r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)[-–/](?P<a2>\d\d)\s+(?:to|and|until|till|through|[-–])\s+"
        r"(?P<b>(?:19|20)\d\d)[-–/](?P<b2>\d\d)\b(?![-/.]\d)",
        split_years_range,
        3,
    ),
    _rule(
        "unit two away (the week before last)",
        r"\bthe\s+(?P<unit>week|month|year)\s+(?P<rel>before\s+last|after\s+next)\b",
        unit_two_away,
        2,
    ),
    _rule(
        "year of the era (AD 79, 14 a.d.)",
        rf"{QUAL_PREFIX}(?:\b(?-i:A\.D\.|AD)\s*(?P<y1>\d{{1,4}})\b(?![.,]\d|\s*%)"
        r"|(?<![\d.,$€£])\b(?P<y2>\d{1,4})\s*(?:(?-i:A\.D\.|AD\b|CE\b|C\.E\.)|a\.d\.))",
        era_year,
        -2,  # a four-digit year with its era stays the year rule's
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
