"""Times that belong to a game or a timetable, not to an event: a game's clock and periods ('7:14 into
the third period', '24 points in the third quarter') and opening hours ('Mon-Fri 9-5')."""

from __future__ import annotations

import re

from timeline.models import TimeMention

ASCII_LETTER = re.compile(r"[A-Za-z]")
"""A plain ASCII letter: every English comparison word of dating.py holds one (f, t, c, v: no other
character matches those case-insensitively), and every timetable mention opens with one near its start."""
TIMETABLE_PRECISIONS = frozenset({"day", "hour", "minute"})

_GAME_CLOCK = re.compile(
    r"\b(?:period|quarter|half|overtime|inning|power play|shootout|stoppage time)\b", re.IGNORECASE
)
"""'scored at 7:14 of the first period': a game clock, not a time of day."""


_GAME_QUARTER = re.compile(
    r"(?:(?:the|a|an) )?(?:(?:first|second|third|fourth|final|1st|2nd|3rd|4th) quarter|(?:first|second) half)",
    re.I,
)
"""'the third quarter', 'a phenomenal first half': a bare period that, in a sentence about a game, is
the game's, not a fiscal quarter or half of the year ('the first half of 2019' is never bare)."""


_GAME_SCORE = re.compile(
    r"\b(?:halftime|half-time|touchdowns?|field goals?|scor(?:ed|ing)|\d{1,3}-\d{1,3} (?:lead|win|loss|bulge)|"
    r"fouls?|fouled|technical foul|dunk(?:s|ed)?|free[- ]throws?|rebounds?|three-pointers?|layups?|jumpers?|"
    r"interceptions?|sacks?|innings?|penalty kick|equali[sz]er|quarterback|(?<!percentage )(?<!basis )\d{1,3} points)\b",
    re.I,
)


_BARE_CLOCK = re.compile(r"\d{1,2}:\d{2}")


def game_clock(mention: TimeMention, text: str) -> bool:
    """A bare 'm:ss' clock in a sentence about a game's periods (7:14 into the third period), or a
    game's quarter or half ('24 points in the third quarter', 'a foul in the second half'), not a time of
    day or a fiscal quarter."""
    if mention.precision in ("quarter", "half") and _GAME_QUARTER.fullmatch(mention.text):
        start, end = max(0, mention.start - 80), mention.end + 80
        if _FISCAL.search(text, start, end):
            return False  # 'sales rose in the second half'
        # '24 points in the third quarter'; 'left the court in the second quarter' in a game story
        return _GAME_SCORE.search(text, start, end) is not None or _game_story(text)
    if mention.precision not in ("hour", "minute") or not _BARE_CLOCK.fullmatch(mention.text):
        return False
    if _CLOCK_LEFT.match(text, mention.end):
        return True  # 'with 3:08 to play', 'with 1:24 left': the time left on a game clock
    return _GAME_CLOCK.search(text, max(0, mention.start - 80), mention.end + 80) is not None


_FISCAL = re.compile(
    r"\b(?:fiscal|revenues?|sales|profits?|earnings|income|GDP|economy|growth|quarterly|dividends?|"
    r"shares|stocks?|prices?|inflation|exports?|output|deficit|budget)\b",
    re.IGNORECASE,
)
"""Words of a fiscal quarter or half ('sales rose in the second half'), which a game story may report too."""


_GAME_STORY_HITS = 3


def _game_story(text: str) -> bool:
    """An article about a game: at least three of _GAME_SCORE's words (scored, rebounds, a 20-17 lead)."""
    hits = _GAME_SCORE.finditer(text)
    return all(next(hits, None) is not None for _ in range(_GAME_STORY_HITS))


_CLOCK_LEFT = re.compile(r"\s+(?:to\s+play|to\s+go|left|remaining)\b")


_DAY_NAME = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?"


OPENING_HOURS = re.compile(
    rf"\b(?P<a>{_DAY_NAME})\.?\s*(?:[-–—]|to|through|thru)\s*(?P<b>{_DAY_NAME})\b\.?"
    r"(?P<clock>,?\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\b\.?|AM\b|PM\b))?"
)
"""'Tue – Sat 4PM to 9PM', 'Mon-Fri 9am-5pm', 'Monday-Friday, 9 a.m.': a weekly timetable (a day range
written short or with its opening time), not the days of one week."""


_SHORT_DAYS = frozenset({"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun"})


def in_opening_hours(mention: TimeMention, text: str) -> bool:
    if mention.precision not in TIMETABLE_PRECISIONS or not ASCII_LETTER.search(mention.text, 0, 3):
        return False  # a timetable's mention opens with a day name or a clock time ('9am'), in ASCII
    lo = max(0, mention.start - 60)
    for m in OPENING_HOURS.finditer(text, lo, mention.end + 16):
        timetable = m["clock"] or m["a"] in _SHORT_DAYS or m["b"] in _SHORT_DAYS
        if timetable and m.start() < mention.end and mention.start < m.end():
            return True
        if (
            timetable
            and m.end() <= mention.start
            and not re.search(r"[.;!?\n]", text[m.end() : mention.start])
        ):
            return True  # '… Tue – Sat 4PM to 9PM and on Sunday by appointment'
    return False
