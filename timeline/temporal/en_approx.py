"""English lengths and times said loosely: a range of counts ("two to three weeks", "12-18 months", "a day
or two"), "or so" after a time ("a week or so", "the next year or so"), a date left open ("1994 or
later", "2030 and beyond") and a day some time ahead ("will one day", "someday")."""

from __future__ import annotations

import re

from timeline.models import TimeMention
from timeline.temporal.en_common import Match
from timeline.temporal.en_relative import fixed_kind
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_vocab import NUMBER, UNIT, duration_value, number_value
from timeline.temporal.engine import Rule
from timeline.temporal.spec import TimeSpec

LENGTH_RANGE_RULE = "length range (two to three weeks, a day or two)"
ONE_OR_TWO_RULE = "a unit or two (a day or two)"
SOME_DAY_RULE = "a day ahead (will one day, someday)"
EDGE_OF_A_SPAN_RULE = "the first days (the first hours of the war, the early years)"

_DIGITS_BEFORE = re.compile(r"\d[.,]$")


def length_range(m: Match, text: str) -> TimeSpec | None:
    """A length between two counts of a unit: the unit is known, the count is not one (PXW)."""
    g = m.groupdict()
    low_words, high_words = (g["n1"], g["n2"]) if g.get("n1") else (g["b1"], g["b2"])
    low, high = number_value(low_words), number_value(high_words)
    if low is None or high is None or not 0 < low < high:
        return None  # "3-2 days" is no range; "several to many" names no count
    if _DIGITS_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return None  # "1.5-2 hours" read from its tail
    return TimeSpec("duration", duration=duration_value(None, g["unit"]))


def _edge_of_a_span(m: Match, text: str) -> TimeSpec | None:
    """ "The first hours of the war", "the final weeks of the campaign": some hours or weeks (PTXH, PXW)."""
    return TimeSpec("duration", duration=duration_value(None, m.group("unit3")))


def _one_or_two(m: Match, text: str) -> TimeSpec | None:
    """ "A day or two", "an hour or two": one or two of a unit."""
    return TimeSpec("duration", duration=duration_value(None, m.group("unit2")))


_MODAL_BEFORE = re.compile(
    r"(?i)\b(?:will|would|could|might|may|can|shall|should|must|(?:hopes?|hoped|hoping|wants?|wanted|expects?|"
    r"expected|plans?|planned|aims?|dreams?|dreamed|wish(?:es|ed)?|going|able|likely)\s+to)\s+$"
)
_NOT_A_VERB_AFTER = re.compile(
    r"\s+(?:of|in|at|on|later|earlier|after|before|ago|and|or|to|for|when|while)\b"
)


def _some_day(m: Match, text: str) -> TimeSpec | None:
    """ "Could one day replace coal", "hopes someday to run": a day ahead that nobody dates (FUTURE_REF)."""
    if (
        not _MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
        or _NOT_A_VERB_AFTER.match(text, m.end())
        or not re.match(r"\s+[a-z]", text[m.end() : m.end() + 2])
    ):
        return None  # "stayed one day", "up to one day": a length; "show up someday -- here": no verb follows
    return fixed_kind("future")(m, text)


APPROX_RULES: tuple[Rule, ...] = (
    _rule(
        LENGTH_RANGE_RULE,
        rf"\b(?:between\s+(?P<b1>{NUMBER})\s+and\s+(?P<b2>{NUMBER})|(?P<n1>{NUMBER})\s*(?:to|-|–|or)\s*(?P<n2>{NUMBER}))"
        rf"[\s-]+(?:more\s+)?(?P<unit>{UNIT})\b(?![\s-]+old\b|-old\b)",
        length_range,
        1,
    ),
    _rule(
        ONE_OR_TWO_RULE,
        r"\b(?:an?|one)\s+(?P<unit2>day|week|month|year|hour|minute|decade)\s+or\s+(?:two|2)\b",
        _one_or_two,
        1,
    ),
    _rule(SOME_DAY_RULE, r"\b(?:one|some)\s+day\b|\bsomeday\b", _some_day, 2),
    _rule(
        EDGE_OF_A_SPAN_RULE,
        r"\bthe\s+(?:first|early|last|final|initial|opening|closing)\s+(?P<unit3>hours|days|weeks|months|years|decades)\b"
        r"(?!\s+(?:ago|earlier|later|before|since)\b|-)",
        _edge_of_a_span,
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""


_OR_SO = re.compile(r"\s+or\s+so\b(?!-)")
_CLAUSE_ENDS = r"(?=\s*(?:[.,;:!?)\"'”]|--|$))"
_OPEN_AFTER = re.compile(
    r"\s+(?:or\s+later\b(?!-)|(?:and|or)\s+beyond\b(?!-|\s+(?:that|this|these|those|the|a|an|it|them|his|her|its|their|our|"
    rf"my|your|\d)\b)|and\s+(?:later|thereafter){_CLAUSE_ENDS})"
)
_OPEN_BEFORE = re.compile(rf"\s+or\s+(?:(?:earlier|sooner)\b|before{_CLAUSE_ENDS})")
"""The words that leave a date open; "and later" and "or before" only where their clause ends ("in October 1984
and later served" is no "or later"), "and beyond" not before its own object ("next week and beyond that")."""
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|your|my|our)\s+$")
"""'your 2012 or later MacBook': a model year, no time left open."""


def left_open(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """A date followed by "or later", "and beyond" (since it) or "or earlier" (until it) takes the words into
    its span and is open on that side ("1994 or later": 1994/..)."""
    out = []
    for m in mentions:
        after = _OPEN_AFTER.match(text, m.end) if m.type == "DATE" and m.qualifier == "none" else None
        before = _OPEN_BEFORE.match(text, m.end) if m.type == "DATE" and m.qualifier == "none" else None
        tail = after or before
        if (
            tail is None
            or not m.value
            or "/" in m.value
            or m.value.endswith("~")
            or _DETERMINER_BEFORE.search(text, max(0, m.start - 8), m.start)
        ):
            out.append(m)
            continue
        update: dict[str, object] = {"text": text[m.start : tail.end()], "end": tail.end()}
        if after is not None:
            update.update(value=f"{m.value}/..", date_end=None, qualifier="since", timex3_mod="ON_OR_AFTER")
        else:
            update.update(
                value=f"../{m.value}", date_start=None, qualifier="until", timex3_mod="ON_OR_BEFORE"
            )
        out.append(m.model_copy(update=update))
    return out


def or_so(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """A time followed by "or so" ("a week or so", "the next year or so", "in 2019 or so") takes the words
    into its span and is approximate."""
    out = []
    for m in mentions:
        tail = _OR_SO.match(text, m.end)
        if tail is None:
            out.append(m)
            continue
        update: dict[str, object] = {"text": text[m.start : tail.end()], "end": tail.end()}
        if m.type != "DURATION" and m.qualifier == "none":
            update["qualifier"] = "approximate"
            update["timex3_mod"] = "APPROX"
            if m.type == "DATE" and m.value and "/" not in m.value and not m.value.endswith("~"):
                update["value"] = m.value + "~"
        out.append(m.model_copy(update=update))
    return out


_RANGE_PARTS = re.compile(
    rf"(?i)^(?:between\s+)?(?P<n1>{NUMBER})(?P<mid>\s*(?:to|-|–|or|and)\s*)(?P<n2>{NUMBER})[\s-]+(?:more\s+)?(?P<unit>{UNIT})$"
)


def length_range_as_timeml(m: TimeMention) -> list[TimeMention]:
    """A length range as TimeML tags a range: each end apart ("two to six days": "two" P2D, "six days" P6D);
    "a day or two" as its first length ("a day" P1D)."""
    if m.rule == ONE_OR_TWO_RULE:
        first = re.match(r"(?i)(?:an?|one)\s+(?P<unit>\w+)", m.text)
        if first is None:
            return [m]
        unit = first.group("unit")
        return [
            m.model_copy(
                update={
                    "text": first.group(0),
                    "end": m.start + first.end(),
                    "timex3": duration_value(1, unit),
                }
            )
        ]
    parts = _RANGE_PARTS.match(m.text)
    low = number_value(parts.group("n1")) if parts else None
    high = number_value(parts.group("n2")) if parts else None
    if parts is None or low is None or high is None:
        return [m]
    unit = parts.group("unit")
    return [
        m.model_copy(
            update={
                "text": parts.group("n1"),
                "start": m.start + parts.start("n1"),
                "end": m.start + parts.end("n1"),
                "timex3": duration_value(low, unit),
            }
        ),
        m.model_copy(
            update={
                "text": m.text[parts.start("n2") :],
                "start": m.start + parts.start("n2"),
                "timex3": duration_value(high, unit),
            }
        ),
    ]
