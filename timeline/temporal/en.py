"""English temporal grammar: vocabulary tables, then named rules, then `RULES`."""

from __future__ import annotations

import re

from timeline.temporal.engine import Rule, alt
from timeline.temporal.spec import Point, TimeSpec

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
RELATIVE_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1}
PRESENT = ("now", "currently", "at present", "nowadays")
RECENT = ("in recent years", "recently", "lately")

_MONTH = rf"(?P<mon>{alt(MONTHS)})\.?"
_YEAR = r"(?P<y>(?:1[6-9]|20)\d{2})(?![\d,.]*\d)"


def _date(m: re.Match[str], text: str) -> TimeSpec | None:
    g = m.groupdict()
    month = MONTHS[g["mon"].lower()] if g.get("mon") else None
    day = int(g["d"]) if g.get("d") else None
    year = int(g["y"]) if g.get("y") else None
    if day is not None and not 1 <= day <= 31:
        return None
    if month is None and year is None:
        return None
    qualifier = {"since": "since", "as of": "as_of", "until": "until"}.get((g.get("q") or "").lower(), "none")
    part = {"early": "early", "mid": "mid", "late": "late"}.get((g.get("part") or "").lower().rstrip("-"))
    return TimeSpec(
        "point",
        start=Point(year=year, month=month, day=day, part=part),  # type: ignore[arg-type]
        qualifier=qualifier,
    )


def _relative_day(m: re.Match[str], text: str) -> TimeSpec:
    return TimeSpec("point", start=Point(rel_unit="day", rel_offset=RELATIVE_DAY[m.group(0).lower()]))


def _weekday(m: re.Match[str], text: str) -> TimeSpec:
    return TimeSpec("point", start=Point(weekday=WEEKDAYS[m.group("wd").lower()]))


def _fixed(kind: str):  # type: ignore[no-untyped-def]
    def build(m: re.Match[str], text: str) -> TimeSpec:
        return TimeSpec(kind)  # type: ignore[arg-type]

    return build


_Q = r"(?:(?P<q>since|as of|until)\s+)?"
_PART = r"(?:(?P<part>early|mid-?|late)\s*)?"

RULES: tuple[Rule, ...] = (
    Rule(
        "month day, year",
        re.compile(rf"(?i){_Q}\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}"),
        _date,
    ),
    Rule("day month year", re.compile(rf"(?i){_Q}\b(?P<d>\d{{1,2}})\s+{_MONTH}\s+{_YEAR}"), _date),
    Rule(
        "month day", re.compile(rf"(?i){_Q}\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*[:%])"), _date
    ),
    Rule("month year", re.compile(rf"(?i){_Q}\b{_PART}{_MONTH}\s+(?:of\s+)?{_YEAR}"), _date),
    Rule(
        "year", re.compile(rf"(?i){_Q}\b{_PART}(?<![$\d.,]){_YEAR}\b(?!\s*(?:%|percent))"), _date, priority=-1
    ),
    Rule("today / yesterday / tomorrow", re.compile(rf"(?i)\b{alt(RELATIVE_DAY)}\b"), _relative_day),
    Rule("weekday", re.compile(rf"(?i)\b(?P<wd>{alt(WEEKDAYS)})\b"), _weekday),
    Rule("present (now, currently)", re.compile(rf"(?i)\b{alt(PRESENT)}\b"), _fixed("present")),
    Rule("recent (in recent years)", re.compile(rf"(?i)\b{alt(RECENT)}\b"), _fixed("recent")),
)
