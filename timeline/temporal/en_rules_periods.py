"""English rules for long periods named by their place in the calendar: "the 20th century", "the early
nineteenth century" (issue #4). `en.RULES` includes them."""

from __future__ import annotations

import re

from timeline.temporal.en_common import PART_PREFIX, QUAL_PREFIX, Match
from timeline.temporal.en_parts import part_of, qualifier_of
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import DAY_ORDINALS, DAY_WORD
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


PERIOD_RULES: tuple[Rule, ...] = (
    _rule(
        CENTURY_RULE,
        rf"{QUAL_PREFIX}{PART_PREFIX}(?:\bthe\s+)?\b(?P<nth>(?:1\d|2[0-2]|[2-9])(?:st|nd|rd|th)|{DAY_WORD})\s+century\b(?![-\w])",
        century,
        1,
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
