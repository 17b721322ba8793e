"""Rolling a yearless date to the right side of a reference day: bare days, months, periods,
holidays and Chinese-calendar dates, the nth weekday away, and clock times read forward."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from typing import Literal

from timeline.temporal.bounds import Filled, as_date, bounds, days_after, is_weekday, valid_day
from timeline.temporal.holidays import holiday_date
from timeline.temporal.spec import Point

Prefer = Literal["past", "future", "current"]
"""Which side of the reference a yearless date goes: before it (news), after it, or in its own
year, month and week, never rolled ("current")."""

UPCOMING_DAYS = 7
"""A yearless day at most this many days after publication stays ahead (a forecast, a schedule)
instead of being moved back a month or a year as a past event."""

UPCOMING_MONTHS = 2
"""A yearless month at most this many months after publication's month stays ahead."""

BEGUN_DAYS = 31
"""A yearless day in a sentence about a plan (5月10日起将封闭) at most this many days before
publication stays in publication's year: a schedule already under way or a story written before it
ran, not the same day a year later (the caller's --prefer future mode still rolls strictly forward)."""


def nth_weekday_away(point: Point, base: date) -> Point:
    """The nth such weekday after the base ("3 Fridays from now", "Friday after next"), or before it when
    the point prefers the past ("2 Thursdays ago"); the base's own day never counts."""
    assert point.weekday is not None and point.nth is not None
    if point.prefer == "past":
        first = base - timedelta(days=(base.weekday() - point.weekday) % 7 or 7)
        day = first - timedelta(weeks=point.nth - 1)
    else:
        first = base + timedelta(days=(point.weekday - base.weekday()) % 7 or 7)
        day = first + timedelta(weeks=point.nth - 1)
    return point.with_(year=day.year, month=day.month, day=day.day, weekday=None, nth=None)


def next_clock(point: Point, ref: date | datetime | None) -> Point:
    """A time of day read forward: the next such time after a reference instant (else unchanged)."""
    if not isinstance(ref, datetime) or point.hour is None or point.daypart is not None:
        return point
    now = (ref.hour, ref.minute)
    if point.half_day and point.hour < 12 and (point.hour, point.minute or 0) <= now < (point.hour + 12, 0):
        return point.with_(hour=point.hour + 12, half_day=False)  # "3:30" at 04:30: this afternoon's
    if (point.hour, point.minute or 0) <= now:
        day = date(point.year, point.month, point.day) + timedelta(days=1)  # type: ignore[arg-type]
        return point.with_(year=day.year, month=day.month, day=day.day)
    return point


def day_of_nearby_month(point: Point, base: date, prefer: Prefer) -> Filled:
    """A bare day ("25日"): this month's, or the previous (past) / next (future) month's."""
    assert point.day is not None
    index = base.year * 12 + base.month - 1
    if prefer == "past" and point.day > base.day + UPCOMING_DAYS:
        index -= 1
    elif prefer == "future" and point.day < base.day:
        index += 1
    for _ in range(
        48
    ):  # 31日 skips the months without a 31st; "Thursday the 15th" those where it is no Thursday
        year, month = divmod(index, 12)
        if point.day <= calendar.monthrange(year, month + 1)[1] and (
            point.weekday is None or date(year, month + 1, point.day).weekday() == point.weekday
        ):
            return bounds(point.with_(year=year, month=month + 1, weekday=None))
        index += -1 if prefer == "past" else 1
    raise ValueError(f"no month has day {point.day}")


def lunar_year(point: Point, base: date, prefer: Prefer | None) -> Point:
    """Give a yearless Chinese-calendar date the lunar year that puts it on the preferred side."""
    year = base.year
    first = bounds(point.with_(year=year)).start
    if prefer == "past" and as_date(first) > base + timedelta(days=UPCOMING_DAYS):
        year -= 1
    elif prefer == "future" and as_date(first) < base:
        year += 1
    return point.with_(year=year)


BANK_HOLIDAY_MONDAY = "bank holiday monday"
"""The UK's Monday bank holidays (England and Wales): Easter Monday, the first and last Mondays of May,
the last Monday of August."""


def _bank_holiday_mondays(year: int) -> list[date]:
    def monday_on_or_before(day: date) -> date:
        return day - timedelta(days=day.weekday())

    first_may = date(year, 5, 1) + timedelta(days=(7 - date(year, 5, 1).weekday()) % 7)
    return [
        holiday_date("easter monday", year),
        first_may,
        monday_on_or_before(date(year, 5, 31)),
        monday_on_or_before(date(year, 8, 31)),
    ]


def _bank_holiday(point: Point, base: date, prefer: Prefer | None) -> Point:
    """'bank holiday Monday': the nearest such Monday, the next one when read forward, else the latest
    one not more than `ahead_days` after the base."""
    days = sorted(d for y in (base.year - 1, base.year, base.year + 1) for d in _bank_holiday_mondays(y))
    if prefer == "future":
        day = next(d for d in days if d >= base)
    else:
        day = [d for d in days if (d - base).days <= point.ahead_days][-1]
    return point.with_(holiday=None, year=day.year, month=day.month, day=day.day)


def holiday_year(point: Point, base: date, prefer: Prefer | None) -> Point:
    """Give a yearless holiday the base year, moved to the right side of the base when asked."""
    assert point.holiday is not None
    if point.holiday == BANK_HOLIDAY_MONDAY:
        return _bank_holiday(point, base, prefer)
    year = base.year
    day = holiday_date(point.holiday, year)
    if prefer == "past" and (day - base).days > point.ahead_days:  # ahead_days: news announces near dates
        year -= 1
    elif prefer == "future" and day < base:
        year += 1
    return point.with_(year=year)


def roll(point: Point, ref: date, prefer: Prefer, *, begun_days: int = 0) -> Point:
    """Move a yearless date a year back (past) or forward (future) to sit on the right side of `ref`;
    read forward, a day at most `begun_days` before `ref` stays in its year (BEGUN_DAYS for a plan)."""
    assert point.year is not None
    month = point.month or 1
    day = point.day or 1
    probe = (point.year, month, day)
    now = (ref.year, ref.month, ref.day)
    if point.month is None:
        return roll_period(point, ref, prefer)
    if point.weekday is not None and point.day is not None:  # "Friday, Oct. 23": the nearest such year
        matching = [
            y
            for y in (point.year, point.year - 1, point.year + 1)
            if is_weekday(y, month, day, point.weekday)
        ]
        if matching:
            nearest = min(matching, key=lambda y: abs(days_after(y, month, day, ref)))
            return point.with_(year=nearest, weekday=None)
        point = point.with_(weekday=None)
    if prefer == "past" and point.ahead_days:  # the latest year that is not beyond ref + ahead_days
        for year in (point.year + 1, point.year, point.year - 1):
            if days_after(year, month, day, ref) <= point.ahead_days:
                return point.with_(year=year)
    if prefer == "past" and probe > now and (point.day is not None or month > ref.month):
        if point.year_from_explicit:  # the grammar already weighed how far ahead it may lie
            return point.with_(year=point.year - 1)
        if point.day is None and point.year == ref.year and month - ref.month <= UPCOMING_MONTHS:
            return point  # 11月 in a September article: the coming November, not last year's
        if point.day is not None and valid_day(point):
            ahead = (date(point.year, month, day) - ref).days
            if ahead <= UPCOMING_DAYS:
                return point
        return point.with_(year=point.year - 1)
    if (
        prefer == "past"
        and point.latest
        and point.day is None
        and (point.year, month) == (ref.year, ref.month)
    ):
        return point.with_(year=point.year - 1)  # "last November" told in November: the one a year ago
    if prefer == "future" and probe < now and (point.day is not None or month < ref.month):
        if (
            point.day is not None
            and valid_day(point)
            and (ref - date(point.year, month, day)).days <= begun_days
        ):
            return point
        return point.with_(year=point.year + 1)
    return point


SEASON_FIRST_MONTH = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""A season's first month (northern hemisphere, as bounds.py reads seasons)."""


def roll_period(point: Point, ref: date, prefer: Prefer) -> Point:
    """Roll a yearless quarter, half or season ("the third quarter") like a yearless month."""
    assert point.year is not None
    if point.quarter is not None:
        first, last = 3 * point.quarter - 2, 3 * point.quarter
    elif point.half is not None:
        first, last = 6 * point.half - 5, 6 * point.half
    elif point.season is not None:
        first = SEASON_FIRST_MONTH[point.season]
        last = first + 2
    else:
        return point
    if prefer == "past" and point.latest:  # "last spring": the latest one ended before the month of `ref`
        year = ref.year
        while 12 * year + last >= 12 * ref.year + ref.month:
            year -= 1
        return point.with_(year=year)
    if prefer == "past" and first > ref.month:
        return point.with_(year=point.year - 1)
    if prefer == "future" and last < ref.month:
        return point.with_(year=point.year + 1)
    return point
