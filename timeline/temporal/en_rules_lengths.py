"""English rules for lengths without a count and recurrences: "for years", "within weeks", "decades-long",
"daily", "every Monday", "twice a year", "per annum". `en.RULES` ends with them."""

from __future__ import annotations

from timeline.temporal.en_lengths import (
    SET_ADVERBS,
    every,
    one_or_two_away,
    rate,
    set_adverb,
    vague_duration,
    weekday_plural,
)
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import MONTH, NUMBER, SEASONS, UNIT, WEEKDAY, duration_value
from timeline.temporal.engine import Rule, alt
from timeline.temporal.spec import TimeSpec

_N = rf"(?P<n>{NUMBER})"

LENGTH_RULES: tuple[Rule, ...] = (
    _rule(
        "vague duration (for years)",
        r"(?<=\bfor\s)(?P<unit>years|months|weeks|days|hours|decades|centuries)\b(?!\s+(?:of|to|and|or|\d))"
        r"|(?<=\bwithin\s)(?P<unit2>years|months|weeks|days|hours)\b(?!\s+(?:of|\d))"
        r"|(?<=\bin\s)(?P<unit3>years|months|weeks|decades)\b(?!\s+(?:of|to|and|or|past|\d)|-)"
        r"|(?<=\bthe\s)(?P<unit4>years|months|weeks|days)(?=\s+(?:before|after|that\s+followed|following|leading\s+up\s+to)\b)"
        r"|(?<=\bover\s)the\s+(?P<unit6>years|decades)\b(?!\s+(?:of|to|and|\d))"
        r"|(?<![\w-])(?:(?P<unit5>years|months|weeks|decades)-(?:long|old)|(?P<one>day|week|month|year)-long)\b",
        vague_duration,
    ),
    _rule(
        "a count or two away (a year or two ago, two or three weeks ago)",
        rf"\b(?:(?P<n1>{NUMBER})\s+or\s+(?P<n2>{NUMBER})\s+(?P<unit>days|weeks|months|years)"
        rf"|(?P<n3>an?|one|{NUMBER})\s+(?P<unit2>day|week|month|year)\s+or\s+(?P<n4>two|three|four|five|six|[2-6]))"
        r"\s+(?P<dir>ago|from\s+now)\b",
        one_or_two_away,
        1,
    ),
    _rule("set adverb (daily, annually)", rf"\b{alt(SET_ADVERBS)}\b", set_adverb),
    _rule(
        "every / each",
        rf"\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?:{_N}\s+)?(?P<what>{UNIT}|{WEEKDAY}|{alt(SEASONS)}|morning|afternoon|evening|night|{MONTH})(?!\w)",
        every,
        1,
    ),
    _rule(
        "weekday plural (on Mondays)",
        r"\bon\s+(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s\b"
        r"|\b(?P<wd2>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?P<dp>morning|afternoon|evening|night)s\b",
        weekday_plural,
        1,
    ),
    _rule("rate (twice a year)", r"\b(?:a|an)\s+(?P<unit>year|month|week|day|hour)\b", rate, 3),
    _rule(
        "rate (per year)",
        r"\bper\s+(?P<unit>year|month|week|day|hour|annum)\b",
        lambda m, t: TimeSpec(
            "set", timex=duration_value(1, "year" if m.group("unit").lower() == "annum" else m.group("unit"))
        ),
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
