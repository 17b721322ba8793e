"""Builders of the Chinese grammar for spans of days, weeks and years: 今明两天, 3月第三周, 2013、2014年, 上两周."""

from __future__ import annotations

import itertools
import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_read import found_groups, read_count, read_int, read_point, read_year_digits


def precision_of(unit: str) -> str:
    """The precision name of a unit code (Y → year)."""
    return {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second"}[
        unit
    ]


_PAIR_FIRST = {"今明": 0, "明后": 1, "明後": 1, "昨今": -1}


def neighbour_pair(m: re.Match[str], text: str) -> TimeSpec | None:
    """今明两天 (today and tomorrow), 明后两天, 今明两年: two neighbouring units from the reference."""
    first = _PAIR_FIRST[m.group("pair")]
    unit = "year" if m.group("u") == "年" else "day"
    return TimeSpec(
        "range",
        start=Point(rel_unit=unit, rel_offset=first),  # type: ignore[arg-type]
        end=Point(rel_unit=unit, rel_offset=first + 1),  # type: ignore[arg-type]
    )


def week_of_month(m: re.Match[str], text: str) -> TimeSpec | None:
    """十月的第一个星期一 (the nth such weekday of the month) or 3月第三周 (the week from its nth Monday)."""
    g = found_groups(m)
    point = read_point(g, "a")
    nth = -1 if g.get("last") else read_int(g.get("nth"))
    if point is None or nth is None:
        return None
    if g.get("wd"):
        return TimeSpec("point", start=point.with_(weekday=vocab.WEEKDAY[g["wd"] or ""], nth=nth))
    if nth < 1:
        return None
    return TimeSpec("point", start=point.with_(nth=nth))


def year_list(m: re.Match[str], text: str) -> TimeSpec | None:
    """Consecutive years listed before one 年 (2013、2014年) as the range they cover."""
    years = [read_year_digits(y) for y in (*m.group("ys").split("、"), m.group("y2"))]
    if any(y is None for y in years) or any(b != a + 1 for a, b in itertools.pairwise(years)):
        return None  # type: ignore[operator]
    if m.group("q_since"):  # 从2013、2014年就开始: since the first of them
        return TimeSpec("point", start=Point(year=years[0]))
    return TimeSpec("range", start=Point(year=years[0]), end=Point(year=years[-1]))


_AHEAD = ("未来", "未來", "今后", "今後", "接下来", "接下來")
_VAGUE_PAIR = re.compile(r"[一二两兩三四五六七八九]{2}")
"""Two neighbouring numerals (一两, 两三, 三五): an approximate count, never a number like 12."""


_LENGTH_LEADS = ("了", "达", "達", "长达", "長達", "历时", "歷時", "耗时", "耗時", "持续", "持續")
"""等了近一个月 / 长达近两年 / 持续近三个小时: before 近 N units, a verb or 达 makes it a length."""


def half_units_to_now(m: re.Match[str], text: str) -> TimeSpec | None:
    """过去半年 / 最近一年半 / 过去两个半月: the recent past up to today (no whole units to count)."""
    return TimeSpec("recent", extra={"precision": "month" if m.group("u1") != "月" else "day"})


def unit_span(m: re.Match[str], text: str) -> TimeSpec | None:
    """上两周 / 过去三年 / 后三天 / 未来两个月: the N whole units before or after the current one."""
    g = found_groups(m)
    if g.get("inside") and len(g["dir"]) == 1 and g["dir"] != "近":
        return None  # 前三年里: the first three years of something, not the three years before now
    n = read_count(g.get("n"))
    unit = vocab.UNIT[g["u"] or ""]
    past = g["dir"] in ("上", "前", "过去", "過去", "近", "最近", "此前")
    if past and g["dir"] in ("近", "最近") and text.endswith(_AHEAD, 0, m.start()):
        past = False  # 未来近一周: the coming week, 近 only softens the count
    if (
        n is None
        and _VAGUE_PAIR.fullmatch(g.get("n") or "")
        and g["dir"] not in ("上", "前", "下", "后", "後")
    ):
        # 近一两年, 过去两三天, 未来三五年: a vague count of the recent past or the coming future
        return TimeSpec("recent" if past else "future", extra={"precision": precision_of(unit)})
    if n is None or n < 1 or n > 999:
        return None
    if g["dir"] == "近" and (text.startswith("的", m.end()) or text.endswith(_LENGTH_LEADS, 0, m.start())):
        return None  # 近一个小时的车程, 等了近两个月: "nearly N units", a length, not the last N units
    rel_unit = vocab.SHIFT_UNIT[unit]
    if g["dir"] in ("近", "最近") and rel_unit in ("day", "week"):
        # 近一周 / 未来近一周: a rolling window of days up to today, or from tomorrow on, not whole weeks
        days = n * (7 if rel_unit == "week" else 1)
        first, last = (1 - days, 0) if past else (1, days)
        return TimeSpec(
            "range",
            start=Point(rel_unit="day", rel_offset=first),  # type: ignore[arg-type]
            end=Point(rel_unit="day", rel_offset=last),  # type: ignore[arg-type]
        )
    if past:
        start, end = -n, -1
    else:
        start, end = 1, n
    return TimeSpec(
        "range",
        start=Point(rel_unit=rel_unit, rel_offset=start),  # type: ignore[arg-type]
        end=Point(rel_unit=rel_unit, rel_offset=end),  # type: ignore[arg-type]
    )
