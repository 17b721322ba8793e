"""TimeML span conventions for English: trim leading prepositions, split ranges into their two ends."""

from __future__ import annotations

import re
from datetime import date

from timeline.models import TimeMention
from timeline.temporal.en_approx import LENGTH_RANGE_RULE, ONE_OR_TWO_RULE, length_range_as_timeml
from timeline.temporal.en_rules_clock import SPOKEN_CLOCK_RULE
from timeline.temporal.en_rules_periods import CENTURY_RULE, UNITS_AROUND_RULE, as_timeml_length
from timeline.temporal.en_vocab import NUMBER, UNIT, duration_value, number_value

_LEADING = re.compile(
    r"(?i)^(?:since|as\s+of|until|till|through|by|(?:(?:any|some)\s?times?\s+)?(?:before|after)|in|on|from|during"
    r"|so\s+far|about|(?:in\s+)?the\s+early\s+hours\s+of)\s+(?=\S)"
    r"|^the\s+(?=\S+-(?:quarter|year|ago|earlier|half)$)"
)
_RANGE_SPLIT = re.compile(
    r"(?i)^(?:from\s+|between\s+)?(?P<a>.+?)\s*(?:\s(?:to|and|through|until|till)\s|[-–])\s*(?P<b>.+)$"
)


_LENGTH = re.compile(
    rf"(?i)(?:(?:about|around|nearly|almost|roughly|some)\s+)?(?P<n>{NUMBER})[\s-]+(?:more\s+)?(?P<unit>{UNIT})\b"
)
AHEAD_RULES = frozenset({"in N units (from now)"})
"""Rules whose point ("in two weeks") TimeML annotates as the length of time it names (DURATION P2W)."""
LATER_RULES = frozenset({"N units earlier / later"})
"""Rules whose point, when nothing dates it ("three days later" with no day before), TimeML still tags as
the length it names (DURATION P3D)."""
RELATIVE_UNIT_RULE = "this / last / next unit"
RANGE_RULES = frozenset({"from A to B", "A to B", "year range", "month day-day", "clock range (3-4 p.m.)"})
"""Rules whose mentions are two TIMEX3s in TimeML (a quarter written as 2024-01/2024-03 is one)."""


def to_timeml(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """Return the mentions with TimeML extents: no leading preposition, ranges as two TIMEX3s."""
    out: list[TimeMention] = []
    for m in mentions:
        if m.rule in RANGE_RULES and m.value and _is_closed_range(m.value):
            out.extend(_split_range(m))
            continue
        if m.rule in (LENGTH_RANGE_RULE, ONE_OR_TWO_RULE):  # "two to six days": "two" and "six days"
            out.extend(length_range_as_timeml(m))
            continue
        if m.rule == UNITS_AROUND_RULE:  # "the past three years": TimeBank's DURATION P3Y
            out.append(as_timeml_length(m))
            continue
        if m.rule == SPOKEN_CLOCK_RULE and " for " in m.text:  # "4pm for 30 minutes": a TIME and a DURATION
            out.extend(_split_clock_length(m))
            continue
        if m.rule in AHEAD_RULES or (m.rule in LATER_RULES and m.timex3 is None):
            out.extend(_as_length(m))
            continue
        if m.rule == PART_OF_DAY_RULE:
            m = _day_of_part(m)
        if m.rule == RELATIVE_UNIT_RULE and m.value and re.fullmatch(r"\d{2}00/\d{2}99", m.value):
            m = m.model_copy(
                update={"timex3": "P100Y"}
            )  # "this century": TimeBank's P100Y, as "the past century"
        if m.rule == CENTURY_RULE and m.value and re.fullmatch(r"\d{2}00/\d{2}99", m.value):
            m = _without_the(m.model_copy(update={"timex3": m.value[:2]}))  # TimeML: "20th century", 19
        if m.rule == "clock time" and "(" in m.text:
            out.extend(_trim(piece) for piece in _split_aside(m))
            continue
        out.append(_weekend(_trim(m)))
    return out


def _without_the(m: TimeMention) -> TimeMention:
    """ "the 20th century": TimeML leaves the article out."""
    if not m.text.lower().startswith("the "):
        return m
    return m.model_copy(update={"text": m.text[4:], "start": m.start + 4})


_ASIDE = re.compile(r"\s*\([^()]*\),?\s+(?:on\s+)?")


def _split_aside(m: TimeMention) -> list[TimeMention]:
    """ "10:35 a.m. (0735 GMT) Friday": TimeML tags the clock time and the day apart."""
    aside = _ASIDE.search(m.text)
    if aside is None or m.value is None:
        return [m]
    day = m.value.split("T")[0]
    clock = m.model_copy(update={"text": m.text[: aside.start()], "end": m.start + aside.start()})
    after = m.model_copy(
        update={
            "text": m.text[aside.end() :],
            "start": m.start + aside.end(),
            "type": "DATE",
            "value": day,
            "timex3": day,
            "precision": "day",
        }
    )
    return [clock, after]


PART_OF_DAY_RULE = "part of a day (the morning of March 3)"
_PART_OF = re.compile(r"(?i)^(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+")


def _day_of_part(m: TimeMention) -> TimeMention:
    """ "The night of Oct. 23": TimeML tags only the day ("Oct. 23", 1998-10-23)."""
    cut = _PART_OF.match(m.text)
    if cut is None:
        return m
    n = cut.end()
    timex = re.sub(r"T(?:MO|AF|EV|NI)$", "", m.timex3 or "") or None
    return m.model_copy(update={"text": m.text[n:], "start": m.start + n, "timex3": timex})


def _is_closed_range(value: str) -> bool:
    return value.count("/") == 1 and not value.startswith("../") and not value.endswith("/..")


def _trim(m: TimeMention) -> TimeMention:
    cut = _LEADING.match(m.text)
    if cut is None or cut.end() >= len(m.text):
        return m
    n = cut.end()
    return m.model_copy(update={"text": m.text[n:], "start": m.start + n})


def _split_range(m: TimeMention) -> list[TimeMention]:
    parts = _RANGE_SPLIT.match(m.text)
    if parts is None or m.value is None:
        return [_trim(m)]
    first_value, last_value = m.value.split("/")
    pieces = []
    for key, value in (("a", first_value), ("b", last_value)):
        start, end = parts.start(key) + m.start, parts.end(key) + m.start
        if m.text[parts.start(key) : parts.end(key)].strip() == "":
            continue
        pieces.append(
            m.model_copy(
                update={
                    "text": m.text[parts.start(key) : parts.end(key)],
                    "start": start,
                    "end": end,
                    "value": value,
                    "timex3": value,
                }
            )
        )
    return pieces


_FOR_LENGTH = re.compile(r"(?i)^(?:from\s+)?(?P<clock>.+?)\s+for\s+(?P<length>.+)$")


def _split_clock_length(m: TimeMention) -> list[TimeMention]:
    """ "From 4pm for 30 minutes" as TimeML has it: the TIME "4pm" and the DURATION "30 minutes"."""
    parts = _FOR_LENGTH.match(m.text)
    found = _LENGTH.fullmatch(parts.group("length")) if parts else None
    count = number_value(found.group("n")) if found else None
    if parts is None or found is None or count is None or m.value is None:
        return [_trim(m)]
    first = m.value.split("/")[0]
    clock = m.model_copy(
        update={
            "text": parts.group("clock"),
            "start": m.start + parts.start("clock"),
            "end": m.start + parts.end("clock"),
            "value": first,
            "timex3": first,
        }
    )
    length = TimeMention(
        text=parts.group("length"),
        start=m.start + parts.start("length"),
        end=m.end,
        type="DURATION",
        timex3=duration_value(count, found.group("unit")),
        anchor="none",
        rule=m.rule,
    )
    return [clock, length]


_NOW = re.compile(r"(?i)\b(?:now|today)$")


def _as_length(m: TimeMention) -> list[TimeMention]:
    """ "In two weeks" / "two weeks from now" as TimeML has it: the DURATION "two weeks" (and "now")."""
    found = _LENGTH.search(m.text)
    count = number_value(found.group("n")) if found else None
    if found is None or count is None:
        return [_trim(m)]
    now = _NOW.search(m.text)
    tail = []
    if now is not None:  # "from now": TimeML tags the anchor too
        tail = [
            TimeMention(
                text=now.group(0),
                start=m.start + now.start(),
                end=m.start + now.end(),
                type="DATE",
                timex3="PRESENT_REF",
                anchor="none",
                rule=m.rule,
            )
        ]
    length = TimeMention(
        text=found.group(0),
        start=m.start + found.start(),
        end=m.start + found.end(),
        type="DURATION",
        timex3=duration_value(count, found.group("unit")),
        anchor="none",
        rule=m.rule,
    )
    return [length, *tail]


_WEEKEND = re.compile(r"(?i)week[\s-]?end$")


def _weekend(m: TimeMention) -> TimeMention:
    """A weekend (its Saturday, or Saturday/Sunday) as TimeML writes it: the week's WE (1990-W32-WE)."""
    if (
        not _WEEKEND.search(m.text)
        or m.value is None
        or not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:/\S+)?", m.value)
    ):
        return m
    year, week, _ = date.fromisoformat(m.value[:10]).isocalendar()
    return m.model_copy(update={"timex3": f"{year}-W{week:02d}-WE"})
