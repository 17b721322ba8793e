"""English rules for days counted from the story: "the next day", "the night before", "later that month"."""

from __future__ import annotations

import re

from timeline.temporal.en_common import Match
from timeline.temporal.en_parts import PART, part_of
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import DAYPARTS, RELATIVE_DAY, unit_name
from timeline.temporal.engine import Rule
from timeline.temporal.spec import Point, TimeSpec

_APPOSITIVE_DAY = re.compile(r"\d\s*,\s*$")
_CLAUSE_FOLLOWS = re.compile(r"\s+[A-Za-z]")


def narrative_next(m: Match, text: str) -> TimeSpec | None:
    """ "The next day", "the following year", "the same day", "the day before"."""
    g = m.groupdict()
    daypart = DAYPARTS.get(g["unit"].lower())  # "the next morning": a part of the next day
    unit = "day" if daypart else unit_name(g["unit"])
    word = (g.get("rel") or "same").lower()
    offset = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "prior": -1, "same": 0, "that": 0}[
        word
    ]
    if g.get("ba"):
        offset = -1 if g["ba"].lower() == "before" else 1
        if _APPOSITIVE_DAY.search(text, max(0, m.start() - 8), m.start()) and _CLAUSE_FOLLOWS.match(
            text, m.end()
        ):
            return TimeSpec("then")  # "seen Nov. 3, the day before police issued a warrant": Nov. 3 itself
    part = g.get("part")
    starts_with_the = (g.get("the") or "") != "" or (part or "").lower().endswith("the")
    if unit != "day" and word in ("next", "previous", "prior") and not starts_with_the:
        return None  # "next week" without "the" counts from publication (the relative-unit rule)
    keep = ("day",) if unit == "day" and not daypart else ()
    # "that evening", "the same day", "that night": the story's day; with no story date before it, it is
    # not the publication day but left unanchored
    anaphoric = (word in ("same", "that") and not g.get("ba")) or daypart is not None
    point = Point(
        rel_unit=unit,  # type: ignore[arg-type]
        rel_offset=offset,
        rel_base="narrative",
        like_base=keep,
        daypart=daypart,
        needs_base=anaphoric,
    )
    if part:  # "the end of the following week": its last third
        point = point.with_(part=part_of(part), like_base=())
    return TimeSpec("point", start=point)


def later_that(m: Match, text: str) -> TimeSpec | None:
    """ "Later that month", "earlier that year", "later that evening": the story's unit (or day); with
    no date told before it, it is left unanchored (it never means publication's)."""
    daypart = DAYPARTS.get(m.group("unit").lower())
    unit = "day" if daypart else unit_name(m.group("unit"))
    point = Point(rel_unit=unit, rel_offset=0, rel_base="narrative", daypart=daypart, needs_base=True)  # type: ignore[arg-type]
    return TimeSpec("point", start=point)


def earlier_in_the(m: Match, text: str) -> TimeSpec | None:
    """ "Earlier in the day", "later in the year": the story's day or year; with no date told before
    it, it is left unanchored, as "later that day" ("snacking later in the day" dates nothing)."""
    unit = unit_name(m.group("unit"))
    keep = ("day",) if unit == "day" else ()
    point = Point(rel_unit=unit, rel_offset=0, rel_base="narrative", like_base=keep, needs_base=True)  # type: ignore[arg-type]
    return TimeSpec("point", start=point)


def part_of_story_day(m: Match, text: str) -> TimeSpec | None:
    """ "In the afternoon", "by mid-morning", "during the late evening": a part of the story's day, unanchored with
    no day told before it ("at mid-afternoon yesterday": that day's)."""
    g = m.groupdict()
    code = DAYPARTS[(g.get("dp") or g.get("dp2") or "").lower()]
    point = Point(rel_unit="day", rel_offset=0, rel_base="narrative", daypart=code, needs_base=True)
    if g.get("rd"):  # "at mid-afternoon yesterday": that day's
        point = Point(rel_unit="day", rel_offset=RELATIVE_DAY[g["rd"].lower()], daypart=code)
    part = (g.get("part") or "").lower()
    if part in ("early", "late"):
        point = point.with_(part=part)  # type: ignore[arg-type]
    return TimeSpec("point", start=point)


_NOT_THE_PART = (
    r"(?!['’]s|[\s-]+(?:of|news|papers?|shows?|prayers?|sessions?|rush|editions?|star|sickness|trading|commute|"
    r"hours?|meetings?|briefings?|peak|shift|classes|service|sun|light|tea|coffee|walk|run|mass|trade|deals?|"
    r"markets?|programmes?|programs?|bulletins?|broadcasts?|slot|traffic|dew|mist|fog|air)\b)"
)
"""What makes a part of day a thing named after it ("the morning papers", "the evening's guests")."""

NARRATIVE_RULES: tuple[Rule, ...] = (
    _rule(
        "part of the story's day (in the afternoon, by mid-morning)",
        r"(?:(?<=\bin\s)|(?<=\bduring\s)|(?<=\bthroughout\s))the\s+(?:(?P<part>early|late|mid)[\s-]?)?"
        rf"(?P<dp>morning|afternoon|evening)\b{_NOT_THE_PART}"
        rf"|\bmid[\s-]?(?P<dp2>morning|afternoon|evening)\b{_NOT_THE_PART}(?:\s+(?P<rd>yesterday|today|tomorrow)\b)?",
        part_of_story_day,
    ),
    _rule(
        "part of the following week",
        rf"(?P<part>{PART})[\s-]*\b(?P<the>the\s+)?(?P<rel>next|following|previous|preceding|prior)\s+(?P<unit>week|month|year)\b(?!\s+(?:before|after)\b)",
        narrative_next,
        1,
    ),
    _rule(
        "the next day",
        r"\b(?P<the>the\s+)?(?P<rel>next|following|previous|preceding|prior|same|that)\s+(?P<unit>day|week|month|quarter|year|morning|afternoon|evening|night)\b(?:\s+(?P<ba>before|after)\b(?!\s+(?:the|a|an|his|her|its|their)\b))?",
        narrative_next,
        1,
    ),
    _rule(
        "the day before / after",
        r"(?<!\bin\s)\bthe\s+(?P<unit>day|week|month|year|morning|evening|night)\s+(?P<ba>before|after)\b(?!\s+(?:the|a|an|his|her|its|their)\b)",
        narrative_next,
        1,
    ),
    _rule(
        "earlier in the day",
        r"\b(?:later|earlier)\s+in\s+the\s+(?P<unit>day|week|month|year)\b(?![\s-]+(?:of|before|after)\b)",
        earlier_in_the,
        1,
    ),
    _rule(
        "later that month",
        r"\b(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<unit>day|week|month|year|morning|afternoon|evening|night)\b",
        later_that,
        1,
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
