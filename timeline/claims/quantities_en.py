"""English figures in a clause → Quantity records ('$1.5 billion', 'about 2,000 people', '1-1/2 years'),
and what both languages' readers share (overlap with a blocked span, dict validation)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.models import Quantity

EN_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
}


_EN_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?(?:-\d+/\d+)?"


_EN = re.compile(
    r"(?=[$€£¥\dU]|\b[aAnNsSmMoOlLfFuUtTeEhHdD])"  # a figure opens with a sign, a digit, US$ or a word
    r"(?P<pre>\b(?i:about|around|approximately|roughly|nearly|almost|some|more than|over|at least|"
    r"less than|fewer than|under|up to|as many as)\s+)?"
    rf"(?P<cur>US\$|\$|€|£|¥)?(?P<num>{_EN_NUM}|\b(?i:{'|'.join(EN_WORDS)})\b)"
    r"(?:\s*(?P<mult>(?i:million|billion|trillion|thousand|bn)\b|m\b))?"
    rf"(?:\s*(?:-|–|to)\s*(?P<num2>{_EN_NUM})(?:\s*(?:million|billion|trillion|thousand)\b)?)?"
    r"(?:\s*(?P<unit>%|(?i:percent\b|per cent\b|percentage points?\b)|[a-z][a-z]+(?:-[a-z]+)?\b))?",
)


_EN_MULT = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


_EN_PRE = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "more than": "more_than",
    "over": "more_than",
    "at least": "more_than",
    "as many as": None,
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "up to": "less_than",
}


_EN_NOT_UNIT = {
    "new",
    "more",
    "other",
    "additional",
    "national",
    "local",
    "total",
    "major",
    "former",
    "straight",
    "consecutive",
    "times",
    "per",
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "hours",
    "minutes",
    "of",
    "in",
    "the",
    "a",
    "an",
    "to",
    "and",
    "or",
    "on",
    "at",
    "from",
    "for",
    "with",
    "by",
    "p",
    "a.m",
    "is",
    "was",
    "were",
    "are",
    "be",
    "that",
    "this",
    "as",
    "it",
    "he",
    "she",
    "they",
    "am",
    "pm",
    "th",
    "st",
    "nd",
    "rd",
    "s",
    "has",
    "had",
    "have",
    "who",
    "which",
    "when",
    "after",
    "before",
}
_EN_NOT_UNIT |= {"last", "next", "early", "late", "previous", "recent"}


_EN_ADJECTIVES = frozenset({"new", "more", "other", "additional", "local", "total", "major", "extra"})


_EN_NOUN_AFTER = re.compile(r"\s+([A-Za-z][a-z]+(?:-[a-z]+)?)\b")
"""30,154 new cars: the unit is the noun after the adjective."""


_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "110", "120", "119"})


NEW_QUANTITY = Quantity.__pydantic_validator__.validate_python
"""Quantity(…) validated from a dict: the same checks without the keyword pass of __init__."""


_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


def overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


_MIXED_FRACTION = re.compile(r"(\d+)-(\d+)/(\d+)")


_FRACTION = re.compile(r"\d+/\d+")


def _en_number(raw: str) -> float | None:
    raw = raw.replace(",", "")
    if raw.lower() in EN_WORDS:
        return float(EN_WORDS[raw.lower()])
    m = _MIXED_FRACTION.fullmatch(raw)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    try:
        return float(raw)
    except ValueError:
        return None


_LABEL_BEFORE = re.compile(
    r"(?:\b(?:Week|Game|Round|Series|Chapter|Block|Model|Phase|Stage|Level|Class|Category|Section|Article|Title|"
    r"Gen|Generation|Version|Season|Episode|Apollo|Artemis)|[A-Za-z]*[a-z][A-Z][\w-]*|[A-Z][a-z]*-[A-Z][\w]*|"
    r"[A-Z]{2,})\s+$"
)
"""'Week 13', 'MagSafe 2', 'iPhone 11', 'Wi-Fi 6', 'VEGA 20': a label or a product name numbers what follows."""


def _model_number(piece: str, start: int, before: str) -> bool:
    """A number glued to letters ('i7', 'my6sense') or right after a label or a product name."""
    if before.isalpha():
        return True
    return _LABEL_BEFORE.search(piece, max(0, start - 24), start) is not None


def en_quantities(piece: str, blocked: Sequence[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _EN.finditer(piece):
        num = m.group("num")
        if overlaps(m.start("num"), m.end("num"), blocked):
            continue
        before = piece[max(0, m.start("num") - 1) : m.start("num")]
        after = piece[m.end("num") : m.end("num") + 1]
        if before in ("/", ":", "#") or after in (":", "/") or _FRACTION.fullmatch(num):
            continue  # times, bond fractions, ids
        if not m.group("cur") and not m.group("pre") and _model_number(piece, m.start("num"), before):
            continue  # 'i7 processor', 'my6sense', 'iPhone 11 lineup', 'Week 13 rematch': a name's number
        unit = (m.group("unit") or "").lower()
        text = m.group().strip()
        if num in _EMERGENCY_NUMBERS and unit in ("call", "calls", "dispatchers", "operators"):
            continue  # 911 calls: a phone number, not a count
        if unit in _EN_ADJECTIVES:
            noun = _EN_NOUN_AFTER.match(piece, m.end("unit"))
            if noun and noun.group(1).lower() not in _EN_NOT_UNIT:
                unit, text = noun.group(1).lower(), piece[m.start() : noun.end()].strip()
        if unit in _EN_NOT_UNIT:
            text = piece[m.start() : m.start("unit")].strip()
            unit = ""
        cur = m.group("cur")
        mult = (m.group("mult") or "").lower()
        if not (unit or cur or mult):
            continue
        if num.lower() in EN_WORDS and not unit:
            continue
        value = _en_number(num)
        if value is None:
            continue
        if (
            not (cur or mult or unit.startswith("percent") or unit == "%")
            and 1900 <= value <= 2100
            and "," not in num
        ):
            continue  # a year ('In 2019 people voted'); '2,000 people' is a count
        factor = _EN_MULT.get(mult, 1)
        value = round(value * factor, 6)
        value_max = round(_en_number(m.group("num2")) * factor, 6) if m.group("num2") else None
        if unit in ("%", "percent", "per cent"):
            unit = "percent"
        elif cur:
            unit = _CURRENCY[cur]
            last = m.end("mult") if m.group("mult") else m.end("num2") if m.group("num2") else m.end("num")
            text = piece[m.start() : last].strip()
        approx = _EN_PRE.get((m.group("pre") or "").strip().lower())
        out.append(
            NEW_QUANTITY(
                {"text": text, "value": value, "value_max": value_max, "unit": unit or None, "approx": approx}
            )
        )
    return out
