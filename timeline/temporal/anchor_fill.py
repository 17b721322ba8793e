"""Fill the missing fields of a partial point from the narrative or the reference date.

A partial date ("8月", "3月28日") takes its year from the latest explicit date close before it in
the article, else from the publication year; relative words count from publication unless
they ask for the narrative (DESIGN §4).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from timeline.temporal.anchor_base import (
    FINE,
    FINE_SHIFTS,
    SENTENCE_BREAK,
    as_filled,
    count_base,
    day_within,
    lends,
    like_base,
)
from timeline.temporal.anchor_context import NARRATIVE_WINDOW, Context, Resolved
from timeline.temporal.bounds import (
    Filled,
    as_date,
    bounds,
    century_year,
    nearest_weekday,
    shift,
    valid_day,
)
from timeline.temporal.reference import SHIFTS_WITHIN, within_known
from timeline.temporal.rolling import (
    BEGUN_DAYS,
    Prefer,
    day_of_nearby_month,
    holiday_year,
    lunar_year,
    next_clock,
    nth_weekday_away,
    roll,
)
from timeline.temporal.spec import Point

_COARSE = ("decade", "year", "half", "quarter", "season")
"""Narrative points this coarse lend their year only within their own sentence."""


def weekday_within_week(end: Point, start: Point) -> bool:
    """A range between two weekdays whose end names no week of its own (or the start's week)."""
    return (
        end.weekday is not None
        and start.weekday is not None
        and start.day is None
        and end.year is None
        and end.month is None
        and end.day is None
        and (end.rel_unit is None or (end.rel_unit == start.rel_unit and end.rel_offset == start.rel_offset))
    )


def weekday_before_week(start: Point, end: Point) -> bool:
    """周五至下周一: a bare weekday start and an end that names its own week (下周一)."""
    return (
        start.weekday is not None
        and start.rel_unit is None
        and start.year is None
        and start.month is None
        and start.day is None
        and end.weekday is not None
        and end.rel_unit == "week"
        and end.rel_offset != 0
        and end.day is None
    )


def inherit(end: Point, start: Point, filled: Filled) -> Point:
    """Give a range's end the coarse fields only its start wrote ("9月1日至15日")."""
    first = as_date(filled.start)
    changes: dict[str, object] = {}
    if end.rel_unit is None and end.year is None and end.decade is None and end.weekday is None:
        changes["year"] = first.year
        if end.month is None and end.day is not None:
            changes["month"] = first.month
            if end.hour is not None and end.day is None:
                changes["day"] = first.day
        if end.month is None and end.day is None and (end.hour is not None or end.daypart):
            changes.update(month=first.month, day=first.day)
    return end.with_(**changes) if changes else end


def fill(point: Point, ctx: Context, offset: int, prefer: Prefer | None = None) -> tuple[Filled, str] | None:
    """Fill the missing coarse fields of `point`; return its bounds and the anchor used."""
    ref = ctx.ref_date
    plan_read = prefer == "future" and ctx.prefer != "future"  # the text's tense, not the caller's mode
    prefer = prefer or ctx.prefer
    kept = like_base(point, ctx, offset)
    if kept is not None:
        return kept
    if point.like_base and point.fallback is not None:  # no narrative point to keep: read the fallback
        return fill(point.fallback, ctx, offset, prefer)
    if point.rel_unit is not None:
        base, anchor = count_base(point, ctx, offset)
        if base is None:
            return None
        if (
            anchor == "publication"
            and ctx.known is not None
            and point.rel_unit not in SHIFTS_WITHIN[ctx.known]
        ):
            return None  # 昨天 against a reference known only to its year: no day to count from
        last = ctx.last_primary if point.no_chain else ctx.last
        coarse_story = last is not None and last.precision in (*_COARSE, "month", "tenday", "week")
        if anchor == "narrative" and coarse_story and point.rel_unit in FINE_SHIFTS:
            day = day_within(last, ctx, offset)
            if day is not None:  # 9月16日下午，2019年丝路行…启动。…当天下午: the day told within that year
                shifted = shift(point, day)
                return (bounds(shifted), anchor) if shifted is not None else None
            # "that day" / 当天 after "two years ago" / 2016年: the story's date is coarser than a day;
            # keep its grain for the same day, and invent no day for "two days later"
            return (as_filled(last), anchor) if point.rel_offset == 0 and last is not None else None
        shifted = shift(point, base)
        return (bounds(shifted), anchor) if shifted is not None else None
    if point.decade is not None:
        decade = point.decade
        if point.year_of_century and ref is not None:
            century = ref.year // 100 * 100
            decade = century + decade if century + decade <= ref.year else century - 100 + decade
        return bounds(point.with_(decade=decade, year_of_century=False)), "absolute"
    if point.year is not None:
        year = point.year
        if point.year_of_century:
            if ref is None:
                return None
            year = century_year(year, ref)
        return bounds(point.with_(year=year, year_of_century=False)), "absolute"
    # a partial date: year (and month) from the narrative, else from the reference
    near = ctx.last if ctx.last is not None and 0 <= offset - ctx.last_end <= NARRATIVE_WINDOW else None
    near_end = ctx.last_end
    if point.year_from_explicit and not _day_in_sentence(point, ctx, offset):
        explicit, near_end = (
            ctx.last_absolute,
            ctx.last_absolute_end,
        )  # only a date written with its year lends it
        near = (
            explicit
            if explicit is not None
            and 0 <= offset - near_end <= NARRATIVE_WINDOW
            and near_end >= point.lend_after
            else None
        )
    if (
        near is not None
        and (near.precision in _COARSE or near.in_sentence)
        and SENTENCE_BREAK.search(ctx.text, near_end, offset)
    ):
        near = (
            None  # 1996年 (or "the August 1988 cease-fire") in one sentence does not date 9月30日 in the next
        )
    bare_weekday = point.weekday is not None and point.day is None and point.month is None
    if bare_weekday and ref is not None:  # news: "on Monday" counts from publication, not the story
        near = None
    lends_only_its_day = point.month is None and point.day is None and point.tenday is None
    if near is not None and near.anchor == "publication" and ref is not None and not lends_only_its_day:
        near = None  # 今年 / 10月 count from publication and lend no year; 3月5日 still dates 下午3点
    if near is not None and not lends(near.precision, point):  # "noon" after "1989" is not Jan. 1
        near = None
    if near is not None and not plan_read and _clock_after_a_coming_day(point, near, near_end, ctx, offset):
        near = None
    listed = _listed_day(point, ctx, offset) if near is None and ref is not None else None
    if listed is not None:
        return bounds(listed[0]), listed[1]
    if near is not None and near.date_start is not None:
        base_day, anchor = as_date(near.date_start), "narrative"
    elif ref is not None:
        base_day, anchor = ref, "publication"
        if ctx.known is not None:
            return within_known(point, ref, ctx.known)
    else:
        return None
    if point.weekday is not None and point.day is None and point.month is None and point.nth is not None:
        return bounds(nth_weekday_away(point, base_day)), anchor
    if point.weekday is not None and point.day is None and point.month is None:
        toward = (point.prefer or prefer) if anchor == "publication" else "future"
        tense = point.prefer is not None and anchor == "publication"  # the clause's own tense, not the mode
        day = nearest_weekday(base_day, point.weekday, toward, include_today=tense)  # type: ignore[arg-type]
        return bounds(point.with_(year=day.year, month=day.month, day=day.day, weekday=None)), anchor
    if point.holiday is not None:
        toward_holiday = (point.prefer or prefer) if anchor == "publication" else None
        return bounds(holiday_year(point, base_day, toward_holiday)), anchor  # type: ignore[arg-type]
    if point.lunar:
        return bounds(lunar_year(point, base_day, prefer if anchor == "publication" else None)), anchor
    filled = point.with_(year=base_day.year)
    if point.month is None and (point.day is not None or point.tenday is not None):
        filled = filled.with_(month=base_day.month)
        if anchor == "publication" and point.day is not None:
            return day_of_nearby_month(filled, base_day, prefer), anchor
    elif point.month is None and point.day is None and (point.hour is not None or point.daypart):
        filled = filled.with_(month=base_day.month, day=base_day.day)
        if anchor == "publication" and (point.prefer or prefer) == "future":
            filled = next_clock(filled, ctx.reference)
        elif anchor == "publication" and point.prefer == "past" and point.hour == 24:
            filled = filled.with_(hour=0)  # midnight told in the past: the one that began the day
    if anchor == "publication":
        filled = roll(filled, base_day, point.prefer or prefer, begun_days=BEGUN_DAYS if plan_read else 0)  # type: ignore[arg-type]
    if (
        filled.day is not None
        and filled.month is not None
        and filled.year is not None
        and not valid_day(filled)
    ):
        return None
    return bounds(filled), anchor


def _listed_day(point: Point, ctx: Context, offset: int) -> tuple[Point, str] | None:
    """A yearless day with no tense of its own that the story already dated ahead of publication ('kicks
    off June 9th' … 'June 9 – West Palm Beach') takes that date's year; a line opening with a yearless day right below a
    line that opened with a day ahead of publication continues the schedule forward ('June 10 – Tampa')."""
    if (
        point.month is None
        or point.day is None
        or point.year is not None
        or point.prefer is not None
        or point.weekday is not None
        or point.hour is not None
    ):
        return None
    seen = ctx.coming.get((point.month, point.day)) or _coming_in_month(ctx, point.month, point.day)
    if seen is not None and seen.date_start is not None:  # (a past day gets its year from the usual roll)
        return point.with_(year=as_date(seen.date_start).year), seen.anchor
    earlier = bisect_left(ctx.dated, offset, key=_dated_start)
    ref = ctx.ref_date
    if earlier == 0 or ref is None:
        return None
    start, _end, previous = ctx.dated[earlier - 1]
    first = as_date(previous.date_start) if previous.date_start is not None else None
    text = ctx.text
    if (
        first is None
        or first <= ref
        or not _opens_line(text, offset)
        or not _opens_line(text, start)
        or text.count("\n", start, offset) != 1
    ):
        return None
    year = first.year + (1 if (point.month, point.day) < (first.month, first.day) else 0)
    return point.with_(year=year), "narrative"


def _coming_in_month(ctx: Context, month: int, day: int) -> Resolved | None:
    """A coming day of this year the story named in the same month, on or before `day`, when `day` itself is
    still ahead this year ('将于11月17日开港' … '11月25日是前往冲绳的旅程': the same month's schedule, not
    last year's November)."""
    ref = ctx.ref_date
    if ref is None or not ctx.coming or (month, day) <= (ref.month, ref.day):
        return None
    found = None
    for (m, d), seen in ctx.coming.items():
        if (
            m == month
            and d <= day
            and seen.date_start is not None
            and as_date(seen.date_start).year == ref.year
        ):
            found = seen
    return found


def _opens_line(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _dated_start(entry: tuple[int, int, Resolved]) -> int:
    return entry[0]


def _clock_after_a_coming_day(point: Point, near: Resolved, near_end: int, ctx: Context, offset: int) -> bool:
    """预计明（29）日凌晨登陆。⏎ 县政府上午10时30分已启动…: a bare clock time told in a later paragraph,
    not as a plan, is publication's day, not the coming day a plan before it named."""
    return (
        point.hour is not None
        and point.day is None
        and point.month is None
        and point.weekday is None
        and point.rel_unit is None
        and ctx.ref_date is not None
        and near.date_start is not None
        and as_date(near.date_start) > ctx.ref_date
        and "\n" in ctx.text[near_end:offset]
    )


def _day_in_sentence(point: Point, ctx: Context, offset: int) -> bool:
    """A bare clock time after a day written earlier in its sentence ("On Saturday, he was shot at 11 p.m.")."""
    last = ctx.last
    return (
        point.hour is not None
        and point.month is None
        and point.day is None
        and point.weekday is None
        and point.rel_unit is None
        and last is not None
        and last.precision in FINE
        and 0 <= offset - ctx.last_end <= NARRATIVE_WINDOW
        and _CLOCK_SENTENCE_BREAK.search(ctx.text, ctx.last_end, offset) is None
    )


_CLOCK_SENTENCE_BREAK = re.compile(r"[。！？；!?;\n]|(?<![ap]\.m)(?<!\b[A-Z])\.\s+(?=[A-Z\"“])")
"""A sentence end between a day and a clock time ("p.m." and "P. Smith" end none)."""
