"""Reading the parts of an English date phrase into a `Point` (shared by the rules of `en.py`)."""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal.en_vocab import DAY, MONTH, MONTHS, WEEKDAY, WEEKDAYS, YEAR
from timeline.temporal.spec import Point

DATE_ORDER = "MDY"
"""How numeric dates like 2/3/2023 are read: "MDY" (US, the default) or "DMY"; a first number above 12 is always a day."""

QUALIFIERS = {
    "since": "since",
    "as of": "as_of",
    "until": "until",
    "till": "until",
    "through": "until",
    "by": "until",
    "up to": "until",
    "before": "before",
    "after": "after",
    "so far": "as_of",
    "from": "since",
    "starting": "since",
    "starting on": "since",
    "starting from": "since",
    "beginning": "since",
    "beginning on": "since",
}
APPROXIMATE = ("about", "around", "circa", "approximately", "roughly", "some", "nearly", "almost", "approx.")
_AROUND_VERBS = ("get", "gets", "got", "getting", "way", "ways")
QUAL = (
    r"(?:so\s+far|since|as\s+of|until|till|through|by|(?:(?:any|some)\s?times?\s+)?(?:before|after)|about|"
    + "".join(rf"(?<!\b{verb}\s)" for verb in _AROUND_VERBS)
    + r"around|circa|approximately|roughly)"
)
"""A leading qualifier word; "sometime before", "anytime after" are "before", "after"; "get around", "ways
around" (a way past something) are no "around" of a time."""
QUAL_FROM = rf"(?:{QUAL}|from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?)"
"""The qualifiers of a day or a clock time: also "from Monday", "starting Jan. 1" (since that day)."""

PARTS = {
    "early": "early",
    "mid": "mid",
    "late": "late",
    "the beginning of": "early",
    "the start of": "early",
    "the middle of": "mid",
    "the end of": "late",
    "the early": "early",
    "the late": "late",
    "the mid": "mid",
    "the first half of": None,
    "midway through": "mid",
    "halfway through": "mid",
    "half way through": "mid",
}
PART = (
    r"(?:(?:mid|half)[\s-]?way\s+through(?:\s+the)?|early|mid|late|(?:the\s+)?(?:beginning|start|middle|end)\s+of(?:\s+the)?"
    r"|the\s+(?:early|mid|late))"
)

_MDY = rf"{MONTH}\s*{DAY}\b(?:,?\s+{YEAR})?"
_DMY = rf"{DAY}\s+(?:of\s+)?{MONTH}(?:,?\s+{YEAR})?"
_MY = rf"{MONTH},?\s+(?:of\s+)?{YEAR}"
DATE_ALT = rf"(?:{_MDY}|{_DMY}|{_MY}|{MONTH}|{YEAR}|{WEEKDAY}|{DAY})"
"""One side of a range: a month-day(-year), day-month(-year), month-year, month, year, weekday or bare day."""


def part_of(words: str | None) -> str | None:
    """The early/mid/late part a prefix names ("the end of" → late)."""
    if not words:
        return None
    w = re.sub(r"[\s-]+", " ", words.lower()).strip()
    w = re.sub(r" the$", "", w)
    return PARTS.get(w) or PARTS.get(f"the {w}")


_SOME_TIME = re.compile(r"^(?:any|some)\s?times?\s+")


def qualifier_of(words: str | None) -> tuple[str, bool]:
    """(qualifier, approximate) of a leading word such as "since" or "about"."""
    if not words:
        return "none", False
    w = _SOME_TIME.sub("", re.sub(r"\s+", " ", words.lower()).strip())
    if w in APPROXIMATE:
        return "none", True
    return QUALIFIERS.get(w, "none"), False


def month_of(word: str) -> int:
    """Month number of a month word ("Sept." → 9)."""
    return MONTHS[word.lower().rstrip(".")]


def plausible_month_word(word: str) -> bool:
    """Refuse lower-case "may"/"march" (verbs) and the short forms that are common words."""
    bare = word.rstrip(".")
    if bare.lower() in (
        "may",
        "march",
        "jan",
        "sat",
        "sun",
        "wed",
        "mar",
        "dec",
        "sep",
        "jun",
        "jul",
        "aug",
        "oct",
        "nov",
        "feb",
        "apr",
    ):
        return bare[0].isupper()
    return True


@lru_cache(maxsize=4096)
def parse_side(text: str) -> Point | None:
    """Read one side of a range (see DATE_ALT) into a Point; None when it is not a date."""
    s = text.strip().rstrip(",")
    m = re.fullmatch(rf"(?i)(?P<mon>{MONTH})\s*(?P<d>{DAY})(?:,?\s+(?P<y>{YEAR}))?", s)
    if m is None:
        m = re.fullmatch(rf"(?i)(?P<d>{DAY})\s+(?:of\s+)?(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?", s)
    if m is None:
        m = re.fullmatch(rf"(?i)(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})", s)
    if m is None:
        m = re.fullmatch(rf"(?i)(?P<mon>{MONTH})", s)
    if m is None:
        m = re.fullmatch(rf"(?i)(?P<y>{YEAR})", s)
    if m is None:
        m = re.fullmatch(rf"(?i)(?P<wd>{WEEKDAY})", s)
        if m is not None:
            return Point(weekday=WEEKDAYS[m.group("wd").lower().rstrip(".")])
    if m is None:
        m = re.fullmatch(rf"(?i)(?P<d>{DAY})", s)
    if m is None:
        return None
    g = m.groupdict()
    if g.get("mon") and not plausible_month_word(g["mon"]):
        return None
    day = int(re.sub(r"\D", "", g["d"])) if g.get("d") else None
    return Point(
        year=int(g["y"]) if g.get("y") else None,
        month=month_of(g["mon"]) if g.get("mon") else None,
        day=day,
    )


def numeric_date(a: str, b: str, year: str) -> Point | None:
    """A numeric date (2/16/2023, 16/2/2023) read with dateparser in the configured order."""
    from timeline.temporal.en_dateparser import parse_absolute

    first, second = int(a), int(b)
    order = "DMY" if first > 12 else DATE_ORDER
    if order == "MDY" and second > 31:
        return None
    day = parse_absolute(f"{a}/{b}/{year}", order)
    if day is None:
        return None
    return Point(year=day.year, month=day.month, day=day.day)
