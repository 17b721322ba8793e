"""今（24）日 / 昨(23)日: Taiwan and Hong Kong papers gloss a relative day with its number; date it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from timeline.models import TimeMention

_GLOSSED = re.compile(r"([今昨前明])\s*[（(]\s*(\d{1,2})\s*[)）]\s*日")
_OFFSET = {"今": 0, "昨": -1, "前": -2, "明": 1}
_SEARCH_DAYS = 20
"""The glossed day number is trusted over the relative word within this many days of it."""


def glossed_days(text: str, mentions: Sequence[TimeMention], reference: date | None) -> list[TimeMention]:
    """Add a day mention for each 今（24）日-style gloss the tagger left out, in text order."""
    if reference is None or not _GLOSSED.search(text):
        return list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    added: list[TimeMention] = []
    for match in _GLOSSED.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        day = _day(reference + timedelta(days=_OFFSET[match.group(1)]), int(match.group(2)))
        if day is None:
            continue
        added.append(
            TimeMention(
                text=match.group(),
                start=match.start(),
                end=match.end(),
                value=day.isoformat(),
                timex3=day.isoformat(),
                date_start=day,
                date_end=day,
                precision="day",
                anchor="publication",
                rule="claims: relative day glossed with its number (今（24）日)",
            )
        )
    return sorted([*mentions, *added], key=lambda m: m.start)


def _day(expected: date, number: int) -> date | None:
    """The date nearest `expected` whose day of the month is `number`."""
    for shift in range(_SEARCH_DAYS + 1):
        for candidate in (expected - timedelta(days=shift), expected + timedelta(days=shift)):
            if candidate.day == number:
                return candidate
    return None
