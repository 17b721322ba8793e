"""Join a day and the clock time written right after it into one mention (七夕节晚上11点, 2025年第一天早上8点).

The calendar rule reads "3月5日下午3点" as one expression; a day named by a holiday or by its rank
in a period (第一天) is matched by another rule, and its clock time takes that day through
narrative anchoring. Written with nothing between them, the two are one time: one mention.
"""

from __future__ import annotations

from datetime import datetime

from timeline.models import TimeMention

JOIN_RULE = "a named day with its clock time (七夕节晚上11点, 2025年第一天早上8点)"
_JOINABLE_QUALIFIERS = ("none", "approximate")


def join_day_and_clock(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """Merge each day mention with a clock mention that follows it directly and took its day."""
    out: list[TimeMention] = []
    index = 0
    while index < len(mentions):
        day = mentions[index]
        clock = mentions[index + 1] if index + 1 < len(mentions) else None
        if clock is not None and _joins(day, clock, text):
            out.append(
                clock.model_copy(
                    update={
                        "text": text[day.start : clock.end],
                        "start": day.start,
                        "anchor": day.anchor,
                        "rule": JOIN_RULE,
                    }
                )
            )
            index += 2
            continue
        out.append(day)
        index += 1
    return out


def _joins(day: TimeMention, clock: TimeMention, text: str) -> bool:
    if day.type != "DATE" or day.precision != "day" or day.date_start is None:
        return False
    if day.qualifier not in _JOINABLE_QUALIFIERS or clock.qualifier not in _JOINABLE_QUALIFIERS:
        return False
    if clock.type != "TIME" or clock.anchor != "narrative" or not isinstance(clock.date_start, datetime):
        return False
    if text[day.end : clock.start].strip(" \t"):
        return False  # 春节，晚上8点: a new clause, not one time
    return clock.date_start.date() == day.date_start
