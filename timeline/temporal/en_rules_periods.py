"""English rules for long periods named by their place in the calendar: "the 20th century", "the early
nineteenth century" (issue #4). `en.RULES` includes them."""

from __future__ import annotations

import re

from timeline.models import TimeMention
from timeline.temporal.en_common import (
    PART_PREFIX,
    QUAL_PREFIX,
    Match,
    group_int,
    last_tense_marker,
    next_tense_marker,
    point_spec,
    tense_markers,
)
from timeline.temporal.en_parts import part_of, qualifier_of
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import (
    DAY_ORDINALS,
    DAY_WORD,
    NUMBER,
    YEAR,
    duration_value,
    number_value,
    unit_name,
)
from timeline.temporal.engine import Rule
from timeline.temporal.spec import Point, TimeSpec

CENTURY_RULE = "century (the 20th century)"


def century(m: Match, text: str) -> TimeSpec | None:
    """ "The 20th century", "the early nineteenth century": its hundred years (1900-1999), as 20世纪 is."""
    g = m.groupdict()
    if re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2]) and "Century" in m.group(0):
        return None  # "20th Century Fox", "21st Century Insurance": a name
    written = g["nth"].lower()
    digits = re.match(r"\d+", written)
    n = int(digits.group(0)) if digits else DAY_ORDINALS.get(re.sub(r"\s+", "-", written))
    if n is None or not 2 <= n <= 22:
        return None
    first = (n - 1) * 100
    part = part_of(g.get("part"))
    qualifier, approximate = qualifier_of(g.get("q"))
    if qualifier in ("since", "after"):  # "since the 14th century": from its first year on
        return TimeSpec("point", start=Point(year=first, part=part), qualifier=qualifier)
    if qualifier in ("until", "before"):  # "by the end of the 20th century": up to its last year
        return TimeSpec("point", start=Point(year=first + 99), qualifier=qualifier)
    extra = {"part": part} if part else {}
    return TimeSpec(
        "range", start=Point(year=first), end=Point(year=first + 99), extra=extra, approximate=approximate
    )


_QUARTER_ENDS = {
    "march": 1,
    "mar": 1,
    "june": 2,
    "jun": 2,
    "september": 3,
    "sept": 3,
    "sep": 3,
    "december": 4,
    "dec": 4,
}


def month_quarter(m: Match, text: str) -> TimeSpec | None:
    """ "The September quarter", "the June 2019 quarter": the calendar quarter that ends in that month."""
    g = m.groupdict()
    n = _QUARTER_ENDS[g["qm"].lower().rstrip(".")]
    year = group_int(g, "y")
    return point_spec(Point(year=year, quarter=n) if year is not None else Point(quarter=n), g)


PERIOD_RULES: tuple[Rule, ...] = (
    _rule(
        CENTURY_RULE,
        rf"{QUAL_PREFIX}{PART_PREFIX}(?:\bthe\s+)?\b(?P<nth>(?:1\d|2[0-2]|[2-9])(?:st|nd|rd|th)|{DAY_WORD})\s+century\b(?![-\w])",
        century,
        1,
    ),
    _rule(
        "month quarter (the September quarter)",
        rf"{QUAL_PREFIX}(?:\bthe\s+)?\b(?P<qm>(?-i:March|June|September|December|Mar\.|Jun\.|Sept?\.|Dec\.))"
        rf"(?:\s+(?P<y>{YEAR}))?\s+quarter\b(?![-\w])",
        month_quarter,
        1,
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""


UNITS_AROUND_RULE = "the last / next N units, the rest of the year"
_AROUND_REL = {"last": -1, "past": -1, "next": 1, "coming": 1, "upcoming": 1}
_AROUND_UNIT = r"(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|quarters?)"
_AROUND_AFTER = re.compile(
    r"['’]|[\s,]+(?:of|before|after|since|ago|earlier|later|prior|preceding|following|until|till|through)\b"
    r"|\s+from\s+(?!now\b|today\b)|\s+to\s+(?:\d|[A-Z]|the\s+end\b)"
)
"""After the unit: "the last two years of his life", "the next three days after the vote" count from
another point ("the 12 months to June" too), and "the past two years' growth" names a length; none is the
N units around now."""


def units_around(m: Match, text: str) -> TimeSpec | None:
    """ "The past three years", "the next two weeks": the N whole units before or after the current one
    (过去三年, 未来两周), counted from the story's date; a vague or fractional count is left to `duration`."""
    g = m.groupdict()
    count = number_value(g["n"])
    if count is None or count != int(count) or not 1 <= count <= 999 or re.fullmatch(r"an?", g["n"], re.I):
        return None
    if _AROUND_AFTER.match(text, m.end()):
        return None
    unit = unit_name(g["unit"])
    if g["rel"].lower() in ("last", "past"):
        first, last = -int(count), -1
    elif _told_in_past(text, m.start(), m.end()):
        return None  # "his health declined over the next three months": the months after a past event
    else:
        first, last = 1, int(count)
    start = Point(rel_unit=unit, rel_offset=first)  # type: ignore[arg-type]
    if first == last:  # "the last 1 hour": that one hour
        return TimeSpec("point", start=start)
    return TimeSpec("range", start=start, end=start.with_(rel_offset=last))


_REPORTING = ("said", "says", "told")


def _told_in_past(text: str, start: int, end: int) -> bool:
    """True when the clause tells a past story around "the next N units": no future verb in it, and a past
    verb before it that is not just "said", or one right after ("the next two months were hard")."""
    after = next_tense_marker(text, end)
    if after is not None and after.group("future"):
        return False
    if any(marker.group("future") for marker in tense_markers(text, start)):
        return False  # "Apple will do it with an augmented headset in the next two years"
    before = last_tense_marker(text, start)
    if before is not None:
        return bool(before.group("past")) and before.group(0).lower() not in _REPORTING
    return after is not None and bool(after.group("past"))


_REST_END = {
    "week": Point(rel_unit="week", rel_offset=0, weekday=6),
    "month": Point(rel_unit="month", rel_offset=0),
    "year": Point(rel_unit="year", rel_offset=0, month=12, day=31),
}


_PRESENT_BE = re.compile(r"(?i)\b(?:is|are|am|'s|’s|be)\s+$")
"""Before a participle: "is closed for the rest of the week" is present, not a past story."""


def rest_of_unit(m: Match, text: str) -> TimeSpec | None:
    """ "For the rest of the year": from the story's day to the end of its week, month or year; in a past story
    ("he spent the rest of the year in hospital") the year of the story, which is not known here: no date."""
    before = last_tense_marker(text, m.start())
    if (
        before is not None
        and before.group("past")
        and not _PRESENT_BE.search(text, max(0, before.start() - 8), before.start())
        and not any(marker.group("future") for marker in tense_markers(text, m.start()))
    ):
        return None
    end = _REST_END[m.group("rest").lower()]
    return TimeSpec("range", start=Point(rel_unit="day", rel_offset=0), end=end)


UNITS_AROUND_RULES: tuple[Rule, ...] = (
    _rule(
        UNITS_AROUND_RULE,
        rf"\b(?:the\s+)?(?:(?P<rel>last|past|next|coming|upcoming)\s+(?P<n>{NUMBER})\s+(?P<unit>{_AROUND_UNIT})\b(?![-\w])"
        r"|rest\s+of\s+(?:the|this)\s+(?P<rest>week|month|year)\b(?![-'’]|\s+(?:of|before|after)\b))",
        lambda m, t: rest_of_unit(m, t) if m.group("rest") else units_around(m, t),
        1,
    ),
)
"""The rule of the N units around now and the rest of this week, month or year (one search for both); `en.RULES`
runs it before `duration` (which it wins over)."""


def as_timeml_length(m: TimeMention) -> TimeMention:
    """TimeML's reading of "the past three years" (a DURATION P3Y, "the" kept, a bare "last" left out)."""
    words = re.match(
        rf"(?i)(?P<lead>(?P<the>the\s+)?\w+\s+)(?P<n>{NUMBER})\s+(?P<unit>\w+)(?:\s+or\s+so)?$", m.text
    )
    if words is None:
        return m
    cut = 0 if words.group("the") else words.end("lead")
    return TimeMention(
        text=m.text[cut:],
        start=m.start + cut,
        end=m.end,
        type="DURATION",
        timex3=duration_value(number_value(words.group("n")), words.group("unit")),
        anchor="none",
        rule="duration",
    )


def settle_units_around(mentions: list[TimeMention]) -> list[TimeMention]:
    """ "The past two hours" with a story date that has no clock: the length it names, as before."""
    return [as_timeml_length(m) if m.rule == UNITS_AROUND_RULE and m.value is None else m for m in mentions]
