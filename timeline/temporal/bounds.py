"""Calendar arithmetic for anchoring: a filled point's bounds, EDTF and TIMEX3, and date shifts."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from lunardate import LunarDate

from timeline.temporal.holidays import holiday_days
from timeline.temporal.spec import Point

Prefer = Literal["past", "future", "current"]


@dataclass(frozen=True, slots=True)
class Filled:
    """A point with every coarse field known: its bounds, precision and value strings."""

    start: date | datetime
    end: date
    precision: str
    edtf: str
    timex: str


def is_weekday(year: int, month: int, day: int, weekday: int) -> bool:
    """Whether that calendar day exists and falls on `weekday` (0 = Monday)."""
    return (
        1 <= month <= 12
        and 1 <= day <= calendar.monthrange(year, month)[1]
        and date(year, month, day).weekday() == weekday
    )


def days_after(year: int, month: int, day: int, ref: date) -> int:
    """Days from `ref` to a (valid or clipped) calendar day."""
    last = calendar.monthrange(year, month)[1] if 1 <= month <= 12 else 28
    return (date(year, min(max(month, 1), 12), min(day, last)) - ref).days


def nearest_day_of_month(day_of_month: int, near: date, base: date | None = None, side: int = 0) -> date:
    """The date with day `day_of_month` nearest to `near` (its month, the one before or the one after);
    with `base`, only one on `side` of it (昨（30）日 on 24 April is 30 March: yesterday is never ahead)."""
    candidates = []
    for step in (-1, 0, 1):
        year, month = divmod(near.year * 12 + near.month - 1 + step, 12)
        if day_of_month <= calendar.monthrange(year, month + 1)[1]:
            candidates.append(date(year, month + 1, day_of_month))
    if base is not None:
        candidates = [d for d in candidates if (d - base).days * side >= 0] or candidates
    return min(candidates, key=lambda d: (abs((d - near).days), d > near))


def shift(point: Point, base: date | datetime) -> Point | None:
    """Apply a relative shift to `base` and lay the point's own fields over the result."""
    unit, n = point.rel_unit, point.rel_offset
    day = as_date(base)
    if unit == "decade":  # "this decade": the decade of the base year
        return point.with_(decade=(day.year // 10 + n) * 10, rel_unit=None)
    if unit == "century":  # "this century": its first year; a year beside it counts on (99: its last)
        return point.with_(year=(day.year // 100 + n) * 100 + (point.year or 0), rel_unit=None)
    if unit == "year":
        if point.quarter is not None and point.prefer == "past" and 3 * point.quarter - 2 > day.month:
            n -= 1  # a named quarter not yet begun in the base year is last year's ("fourth quarter" in February)
        return point.with_(year=day.year + n, rel_unit=None)
    if unit == "half":
        index = day.year * 2 + (day.month - 1) // 6 + n
        return point.with_(year=index // 2, half=index % 2 + 1, rel_unit=None)
    if unit == "quarter":
        index = day.year * 4 + (day.month - 1) // 3 + n
        return point.with_(year=index // 4, quarter=index % 4 + 1, rel_unit=None)
    if unit == "month":
        index = day.year * 12 + day.month - 1 + n
        if point.holiday is not None or point.month is not None:  # "Thanksgiving in 9 months": that year's
            return point.with_(year=index // 12, rel_unit=None)
        return point.with_(year=index // 12, month=index % 12 + 1, rel_unit=None)
    if unit == "week" and point.latest and point.weekday is not None and n == -1:
        target = day - timedelta(days=(day.weekday() - point.weekday - 1) % 7 + 1)
        return point.with_(year=target.year, month=target.month, day=target.day, weekday=None, rel_unit=None)
    if unit == "week":
        monday = day - timedelta(days=day.weekday()) + timedelta(weeks=n)
        if point.weekday is not None:
            target = monday + timedelta(days=point.weekday)
            return point.with_(
                year=target.year, month=target.month, day=target.day, weekday=None, rel_unit=None
            )
        iso = monday.isocalendar()
        return point.with_(year=iso.year, week=iso.week, rel_unit=None)
    if unit == "day":
        target = day + timedelta(days=n)
        if (
            point.day is not None
        ):  # 昨（27）日: the written day, in the month that puts it nearest the word's day
            target = nearest_day_of_month(point.day, target, day if n else None, n)
        return point.with_(year=target.year, month=target.month, day=target.day, rel_unit=None)
    if unit in ("hour", "minute", "second") and isinstance(base, datetime):
        moved = base + timedelta(**{unit + "s": n})
        return point.with_(
            year=moved.year,
            month=moved.month,
            day=moved.day,
            hour=moved.hour,
            minute=moved.minute if unit != "hour" else None,
            second=moved.second if unit == "second" else None,
            rel_unit=None,
        )
    return None


def bounds(p: Point) -> Filled:
    """Bounds, precision, EDTF and TIMEX3 of a point whose year (or decade) is known."""
    if p.year is None:
        assert p.decade is not None
        d = p.decade
        return Filled(date(d, 1, 1), date(d + 9, 12, 31), "decade", f"{d // 10}X", f"{d // 10}")
    y = p.year
    if p.holiday is not None:
        first, last = holiday_days(p.holiday, y, p.holiday_day)
        if (
            p.hour is not None and first == last
        ):  # "Easter at 6 pm", Earth Hour: the feast's day, then the clock
            return bounds(
                p.with_(holiday=None, holiday_day=None, year=first.year, month=first.month, day=first.day)
            )
        label = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
        timex = f"{label}T{p.daypart}" if p.daypart and first == last else label
        return Filled(first, last, "day", label, timex)
    if p.lunar and p.month is not None and p.day is None:
        return _lunar_month(y, p.month, p.leap)
    if p.lunar and p.month is not None:  # a Chinese-calendar day: its Gregorian day, then any clock time
        day = LunarDate(y, p.month, p.day, p.leap).to_solar_date()
        p = p.with_(year=day.year, month=day.month, day=day.day, lunar=False, leap=False)
        y = p.year
    if p.week is not None:
        monday = date.fromisocalendar(y, p.week, 1)
        return Filled(
            monday, monday + timedelta(days=6), "week", f"{y:04d}-W{p.week:02d}", f"{y:04d}-W{p.week:02d}"
        )
    if p.month is None:
        if p.quarter is not None:
            m0 = 3 * (p.quarter - 1) + 1
            return Filled(
                date(y, m0, 1),
                _month_end(y, m0 + 2),
                "quarter",
                f"{y:04d}-{m0:02d}/{y:04d}-{m0 + 2:02d}",
                f"{y:04d}-Q{p.quarter}",
            )
        if p.half is not None:
            m0 = 1 if p.half == 1 else 7
            return Filled(
                date(y, m0, 1),
                _month_end(y, m0 + 5),
                "half",
                f"{y:04d}-{m0:02d}/{y:04d}-{m0 + 5:02d}",
                f"{y:04d}-H{p.half}",
            )
        if p.season is not None:
            return _season(y, p.season)
        return Filled(date(y, 1, 1), date(y, 12, 31), "year", f"{y:04d}", f"{y:04d}")
    m = p.month
    if p.day is None and p.nth is not None and p.weekday is None:  # 3月第三周: the week from the nth Monday
        monday = _nth_weekday(y, m, 0, p.nth)
        iso_year, week, _ = monday.isocalendar()
        label = f"{iso_year}-W{week:02d}"
        return Filled(monday, monday + timedelta(days=6), "week", label, label)
    if p.day is None and p.nth is not None and p.weekday is not None:  # "the fourth Thursday of November"
        nth_day = _nth_weekday(y, m, p.weekday, p.nth)
        p = p.with_(day=nth_day.day, weekday=None, nth=None)
    if p.day is None:
        if p.tenday is not None:
            first = 1 + 10 * (p.tenday - 1)
            last = first + 9 if p.tenday < 3 else calendar.monthrange(y, m)[1]
            return Filled(
                date(y, m, first),
                date(y, m, last),
                "tenday",
                f"{y:04d}-{m:02d}-{first:02d}/{y:04d}-{m:02d}-{last:02d}",
                f"{y:04d}-{m:02d}",
            )
        return Filled(date(y, m, 1), _month_end(y, m), "month", f"{y:04d}-{m:02d}", f"{y:04d}-{m:02d}")
    day = date(y, m, p.day)
    iso = day.isoformat()
    if p.week_of:
        iso_year, week, weekday = day.isocalendar()
        monday = day - timedelta(days=weekday - 1)
        label = f"{iso_year}-W{week:02d}"
        return Filled(monday, monday + timedelta(days=6), "week", label, label)
    if p.hour is None:
        if p.daypart:
            return Filled(day, day, "day", iso, f"{iso}T{p.daypart}")
        return Filled(day, day, "day", iso, iso)
    if p.hour == 24 and not p.minute and not p.second:  # midnight ending the day: TimeML's T24
        after = day + timedelta(days=1)
        return Filled(datetime(after.year, after.month, after.day), after, "hour", f"{iso}T24", f"{iso}T24")
    hour = p.hour % 24
    if p.minute is None:
        return Filled(datetime(y, m, p.day, hour), day, "hour", f"{iso}T{hour:02d}", f"{iso}T{hour:02d}")
    if p.second is None:
        stamp = f"{iso}T{hour:02d}:{p.minute:02d}"
        return Filled(datetime(y, m, p.day, hour, p.minute), day, "minute", stamp, stamp)
    stamp = f"{iso}T{hour:02d}:{p.minute:02d}:{p.second:02d}"
    return Filled(datetime(y, m, p.day, hour, p.minute, p.second), day, "second", stamp, stamp)


def _lunar_month(y: int, m: int, leap: bool) -> Filled:
    """A whole month of the Chinese calendar (29 or 30 days; a leap month too), as Gregorian days."""
    first = LunarDate(y, m, 1, leap).to_solar_date()
    try:
        last = LunarDate(y, m, 30, leap).to_solar_date()
    except ValueError:  # a short month
        last = first + timedelta(days=28)
    span = f"{first.isoformat()}/{last.isoformat()}"
    return Filled(first, last, "month", span, span)


_SEASONS = {"SP": (3, 5, 21), "SU": (6, 8, 22), "FA": (9, 11, 23), "WI": (12, 14, 24)}


def _season(y: int, code: str) -> Filled:
    m0, m1, edtf_code = _SEASONS[code]
    end_year, end_month = (y + 1, m1 - 12) if m1 > 12 else (y, m1)
    return Filled(
        date(y, m0, 1), _month_end(end_year, end_month), "season", f"{y:04d}-{edtf_code}", f"{y:04d}-{code}"
    )


def _nth_weekday(y: int, m: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 = last) given weekday of a month."""
    if nth > 0:
        first = date(y, m, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        if day.month != m:
            raise ValueError(f"{y}-{m:02d} has no weekday #{nth}")  # "the fifth Monday of February 2024"
        return day
    last = _month_end(y, m)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def valid_day(p: Point) -> bool:
    assert p.year is not None and p.month is not None and p.day is not None
    return 1 <= p.month <= 12 and 1 <= p.day <= calendar.monthrange(p.year, p.month)[1]


def nearest_weekday(base: date, weekday: int, prefer: Prefer, *, include_today: bool = False) -> date:
    """The weekday on or before `base` (past), else the next one after it (future; `base` itself
    only with `include_today`: a news clause in the future tense, "was set to begin Wednesday");
    "current": that weekday of the base's own Monday-to-Sunday week."""
    if prefer == "current":
        return base + timedelta(days=weekday - base.weekday())
    delta = (base.weekday() - weekday) % 7
    if prefer == "past":
        return base - timedelta(days=delta)
    ahead = (weekday - base.weekday()) % 7
    return base + timedelta(days=ahead if ahead or include_today else 7)


def century_year(two_digits: int, ref: date) -> int:
    century = ref.year // 100 * 100
    year = century + two_digits
    return year if year <= ref.year + 10 else year - 100


def as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


PART_ORDER = ("early", "mid", "late")
_MONTHS_OF = {"year": 12, "half": 6, "quarter": 3, "season": 3}


def part_span(start: date, end: date, precision: str, part: str) -> tuple[date, date]:
    """The days an early/mid/late part of a unit covers (its first, middle or last third).

    One convention for every language: a month splits into days 1-10, 11-20 and 21-end (the
    Chinese 上旬/中旬/下旬, Duckling's "early/mid/late March"); a year, half, quarter or season
    into thirds of its months (年初 = January-April, 季度末 = the quarter's last month); a decade
    or a span of whole years into thirds of its years, the middle taking the remainder (80年代末
    = 1987-1989, 18世纪初 = 1700-1732); a week into Monday-Wednesday, Tuesday-Thursday and
    Friday-Sunday (Duckling's). A day is left whole (its parts are times of day).
    """
    if part not in PART_ORDER:
        return start, end
    index = PART_ORDER.index(part)
    if precision in ("month", "tenday") and start.day == 1 and start.month == end.month:
        first = (1, 11, 21)[index]
        last = (10, 20, end.day)[index]
        return start.replace(day=first), start.replace(day=last)
    if precision == "week" and (end - start).days == 6:
        first = (0, 1, 4)[index]  # Monday-Wednesday, Tuesday-Thursday, Friday-Sunday
        return start + timedelta(days=first), start + timedelta(days=first + 2)
    whole_years = (start.month, start.day, end.month, end.day) == (1, 1, 12, 31)
    if precision in ("decade", "year", "century") and whole_years and end.year - start.year >= 2:
        lo, hi = _third(end.year - start.year + 1, index)
        return date(start.year + lo, 1, 1), date(start.year + hi - 1, 12, 31)
    if precision in _MONTHS_OF and start.day == 1:
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        lo, hi = _third(months, index)
        last_month = _add_months(start, hi - 1)
        return _add_months(start, lo), _month_end(last_month.year, last_month.month)
    return start, end


def _third(n: int, index: int) -> tuple[int, int]:
    """The [lo, hi) sub-units of the first, middle or last third of n units (the middle gets the rest)."""
    k = max(1, n // 3)
    return ((0, k), (k, n - k), (n - k, n))[index]


def _add_months(d: date, n: int) -> date:
    index = d.year * 12 + d.month - 1 + n
    return d.replace(year=index // 12, month=index % 12 + 1)


def slice_span(start: date, end: date, spec: str) -> tuple[date, date, str, str] | None:
    """The first/last/nth units of a period ("first:2:day", "last:3:month", "nth:10:day").

    Returns the days, the value (an EDTF day or month, or an interval of them) and the precision,
    or None when the slice does not fit in the period (the 40th day of a month).
    """
    side, count, unit = spec.split(":")
    n = int(count)
    if side == "second":  # the second half of a month: from the 16th
        first = start + timedelta(days=n)
        return first, end, f"{first.isoformat()}/{end.isoformat()}", "day"
    if unit == "week":
        return _week_slice(start, end, side, n)
    if unit == "day":
        days = (end - start).days + 1
        if n > days:
            return None
        if side == "nth":
            first = last = start + timedelta(days=n - 1)
        elif side == "first":
            first, last = start, start + timedelta(days=n - 1)
        else:
            first, last = end - timedelta(days=n - 1), end
        value = first.isoformat() if first == last else f"{first.isoformat()}/{last.isoformat()}"
        return first, last, value, "day"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if unit != "month" or n > months or start.day != 1:
        return None
    lo = 0 if side == "first" else months - n
    first_month, last_month = _add_months(start, lo), _add_months(start, lo + n - 1)
    label_first, label_last = f"{first_month:%Y-%m}", f"{last_month:%Y-%m}"
    value = label_first if n == 1 else f"{label_first}/{label_last}"
    return first_month, _month_end(last_month.year, last_month.month), value, "month"


def _week_slice(start: date, end: date, side: str, n: int) -> tuple[date, date, str, str] | None:
    """The first or last n ISO weeks of a year (2021年的前2周 = 2021-W01/2021-W02)."""
    if (start.month, start.day, end.month, end.day) != (1, 1, 12, 31) or start.year != end.year:
        return None
    year = start.year
    weeks = date(year, 12, 28).isocalendar().week
    if n > weeks:
        return None
    first_week, last_week = (1, n) if side == "first" else (weeks - n + 1, weeks)
    monday, sunday = date.fromisocalendar(year, first_week, 1), date.fromisocalendar(year, last_week, 7)
    label = f"{year}-W{first_week:02d}"
    value = label if n == 1 else f"{label}/{year}-W{last_week:02d}"
    return monday, sunday, value, "week"
