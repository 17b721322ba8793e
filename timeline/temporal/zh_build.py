"""Builders of the Chinese grammar: one match (and the text around it) → a `TimeSpec`."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_read import (
    found_groups,
    is_title,
    read_int,
    read_numeric_point,
    read_point,
    read_year_digits,
    read_year_prefix,
    speaks_of_a_plan,
)

"""Four-digit years outside this span are counts or jokes (9020年), not calendar years."""
"""A year of the century: 08年, 零八年, or 18年 when a month follows (18年10月)."""
"""Every calendar expression shows one of its key characters within this many characters."""
"""How far into a range its connector may stand (2021年4月20日11:00时 is 16 characters)."""
"""A range shows one of these between its two ends."""


def calendar_point(m: re.Match[str], text: str) -> TimeSpec | None:
    """A calendar expression (年 月 日 星期 时 分, relative words) as a point, or a weekend range."""
    g = found_groups(m)
    start, end = m.span()
    if text.endswith(vocab.NORMAL_OF_YEARS, 0, start):
        return None  # 常年11月19日: a climatological normal, not a date
    if g.get("a__d") and not g.get("am") and start > 0 and text[start - 1] in vocab.BEFORE_HOUSE_NUMBER:
        return None  # 甲11号, 中山路9号: an address, not the 11th
    if g.get("ard") and text.startswith(vocab.NAMES_AFTER_DAY_WORD, end):
        return None  # 今日头条, 今日说法: names of a news app and a programme
    if (g.get("ay") or g.get("ay2")) and not g.get("am") and text.endswith(vocab.BEFORE_A_LENGTH, 0, start):
        return None  # 护佑了人们1500年, 长达1000年: a length of time, not a year
    if is_title(text, start, end):
        return None  # 《明日之后》, 《2012》: the title of a work
    point = read_point(g, "a")
    if point is None:
        return None
    if (
        point.month is not None
        and point.day is None
        and point.year is None
        and _COUNT_OF_MONTHS.search(text, max(0, start - 24), start)
    ):
        return None  # 从目前6个月延长至12月: a count of months written short, not December
    if point.month is not None and (g.get("alp") or text.endswith(vocab.LUNAR_PREFIX, 0, start)):
        point = point.with_(lunar=True)  # 农历八月十五: a day of the Chinese calendar
    extra = {"prefer": "future"} if speaks_of_a_plan(text, start, end) else {}
    if text.endswith(_FOLLOWING, 0, start):  # 继5日的罢工后: an earlier event, not the story's day
        extra["comparison"] = "yes"
    if g.get("awd") == "末":  # 周末 / 上周末: Saturday to Sunday
        if point.rel_unit is None and text.endswith(_HAS_WEEKENDS, 0, start):
            return None  # 有周末 / 没有周末: having weekends off, no particular weekend
        if point.rel_unit is None and (
            text.endswith(_EVERY, 0, start) or text.startswith(_WEEKEND_KINDS, end)
        ):
            return None  # 每逢周末, 周末培训班, 周末放假: weekends as a habit or a kind, no particular one
        return TimeSpec("range", start=point, end=point.with_(weekday=6), extra=extra)
    if (
        point.weekday is not None
        and point.rel_unit is None
        and point.day is None
        and _WEEKLY_BEFORE.search(text, max(0, m.start() - 32), m.start())
    ):
        # 每周的更新都安排在周四: the weekday of a weekly habit, no particular Thursday
        return TimeSpec("set", timex=f"XXXX-WXX-{point.weekday + 1}")
    return TimeSpec("point", start=point, extra=extra)


_WEEKLY_BEFORE = re.compile(r"(?:每周|每週|每星期|每个星期|每個星期|每礼拜|每禮拜)[^。；;！？!?\d\n]*$")
"""每周的例会都在周一: a bare weekday told after 每周 in its sentence is the habit's day."""


_COUNT_OF_MONTHS = re.compile(
    r"(?:\d+|[一二两兩三四五六七八九十]+)[个個]月[^，。；,;]{0,16}?(?:延[长長]|增加|提高|[缩縮]短|[减減]少|增|[减減]|延)(?:至|到|[为為])$"
)
"""6个月…延长至12月: after a count of months, the target of the change is a count too."""
_HAS_WEEKENDS = ("有", "无", "無")
"""工人有周末 / 医生没有周末: weekends as a kind of day off, not a dated weekend."""
_EVERY = ("每", "每逢", "每到", "每个", "每個", "逢")
_WEEKEND_KINDS = (
    "班",
    "培训",
    "培訓",
    "补习",
    "補習",
    "辅导",
    "輔導",
    "课",
    "課",
    "版",
    "档",
    "檔",
    "夫妻",
    "放假",
    "双休",
    "雙休",
)
"""周末班, 周末版, 周末放假: a kind of class, edition or day off that weekends have, not a dated weekend."""
_FOLLOWING = ("继", "繼")
"""9日的罢工是继5日大罢工后的第二轮: the date after 继 names the earlier event the story's one follows,
so a later 当天 does not count from it."""


def calendar_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """Two calendar expressions around a connector (至, 到, —, 和) as a range."""
    g = found_groups(m)
    first, second = read_point(g, "a"), read_point(g, "b")
    if first is None or second is None:
        return None
    connector = text[m.end("a_end") : m.start("b_start")].strip() if "a_end" in g else ""
    if connector in ("和", "与", "與", "及", "或") and not g.get("between") and not _adjacent(first, second):
        return None  # 2015年和2018年 are two dates, not the years between them
    if (
        second.rel_unit is not None
        and first.rel_unit is None
        and second.rel_base == "narrative"
        and not (second.rel_unit == "day" and second.rel_offset == 1 and first.hour is not None)
    ):
        return None  # (晚上8点至次日凌晨2点 is one range: the day after the start)
    if (
        first.hour is not None
        and second.hour is not None
        and second.daypart is None
        and first.hour >= 12 > second.hour
        and not (g.get("bdp") or g.get("bdp2") or g.get("b___dp"))
        and second.day is None
        and second.rel_unit is None
    ):
        second = second.with_(hour=second.hour + 12)  # 下午1点到3点: the end keeps the afternoon
    return TimeSpec("range", start=first, end=second)


def _adjacent(a: Point, b: Point) -> bool:
    """True when `b` is the unit right after `a` (7月和8月, 2015年和2016年, 5日和6日)."""
    if a.rel_unit is not None or b.rel_unit is not None or a.hour is not None or b.hour is not None:
        return False
    if a.day is not None and b.day is not None:
        return b.day == a.day + 1 and b.month in (None, a.month) and b.year in (None, a.year)
    if a.day is None and b.day is None and a.month is not None and b.month is not None:
        return b.month == a.month + 1 and b.year in (None, a.year)
    if a.month is None and b.month is None and a.year is not None and b.year is not None:
        return b.year == a.year + 1
    return False


def _finer(a: Point, b: Point) -> bool:
    """True when `a` names a finer unit than any `b` writes (a day against a month…)."""

    def rank(p: Point) -> int:
        if p.hour is not None:
            return 4
        if p.day is not None or p.weekday is not None or p.rel_unit == "day":
            return 3
        if p.month is not None or p.rel_unit == "month":
            return 2
        return 1

    return rank(a) > rank(b)


def shared_unit_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """A day or month range written with one unit word (4月12-19日, 2018年1-9月)."""
    g = found_groups(m)
    base = read_year_prefix(g)
    first, last = read_int(g.get("d1")), read_int(g.get("d2"))
    if base is None or first is None or last is None or last <= first:
        return None
    if g["unit"].startswith("月"):
        if g.get("m") or last > 12:
            return None
        return TimeSpec("range", start=base.with_(month=first), end=base.with_(month=last))
    month = read_int(g.get("m"))
    if month is None or last > 31:
        return None
    return TimeSpec("range", start=base.with_(month=month, day=first), end=base.with_(month=month, day=last))


def year_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """A range of years (2014-2016年, 2014至16年)."""
    first, last = read_year_digits(m.group("y1")), read_year_digits(m.group("y2"))
    if first is None or last is None:
        return None
    if last < 100:  # 2014-16年
        last = first // 100 * 100 + last
    if last <= first:
        return None
    month = read_int(m.group("m2")) if m.group("m2") else None
    return TimeSpec("range", start=Point(year=first), end=Point(year=last, month=month))


def numeric_date(m: re.Match[str], text: str) -> TimeSpec | None:
    """A numeric date (2024-04-24, 2024/4/24 09:21, 20240424)."""
    point = read_numeric_point(found_groups(m), "")
    return TimeSpec("point", start=point) if point is not None else None


def numeric_range(m: re.Match[str], text: str) -> TimeSpec | None:
    """Two numeric dates around a connector (2024.4.1-2024.4.30)."""
    g = found_groups(m)
    first, second = read_numeric_point(g, "a"), read_numeric_point(g, "b")
    if first is None or second is None:
        return None
    return TimeSpec("range", start=first, end=second)


def bare_clock(m: re.Match[str], text: str) -> TimeSpec | None:
    """A clock time alone (15:30, 3:15pm) on the narrative or publication day."""
    g = found_groups(m)
    hour, minute = int(g["ch"] or 0), int(g["cm"]) if g.get("cm") else None
    second = int(g["cs"]) if g.get("cs") else None
    if (g.get("pm") and hour < 12) or (g.get("am") and hour == 12):
        hour = (hour + 12) % 24
    return TimeSpec("point", start=Point(hour=hour, minute=minute, second=second))


def decade_point(m: re.Match[str], text: str) -> TimeSpec | None:
    """A decade (上世纪90年代, 80年代, 十九世纪七十年代) with its part (初, 末期)."""
    g = found_groups(m)
    if g.get("dec4"):
        decade, of_century = int(g["dec4"] or 0), False
    else:
        n = read_int(g.get("dec"))
        if n is None or n % 10 or n >= 100:
            return None
        century = vocab.CENTURY_PREFIX.get(g.get("cent") or "")
        decade, of_century = (century + n, False) if century is not None else (n, True)
    part = {
        "初": "early",
        "初期": "early",
        "前期": "early",
        "中期": "mid",
        "末": "late",
        "末期": "late",
        "后期": "late",
        "後期": "late",
    }
    return TimeSpec(
        "point",
        start=Point(decade=decade, year_of_century=of_century, part=part.get(g.get("dp") or "")),  # type: ignore[arg-type]
    )


def year_piece(m: re.Match[str], text: str) -> TimeSpec | None:
    """A quarter, half, season or the first months of a year (一季度, 上半年, 首8个月)."""
    g = found_groups(m)
    base = read_year_prefix(g)
    if base is None:
        return None
    if g.get("half"):
        return TimeSpec("point", start=base.with_(half=vocab.HALF[g["half"] or ""]))
    if g.get("q"):
        q = 1 if g["q"] == "首" else read_int(g["q"])
        if q is None or not 1 <= q <= 4:
            return None
        part = vocab.PART.get(g.get("qp") or "")
        return TimeSpec("point", start=base.with_(quarter=q, part=part))
    if g.get("firstq"):
        n = read_int(g["firstq"])
        if n is None or not 1 <= n <= 4:
            return None
        return TimeSpec("range", start=base.with_(quarter=1), end=base.with_(quarter=n))
    if g.get("firstm"):
        n = read_int(g["firstm"])
        if n is None or not 1 <= n <= 12:
            return None
        return TimeSpec("range", start=base.with_(month=1), end=base.with_(month=n))
    if g.get("season"):
        return TimeSpec("point", start=base.with_(season=vocab.SEASON[g["season"] or ""]))
    return None


def relative_quarter(m: re.Match[str], text: str) -> TimeSpec | None:
    """This, last or next quarter (本季度, 上个季度)."""
    shift = {"本": 0, "这个": 0, "這個": 0, "上": -1, "上个": -1, "上個": -1, "下": 1, "下个": 1, "下個": 1}
    shift.update({"上上个": -2, "上上個": -2, "下下个": 2, "下下個": 2})
    part = vocab.PART.get(m.group("qp") or "")
    if m.group("s") is None:  # 季度末 alone: the end of the story's (else the current) quarter
        point = Point(rel_unit="quarter", rel_offset=0, rel_base="narrative", part=part)  # type: ignore[arg-type]
        return TimeSpec("point", start=point)
    return TimeSpec("point", start=Point(rel_unit="quarter", rel_offset=shift[m.group("s")], part=part))  # type: ignore[arg-type]


def bare_part(m: re.Match[str], text: str) -> TimeSpec | None:
    """The start or end of the current year or month, or a ten-day period (年底, 月初, 上旬)."""
    if m.group("td"):
        return TimeSpec("point", start=Point(tenday=vocab.TENDAY[m.group("td")]))
    part = vocab.PART[m.group("part")]
    if m.group("u") == "月":
        return TimeSpec("point", start=Point(rel_unit="month", rel_offset=0, rel_base="narrative", part=part))  # type: ignore[arg-type]
    return TimeSpec("point", start=Point(rel_unit="year", rel_offset=0, rel_base="narrative", part=part))  # type: ignore[arg-type]
