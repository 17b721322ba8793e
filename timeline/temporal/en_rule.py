"""How an English rule is made: its pattern compiled to start at a word, searched near its trigger words,
its yearless dates read by the clause's tense and kept within their paragraph."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal import en_scan
from timeline.temporal.en_common import (
    ATTRIBUTIVE,
    TENSED,
    Match,
    attributive,
    from_opens,
    in_paragraph,
    tensed,
)
from timeline.temporal.en_scan import Windowed
from timeline.temporal.en_triggers import TRIGGERS, WINDOWS
from timeline.temporal.en_vocab import HOLIDAYS, WEEKDAY_HOLIDAYS
from timeline.temporal.engine import Rule, alt
from timeline.temporal.holidays import MOVABLE_DAYS_AFTER
from timeline.temporal.spec import TimeSpec

FEASTS = alt([*HOLIDAYS, *WEEKDAY_HOLIDAYS, *MOVABLE_DAYS_AFTER])
"""Every named day the English grammar knows ("Christmas", "Labor Day", "Easter", "Eid al-Fitr")."""
FEAST_DAY = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|[1-9](?:st|nd|rd|th)|last|final)"
"""The nth (or last) day of a feast that lasts several days ("the second day of Passover")."""


def make_rule(
    name: str, pattern: str, build: Callable[[Match, str], TimeSpec | None], priority: int = 0
) -> Rule:
    """A named rule over `pattern` (case-insensitive), searched only near its triggers (`en_triggers`)."""
    compiled = re.compile(
        rf"(?<![A-Za-z0-9])(?:{pattern})", re.IGNORECASE
    )  # matches start at a word: fail fast elsewhere
    before, after = WINDOWS.get(name, (en_scan.BEFORE, en_scan.AFTER))
    if "(?P<q>" in pattern and "starting" in pattern:  # a day or clock time after "from" (DAY_QUAL_PREFIX)
        build = from_opens(build)
    if name in TENSED:
        build = tensed(build)
    if name in ATTRIBUTIVE:
        build = attributive(build)
    build = in_paragraph(build)
    return Rule(name, Windowed(compiled, TRIGGERS[name], before, after), build, priority)  # type: ignore[arg-type]
