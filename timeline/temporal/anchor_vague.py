"""Vague time words (如今, recently, in the future) against the reference date."""

from __future__ import annotations

from datetime import date, datetime

from timeline.temporal.anchor_context import Resolved
from timeline.temporal.reference import Known, last_day
from timeline.temporal.spec import TimeSpec

VAGUE_TIMEX = {"present": "PRESENT_REF", "recent": "PAST_REF", "past": "PAST_REF", "future": "FUTURE_REF"}
CLOCK_PRECISIONS = ("hour", "minute", "second")
VAGUE_QUALIFIER = {"present": "as_of", "recent": "recent", "past": "before", "future": "after"}


def has_clock(ref: date | datetime | None) -> bool:
    """A reference with a time of day (exact midnight is how a date-only publication date is stored)."""
    return isinstance(ref, datetime) and (ref.hour, ref.minute, ref.second) != (0, 0, 0)


def now_instant(spec: TimeSpec, ref: datetime) -> Resolved:
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


def vague(spec: TimeSpec, ref: date) -> Resolved:
    """如今 / recently / in the future against a day-precise reference: that day, or an open interval from or to it."""
    qualifier = spec.qualifier if spec.qualifier != "none" else VAGUE_QUALIFIER[spec.kind]
    timex = spec.timex or VAGUE_TIMEX[spec.kind]  # a grammar may name it, e.g. PXY for "recent years"
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


def vague_period(spec: TimeSpec, first: date, known: Known) -> Resolved:
    """如今 / 近年来 against a reference known only to its year or month: that period, at its precision."""
    qualifier = spec.qualifier if spec.qualifier != "none" else VAGUE_QUALIFIER[spec.kind]
    timex = spec.timex or VAGUE_TIMEX[spec.kind]
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
