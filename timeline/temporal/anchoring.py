"""Turn `TimeSpec`s into calendar values: publication-relative and narrative anchoring.

News convention (DESIGN §4): relative words count from the publication date; partial dates
("8月", "3月28日") take their year from the latest explicit date close before them in the
article, else from the publication year, moved back a year when a past event would
otherwise land after publication. Nothing reads the clock: without a reference, relative
expressions stay unanchored (`anchor = "none"`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from timeline.temporal import events
from timeline.temporal.bounds import (
    Filled,
    as_date,
    bounds,
    century_year,
    nearest_weekday,
    part_span,
    shift,
    slice_span,
    valid_day,
)
from timeline.temporal.calendar_range import CalendarRangeError
from timeline.temporal.reference import SHIFTS_WITHIN, Known, last_day, within_known
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
from timeline.temporal.spec import Point, TimeSpec, fast_slots

NARRATIVE_WINDOW = 400
"""How many characters back an explicit date may stand and still lend its year to a partial date."""

_COARSE = ("decade", "year", "half", "quarter", "season")
"""Narrative points this coarse lend their year only within their own sentence."""
_SENTENCE_BREAK = re.compile(r"[。！？；!?;\n]|\.\s")

_MOD = {
    "early": "START",
    "mid": "MID",
    "late": "END",
    "approximate": "APPROX",
    "since": "ON_OR_AFTER",
    "until": "ON_OR_BEFORE",
    "before": "BEFORE",
    "after": "AFTER",
}


@fast_slots
@dataclass(frozen=True, slots=True)
class Resolved:
    """Calendar values of one mention (the fields of `TimeMention` after its span)."""

    type: str = "DATE"
    value: str | None = None
    timex3: str | None = None
    timex3_mod: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    precision: str | None = None
    qualifier: str = "none"
    anchor: str = "absolute"
    # False for a comparison point ("from $4 million a year ago"): not the story's date
    sets_scene: bool = True
    event: bool = False  # counted from a named event or a bracketed date: firm enough to lend its date


@dataclass(slots=True)
class Context:
    """What anchoring knows while it walks an article from left to right."""

    reference: datetime | date | None = None
    prefer: Prefer = "past"
    last: Resolved | None = None  # the latest resolved calendar point
    last_end: int = -1  # where that point's text ended
    history: list[Resolved] = field(default_factory=list)
    last_absolute: Resolved | None = None  # the latest point written with its own year
    last_absolute_end: int = -1
    last_primary: Resolved | None = None  # the latest point not itself counted from the narrative
    last_primary_end: int = -1
    text: str = ""  # the article, when known: paragraph breaks limit what a coarse date lends
    dated: list[tuple[int, int, Resolved]] = field(default_factory=list)  # day-precise mentions (events.py)
    known: Known | None = None  # a reference known only to its year or month (reference.py)

    @property
    def ref_date(self) -> date | None:
        """The reference as a calendar day (the first day of a partial reference)."""
        ref = self.reference
        return ref.date() if isinstance(ref, datetime) else ref

    @property
    def ref_last(self) -> date | None:
        """The last calendar day the reference may be (itself, unless it is known only to a month or year)."""
        ref = self.ref_date
        return None if ref is None else last_day(ref, self.known)


def resolve(spec: TimeSpec, ctx: Context, offset: int = 0) -> Resolved:
    """Resolve one spec in its context; `offset` is where its text starts in the article."""
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
                timex3=spec.timex or _VAGUE_TIMEX[spec.kind],
                qualifier=_VAGUE_QUALIFIER[spec.kind],
                anchor="none",
            )
        if spec.kind == "present" and spec.extra.get("instant") and _has_clock(ctx.reference):
            return _now(spec, ctx.reference)
        if ctx.known is not None:
            return _vague_period(spec, ref, ctx.known)
        return _vague(spec, ref)
    if spec.kind == "after":
        base = ctx.last
        if base is None or base.date_start is None:
            return Resolved(timex3="FUTURE_REF", qualifier="after", anchor="none")
        day = as_date(base.date_start)
        precision = base.precision if base.precision not in _CLOCK_PRECISIONS else "day"
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
    try:
        first = _fill(spec.start, ctx, offset, prefer)  # type: ignore[arg-type]
    except CalendarRangeError:  # a feast in a year its calendar does not cover: a date without a value
        first = None
    if first is None:
        return Resolved(qualifier=_qualifier(spec, spec.start), anchor="none")
    filled, anchor = first
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
        elif _weekday_within_week(spec.end, spec.start):
            # 周一至周三, 周末, Monday through Wednesday: the end is that weekday on or after the start
            day = as_date(filled.start) + timedelta(days=(spec.end.weekday - spec.start.weekday) % 7)  # type: ignore[operator]
            end_point = spec.end.with_(
                rel_unit=None, rel_offset=0, year=day.year, month=day.month, day=day.day
            )
        else:
            end_point = _inherit(spec.end, spec.start, filled)
        try:
            second = _fill(end_point, ctx, offset, prefer)  # type: ignore[arg-type]
        except CalendarRangeError:
            second = None
        if (
            second is not None
            and second[0].end < as_date(filled.start)
            and spec.end.year is None
            and spec.end.rel_unit is None
            and end_point.year is not None
        ):  # 8月至2月, 12月28日至1月3日: the end falls in the next year
            second = _fill(end_point.with_(year=end_point.year + 1), ctx, offset, prefer)  # type: ignore[arg-type]
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
        timex3_mod=_MOD.get(qualifier),
        date_start=start,
        date_end=end,
        precision=filled.precision,
        qualifier=qualifier,
        anchor=anchor,
        sets_scene=spec.extra.get("comparison") != "yes",
    )


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
        timex3_mod=_MOD.get(qualifier),
        date_start=first,
        date_end=last,
        precision=precision,
        qualifier=qualifier,
        anchor=anchor,
    )


def observe(resolved: Resolved, ctx: Context, end_offset: int) -> None:
    """Remember a resolved calendar point as the narrative context for what follows."""
    if (
        resolved.type in ("DATE", "TIME")
        and resolved.date_start is not None
        and resolved.qualifier != "after"
        and resolved.timex3 not in _VAGUE_TIMEX.values()
        and (resolved.anchor != "narrative" or resolved.event)
        and resolved.sets_scene
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
    ctx.history.append(resolved)


def _days_later(resolved: Resolved, days: int) -> Resolved:
    """A resolved single day moved by `days` (unanchored when it was not one day)."""
    start = resolved.date_start
    if resolved.precision != "day" or not isinstance(start, date) or resolved.date_end != start:
        return Resolved(anchor="none")
    day = start + timedelta(days=days)
    return replace(resolved, value=day.isoformat(), timex3=day.isoformat(), date_start=day, date_end=day)


def _from_event(spec: TimeSpec, ctx: Context, offset: int) -> Resolved:
    """Count a narrative point from the date of the event it names (事发当天, 立案后第二天), else as usual."""
    plain = spec.with_(extra={k: v for k, v in spec.extra.items() if k != "event_at"})
    base = events.event_date(spec.extra["event_at"], ctx, offset)
    if base is None:
        return resolve(plain, ctx, offset)
    saved = (ctx.last, ctx.last_end, ctx.last_primary, ctx.last_primary_end)
    ctx.last, ctx.last_end, ctx.last_primary, ctx.last_primary_end = base, offset, base, offset
    try:
        resolved = resolve(plain, ctx, offset)
    finally:
        ctx.last, ctx.last_end, ctx.last_primary, ctx.last_primary_end = saved
    return replace(resolved, event=resolved.anchor == "narrative")


# -- vague expressions -------------------------------------------------------------------------

_VAGUE_TIMEX = {"present": "PRESENT_REF", "recent": "PAST_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
_CLOCK_PRECISIONS = ("hour", "minute", "second")
_VAGUE_QUALIFIER = {"present": "as_of", "recent": "recent", "past": "before", "future": "after"}


def _has_clock(ref: date | datetime | None) -> bool:
    """A reference with a time of day (exact midnight is how a date-only publication date is stored)."""
    return isinstance(ref, datetime) and (ref.hour, ref.minute, ref.second) != (0, 0, 0)


def _now(spec: TimeSpec, ref: datetime) -> Resolved:
    """现在 / 此刻 against a reference with a clock: that instant (a date-only reference keeps the day)."""
    stamp = ref.replace(microsecond=0)
    return Resolved(
        type="TIME",
        value=stamp.isoformat(),
        timex3="PRESENT_REF",
        date_start=stamp,
        date_end=stamp.date(),
        precision="second",
        qualifier=spec.qualifier if spec.qualifier != "none" else "as_of",
        anchor="publication",
    )


def _vague(spec: TimeSpec, ref: date) -> Resolved:
    qualifier = spec.qualifier if spec.qualifier != "none" else _VAGUE_QUALIFIER[spec.kind]
    timex = spec.timex or _VAGUE_TIMEX[spec.kind]  # a grammar may name it, e.g. PXY for "recent years"
    if spec.kind == "present":
        return Resolved(
            value=ref.isoformat(),
            timex3=timex,
            date_start=ref,
            date_end=ref,
            precision="day",
            qualifier=qualifier,
            anchor="publication",
        )
    if spec.kind == "future":
        return Resolved(
            value=f"{ref.isoformat()}/..",
            timex3=timex,
            date_start=ref,
            precision="day",
            qualifier=qualifier,
            anchor="publication",
        )
    # recent / past: no start, ends at the reference
    return Resolved(
        value=f"../{ref.isoformat()}",
        timex3=timex,
        date_end=ref,
        precision=spec.extra.get("precision", "year"),
        qualifier=qualifier,
        anchor="publication",
    )


def _vague_period(spec: TimeSpec, first: date, known: Known) -> Resolved:
    """如今 / 近年来 against a reference known only to its year or month: that period, at its precision."""
    qualifier = spec.qualifier if spec.qualifier != "none" else _VAGUE_QUALIFIER[spec.kind]
    timex = spec.timex or _VAGUE_TIMEX[spec.kind]
    period = str(first.year) if known == "year" else f"{first.year}-{first.month:02d}"
    last = last_day(first, known)
    start, end, value = first, last, period
    if spec.kind == "future":
        end, value = None, f"{period}/.."
    elif spec.kind != "present":
        start, value = None, f"../{period}"
    return Resolved(
        value=value,
        timex3=timex,
        date_start=start,
        date_end=end,
        precision=known,
        qualifier=qualifier,
        anchor="publication",
    )


def _qualifier(spec: TimeSpec, point: Point) -> str:
    if spec.qualifier != "none":
        return spec.qualifier
    if point.part is not None:
        return point.part
    return "approximate" if spec.approximate else "none"


# -- filling a point ----------------------------------------------------------------------------


def _weekday_within_week(end: Point, start: Point) -> bool:
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


def _inherit(end: Point, start: Point, filled: Filled) -> Point:
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


def _fill(point: Point, ctx: Context, offset: int, prefer: Prefer | None = None) -> tuple[Filled, str] | None:
    """Fill the missing coarse fields of `point`; return its bounds and the anchor used."""
    ref = ctx.ref_date
    plan_read = prefer == "future" and ctx.prefer != "future"  # the text's tense, not the caller's mode
    prefer = prefer or ctx.prefer
    kept = _like_base(point, ctx, offset)
    if kept is not None:
        return kept
    if point.like_base and point.fallback is not None:  # no narrative point to keep: read the fallback
        return _fill(point.fallback, ctx, offset, prefer)
    if point.rel_unit is not None:
        base, anchor = _base(point, ctx, offset)
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
        if anchor == "narrative" and coarse_story and point.rel_unit in _FINE_SHIFTS:
            # "that day" / 当天 after "two years ago" / 2016年: the story's date is coarser than a day;
            # keep its grain for the same day, and invent no day for "two days later"
            return (_as_filled(last), anchor) if point.rel_offset == 0 and last is not None else None
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
    if near is not None and near.precision in _COARSE and _SENTENCE_BREAK.search(ctx.text, near_end, offset):
        near = None  # 1996年 in one sentence does not date 9月30日 in the next
    bare_weekday = point.weekday is not None and point.day is None and point.month is None
    if bare_weekday and ref is not None:  # news: "on Monday" counts from publication, not the story
        near = None
    lends_only_its_day = point.month is None and point.day is None and point.tenday is None
    if near is not None and near.anchor == "publication" and ref is not None and not lends_only_its_day:
        near = None  # 今年 / 10月 count from publication and lend no year; 3月5日 still dates 下午3点
    if near is not None and not _lends(near.precision, point):  # "noon" after "1989" is not Jan. 1
        near = None
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
        and last.precision in _FINE
        and 0 <= offset - ctx.last_end <= NARRATIVE_WINDOW
        and _CLOCK_SENTENCE_BREAK.search(ctx.text, ctx.last_end, offset) is None
    )


_CLOCK_SENTENCE_BREAK = re.compile(r"[。！？；!?;\n]|(?<![ap]\.m)(?<!\b[A-Z])\.\s+(?=[A-Z\"“])")
"""A sentence end between a day and a clock time ("p.m." and "P. Smith" end none)."""


def _like_base(point: Point, ctx: Context, offset: int) -> tuple[Filled, str] | None:
    """Shift a nearby narrative point at its own precision when the point asks for it (`like_base`)."""
    last, last_end = (ctx.last_primary, ctx.last_primary_end) if point.no_chain else (ctx.last, ctx.last_end)
    if not point.like_base or point.rel_unit is None or last is None or last.date_start is None:
        return None
    if last.precision not in point.like_base or not 0 <= offset - last_end <= NARRATIVE_WINDOW:
        return None
    day = as_date(last.date_start)
    fields: dict[str, object] = {"year": day.year}
    if last.precision == "quarter":
        fields["quarter"] = (day.month - 1) // 3 + 1
    elif last.precision == "half":
        fields["half"] = (day.month - 1) // 6 + 1
    elif last.precision == "month":
        fields["month"] = day.month
    elif last.precision == "day":
        fields.update(month=day.month, day=day.day)
    if point.rel_unit != "year" and last.precision != "day":
        return None
    if last.precision == "day":
        n = point.rel_offset
        if point.rel_unit in ("day", "week"):
            moved = day + timedelta(days=n * (7 if point.rel_unit == "week" else 1))
            shifted = Point(year=moved.year, month=moved.month, day=moved.day)
        elif point.rel_unit in ("month", "year"):
            index = day.year * 12 + day.month - 1 + (n if point.rel_unit == "month" else 12 * n)
            shifted = Point(year=index // 12, month=index % 12 + 1, day=day.day)
        else:
            return None
    else:
        fields["year"] = day.year + point.rel_offset
        shifted = Point(**fields)  # type: ignore[arg-type]
    if shifted is None or (shifted.day is not None and not valid_day(shifted)):
        return None
    return bounds(shifted), "narrative"


_FINE = ("day", "hour", "minute", "second")


def _lends(precision: str | None, point: Point) -> bool:
    """Whether a narrative point of `precision` knows the fields a partial `point` must borrow."""
    if point.month is None and point.day is None and (point.hour is not None or point.daypart):
        return precision in _FINE
    if point.month is None and (point.day is not None or point.tenday is not None):
        return precision in ("month", "tenday", "week", *_FINE)
    return True


_FINE_SHIFTS = ("day", "hour", "minute")


def _as_filled(resolved: Resolved) -> Filled:
    """A resolved calendar point in the form `bounds` gives (for a narrative "same day")."""
    assert resolved.date_start is not None
    end = resolved.date_end or as_date(resolved.date_start)
    return Filled(
        resolved.date_start,
        end,
        resolved.precision or "day",
        (resolved.value or "").split("/")[0],
        resolved.timex3 or "",
    )


def _base(point: Point, ctx: Context, offset: int) -> tuple[date | datetime | None, str]:
    last = ctx.last_primary if point.no_chain else ctx.last
    if point.rel_base == "narrative" and last is not None and last.date_start is not None:
        return last.date_start, "narrative"
    spoken = _quoted_day(point, ctx, offset)
    if spoken is not None:
        return spoken, "narrative"
    if ctx.reference is None or (point.needs_base and point.rel_base == "narrative"):
        return None, "none"
    return ctx.reference, "publication"


def _quoted_day(point: Point, ctx: Context, offset: int) -> date | None:
    """'2月19日，他接到电话：“明天来上班”': a day word inside a quote counts from the narrated day the
    quote was spoken (a past day written before the quote in the same paragraph, or in the paragraph
    just before when that one ends with a colon that opens the quote), not from publication."""
    if point.rel_unit != "day" or ctx.last is None or ctx.last.precision != "day" or ctx.ref_date is None:
        return None
    said = ctx.last.date_start
    if said is None or (said if isinstance(said, date) else said.date()) >= ctx.ref_date - timedelta(days=1):
        return None
    opened = max(ctx.text.rfind("“", 0, offset), ctx.text.rfind("「", 0, offset))
    if opened < ctx.last_end or max(ctx.text.rfind("”", 0, offset), ctx.text.rfind("」", 0, offset)) > opened:
        return None  # not inside a quote, or the quote opened before the narrated day was written
    if "\n" in ctx.text[opened:offset]:
        return None
    lead = ctx.text[ctx.last_end : opened].rstrip()
    if "\n" in lead:
        return None
    if "\n" in ctx.text[ctx.last_end : opened] and not lead.endswith(("：", ":")):
        return None  # a new paragraph, unless the narrated day's paragraph ends by introducing the quote
    return said
