"""English rule builders for a four-digit year (refusing amounts, counts, street numbers, titles and model years)
and for a year written with its era ("AD 79")."""

from __future__ import annotations

import re

from timeline.temporal.en_common import COUNT_NOUNS, STREET, TITLE_BEFORE, YEAR_OK_BEFORE, Match, point_spec
from timeline.temporal.en_dates import calendar
from timeline.temporal.en_quarters import NAMED_QUARTER, ORD, PERIOD_SINCE, QUARTER_LOOKBACK
from timeline.temporal.en_vocab import SEASONS, YEAR
from timeline.temporal.spec import Point, TimeSpec


def year(m: Match, text: str) -> TimeSpec | None:
    """A four-digit year, refusing amounts, counts, street numbers and product names."""
    start = m.start("y")
    before = text[max(0, start - 24) : start]
    after = text[m.end() : m.end() + 40]
    if re.search(
        r"[$#€£¥]\s*$|No\.\s*$|\b(?:page|pages|p\.|route|flight|room|model|number|code|area)\s+$",
        before,
        re.I,
    ):
        return None
    if re.match(rf"\s+(?:{COUNT_NOUNS})\b", after) or re.match(STREET, after):
        return None
    if _VEHICLE_AFTER.match(after) and _DETERMINER_BEFORE.search(before):
        return None  # "a stolen 2012 Honda Civic": the model year ("in 2012 Honda recalled ..." stays a date)
    if re.match(r"\s*(?:-|to)\s*\d{3,}\b", after) and not re.match(rf"\s*(?:-|to)\s*{YEAR}", after):
        return None
    title = TITLE_BEFORE.search(before)
    if title and title.group(1) not in YEAR_OK_BEFORE and not plausible_is_month(title.group(1)):
        sentence_start = re.search(r"(?:^|[.!?\n]\s*|[\"“(]\s*)[A-Z][A-Za-z]*\s+$", before)
        if not sentence_start:
            return None
    if re.search(r"\s(?:period|quarter)$", m.group(0), re.I):  # "the 1988 quarter" of a quarterly report
        named = list(NAMED_QUARTER.finditer(text, max(0, m.start() - QUARTER_LOOKBACK), m.start()))
        longer = (
            named
            and m.group(0).lower().endswith("period")
            and PERIOD_SINCE.search(text, named[-1].end(), m.start())
        )
        if named and not longer:  # (after "the first nine months", "the 1988 period" is those months of 1988)
            spec = calendar(m, text)
            if spec is not None and spec.start is not None:
                return spec.with_(start=spec.start.with_(quarter=ORD[named[-1].group(1).lower()]))
    spec = calendar(m, text)
    if spec is not None and _DATES_A_NOUN_BEFORE.search(text, max(0, start - 90), start):
        # "under a program approved by the board in 1987, it had bought shares through Sept. 29": the year
        # dates the program, not the story; tagged, but no later day of the sentence takes it
        return spec.with_(extra={**spec.extra, "comparison": "yes"})
    if spec is not None and _NAMED_AFTER.match(after) and _DETERMINER_BEFORE.search(before):
        # "The 2021 RAV4 goes on sale in the summer": a model's or an edition's year names the thing;
        # it is tagged, but the summer is not read in it
        return spec.with_(extra={**spec.extra, "attributive": "yes"})
    return spec


def era_year(m: Match, text: str) -> TimeSpec | None:
    """A year of the Common Era written with its era ("AD 79", "14 a.d.", "300 CE"): no year before it is
    ever read in the grammar, so one of one to three digits is only a year with its era."""
    year_value = int(m.group("y1") or m.group("y2"))
    if not 0 < year_value <= 2100:
        return None
    return point_spec(Point(year=year_value), m.groupdict())


_DATES_A_NOUN_BEFORE = re.compile(
    r"\b(?:[Uu]nder|[Oo]f|[Ww]ith|[Ff]or|[Ff]rom|[Bb]y|[Tt]o|[Ii]nto|[Uu]nder|[Aa]gainst)\s+(?:a|an|the|its|their|his|her)\s+"
    r"(?:[\w-]+\s+){0,2}[a-z][\w-]+\s+(?!(?:was|were|had|has)\b)[a-z]{3,}ed\s+(?:by\s+(?:the\s+)?[\w.&'-]+(?:\s+[\w.&'-]+)?\s+)?in\s+$"
)
"""A noun after a preposition, then a participle and "in" ("under a program approved by the company in"): a
reduced relative clause, whose year dates that noun's event, not the story's."""
_NAMED_AFTER = re.compile(r"\s+(?!(?:A\.?D|B\.?C|CE|BCE)\b)[A-Z][\w-]*")
"""A capitalised word right after a year: the year is part of a name ('the 2020 Sentra')."""
_VEHICLE_AFTER = re.compile(
    r"\s+(?:Acura|Audi|BMW|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Ferrari|Fiat|Ford|GMC|Harley|Honda|Hyundai|"
    r"Infiniti|Jaguar|Jeep|Kia|Land\s+Rover|Lexus|Lincoln|Mazda|Mercedes|Mercury|Mini\s+Cooper|Mitsubishi|Nissan|"
    r"Oldsmobile|Peugeot|Plymouth|Pontiac|Porsche|Ram|Renault|Saab|Saturn|Subaru|Suzuki|Tesla|Toyota|Volkswagen|VW|"
    r"Volvo)\b"
)
"""A vehicle make after a year ("a 2012 Honda Civic"): the model year, not a date of the story."""
_DETERMINER_BEFORE = re.compile(
    r"(?i)(?:\b(?:a|an|the|his|her|their|its|my|our|your|stolen|silver|black|white|red|blue|gray|grey)|['’]s)\s+$"
)


def plausible_is_month(word: str) -> bool:
    """True when a capitalised word is a month or a season (which may stand before a year)."""
    w = word.lower().rstrip(".")
    return w in SEASONS or w in ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec") or w in (
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    )  # fmt: skip
