"""Builders of the Chinese grammar for ranges read as one expression: clock ranges sharing one hour word
(9~12点半, 下午七八点) and ranges of holidays (去年春节到元宵节)."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.holidays import NAMES as HOLIDAY_NAMES
from timeline.temporal.solar_terms import WEATHER_WORDS
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_read import found_groups, read_clock, read_int, read_point

_DAYPARTS_LONGEST_FIRST = sorted(vocab.DAYPART, key=len, reverse=True)


def clock_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """9~12点半, 晚上9~11点, 下午七八点: two hours sharing one 点; a part of the day written just before
    sets a.m./p.m. Without one, only 时, 半 or minutes make it a clock (两三点建议 are suggestions)."""
    g = found_groups(m)
    daypart = g.get("dp") or next(
        (w for w in _DAYPARTS_LONGEST_FIRST if text.endswith(w, 0, m.start())), None
    )
    if (
        daypart is None
        and g.get("hu") not in ("时", "時")
        and not (g.get("half") or g.get("mi") or g.get("hz"))
    ):
        return None
    if g.get("p1"):
        first, last = read_int(g["p1"]), read_int(g["p2"])
        if first is None or last != first + 1:
            return None  # 七八点: neighbouring hours only
        start_raw, end_raw = g["p1"], g["p2"]
    else:
        start_raw, end_raw = g["h1"] or "", g["h2"] or ""
    common = {"kdp": daypart} if daypart else {}
    start_fields: dict[str, object] = {}
    end_fields: dict[str, object] = {}
    start_ok = read_clock(
        {**common, "kh": start_raw, "khu": g.get("hu") or ""}, "k", start_fields, dated=True
    )
    end_groups = {**common, "kh": end_raw, "khu": g.get("hu") or "", "khz": g.get("hz") or ""}
    end_groups.update({k: v for k, v in (("khalf", g.get("half")), ("kmi", g.get("mi")), ("kmu", "分")) if v})
    if not g.get("mi"):
        end_groups.pop("kmu", None)
    end_ok = read_clock(end_groups, "k", end_fields, dated=True)  # type: ignore[arg-type]
    if not (start_ok and end_ok):
        return None
    start, end = Point(**start_fields), Point(**end_fields)  # type: ignore[arg-type]
    if start.hour is None or end.hour is None or (end.hour, end.minute or 0) <= (start.hour, 0):
        return None
    return TimeSpec("range", start=start.with_(daypart=None), end=end.with_(daypart=None))


def holiday_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """From one holiday to another (去年春节到元宵节): the second takes the first's year unless it writes one."""
    g = found_groups(m)
    first, second = _holiday_end(g, "a", "1"), _holiday_end(g, "b", "2")
    if first is None or second is None:
        return None
    return TimeSpec("range", start=first, end=second)


def _holiday_end(g: dict[str, str], p: str, n: str) -> Point | None:
    """One end of a holiday range: its optional year (prefix `p`) and the holiday named by group h`n`."""
    name = g.get("h" + n) or ""
    if name in WEATHER_WORDS:
        return None  # 大雪到小雪: weather
    years = {k: v for k, v in g.items() if k in {p + s for s in ("y", "y2", "roc", "rocn", "ry", "ny")}}
    base = read_point(years, p) if years else Point()
    if base is None:
        return None
    key = name + (g.get("hs" + n) or "")
    return base.with_(holiday=key if key in HOLIDAY_NAMES else name)
