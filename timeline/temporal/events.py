"""Dates that count from a named event ("事发当天", "立案后第二天") and bracketed dates beside a relative word.

A grammar marks a narrative point that follows an event word with `extra["event_at"]`: the
offsets where the article names that event without counting from it. The event's date is the
dated mention nearest before the word in the latest such sentence (else the first later one):
"11月12日，教育局通报称…" dates the 通报 of "通报当天". Language-independent.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.temporal.anchor_context import Context, Resolved
    from timeline.temporal.spec import TimeSpec

SENTENCE_ENDS = frozenset("。！？!?\n")
"""Characters that close a sentence for the event search (never '.', which dates use)."""

OPEN_BRACKETS = frozenset("（(")


def sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The [start, end) of the sentence holding `pos`."""
    lo = pos
    while lo > 0 and text[lo - 1] not in SENTENCE_ENDS:
        lo -= 1
    hi = pos
    while hi < len(text) and text[hi] not in SENTENCE_ENDS:
        hi += 1
    return lo, hi


def event_date(positions: str, ctx: Context, offset: int) -> Resolved | None:
    """The date of the event named at `positions` (comma-separated offsets), or None when no sentence dates it."""
    spots = [int(p) for p in positions.split(",") if p]
    order = [p for p in reversed(spots) if p < offset] + [p for p in spots if p > offset]
    for spot in order:
        lo, hi = sentence_bounds(ctx.text, spot)
        first, last = bisect_left(ctx.dated, lo, key=_start), bisect_left(ctx.dated, hi, key=_start)
        dated = [d for d in ctx.dated[first:last] if not d[0] <= offset < d[1]]
        if not dated:
            continue
        before = [d for d in dated if d[0] <= spot]
        return (max(before) if before else min(dated))[2]
    return None


def record(ctx: Context, start: int, end: int, resolved: Resolved, spec: TimeSpec) -> None:
    """Keep a day-precise mention as a date an event word may point at (replacing one at the same offset)."""
    if (
        resolved.type not in ("DATE", "TIME")
        or resolved.date_start is None
        or resolved.precision not in ("day", "hour", "minute", "second")
        or resolved.qualifier not in ("none", "approximate", "since")
        or (resolved.anchor == "narrative" and not resolved.event and not written_day(spec))
    ):
        return
    day = resolved.date_start
    day = day.date() if isinstance(day, datetime) else day
    if ctx.ref_date is not None and day > ctx.ref_date:
        ctx.coming[(day.month, day.day)] = resolved  # 'kicks off June 9th' lends its year to 'June 9' later
    dated = ctx.dated  # sorted by start, one entry per start
    at = bisect_left(dated, start, key=_start)
    if at < len(dated) and dated[at][0] == start:
        dated[at] = (start, end, resolved)
    else:
        dated.insert(at, (start, end, resolved))


def _start(entry: tuple[int, int, Resolved]) -> int:
    return entry[0]


def written_day(spec: TimeSpec) -> bool:
    """True when the expression writes its own month or day (11月18日), not a count from another date."""
    start = spec.start
    return start is not None and start.day is not None and start.rel_unit is None


def lender(resolved: Resolved, spec: TimeSpec) -> Resolved:
    """A written day that borrowed only its year from the story still dates what follows (当时 after 11月18日)."""
    if resolved.anchor == "narrative" and not resolved.event and written_day(spec):
        return replace(resolved, event=True)
    return resolved


def bracketed(text: str, end: int, current: Resolved, inside: Resolved) -> Resolved | None:
    """`当天（9月28日）`, `今天(10月1日)`: the written date inside the bracket wins over the relative word."""
    if (
        current.type != "DATE"
        or current.precision != "day"
        or current.anchor not in ("narrative", "publication")
    ):
        return None
    if inside.type not in ("DATE", "TIME") or inside.date_start is None or inside.anchor == "narrative":
        return None
    if inside.precision not in ("day", "hour", "minute", "second") or inside.qualifier != "none":
        return None
    day = inside.date_start.date() if hasattr(inside.date_start, "date") else inside.date_start
    value = day.isoformat()
    qualifier = current.qualifier
    if qualifier == "since":
        value = f"{value}/.."
    return replace(
        current,
        value=value,
        timex3=day.isoformat(),
        date_start=day,
        date_end=None if qualifier == "since" else day,
        anchor=inside.anchor,
        event=True,
    )


def opens_bracket(text: str, end: int, next_start: int) -> bool:
    """True when only an opening bracket (and spaces) lies between a mention's end and the next one."""
    if next_start <= end or not (text[end].isspace() or text[end] in OPEN_BRACKETS):
        return False  # nothing between, or it starts with something else (no slice of a long gap)
    between = text[end:next_start].strip()
    return len(between) == 1 and between in OPEN_BRACKETS
