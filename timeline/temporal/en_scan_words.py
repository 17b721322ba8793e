"""The trigger words of the English scan (`en_scan`): the words of each category, and the feast names
a feast word must stand in to trigger the feast rules."""

from __future__ import annotations

import re

from timeline.temporal.en_vocab import (
    DAYPARTS,
    DECADE_WORDS,
    HOLIDAYS,
    MONTHS,
    RELATIVE_DAY,
    SEASONS,
    WEEKDAY_HOLIDAYS,
    WEEKDAYS,
)
from timeline.temporal.feast_names import EN_FEASTS
from timeline.temporal.holidays import MOVABLE_DAYS_AFTER

UNIT_WORDS = frozenset(
    [
        "year",
        "years",
        "yr",
        "yrs",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "hr",
        "hrs",
        "minute",
        "minutes",
        "min",
        "mins",
        "second",
        "seconds",
        "sec",
        "secs",
        "decade",
        "decades",
        "century",
        "centuries",
        "quarter",
        "quarters",
        "qtr",
        "weekend",
        "weekends",
        "half",
        "period",
        "annum",
    ]
)
FEAST_FIRST_WORDS = frozenset(re.match(r"[a-z]+", name).group() for name in EN_FEASTS)  # type: ignore[union-attr]
"""The first word of every Jewish and Hindu feast's English name ("rosh", "yom", "diwali")."""

WORDS: dict[str, frozenset[str]] = {
    "month": frozenset(MONTHS),
    "weekday": frozenset(WEEKDAYS) | frozenset(w + "s" for w in WEEKDAYS if len(w) > 4),
    "unit": UNIT_WORDS,
    "reldays": frozenset(RELATIVE_DAY),
    "season": frozenset(SEASONS),
    "daypart": frozenset(DAYPARTS) | frozenset({"morning", "afternoon", "evening", "night", "tonite"}),
    "decade": frozenset(DECADE_WORDS),
    "clock": frozenset({"noon", "midnight", "midday", "clock", "am", "pm", "m"}),
    "vague": frozenset(
        [
            "now",
            "currently",
            "present",
            "presently",
            "nowadays",
            "these",
            "moment",
            "recently",
            "lately",
            "recent",
            "past",
            "previously",
            "formerly",
            "future",
            "soon",
        ]
    ),
    "set": frozenset(
        [
            "daily",
            "nightly",
            "weekly",
            "biweekly",
            "monthly",
            "quarterly",
            "annually",
            "yearly",
            "hourly",
            "every",
            "each",
            "per",
        ]
    ),
    "ago": frozenset({"ago"}),
    "fortnight": frozenset({"fortnight", "fortnights"}),
    "century": frozenset({"century"}),
    "following": frozenset({"following", "next", "previous", "preceding", "prior"}),
    "ahead": frozenset({"coming", "upcoming", "ahead", "term", "future"}),
    "quarter": frozenset({"quarter", "quarters", "half", "qtr", "period"}),
    "part": frozenset({"early", "mid", "late", "beginning", "start", "middle", "end"}),
    "later": frozenset({"later", "earlier"}),
    "past": frozenset({"past"}),
    "weekend": frozenset({"weekend"}),
    "yearweek": frozenset({"year", "week"}),
    "week": frozenset({"week"}),
    "monthword": frozenset({"month"}),
    "weekdays": frozenset(w + "s" for w in WEEKDAYS if len(w) > 4),
    "next": frozenset({"next"}),
    "fy": frozenset({"fy"}),
    "twoaway": frozenset({"last", "next"}),
    "dayword": frozenset({"day"}),
    "someday": frozenset({"someday"}),
    "recent": frozenset({"recent", "recently", "lately", "few", "several"}),
    "earlier": frozenset({"earlier", "ago"}),
    "holiday": frozenset(
        [
            "christmas",
            "xmas",
            "eve",
            "halloween",
            "valentine",
            "independence",
            "boxing",
            "anzac",
            "australia",
            "waitangi",
            "remembrance",
            "armistice",
            "guy",
            "bonfire",
            "burns",
            "george",
            "andrew",
            "david",
            "canada",
            "bastille",
            "gandhi",
            "patrick",
            "patricks",
            "paddy",
            "valentines",
            "veterans",
            "thanksgiving",
            "election",
            "labor",
            "labour",
            "memorial",
            "king",
            "kings",
            "mlk",
            "presidents",
            "president",
            "mother",
            "father",
            "mothers",
            "fathers",
            "columbus",
            "easter",
            "good",
            "palm",
            "pentecost",
            "orthodox",
            "chinese",
            "lunar",
            "autumn",
            "dragon",
            "black",
            "cyber",
            "maundy",
            "holy",
            "covenant",
            "mysteries",
            "ash",
            "shrove",
            "pancake",
            "mardi",
            "ascension",
            "whit",
            "whitsunday",
            "whitmonday",
            "pentecost",
            "spirit",
            "trinity",
            "corpus",
            "lazarus",
            "clean",
            "branch",
            "earth",
            "ides",
            "vegan",
            "koningsdag",
            "eid",
            "bakr",
            "bakrid",
            "sacrifice",
            "islamic",
            "hijri",
            "amun",
            "ashura",
            "mawlid",
            "milad",
            "laylat",
            "power",
            "measures",
            "journey",
            "adha",
            "fitr",
            "rights",
            "isra",
            "prophet",
            "jamat",
            "jumu",
            "ramadan",
            "vesak",
            "buddha",
            "vaisakha",
            "boss",
            "bosses",
            "lent",
            "fast",
            *FEAST_FIRST_WORDS,
        ]
    ),
    "spelled": frozenset({"eighteen", "nineteen", "thousand"}),
    "ish": frozenset({"ish"}),
    "halfword": frozenset({"half"}),
    "minuteword": frozenset(
        [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "oh",
        ]
    ),
    "lunch": frozenset({"lunch", "lunchtime"}),
    "rest": frozenset({"rest"}),
    "era": frozenset({"ad", "ce", "d"}),  # "AD 79", "300 CE", "14 a.d."
    "around": frozenset({"last", "past", "next", "coming", "upcoming"}),
    "shift": frozenset({"before", "after"}),
    "agonow": frozenset({"ago", "now"}),
}
WORD = re.compile(r"[A-Za-z]+|\d+")
"""A word of the text as the scan reads it: a run of letters or of digits."""

FEAST_NAMES: tuple[str, ...] = (*HOLIDAYS, *WEEKDAY_HOLIDAYS, *MOVABLE_DAYS_AFTER)
"""Every named day the English grammar knows, lower case ("christmas", "labor day", "easter monday")."""


def _names_holding(words: frozenset[str]) -> dict[str, tuple[tuple[int, str], ...]]:
    """Each word → (offset of the word in the name, name) for every feast name that holds it as a word."""
    found: dict[str, list[tuple[int, str]]] = {}
    for name in FEAST_NAMES:
        for m in WORD.finditer(name):
            if m.group() in words:
                found.setdefault(m.group(), []).append((m.start(), name))
    return {word: tuple(places) for word, places in found.items()}


_FEASTS_HOLDING = _names_holding(WORDS["holiday"])
"""A feast trigger word → the feast names it stands in: the word triggers only where one of them is
written ("President's Day" triggers, "President Obama" does not), so the feast rules skip the many
windows of "president", "memorial", "good" or "black" that name no day."""


def names_a_feast(word: str, text: str, start: int) -> bool:
    """True when a feast name holding `word` (lower case) is written around the word at `start`."""
    for offset, name in _FEASTS_HOLDING.get(word, ()):
        first = start - offset
        if first >= 0 and text[first : first + len(name)].lower().replace("’", "'") == name:
            return True
    return False
