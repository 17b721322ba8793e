"""Where a partial or relative point counts from: a nearby date of the story, a day narrated before a
quote, or publication (DESIGN §4), and a story date shifted at its own precision ("the next day")."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from timeline.temporal.anchor_context import NARRATIVE_WINDOW, Context, Resolved
from timeline.temporal.bounds import Filled, as_date, bounds, valid_day
from timeline.temporal.spec import Point

SENTENCE_BREAK = re.compile(r"[。！？；!?;\n]|\.(?:''|[\"'”’)])*\s")
"""A sentence end, also before a closing quote ('... "justified." While ...')."""


def like_base(point: Point, ctx: Context, offset: int) -> tuple[Filled, str] | None:
    """Shift a nearby narrative point at its own precision when the point asks for it (`like_base`)."""
    last, last_end = (ctx.last_primary, ctx.last_primary_end) if point.no_chain else (ctx.last, ctx.last_end)
    if not point.like_base or point.rel_unit is None or last is None or last.date_start is None:
        return None
    precision = "day" if last.precision in ("hour", "minute", "second") else last.precision  # a clock's day
    if precision not in point.like_base or not 0 <= offset - last_end <= NARRATIVE_WINDOW:
        return None
    day = as_date(last.date_start)
    fields: dict[str, object] = {"year": day.year}
    if last.precision == "quarter":
        fields["quarter"] = (day.month - 1) // 3 + 1
    elif last.precision == "half":
        fields["half"] = (day.month - 1) // 6 + 1
    elif last.precision == "month":
        fields["month"] = day.month
    elif precision == "day":
        fields.update(month=day.month, day=day.day)
    if point.rel_unit != "year" and precision != "day":
        return None
    if precision == "day":
        n = point.rel_offset
        if point.rel_unit in ("day", "week"):
            moved = day + timedelta(days=n * (7 if point.rel_unit == "week" else 1))
            shifted = Point(year=moved.year, month=moved.month, day=moved.day)
            if point.hour is not None:  # "2 p.m. the next day": the clock written with the story's day
                shifted = shifted.with_(hour=point.hour, minute=point.minute, second=point.second)
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


FINE = ("day", "hour", "minute", "second")


def day_within(last: Resolved | None, ctx: Context, offset: int) -> date | datetime | None:
    """The latest day-precise date told before `offset` that lies within the coarse point `last`."""
    if last is None or last.date_start is None:
        return None
    first, final = as_date(last.date_start), as_date(last.date_end or last.date_start)
    for _start, end, resolved in reversed(ctx.dated):
        if (
            end <= offset
            and resolved.date_start is not None
            and first <= as_date(resolved.date_start) <= final
        ):
            return resolved.date_start
    return None


def lends(precision: str | None, point: Point) -> bool:
    """Whether a narrative point of `precision` knows the fields a partial `point` must borrow."""
    if point.month is None and point.day is None and (point.hour is not None or point.daypart):
        return precision in FINE
    if point.month is None and (point.day is not None or point.tenday is not None):
        return precision in ("month", "tenday", "week", *FINE)
    return True


FINE_SHIFTS = ("day", "hour", "minute")


def as_filled(resolved: Resolved) -> Filled:
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


def count_base(point: Point, ctx: Context, offset: int) -> tuple[date | datetime | None, str]:
    last = ctx.last_primary if point.no_chain else ctx.last
    if (
        point.no_chain
        and point.rel_offset == 0
        and last is not None
        and offset - ctx.last_primary_end > NARRATIVE_WINDOW
    ):
        last = None  # "before the end of the year" pages after "in 2016": the story's year is no longer 2016
    last_end = ctx.last_primary_end if point.no_chain else ctx.last_end
    if last is not None and last.in_sentence and SENTENCE_BREAK.search(ctx.text, last_end, offset):
        last = None  # "The 2021 RAV4 … . It goes on sale in the summer": a model's year stays in its sentence
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
