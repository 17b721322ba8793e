"""English temporal vocabulary: month, weekday, number and unit words, and regex fragments built from them."""

from __future__ import annotations

import re

from timeline.temporal.engine import alt

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
FULL_WEEKDAYS = {k: v for k, v in WEEKDAYS.items() if len(k) > 4}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
DAYPARTS = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "mid-afternoon": "AF", "midafternoon": "AF", "mid-morning": "MO",
}  # fmt: skip
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
    "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "last": -1, "final": -1,
}  # fmt: skip
UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
VAGUE_COUNTS = ("a few", "few", "several", "some", "many", "a number of")
COUPLE = ("a couple of", "couple of", "a couple")
UNIT_CODES = {
    "year": "Y", "yr": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "hr": "H",
    "minute": "M", "min": "M", "second": "S", "sec": "S", "decade": "DE", "century": "CE", "quarter": "Q",
}  # fmt: skip
RELATIVE_DAY = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "tonite": 0}
DECADE_WORDS = {
    "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
    "seventies": 70, "eighties": 80, "nineties": 90,
}  # fmt: skip

_NUM_WORD = alt([*UNITS_WORDS, *TENS_WORDS])
NUMBER = (
    rf"(?:{alt(COUPLE)}|\d+(?:[-\s]1/2|\.5)?|(?:{alt(TENS_WORDS)}[-\s](?:{alt(UNITS_WORDS)}))|{_NUM_WORD}"
    rf"(?:\s+and\s+a\s+half)?|an?(?:\s+and\s+a\s+half)?|{alt(VAGUE_COUNTS)}|a\s+half|half\s+an?|(?:an?|{_NUM_WORD})\s+(?:hundred|thousand))"
)
"""A count: 3, 1-1/2, twenty-four, three and a half, a, several, a hundred, two thousand."""
UNIT = r"(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)|quarters?)"
_FULL_MONTHS = {k for k, v in MONTHS.items() if len(k) > 4 or k in ("may", "june", "july")}
_FULL_WEEKDAYS = {k for k in WEEKDAYS if k.endswith("day")}
MONTH = rf"(?:{alt(_FULL_MONTHS)}\b|{alt(set(MONTHS) - _FULL_MONTHS)}\b\.?)"
"""A month word; only an abbreviation takes a dot ("Sept."), so a sentence's full stop stays out."""
WEEKDAY = rf"(?:{alt(_FULL_WEEKDAYS)}\b|{alt(set(WEEKDAYS) - _FULL_WEEKDAYS)}\b\.?)"
YEAR = r"(?:1[5-9]\d\d|20\d\d)(?![\d,.]*\d)(?![-–/]\d)(?!\s*(?:%|percent|per\s*cent))"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


_MULTIPLIERS = {"hundred": 100, "thousand": 1000}


def number_value(words: str) -> float | None:
    """The value of a count as written ("twenty-four" → 24, "1-1/2" → 1.5); None when vague ("several")."""
    w = re.sub(r"\s+", " ", words.lower().strip())
    if w in COUPLE:
        return 2
    if w in VAGUE_COUNTS or w.replace("a ", "", 1) in VAGUE_COUNTS:
        return None
    half = 0.0
    if w in ("a half", "half a", "half an"):
        return 0.5
    if w.endswith(" and a half"):
        half, w = 0.5, w[: -len(" and a half")]
    m = re.fullmatch(r"(\d+)(?:[-\s]1/2|(\.5))", w)
    if m:
        return int(m.group(1)) + 0.5
    if w.isdigit():
        return int(w) + half
    if w in ("a", "an"):
        return 1 + half
    parts = re.split(r"[-\s]", w)
    total = 0
    for part in parts:
        if part in ("a", "an") and len(parts) > 1:  # "a hundred"
            total += 1
        elif part in _MULTIPLIERS:  # "two thousand", "a hundred"
            total = max(total, 1) * _MULTIPLIERS[part]
        elif part in UNITS_WORDS:
            total += UNITS_WORDS[part]
        elif part in TENS_WORDS:
            total += TENS_WORDS[part]
        else:
            return None
    return total + half


def duration_value(count: float | None, unit: str) -> str:
    """TIMEX3 duration for a count of a unit: (3, years) → P3Y, (None, days) → PXD, (2, hours) → PT2H."""
    u = unit.lower().rstrip(".")
    key = (
        "century" if u.startswith("centur") else u.rstrip("s") if u not in ("hrs", "mins", "secs") else u[:-1]
    )
    code = UNIT_CODES.get(key, "Y")
    if count is None:
        n = "X"
    elif code == "DE":
        code, count = "Y", count * 10
        n = _fmt(count)
    elif code == "CE":
        code, count = "Y", count * 100
        n = _fmt(count)
    elif code == "Q":
        n = _fmt(count)
    else:
        n = _fmt(count)
    split = _split_fraction(count, key, code)
    if split is not None:
        return split
    if key in ("hour", "hr", "minute", "min", "second", "sec"):
        return f"PT{n}{code}"
    if code == "D" and count is not None and count == 0.5:
        return "PT12H"
    if code == "W" and count is not None and count != int(count):
        return f"P{_fmt(count * 7)}D"
    return f"P{n}{code}"


_FINER = {"Y": ("M", 12), "H": ("M", 60), "D": ("H", 24)}
_CLOCK_UNITS = ("hour", "hr", "minute", "min", "second", "sec")


def _split_fraction(count: float | None, key: str, code: str) -> str | None:
    """A fractional count in whole smaller units, as TimeML writes it: 2.5 years P2Y6M, 5.5 hours PT5H30M."""
    if count is None or count == int(count) or (count == 0.5 and key == "day"):
        return None
    finer, per = ("S", 60) if key in ("minute", "min") else _FINER.get(code, ("", 0))
    small = (count - int(count)) * per
    if not per or small != int(small):
        return None
    whole = f"{int(count)}{code}" if int(count) else ""
    if key in _CLOCK_UNITS:
        return f"PT{whole}{int(small)}{finer}"
    if code == "D":
        return f"P{whole}T{int(small)}{finer}"
    return f"P{whole}{int(small)}{finer}"


def _fmt(x: float) -> str:
    return str(int(x)) if x == int(x) else str(x)


def unit_name(unit: str) -> str:
    """Singular unit name of a written unit ("Centuries" → century, "hrs" → hour)."""
    u = unit.lower().rstrip(".")
    if u.startswith("centur"):
        return "century"
    u = u.rstrip("s")
    return {"yr": "year", "hr": "hour", "min": "minute", "sec": "second", "qtr": "quarter"}.get(u, u)


DAY_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29,
    "thirtieth": 30, "thirty-first": 31,
}  # fmt: skip
DAY_WORD = alt(DAY_ORDINALS)
"""A day of the month written as an ordinal word ("the first of March", "July fourth")."""
HOLIDAYS = {
    "christmas": (12, 25), "christmas day": (12, 25), "xmas": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's": (1, 1), "new year's eve": (12, 31), "halloween": (10, 31),
    "valentine's day": (2, 14), "independence day": (7, 4), "boxing day": (12, 26),
    "st. patrick's day": (3, 17), "saint patrick's day": (3, 17), "veterans day": (11, 11),
    "st patrick's day": (3, 17), "st. patricks day": (3, 17), "st patricks day": (3, 17),
    "saint patricks day": (3, 17), "st. paddy's day": (3, 17), "st paddy's day": (3, 17),
    "saint paddy's day": (3, 17), "valentines day": (2, 14), "valentine day": (2, 14), "new year day": (1, 1),
    "new years day": (1, 1), "new years eve": (12, 31), "the ides of march": (3, 15), "ides of march": (3, 15),
    "world vegan day": (11, 1),
    # days of the Commonwealth press: Australia, New Zealand, Britain, Canada, India
    "anzac day": (4, 25), "australia day": (1, 26), "waitangi day": (2, 6), "remembrance day": (11, 11),
    "armistice day": (11, 11), "guy fawkes night": (11, 5), "bonfire night": (11, 5), "burns night": (1, 25),
    "st. george's day": (4, 23), "st george's day": (4, 23), "st. andrew's day": (11, 30),
    "st andrew's day": (11, 30), "st. david's day": (3, 1), "st david's day": (3, 1), "canada day": (7, 1),
    "bastille day": (7, 14), "gandhi jayanti": (10, 2),
}  # fmt: skip
"""Fixed-date holidays (month, day)."""
WEEKDAY_HOLIDAYS = {
    "thanksgiving": (11, 3, 4), "thanksgiving day": (11, 3, 4), "labor day": (9, 0, 1), "labour day": (9, 0, 1),
    "memorial day": (5, 0, -1), "martin luther king day": (1, 0, 3), "martin luther king jr. day": (1, 0, 3),
    "remembrance sunday": (11, 6, 2), "mlk day": (1, 0, 3), "mlk jr. day": (1, 0, 3), "presidents day": (2, 0, 3), "presidents' day": (2, 0, 3),
    "president's day": (2, 0, 3), "mother's day": (5, 6, 2), "mothers day": (5, 6, 2), "father's day": (6, 6, 3),
    "fathers day": (6, 6, 3), "columbus day": (10, 0, 2), "martin luther king's day": (1, 0, 3),
    "martin luther kings day": (1, 0, 3), "civil rights day": (1, 0, 3),
}  # fmt: skip
"""US holidays that fall on the nth weekday of a month: (month, weekday, nth); nth -1 is the last."""
SPELLED_TENS = alt(TENS_WORDS)
SPELLED_UNITS = alt(k for k in UNITS_WORDS if 1 <= UNITS_WORDS[k] <= 9)
SPELLED_TEENS = alt(k for k in UNITS_WORDS if 10 <= UNITS_WORDS[k] <= 19)
COUNTED_AFTER = r"[\s-]+(?!was\b|is\b|has\b)(?:[a-z]+s|hundred|thousand|million|people|more|of|them)\b"
"""What follows a number in words that counts something ("two thousand voters", "nineteen hundred
of them"): such a number is no year."""


def spelled_year(words: str) -> int | None:
    """A year written in words: "nineteen ninety-six" → 1996, "two thousand and one" → 2001."""
    w = re.sub(r"[\s-]+", " ", words.lower()).strip()
    m = re.fullmatch(r"two thousand(?: and)?(?: (.+))?", w)
    if m:
        rest = number_value(m.group(1)) if m.group(1) else 0
        return 2000 + int(rest) if rest is not None and rest < 100 else None
    m = re.fullmatch(r"(nineteen|eighteen|twenty) (?:hundred(?: and)? )?(.+)", w)
    if m:
        century = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[m.group(1)]
        tail = m.group(2).replace("oh ", "")
        rest = number_value(tail)
        return century + int(rest) if rest is not None and rest < 100 else None
    return None
