"""Time words inside a quoted title are no time: ABC's "This Week", CBS's "60 Minutes", "High Noon"."""

from __future__ import annotations

import re

from timeline.models import TimeMention

_OPEN = "\"“`'‘"
_CLOSE = "\"”'’"
_TITLE_WORD = re.compile(r"(?:[A-Z0-9][\w'’.-]*|of|the|and|a|an|in|on|with|for|at|to)")
MAX_TITLE_WORDS = 5
"""A quoted run of more capitalized words than this is a headline or a quote, not a programme's name."""


def quoted_title(text: str, start: int, end: int) -> bool:
    """True when text[start:end] fills a short quoted run of capitalized words (a title), not a sentence."""
    before = text[max(0, start - 60) : start]
    opened = max(before.rfind(mark) for mark in _OPEN)
    if opened < 0:
        return False
    after = text[end : end + 60]
    closes = [k for k in (after.find(mark) for mark in _CLOSE) if k >= 0]
    if not closes:
        return False
    left, right = start - len(before) + opened + 1, end + min(closes)
    if (left > 1 and text[left - 2].isalnum()) or (right + 1 < len(text) and text[right + 1].isalnum()):
        return False  # an apostrophe ("CBS's", "Sunday's"), not a quote mark
    words = text[left:right].rstrip(",.").split()
    return (
        2 <= len(words) <= MAX_TITLE_WORDS
        and all(_TITLE_WORD.fullmatch(w) for w in words)
        and not text[left:right].strip()[0].islower()
    )


def drop_titles(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """The mentions that are not relative words inside a quoted title (a year written in one, as in
    "the '2018 Welcome Festival'", still dates it)."""
    return [m for m in mentions if m.anchor == "absolute" or not quoted_title(text, m.start, m.end)]
