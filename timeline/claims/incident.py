"""事发当天（9月28日）: days counted from 'the incident' take the incident's own date, when the article
glosses it, instead of whatever date the text named last (often the day someone was interviewed)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from timeline.models import TimeMention
from timeline.temporal.numerals import to_int

_GLOSS = re.compile(r"事发(?:当天|当日|当晚)\s*[（(]\s*$")
_PART_OF_DAY = r"(?:[上下中]午|晚上|早上|早晨|清晨|夜里|夜间|深夜|傍晚|凌晨)?"
_SAME_DAY = re.compile(rf"^事发(?:当天|当日|当晚){_PART_OF_DAY}$")
_NEXT_DAY = re.compile(rf"^事发(?:次日|第二天|翌日){_PART_OF_DAY}$")
_NTH_DAY = re.compile(r"^事发第([二三四五六七八九十\d]+)天$")
_BOTH_DAYS = re.compile(r"^事发当[天日]和次日$")


def incident_day(text: str, mentions: Sequence[TimeMention]) -> date | None:
    """The incident's date when the article glosses it: 事发当天（9月28日）."""
    for mention in mentions:
        start = mention.date_start
        if mention.precision != "day" or start is None or mention.anchor == "narrative":
            continue
        if _GLOSS.search(text, max(0, mention.start - 8), mention.start):
            return start.date() if isinstance(start, datetime) else start
    return None


def _offsets(mention: TimeMention) -> tuple[int, int] | None:
    label = mention.text
    if _SAME_DAY.match(label):
        return 0, 0
    if _NEXT_DAY.match(label):
        return 1, 1
    if _BOTH_DAYS.match(label):
        return 0, 1
    nth = _NTH_DAY.match(label)
    if nth:
        n = int(nth.group(1)) if nth.group(1).isdigit() else to_int(nth.group(1))
        return (n - 1, n - 1) if n else None
    return None


def from_incident(text: str, mentions: Sequence[TimeMention]) -> list[TimeMention]:
    """Re-date 事发当天 / 事发次日 / 事发第三天 / 事发当天和次日 from the glossed incident date."""
    day = incident_day(text, mentions)
    if day is None:
        return list(mentions)
    out: list[TimeMention] = []
    for mention in mentions:
        offsets = _offsets(mention) if mention.text.startswith("事发") else None
        if offsets is None:
            out.append(mention)
            continue
        first, last = day + timedelta(days=offsets[0]), day + timedelta(days=offsets[1])
        value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
        out.append(
            mention.model_copy(
                update={
                    "date_start": first,
                    "date_end": last,
                    "value": value,
                    "timex3": first.isoformat(),
                    "precision": "day",
                    "anchor": "narrative",
                    "rule": f"{mention.rule}; claims: counted from the glossed incident date",
                }
            )
        )
    return out


_JOINER = re.compile(r"^\s*(?:和|与|與|及|、|至|到)\s*$")


def join_adjacent_days(text: str, mentions: Sequence[TimeMention]) -> list[TimeMention]:
    """'事发当天和次日', '当天与第二天': two consecutive days joined by 和 date a clause as one range."""
    out: list[TimeMention] = []
    for mention in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.precision == "day"
            and mention.precision == "day"
            and prev.type == mention.type == "DATE"
            and isinstance(prev.date_start, date)
            and isinstance(mention.date_start, date)
            and not isinstance(prev.date_start, datetime)
            and mention.date_start == prev.date_start + timedelta(days=1)
            and _JOINER.match(text[prev.end : mention.start])
        ):
            first, last = prev.date_start, mention.date_start
            out[-1] = prev.model_copy(
                update={
                    "text": text[prev.start : mention.end],
                    "end": mention.end,
                    "value": f"{first.isoformat()}/{last.isoformat()}",
                    "date_end": last,
                    "rule": f"{prev.rule}; claims: two consecutive days joined",
                }
            )
            continue
        out.append(mention)
    return out
