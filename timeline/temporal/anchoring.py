"""Turn `TimeSpec`s into calendar values: publication-relative and narrative anchoring.

News convention (DESIGN §4): relative words count from the publication date; partial dates
("8月", "3月28日") take their year from the latest explicit date close before them in the
article, else from the publication year, moved back a year when a past event would
otherwise land after publication. Nothing reads the clock: without a reference, relative
expressions stay unanchored (`anchor = "none"`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from timeline.temporal import events
from timeline.temporal.anchor_context import MOD, NARRATIVE_WINDOW, Context, Resolved
from timeline.temporal.anchor_fill import fill, inherit, weekday_before_week, weekday_within_week
from timeline.temporal.anchor_vague import (
    CLOCK_PRECISIONS,
    VAGUE_QUALIFIER,
    VAGUE_TIMEX,
    has_clock,
    now_instant,
    vague,
    vague_period,
)
from timeline.temporal.bounds import Filled, as_date, bounds, part_span, slice_span
from timeline.temporal.calendar_range import CalendarRangeError
from timeline.temporal.rolling import Prefer
from timeline.temporal.spec import Point, TimeSpec

__all__ = ["NARRATIVE_WINDOW", "Context", "Resolved", "observe", "resolve"]


def resolve(spec: TimeSpec, ctx: Context, offset: int = 0) -> Resolved:
    """Resolve one spec in its context; `offset` is where its text starts in the article."""
    if "shift_span" in spec.extra:  # "the week before Christmas": the seven days before the feast's day
        first, last = spec.extra["shift_span"]
        plain = spec.with_(extra={k: v for k, v in spec.extra.items() if k != "shift_span"})
        return _days_span(resolve(plain, ctx, offset), int(first), int(last))
    if "shift_days" in spec.extra:  # "three days after Easter": the feast's day, then moved
        days = int(spec.extra["shift_days"])
        plain = spec.with_(extra={k: v for k, v in spec.extra.items() if k != "shift_days"})
        return _days_later(resolve(plain, ctx, offset), days)
    qualifier = spec.qualifier
    if spec.kind == "duration":
        return Resolved(type="DURATION", timex3=spec.duration, qualifier=qualifier, anchor="none")
    if spec.kind == "set":
        return Resolved(type="SET", timex3=spec.timex, qualifier=qualifier, anchor="none")
    ref = ctx.ref_date
    if spec.kind in ("present", "recent", "past", "future"):
        if ref is None:
            return Resolved(
                timex3=spec.timex or VAGUE_TIMEX[spec.kind],
                qualifier=VAGUE_QUALIFIER[spec.kind],
                anchor="none",
            )
        if spec.kind == "present" and spec.extra.get("instant") and has_clock(ctx.reference):
            return now_instant(spec, ctx.reference)
        if ctx.known is not None:
            return vague_period(spec, ref, ctx.known)
        return vague(spec, ref)
    if spec.kind == "after":
        base = ctx.last
        if base is None or base.date_start is None:
            return Resolved(timex3="FUTURE_REF", qualifier="after", anchor="none")
        day = as_date(base.date_start)
        precision = base.precision if base.precision not in CLOCK_PRECISIONS else "day"
        start_value = (base.value or "").split("/")[0].rstrip("~")
        if precision != base.precision:
            start_value = day.isoformat()
        return Resolved(
            value=f"{start_value}/..",
            timex3="FUTURE_REF",
            timex3_mod="AFTER",
            date_start=day,
            precision=precision,
            qualifier="after",
            anchor="narrative",
        )
    if spec.kind == "then":
        base = ctx.last
        if base is None or base.date_start is None:
            return Resolved(qualifier="approximate" if spec.approximate else "none", anchor="none")
        value = base.value or ""
        approximate = spec.approximate and "/" not in value
        return Resolved(
            type=base.type,
            value=value + "~" if approximate and not value.endswith("~") else value,
            timex3=base.timex3,
            timex3_mod="APPROX" if approximate else None,
            date_start=base.date_start,
            date_end=base.date_end,
            precision=base.precision,
            qualifier="approximate" if approximate else "none",
            anchor="narrative",
        )
    assert spec.start is not None
    if "event_at" in spec.extra:
        return _from_event(spec, ctx, offset)
    prefer = spec.extra.get("prefer") or ctx.prefer  # a sentence about a plan looks forward
    week_anchor = None
    if spec.kind == "range" and spec.end is not None and weekday_before_week(spec.start, spec.end):  # type: ignore[arg-type]
        spec, week_anchor = _start_in_week_before(spec, ctx, offset, prefer)
    try:
        first = fill(spec.start, ctx, offset, prefer)  # type: ignore[arg-type]
    except CalendarRangeError:  # a feast in a year its calendar does not cover: a date without a value
        first = None
    if first is None:
        return Resolved(qualifier=_qualifier(spec, spec.start), anchor="none")
    filled, anchor = first
    anchor = week_anchor or anchor  # 周五至下周一 counts from where 下周一 does
    if _part_ahead_of_past(
        spec, filled, anchor, ctx
    ):  # "since year-end" in April: the last one, not December's
        filled = fill(spec.start.with_(rel_offset=-1), ctx, offset, prefer)[0]  # type: ignore[index]
    if spec.start.needs_base and ctx.ref_last is not None and as_date(filled.start) > ctx.ref_last:
        # 解除封锁约半年后 counted from the wrong date lands after publication: the event's date is unknown
        return Resolved(qualifier=_qualifier(spec, spec.start), anchor="none")
    is_time = filled.precision in ("hour", "minute", "second")
    if "slice" in spec.extra and not is_time:  # 上月最后五天: the days once the month is known
        return _slice(spec, filled, anchor)
    if spec.kind == "range" and spec.end is not None:
        if spec.end.rel_unit == "day" and spec.end.rel_base == "narrative":
            # 晚上8点至次日凌晨2点: the day after the range's own start, not after the story's last date
            day = as_date(filled.start) + timedelta(days=spec.end.rel_offset)
            end_point = spec.end.with_(
                rel_unit=None, rel_offset=0, year=day.year, month=day.month, day=day.day
            )
        elif _week_word_after_glossed_day(spec.start, spec.end):
            # 从今天（4月20日）到下周四: the week word counts from the glossed day, not from publication
            start_day = as_date(filled.start)
            monday = start_day - timedelta(days=start_day.weekday())
            day = monday + timedelta(days=7 * spec.end.rel_offset + spec.end.weekday)  # type: ignore[operator]
            end_point = spec.end.with_(
                rel_unit=None, rel_offset=0, year=day.year, month=day.month, day=day.day
            )
        elif weekday_within_week(spec.end, spec.start):
            # 周一至周三, 周末, Monday through Wednesday: the end is that weekday on or after the start
            day = as_date(filled.start) + timedelta(days=(spec.end.weekday - spec.start.weekday) % 7)  # type: ignore[operator]
            if (
                spec.start.prefer == "past"
                and anchor == "publication"
                and ctx.ref_date
                and day > ctx.ref_date
            ):
                # "the trial ran from Monday to Thursday" told on a Wednesday: last week's days
                back = as_date(filled.start) - timedelta(days=7)
                filled = bounds(Point(year=back.year, month=back.month, day=back.day))
                day -= timedelta(days=7)
            end_point = spec.end.with_(
                rel_unit=None, rel_offset=0, year=day.year, month=day.month, day=day.day
            )
        else:
            end_point = inherit(spec.end, spec.start, filled)
        try:
            second = fill(end_point, ctx, offset, prefer)  # type: ignore[arg-type]
        except CalendarRangeError:
            second = None
        if (
            second is not None
            and second[0].end < as_date(filled.start)
            and spec.end.year is None
            and spec.end.rel_unit is None
            and end_point.year is not None
        ):  # 8月至2月, 12月28日至1月3日: the end falls in the next year
            second = fill(end_point.with_(year=end_point.year + 1), ctx, offset, prefer)  # type: ignore[arg-type]
        if second is not None:
            last, _ = second
            start_day, end_day = as_date(filled.start), last.end
            if end_day < start_day:
                return Resolved(qualifier=qualifier, anchor="none")
            part = spec.extra.get("part")
            if part:  # 18世纪初: the early third of the whole span
                start_day, end_day = part_span(start_day, end_day, filled.precision, part)
                qualifier = part if qualifier == "none" else qualifier
            if qualifier == "none" and spec.approximate:
                qualifier = "approximate"
            return Resolved(
                type="TIME" if is_time else "DATE",
                value=f"{filled.edtf.split('/')[0]}/{last.edtf.split('/')[-1]}",
                timex3=filled.timex,
                date_start=start_day if part else filled.start,
                date_end=end_day,
                precision=filled.precision,
                qualifier=qualifier,
                anchor=anchor,
            )
    qualifier = _qualifier(spec, spec.start)
    value, start, end = filled.edtf, filled.start, filled.end
    if spec.start.part is not None and not is_time:  # 年底: the value stays the year, the days narrow
        start, end = part_span(as_date(start), end, filled.precision, spec.start.part)
    if qualifier == "since":  # an interval's own start ("since mid-September": its first day)
        first = filled.edtf.split("/")[0] if start == filled.start else as_date(start).isoformat()
        value, end = f"{first}/..", None
    elif qualifier == "until":
        value, start = f"../{filled.edtf.split('/')[-1]}", None
    elif qualifier == "approximate" and not is_time:
        value = filled.edtf + "~"
    return Resolved(
        type="TIME" if is_time else "DATE",
        value=value,
        timex3=filled.timex,
        timex3_mod=MOD.get(qualifier),
        date_start=start,
        date_end=end,
        precision=filled.precision,
        qualifier=qualifier,
        anchor=anchor,
        sets_scene=spec.extra.get("comparison") != "yes",
        in_sentence=spec.extra.get("attributive") == "yes",
    )


def _start_in_week_before(
    spec: TimeSpec, ctx: Context, offset: int, prefer: Prefer
) -> tuple[TimeSpec, str | None]:
    """周五至下周一: a bare weekday before a weekday of another week is the last such day before it
    (returned with the anchor the end was counted from)."""
    try:
        end = fill(spec.end, ctx, offset, prefer)  # type: ignore[arg-type]
    except CalendarRangeError:
        return spec, None
    if end is None:
        return spec, None
    last = as_date(end[0].start)
    gap = (spec.end.weekday - spec.start.weekday) % 7 or 7  # type: ignore[operator, union-attr]
    day = last - timedelta(days=gap)
    start = spec.start.with_(year=day.year, month=day.month, day=day.day)  # type: ignore[union-attr]
    return spec.with_(start=start), end[1]


def _slice(spec: TimeSpec, filled: Filled, anchor: str) -> Resolved:
    """The first, last or nth units of a resolved period (今年前10天, 2023年第十天)."""
    found = slice_span(as_date(filled.start), filled.end, spec.extra["slice"])
    if found is None:
        return Resolved(anchor="none")
    first, last, value, precision = found
    qualifier = spec.qualifier if spec.qualifier != "none" else "approximate" if spec.approximate else "none"
    return Resolved(
        value=value,
        timex3=value if "/" not in value else filled.timex,
        timex3_mod=MOD.get(qualifier),
        date_start=first,
        date_end=last,
        precision=precision,
        qualifier=qualifier,
        anchor=anchor,
    )


_GENERIC_NOW = re.compile(
    r"看来|来看|看來|來看|的(?:中国|中國|世界|社会|社會|时代|時代|人们|人們|我们|我們|年轻人|年輕人|人类|人類)"
)
"""今天看来 / 现在来看 / 今天的中国: 'nowadays', 'in hindsight': no day of the story that 当初 or 后来 count from."""


def observe(resolved: Resolved, ctx: Context, end_offset: int) -> None:
    """Remember a resolved calendar point as the narrative context for what follows."""
    if (
        resolved.type in ("DATE", "TIME")
        and resolved.date_start is not None
        and resolved.qualifier != "after"
        and resolved.timex3 not in VAGUE_TIMEX.values()
        and (resolved.anchor != "narrative" or resolved.event)
        and resolved.sets_scene
        and not (resolved.anchor == "publication" and _GENERIC_NOW.match(ctx.text, end_offset))
    ):
        ctx.last = resolved
        ctx.last_end = end_offset
        if resolved.anchor == "absolute" and resolved.qualifier in (
            "none",
            "approximate",
            "early",
            "mid",
            "late",
        ):
            ctx.last_absolute = resolved
            ctx.last_absolute_end = end_offset
        if resolved.anchor != "narrative" or resolved.event:
            ctx.last_primary = resolved
            ctx.last_primary_end = end_offset
    elif (
        resolved.anchor == "narrative"
        and resolved.precision in ("year", "half", "quarter", "month", "day")
        and resolved.qualifier == "none"
        and resolved.sets_scene
        and ctx.last_primary is not None
        and ctx.last_primary.anchor == "absolute"
    ):  # "On May 22, 1995, ... the following year" / "a year later": counted from a written date, it lends its year
        ctx.last_absolute = resolved
        ctx.last_absolute_end = end_offset
    ctx.history.append(resolved)


def _days_later(resolved: Resolved, days: int) -> Resolved:
    """A resolved single day moved by `days` (unanchored when it was not one day)."""
    start = resolved.date_start
    if resolved.precision != "day" or not isinstance(start, date) or resolved.date_end != start:
        return Resolved(anchor="none")
    day = start + timedelta(days=days)
    return replace(resolved, value=day.isoformat(), timex3=day.isoformat(), date_start=day, date_end=day)


def _days_span(resolved: Resolved, first: int, last: int) -> Resolved:
    """The days from `first` to `last` days after a resolved single day (unanchored when it was not one day)."""
    start = resolved.date_start
    if resolved.precision != "day" or not isinstance(start, date) or resolved.date_end != start:
        return Resolved(anchor="none")
    begin, end = start + timedelta(days=first), start + timedelta(days=last)
    value = f"{begin.isoformat()}/{end.isoformat()}"
    return replace(resolved, value=value, timex3=begin.isoformat(), date_start=begin, date_end=end)


def _from_event(spec: TimeSpec, ctx: Context, offset: int) -> Resolved:
    """Count a narrative point from the date of the event it names (事发当天, 立案后第二天), else as usual."""
    plain = spec.with_(extra={k: v for k, v in spec.extra.items() if k not in ("event_at", "event_only")})
    base = events.event_date(spec.extra["event_at"], ctx, offset)
    if base is None and spec.extra.get("event_only"):
        return Resolved(
            anchor="none"
        )  # 失联第十四天 with no date for 失联: not the story's last date plus 13
    if base is None:
        return resolve(plain, ctx, offset)
    saved = (ctx.last, ctx.last_end, ctx.last_primary, ctx.last_primary_end)
    ctx.last, ctx.last_end, ctx.last_primary, ctx.last_primary_end = base, offset, base, offset
    try:
        resolved = resolve(plain, ctx, offset)
    finally:
        ctx.last, ctx.last_end, ctx.last_primary, ctx.last_primary_end = saved
    return replace(resolved, event=resolved.anchor == "narrative")


def _part_ahead_of_past(spec: TimeSpec, filled: Filled, anchor: str, ctx: Context) -> bool:
    """True when the part or season of this year ("year-end", "the end of the year", "the winter") starts after
    publication but the words say it went by: it follows "since", or its clause is told in the past ("profit
    rose at year-end", "it went on sale in the winter"), even when the story's year is a planned one's."""
    point = spec.start
    if point is None or (point.part is None and point.season is None) or point.rel_unit is None:
        return False
    if point.rel_offset != 0 or ctx.ref_date is None:
        return False
    past = (
        point.prefer == "past"
    )  # a story's year can be a plan's: "sold well in the spring" after "goes on sale"
    if not (past and anchor in ("publication", "narrative")) and not (
        spec.qualifier == "since" and anchor == "publication"
    ):
        return False
    first = as_date(filled.start)
    if point.part is not None:
        first, _ = part_span(first, filled.end, filled.precision, point.part)
    return first > ctx.ref_date


def _qualifier(spec: TimeSpec, point: Point) -> str:
    if spec.qualifier != "none":
        return spec.qualifier
    if point.part is not None:
        return point.part
    return "approximate" if spec.approximate else "none"


def _week_word_after_glossed_day(start: Point, end: Point) -> bool:
    """今天（4月20日）到下周四: a day word with its date written beside it, then a weekday of a named week."""
    return (
        start.rel_unit == "day"
        and start.day is not None
        and end.rel_unit == "week"
        and end.weekday is not None
        and end.day is None
    )
