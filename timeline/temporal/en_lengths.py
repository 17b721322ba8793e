"""English rule builders for lengths of time and recurrences: "three years", "for months", "every Monday"."""

from __future__ import annotations

import re

from timeline.temporal.en_common import Match
from timeline.temporal.en_parts import month_of
from timeline.temporal.en_relative import ago, earlier_later, from_now
from timeline.temporal.en_vocab import (
    DAYPARTS,
    MONTH,
    SEASONS,
    WEEKDAYS,
    duration_value,
    number_value,
    unit_name,
)
from timeline.temporal.spec import Point, TimeSpec

MORE = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "less than": "LESS_THAN",
    "under": "LESS_THAN", "fewer than": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
    "nearly": "APPROX", "almost": "APPROX", "about": "APPROX", "around": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX", "some": "APPROX",
}  # fmt: skip


_DIGITS_BEFORE = re.compile(r"\d[.,]$")


def duration(m: Match, text: str) -> TimeSpec | None:
    """A length of time ("three years", "1-1/2 years", "a four-year high"); ages and fractions are refused."""
    g = m.groupdict()
    if _DIGITS_BEFORE.search(text, max(0, m.start("n") - 2), m.start("n")):
        return None  # "2.30 hours", "1,200 hours", "3.25 years": the tail of a number read apart is no count
    count = number_value(g["n"])
    unit = g["unit"]
    if (
        unit.lower() == "second"
        and g["n"].lower() in ("a", "one")
        and re.match(r"\s+(?!ago|later|earlier|before|after)[a-z]", text[m.end() :])
    ):
        return None  # "a second time", "one second round": an ordinal
    if ROUND_THE_CLOCK.search(text, max(0, m.start() - 24), m.end() + 12):
        return None  # "24 hours a day": all the time
    if g["n"].lower() in ("a", "an") and (unit.lower().endswith("s") or m.group(0).lower().endswith("-long")):
        return None  # "a decades-long battle", "a day-long meeting": "a" belongs to the noun
    if count is not None and 1500 <= count <= 2099 and re.fullmatch(r"\d{4}", g["n"]):
        return None  # "the 1988 quarter" is a year
    if (
        count == 0
        or m.group(0).lower().endswith("-old")
        or re.match(r"[\s-]+old\b", text[m.end() : m.end() + 6])
    ):
        return None  # an age ("a 6-year-old"), not a period of time
    if (
        unit.lower().startswith("quarter")
        and count is not None
        and ("-" in g["hy"] or re.match(r"\s+of\b", text[m.end() :]))
    ):
        return None  # "three-quarters of", a fraction
    if g.get("andhalf") and count is not None:  # "a minute and a half"
        count += 0.5
    value = duration_value(count, unit)
    mod = MORE.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower()))
    return TimeSpec("duration", duration=value, extra={"mod": mod} if mod else {})


def vague_duration(m: Match, text: str) -> TimeSpec | None:
    """ "For years", "within weeks", "in the days before", "decades-long": a length of time of unknown
    count ("a day-long meeting": one day)."""
    g = m.groupdict()
    if g.get("one"):
        return TimeSpec("duration", duration=duration_value(1, g["one"]))
    unit = next(g[k] for k in ("unit", "unit2", "unit3", "unit4", "unit5", "unit6") if g.get(k))
    return TimeSpec("duration", duration=duration_value(None, unit))


def one_or_two_away(m: Match, text: str) -> TimeSpec | None:
    """ "A year or two ago", "two or three weeks ago", "a day or two from now": the span between the two counts
    back (or ahead) from publication, approximate."""
    g = m.groupdict()
    first, second = (
        number_value(g.get("n1") or g.get("n3") or ""),
        number_value(g.get("n2") or g.get("n4") or ""),
    )
    if (
        first is None
        or second is None
        or first != int(first)
        or second != int(second)
        or not 0 < first < second
    ):
        return None
    unit = unit_name(g.get("unit") or g.get("unit2") or "")
    if unit not in ("day", "week", "month", "year") or second > 2 * first + 2:
        return None
    back = g["dir"].lower() == "ago"
    low, high = (-int(second), -int(first)) if back else (int(first), int(second))
    start = Point(rel_unit=unit, rel_offset=low)  # type: ignore[arg-type]
    return TimeSpec("range", start=start, end=start.with_(rel_offset=high), approximate=True)


SET_ADVERBS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M",
                "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H"}  # fmt: skip


def set_adverb(m: Match, text: str) -> TimeSpec | None:
    """ "Daily", "weekly", "annually": a recurrence."""
    return TimeSpec("set", timex=SET_ADVERBS[m.group(0).lower()])


def every(m: Match, text: str) -> TimeSpec | None:
    """ "Every week", "each Monday", "every other year", "each July": a recurrence."""
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


def weekday_plural(m: Match, text: str) -> TimeSpec | None:
    """ "On Mondays", "Tuesday nights": every Monday, every Tuesday night."""
    word = (m.group("wd") or m.group("wd2")).lower()
    part = f"T{DAYPARTS[m.group('dp').lower()]}" if m.group("dp") else ""
    return TimeSpec("set", timex=f"XXXX-WXX-{WEEKDAYS[word] + 1}{part}")


RATE_BEFORE = re.compile(
    r"(?i)\b(?:once|twice|times|percent|cents|dollars|euros|pounds|million|billion|trillion)\s+$|[%\d]\s+$"
)


ROUND_THE_CLOCK = re.compile(
    r"(?i)\b(?:24|twenty-four)\s+hours\s+a\s+day|\b(?:7|seven)\s+days\s+a\s+week|\b365\s+days\s+a\s+year"
)
"""The idioms for "all the time": neither the count nor the rate is a time the text tells."""


def rate(m: Match, text: str) -> TimeSpec | None:
    """ "Twice a year", "5% a year": a rate's period as a recurrence ("24 hours a day": all the time, none)."""
    if not RATE_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
        return None
    if ROUND_THE_CLOCK.search(text, max(0, m.start() - 24), m.end()):
        return None
    return TimeSpec("set", timex=duration_value(1, m.group("unit")))


class _Renamed:
    """A match whose groups are rewritten, for handing a form to another rule's builder."""

    def __init__(self, m: Match, groups: dict[str, str | None]) -> None:
        self._m, self._groups = m, groups

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def group(self, key: int | str = 0) -> str | None:
        return self._m.group(0) if key == 0 else self._groups.get(str(key))

    def start(self) -> int:
        return self._m.start()

    def end(self) -> int:
        return self._m.end()


def fortnight(m: Match, text: str) -> TimeSpec | None:
    """ "A fortnight ago", "in a fortnight", "two fortnights later": read as twice as many weeks."""
    g = m.groupdict()
    count = number_value(g["n"])
    if count is None or count <= 0 or count != int(count):
        return None
    weeks = {**g, "n": str(int(count) * 2), "unit": "weeks"}
    tail = re.sub(r"\s+", " ", (g.get("tail") or "").lower())
    if tail == "ago":
        return ago(_Renamed(m, {**weeks, "approx": g.get("mod")}), text)  # type: ignore[arg-type]
    if tail in ("earlier", "later"):
        return earlier_later(_Renamed(m, {**weeks, "dir": tail}), text)  # type: ignore[arg-type]
    if tail or g.get("lead"):
        point = from_now(_Renamed(m, weeks), text)  # type: ignore[arg-type]
        if point is not None:
            return point
    mod = MORE.get(re.sub(r"\s+", " ", (g.get("mod") or "").lower()))
    return TimeSpec("duration", duration=f"P{int(count) * 2}W", extra={"mod": mod} if mod else {})
