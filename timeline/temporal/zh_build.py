"""Builders of the Chinese grammar: one match (and the text around it) → a `TimeSpec`."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import alt
from timeline.temporal.feast_names import ZH_FEASTS
from timeline.temporal.holidays import NAMES as HOLIDAY_NAMES
from timeline.temporal.holidays import reads_nth_day
from timeline.temporal.solar_terms import WEATHER_WORDS
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_build_spans import precision_of as _precision
from timeline.temporal.zh_patterns import NUMBERISH
from timeline.temporal.zh_read import (
    Build,
    found_groups,
    is_boundary,
    is_title,
    preceded_by,
    read_count,
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
    if preceded_by(text, m.start(), vocab.NORMAL_OF_YEARS):
        return None  # 常年11月19日: a climatological normal, not a date
    if (
        (g.get("a__d") and not g.get("am"))
        and m.start() > 0
        and text[m.start() - 1] in vocab.BEFORE_HOUSE_NUMBER
    ):
        return None  # 甲11号, 中山路9号: an address, not the 11th
    if g.get("ard") and text.startswith(vocab.NAMES_AFTER_DAY_WORD, m.end()):
        return None  # 今日头条, 今日说法: names of a news app and a programme
    if (
        (g.get("ay") or g.get("ay2"))
        and not g.get("am")
        and preceded_by(text, m.start(), vocab.BEFORE_A_LENGTH)
    ):
        return None  # 护佑了人们1500年, 长达1000年: a length of time, not a year
    if is_title(text, m.start(), m.end()):
        return None  # 《明日之后》, 《2012》: the title of a work
    point = read_point(g, "a")
    if point is None:
        return None
    if (
        point.month is not None
        and point.day is None
        and point.year is None
        and _COUNT_OF_MONTHS.search(text, max(0, m.start() - 24), m.start())
    ):
        return None  # 从目前6个月延长至12月: a count of months written short, not December
    lunar = g.get("alp") or preceded_by(text, m.start(), vocab.LUNAR_PREFIX)
    if lunar and point.month is not None:
        point = point.with_(lunar=True)  # 农历八月十五: a day of the Chinese calendar
    extra = {"prefer": "future"} if speaks_of_a_plan(text, m.start(), m.end()) else {}
    if text.endswith(_FOLLOWING, 0, m.start()):  # 继5日的罢工后: an earlier event, not the story's day
        extra["comparison"] = "yes"
    if g.get("awd") == "末":  # 周末 / 上周末: Saturday to Sunday
        if point.rel_unit is None and text.endswith(_HAS_WEEKENDS, 0, m.start()):
            return None  # 有周末 / 没有周末: having weekends off, no particular weekend
        return TimeSpec("range", start=point, end=point.with_(weekday=6), extra=extra)
    return TimeSpec("point", start=point, extra=extra)


_COUNT_OF_MONTHS = re.compile(
    r"(?:\d+|[一二两兩三四五六七八九十]+)[个個]月[^，。；,;]{0,16}?(?:延长|增加|提高|缩短|减少|增|减|延)(?:至|到|为)$"
)
"""6个月…延长至12月: after a count of months, the target of the change is a count too."""
_HAS_WEEKENDS = ("有", "无", "無")
"""工人有周末 / 医生没有周末: weekends as a kind of day off, not a dated weekend."""
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


_FOREIGN_BEFORE = re.compile(
    rf"(?:(?<![中我祖全举舉建开開本两兩各])[国國]|{alt(vocab.COUNTRIES_WITHOUT_GUO)})(?:的)?\Z"
)
"""A country other than China written just before 国庆 (美国, 泰國, 以色列)."""


_WAR = re.compile(r"[战戰](?:争|爭|役)")
_WORD_ENDING_JIE = re.compile(r"[能约約省俭儉奏拍点點目]")
"""After a name ending in 节: a character that makes 节 the start of another word (节能, 节目)."""
_TITLE_AFTER_DAY = re.compile(r"[剧劇]|[报報](?![道告名到复復警销銷价價考送])")
"""After a holiday name ending in 日: a word that makes it a title (赎罪日剧 = a Japanese drama, 日报 = a daily)."""


def _named_as_solar_term(text: str, start: int, end: int) -> bool:
    """True when 节气 is written right after the term or within a few characters before it."""
    return text.startswith(("节气", "節氣"), end) or any(
        w in text[max(0, start - 6) : start] for w in ("节气", "節氣")
    )


def holiday_point(m: re.Match[str], text: str) -> TimeSpec | None:
    """A holiday with an optional year (春节, 2023年中秋节, 国庆期间)."""
    g = found_groups(m)
    name = g["hol"] or ""
    if name == "五一" and not (g.get("hs") or g.get("hp") or g.get("ay") or g.get("ary")):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and before in NUMBERISH) or (after and not is_boundary(after)):
            return None  # 五一广场, 十五一: a name or a number, not the holiday
    if name in WEATHER_WORDS and not _named_as_solar_term(text, m.start("hol"), m.end("hol")):
        return None  # 大雪 (heavy snow), 雨水 (rainwater): a date only as 大雪节气 / 节气大雪
    if name in ("大寒", "小寒") and text.startswith(("潮", "流"), m.end()):
        return None  # 大寒潮: a cold wave
    base = read_year_prefix(g)
    if base is None:
        return None
    if (
        name.startswith(vocab.NATIONAL_DAYS)
        and not g.get("ay")
        and _FOREIGN_BEFORE.search(text, 0, m.start())
    ):
        return None  # 美国国庆节, 以色列國慶, 犹太植树节: another country's day, whose date we do not know
    if name.endswith("日") and _TITLE_AFTER_DAY.match(text, m.end("hol")):
        return None  # 赎罪日剧, 某某日报: a drama or a newspaper named after the day
    key = name + (g.get("hs") or "") if name + (g.get("hs") or "") in HOLIDAY_NAMES else name
    name_end = m.end("hs") if g.get("hs") else m.end("hol")
    if _WAR.match(text, name_end):
        return None  # 赎罪日战争, 斋月战争: a war named after the feast, not its day
    if key in ZH_FEASTS and key.endswith(("节", "節")) and _WORD_ENDING_JIE.match(text, name_end):
        return None  # 光明节能, 光明节目: 光明 followed by 节能 (energy saving), 节目 (a programme)
    daypart = vocab.DAYPART.get(g.get("hdp") or "")
    nth = (
        read_count(g.get("hnd")) if g.get("hnd") else 1 if g.get("hfirst") else -1 if g.get("hlast") else None
    )
    if nth is not None and not reads_nth_day(key, nth):  # 元旦最后一天: the last of its days off, near it
        return TimeSpec("point", start=base.with_(holiday=key, daypart=daypart), approximate=True)
    spec = TimeSpec("point", start=base.with_(holiday=key, daypart=daypart, holiday_day=nth))
    hp = g.get("hp") or ""
    if hp in ("前夕",):
        return spec.with_(qualifier="before")
    if hp in ("期间", "期間", "假期", "长假", "長假", "小长假", "小長假", "黄金周", "黃金週", "前后", "前後"):
        return spec.with_(approximate=True)
    return spec


def shifted(m: re.Match[str], text: str) -> TimeSpec | None:
    """N units ago (publication) / N units later (narrative) / over the last N units (recent)."""
    g = found_groups(m)
    unit = (
        "M"
        if g.get("uq")
        else "MIN"
        if g.get("uk") or g.get("mhalf")
        else vocab.UNIT[g.get("u") or g.get("um") or ""]
    )
    direction = g.get("dir") or ("后" if g.get("go") else "")
    fuzzy = g.get("fz") or g.get("more")
    if (g.get("n") or "").startswith("0"):
        return None  # 07年以后: a year of the century, not a count
    fuzzy = fuzzy or g.get("more2") == "多" or g.get("more4")
    n = None if g.get("fz") else read_count(g.get("n"))
    halves = (g.get("n") == "半") + bool(g.get("half") or g.get("mhalf")) + (g.get("more2") == "半")
    if g.get("n") == "半":
        n = 0
    if (g.get("uq") or g.get("uk")) and n is not None:  # 三个季度后 in months, 一刻钟后 in minutes
        if halves:
            return None
        n *= 3 if g.get("uq") else 15
    if n is not None and halves:  # 半年前, 3年半前, 两个半月前: count in the next smaller unit
        smaller = _HALF_OF.get(unit)
        if smaller is None:
            return None
        unit, per = smaller
        n = n * per + per // 2 if halves == 1 else None
    if g.get("go") and n is None:
        return None  # 过了几天: a vague narrative step, not a date to chain on
    if direction in ("以来", "以來", "来", "來"):
        return TimeSpec("recent", extra={"precision": _precision(unit)})
    ago = direction in ("前", "以前", "之前")
    if n is None:
        if ago:
            return TimeSpec("past", extra={"precision": _precision(unit)})
        return TimeSpec("after")
    rel_unit = vocab.SHIFT_UNIT[unit]
    point = Point(
        rel_unit=rel_unit,  # type: ignore[arg-type]
        rel_offset=-n if ago else n,
        rel_base="publication" if ago else "narrative",
        needs_base=not ago
        and not g.get("go")
        and _after_an_event_clause(text, m.start())
        and not speaks_of_a_plan(text, m.start(), m.end()),
    )
    return TimeSpec("point", start=point, approximate=bool(fuzzy or g.get("about")))


_CLAUSE_STARTERS = frozenset("在于於从從到至了的约約")


def _after_an_event_clause(text: str, start: int) -> bool:
    """True when a clause names the event the count starts from (解除封锁半年后), not a bare 半年后."""
    if start == 0:
        return False
    before = text[start - 1]
    return "\u4e00" <= before <= "\u9fff" and before not in _CLAUSE_STARTERS


_HALF_OF = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}
"""A unit → the next smaller one and how many of it make one (half a year = 6 months)."""


def recurrence(m: re.Match[str], text: str) -> TimeSpec | None:
    """A recurrence (每天, 每周一, 每年11月19日, 每隔三天) as a TIMEX3 set value."""
    g = found_groups(m)
    if g.get("wd"):
        return TimeSpec("set", timex=f"XXXX-WXX-{vocab.WEEKDAY[g['wd'] or ''] + 1}")
    if g.get("sm"):
        month, day = read_int(g["sm"]), read_int(g.get("sd"))
        if month is None or not 1 <= month <= 12:
            return None
        return TimeSpec("set", timex=f"XXXX-{month:02d}-{day:02d}" if day else f"XXXX-{month:02d}")
    if g.get("every"):
        n = read_int(g["every"])
        code = vocab.SET_UNIT.get(g["u"] or "") or ""
        if n is None or not code:
            return None
        return TimeSpec("set", timex=code.replace("1", str(n), 1))
    timex = vocab.SET_UNIT.get(g.get("u") or "")
    return TimeSpec("set", timex=timex or None)


def fixed(kind: str, **extra: str) -> Build:
    """A builder that always answers a spec of `kind` (present, recent, past, future, after)."""

    def build(m: re.Match[str], text: str) -> TimeSpec:
        return TimeSpec(kind, extra=dict(extra))  # type: ignore[arg-type]

    return build


def present_instant(m: re.Match[str], text: str) -> TimeSpec | None:
    """现在 / 此刻 / 而家: the present moment (the reference instant when the reference has a clock)."""
    if m.group(0) == "宜家" and (
        (m.start() > 0 and text[m.start() - 1] in "在去到逛")
        or text.startswith(vocab.NOT_AFTER_IKEA, m.end())
    ):
        return None  # 宜家家居, 去宜家: the furniture chain, not Cantonese 'now'
    if m.group(0) in ("现在", "現在") and m.start() > 0 and text[m.start() - 1] in vocab.VERBS_BEFORE_ZAI:
        return None  # 出现在, 发现在, 体现在: a verb ending in 现 followed by 在 ('at'), not 'now'
    return TimeSpec("present", extra={"instant": "yes"})


def then(m: re.Match[str], text: str) -> TimeSpec:
    """当时 (the narrative point) or 最初 (the narrative point, approximate)."""
    return TimeSpec("then", approximate=vocab.THEN[m.group(0)] == "approximate")
