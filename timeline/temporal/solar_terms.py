"""The 24 solar terms (二十四节气: 立春, 芒种, 冬至) and the holidays fixed as the nth weekday of a month
(母亲节, 感恩节), as Gregorian days of a year.

Solar terms use the published century formula: day = int(Y * 0.2422 + C) - L, where Y is the year
within its century, C the term's constant for 1901-2000 or 2001-2100, and L the leap days so far
(counted to the year before for the January and February terms), plus the published one-day
corrections of the years where the formula is off. Outside 1901-2099 there is no day.
"""

from __future__ import annotations

from datetime import date, timedelta

_TERMS: dict[str, tuple[int, float, float]] = {
    # name: (month, C for 1901-2000, C for 2001-2100)
    "小寒": (1, 6.11, 5.4055), "大寒": (1, 20.84, 20.12), "立春": (2, 4.6295, 3.87),
    "雨水": (2, 19.4599, 18.73), "惊蛰": (3, 6.3826, 5.63), "春分": (3, 21.4155, 20.646),
    "清明": (4, 5.59, 4.81), "谷雨": (4, 20.888, 20.1), "立夏": (5, 6.318, 5.52),
    "小满": (5, 21.86, 21.04), "芒种": (6, 6.5, 5.678), "夏至": (6, 22.2, 21.37),
    "小暑": (7, 7.928, 7.108), "大暑": (7, 23.65, 22.83), "立秋": (8, 8.35, 7.5),
    "处暑": (8, 23.95, 23.13), "白露": (9, 8.44, 7.646), "秋分": (9, 23.822, 23.042),
    "寒露": (10, 9.098, 8.318), "霜降": (10, 24.218, 23.438), "立冬": (11, 8.218, 7.438),
    "小雪": (11, 23.08, 22.36), "大雪": (12, 7.9, 7.18), "冬至": (12, 22.6, 21.94),
}  # fmt: skip

_CORRECTIONS: dict[tuple[str, int], int] = {
    ("小寒", 1982): 1, ("小寒", 2019): -1, ("大寒", 2082): 1, ("雨水", 2026): -1, ("春分", 2084): 1,
    ("立夏", 1911): 1, ("小满", 2008): 1, ("芒种", 1902): 1, ("小暑", 1925): 1, ("小暑", 2016): 1,
    ("大暑", 1922): 1, ("立秋", 2002): 1, ("白露", 1927): 1, ("霜降", 2089): 1, ("立冬", 2089): 1,
    ("大雪", 1954): 1, ("冬至", 1918): -1, ("冬至", 2021): -1,
}  # fmt: skip

TRADITIONAL = {"驚蟄": "惊蛰", "穀雨": "谷雨", "小滿": "小满", "芒種": "芒种", "處暑": "处暑"}
"""Traditional spellings of the terms whose characters differ."""

_BARE = (*_TERMS, *TRADITIONAL)
SOLAR_TERM_NAMES: tuple[str, ...] = (*_BARE, *(n + "节气" for n in _BARE), *(n + "節氣" for n in _BARE))
"""Every solar term name, simplified and traditional, alone and as 冬至节气."""

WEATHER_WORDS = ("雨水", "白露", "寒露", "霜降", "小雪", "大雪")
"""Terms that are also everyday weather words (大雪 = heavy snow): a date only as 大雪节气 / 节气大雪."""

NTH_WEEKDAY: dict[str, tuple[int, int, int]] = {
    # name: (month, weekday with Monday = 0, nth)
    "母亲节": (5, 6, 2), "母親節": (5, 6, 2),  # the second Sunday of May (China, Hong Kong, Taiwan, US)
    "感恩节": (11, 3, 4), "感恩節": (11, 3, 4),  # the fourth Thursday of November (US Thanksgiving)
}  # fmt: skip
"""Holidays kept as the nth weekday of a month."""


def solar_term_date(name: str, year: int) -> date:
    """The day of solar term `name` in Gregorian `year`; ValueError outside 1901-2099."""
    name = name.removesuffix("节气").removesuffix("節氣")
    name = TRADITIONAL.get(name, name)
    month, c20, c21 = _TERMS[name]
    if not 1901 <= year <= 2099:
        raise ValueError(f"no solar-term table for {year}")
    y = year % 100 or 100  # 2000 is the last year of its century
    c = c20 if year <= 2000 else c21
    leap_days = (y - 1) // 4 if month <= 2 else y // 4
    day = int(y * 0.2422 + c) - leap_days + _CORRECTIONS.get((name, year), 0)
    return date(year, month, day)


def nth_weekday_date(name: str, year: int) -> date:
    """The day of a holiday kept as the nth weekday of its month (母亲节 2024 = 2024-05-12)."""
    month, weekday, nth = NTH_WEEKDAY[name]
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
