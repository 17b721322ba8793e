"""Chinese rules for periods named by their place in a larger one: centuries, vacations and slices.

18世纪初 (the early third of a century), 去年暑假 (July-August), 今年前10天 / 上月最后五天 /
2005年首月 / 70年第8个月 / 20年第52周 (the first, last or nth units of a year or month).
`zh.RULES` appends `PERIOD_RULES`; anchoring narrows a slice once the period is on the calendar.
"""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import Rule, alt
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_patterns import SP, YEAR_A, NearTrigger
from timeline.temporal.zh_read import (
    found_groups,
    qualifying,
    read_count,
    read_int,
    read_point,
    read_year_prefix,
)

CENTURY_PART = {
    "初": "early",
    "初期": "early",
    "前期": "early",
    "中期": "mid",
    "中叶": "mid",
    "中葉": "mid",
    "末": "late",
    "末期": "late",
    "后期": "late",
    "後期": "late",
}
HALF_CENTURY = {"上半叶": 0, "上半葉": 0, "下半叶": 50, "下半葉": 50}
NAMES_AFTER_CENTURY = (
    "经济",
    "經濟",
    "报",
    "報",
    "网",
    "網",
    "教育",
    "不动产",
    "不動產",
    "出版",
    "英语",
    "英語",
    "传媒",
    "傳媒",
    "商业",
    "商業",
    "公司",
    "集团",
    "集團",
    "中学",
    "中學",
    "大学",
    "大學",
    "福克斯",
    "影业",
    "影業",
)
"""After 21世纪: the names of a newspaper (21世纪经济报道), a school or a company, not the century."""
VACATION = {"暑假": (7, 8), "寒假": (1, 2)}
"""School vacations in mainland China: July-August and January-February (dates vary: approximate)."""
FIRST = ("前", "头", "頭")
LAST = ("最后", "最後", "末", "后", "後")
DAY_UNITS = ("天", "日")
MONTH_UNITS = ("个月", "個月", "月")
HALF_MONTH = {
    "上半月": "first",
    "前半月": "first",
    "下半月": "second",
    "后半月": "second",
    "後半月": "second",
}
"""The halves of a month: days 1-15 and 16 to the end."""
WEEK_UNITS = ("周", "週", "个星期", "個星期", "星期", "个礼拜", "個禮拜", "礼拜", "禮拜")


def century(m: re.Match[str], text: str) -> TimeSpec | None:
    """18世纪, 二十世纪初, 上世纪末, 19世纪下半叶: a century (or its part) as a span of years."""
    g = found_groups(m)
    named = vocab.CENTURY_PREFIX.get(g.get("cw") or "")
    if named is None:
        n = read_int(g.get("cn"))
        if n is None or not 2 <= n <= 22:
            return None
        named = (n - 1) * 100
    part = g.get("cp") or ""
    if part in HALF_CENTURY:
        first = named + HALF_CENTURY[part]
        return TimeSpec("range", start=Point(year=first), end=Point(year=first + 49))
    extra = {"part": CENTURY_PART[part]} if part else {}
    return TimeSpec("range", start=Point(year=named), end=Point(year=named + 99), extra=extra)


def vacation(m: re.Match[str], text: str) -> TimeSpec | None:
    """去年暑假, 2023年寒假: the school vacation's months of that year, approximate."""
    base = read_year_prefix(found_groups(m))
    if base is None:
        return None
    first, last = VACATION[m.group("vac")]
    return TimeSpec("range", start=base.with_(month=first), end=base.with_(month=last), approximate=True)


def slice_of_period(m: re.Match[str], text: str) -> TimeSpec | None:
    """The first, last or nth units of a year or month (今年前10天, 上月最后五天, 70年第8个月)."""
    g = found_groups(m)
    if g.get("hm"):  # 上半月 alone: the first half of the story's (else the current) month
        month = Point(rel_unit="month", rel_offset=0, rel_base="narrative")
        return TimeSpec("point", start=month, extra={"slice": f"{HALF_MONTH[g['hm']]}:15:day"})
    if g.get("mfl") or g.get("mhalf"):
        period = read_point(g, "s")
        if period is not None and g.get("mhalf"):
            return TimeSpec("point", start=period, extra={"slice": f"{HALF_MONTH[g['mhalf']]}:15:day"})
        n = read_count(g.get("mn"))
        if period is None or n is None or not 1 <= n <= 31 or g["mfl"] in ("后", "後"):
            return None  # 3月后两天 reads as "two days after March": leave it
        side = "first" if g["mfl"] in FIRST else "last"
        return TimeSpec("point", start=period, extra={"slice": f"{side}:{n}:day"})
    base = read_year_prefix(g)
    if base is None or (base.year is None and base.rel_unit is None):
        return None
    if g.get("yfirst"):
        return TimeSpec("point", start=base.with_(month=1))
    n = read_count(g.get("yn") or g.get("ynth"))
    unit = g.get("yu") or g.get("ynu") or ""
    if n is None or n < 1:
        return None
    if g.get("ynth"):
        if unit in MONTH_UNITS:
            return TimeSpec("point", start=base.with_(month=n)) if n <= 12 else None
        if unit in WEEK_UNITS:
            return TimeSpec("point", start=base.with_(week=n)) if n <= 52 else None
        return TimeSpec("point", start=base, extra={"slice": f"nth:{n}:day"}) if n <= 366 else None
    side = "first" if g.get("yfl") in FIRST else "last"
    if unit in MONTH_UNITS:
        return TimeSpec("point", start=base, extra={"slice": f"{side}:{n}:month"}) if n <= 12 else None
    if unit in WEEK_UNITS:
        return TimeSpec("point", start=base, extra={"slice": f"{side}:{n}:week"}) if n <= 52 else None
    if g.get("yfl") in ("后", "後"):
        return None  # 2020年后10天: ten days after 2020 began, or after it ended: unclear
    return TimeSpec("point", start=base, extra={"slice": f"{side}:{n}:day"}) if n <= 366 else None


_CENTURY_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_COUNT = vocab.COUNT

PERIOD_RULES: tuple[Rule, ...] = (
    Rule(
        "century (18世纪, 二十世纪初, 上世纪末, 19世纪下半叶)",
        NearTrigger(
            re.compile(
                rf"(?:(?P<cw>上世[纪紀]|本世[纪紀])|(?<![\d一二三四五六七八九十])(?P<cn>{_CENTURY_NUMBER})世[纪紀])"
                rf"(?P<cp>{alt([*CENTURY_PART, *HALF_CENTURY])})?"
                r"(?![\d一二三四五六七八九十]+年代)"
                rf"(?!{alt(NAMES_AFTER_CENTURY)})"
            ),
            re.compile("世[纪紀]"),
            before=4,
            after=4,
        ),
        qualifying(century),
    ),
    Rule(
        "school vacation of a year (去年暑假, 2023年寒假)",
        NearTrigger(
            re.compile(rf"(?:{YEAR_A}{SP}(?:的)?)?(?P<vac>{alt(VACATION)})"),
            re.compile(alt(VACATION)),
            before=12,
            after=2,
        ),
        qualifying(vacation),
    ),
    Rule(
        "first, last or nth units of a year or month (今年前10天, 上月最后五天, 2005年首月, 70年第8个月)",
        NearTrigger(
            re.compile(
                rf"(?:{YEAR_A}{SP}(?:的)?"
                rf"(?:(?P<yfl>{alt(FIRST + LAST)}){SP}(?P<yn>{_COUNT}){SP}(?P<yu>{alt(DAY_UNITS + MONTH_UNITS + WEEK_UNITS)})"
                rf"|(?P<yfirst>首|头|頭)(?:一)?(?:个|個)?月(?!份?[初底末中上下])"
                rf"|第(?P<ynth>{_COUNT})(?P<ynu>{alt(MONTH_UNITS + WEEK_UNITS + DAY_UNITS)}))"
                rf"|(?:(?P<sm>{vocab.NUM_1_12}){SP}月份?|(?P<srm>{alt(vocab.RELATIVE_MONTH)})"
                rf"|(?P<snm>{alt(vocab.NARRATIVE_MONTH)})){SP}(?:的)?"
                rf"(?:(?P<mfl>{alt(FIRST + LAST)})(?P<mn>{_COUNT})(?:个|個)?(?P<mu>{alt(DAY_UNITS)})|(?P<mhalf>{alt(HALF_MONTH)}))"
                rf"|(?<![\d{vocab.CN_DIGIT}月])(?P<hm>{alt(HALF_MONTH)}))"
                r"(?![前后後以来來内內里裡])",
            ),
            re.compile(
                r"半月|(?:前|头|頭|首|最后|最後|末|后|後|第)[ \t]?(?:[\d０-９一二两兩三四五六七八九十百俩倆仨]|[个個]?月)"
            ),
            before=16,
            after=12,
        ),
        qualifying(slice_of_period),
        priority=2,
    ),
)
