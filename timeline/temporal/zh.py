"""Chinese temporal grammar: regex pieces built from `zh_vocab`, builders, then named `RULES`.

Calendar expressions are written once as a pattern factory (`_calendar(p)`) whose named groups
carry a prefix, so a range is simply two calendar expressions around a connector. Qualifiers
(截至, 约, 以来, 前后, 为止…) wrap any core pattern through `_qualified`, and `_apply_qualifiers`
reads them back, so every rule understands them the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import Rule, alt
from timeline.temporal.holidays import NAMES as HOLIDAY_NAMES
from timeline.temporal.numerals import digit_string, to_int
from timeline.temporal.spec import Point, TimeSpec

Groups = dict[str, str | None]
Build = Callable[[re.Match[str], str], "TimeSpec | None"]

# -- pattern pieces -------------------------------------------------------------------------------

YEAR4 = rf"(?:(?<![\d.\-/:])\d{{4}}(?![\d.%])|(?<![{vocab.CN_DIGIT}])[{vocab.CN_DIGIT}]{{4}}|[{vocab.FW_DIGIT}]{{4}})"
_CN_COUNT_CHARS = "〇零一二两兩三四五六七八九十百千"
MIN_YEAR, MAX_YEAR = 1000, 2199
"""Four-digit years outside this span are counts or jokes (9020年), not calendar years."""
YEAR2 = (
    rf"(?:(?<![\d.０-９{vocab.CN_DIGIT}])(?:\d{{2}}(?=[ \t]?年[ \t]?{vocab.NUM_1_12}[ \t]?月)|0\d(?=[ \t]?年))"
    r"|(?<![一二三四五六七八九十〇零○])[零〇○][〇零○一二三四五六七八九](?=[ \t]?年))"
)
"""A year of the century: 08年, 零八年, or 18年 when a month follows (18年10月)."""
_NUMBERISH = _CN_COUNT_CHARS + "万萬0123456789、"
_MID = rf"中(?![{vocab.NOT_AFTER_MID}])"
_PART = rf"(?:初|底|末|{_MID})"
_SINCE_BLOCK = "草诉訴义義飞飛来來步点點重身床因始源码碼伏跑航"
_S = r"[ \t]?"  # at most one space between the pieces of a date (２０２４年 ４月)


def _year(p: str) -> str:
    return (
        rf"(?:(?P<{p}y>{YEAR4}){_S}年|(?P<{p}y2>{YEAR2}){_S}年"
        rf"|(?P<{p}roc>{alt(vocab.ROC_ERA)}){_S}(?P<{p}rocn>\d{{1,3}}|[{_CN_COUNT_CHARS}]{{1,6}}){_S}年"
        rf"|(?P<{p}ry>{alt(vocab.RELATIVE_YEAR)})|(?P<{p}ny>{alt(vocab.NARRATIVE_YEAR)}))"
    )


def _month_day(p: str) -> str:
    """A month, then optionally a day or a part of the month (上旬, 初)."""
    month = (
        rf"(?:(?P<{p}m>{vocab.NUM_1_12}){_S}月份?"
        rf"|(?P<{p}lm>{alt(vocab.LUNAR_MONTH)})"
        rf"|(?P<{p}rm>{alt(vocab.RELATIVE_MONTH)})|(?P<{p}nm>{alt(vocab.NARRATIVE_MONTH)}))"
    )
    tail = rf"(?:(?P<{p}td>{alt(vocab.TENDAY)})|(?P<{p}mp>{_PART}))"
    bare_day = (  # 八月十五, 十月初一: a day written without 日 after a month in Chinese numerals
        rf"(?P<{p}dn>初[一二三四五六七八九十]|[二三]?十[一二三四五六七八九]|[二三]十|廿[一二三四五六七八九]?)"
        rf"(?![{_CN_COUNT_CHARS}\d日号號个個万萬亿億多余餘年月天周週])"
    )
    return rf"{month}{_S}(?:{_day(p)}|{bare_day}|{tail})?"


def _day(p: str) -> str:
    return (
        rf"(?P<{p}d>{vocab.NUM_1_31}){_S}(?:(?P<{p}ds>日)(?![{vocab.NOT_AFTER_DAY_RI}])"
        rf"|(?P<{p}dh>[号號])(?![{vocab.NOT_AFTER_DAY_HAO}]))"
    )


def _clock(p: str) -> str:
    """A clock time: daypart? hour 时/点 (半, 一刻, N分 N秒) or HH:MM[:SS]."""
    return (
        rf"(?:(?P<{p}dp>{alt(vocab.DAYPART)}){_S})?"
        rf"(?:(?P<{p}h>{vocab.NUM_0_24}){_S}(?P<{p}hu>[时時点點])(?P<{p}hz>钟|鐘|整)?"
        rf"(?:(?P<{p}half>半)|(?P<{p}qt>[一三1３3]刻)|(?P<{p}mi>{vocab.NUM_0_59}){_S}(?P<{p}mu>分(?:钟|鐘)?)?"
        rf"(?:(?P<{p}s>{vocab.NUM_0_59}){_S}秒)?)?"
        rf"|(?P<{p}ch>[01]?\d|2[0-3])[:：](?P<{p}cm>[0-5]\d)(?:[:：](?P<{p}cs>[0-5]\d))?(?![\d:：])[时時]?)"
    )


def _calendar(p: str) -> str:
    """A calendar expression: year? month? day? weekday? clock? with groups prefixed by `p`.

    A piece written in two branches gets extra underscores (`a_m`, `a__d`); `_groups` folds them.
    """
    rel_day = rf"(?:(?P<{p}rd>{alt(vocab.RELATIVE_DAY)})|(?:事发|事發)?(?P<{p}nd>{alt(vocab.NARRATIVE_DAY)}))"
    weekday = (
        rf"(?:(?:(?P<{p}ws>{alt(vocab.WEEK_SHIFT)}){alt(vocab.WEEK_WORD)}?)?(?P<{p}ww>{alt(vocab.WEEK_WORD)})"
        rf"(?P<{p}wd>[一二三四五六日天七末])"
        rf"|(?P<{p}ws2>{alt(vocab.WEEK_SHIFT)})(?P<{p}ww2>{alt(vocab.WEEK_WORD)}))"
    )
    daypart = rf"(?P<{p}dp2>{alt(vocab.DAYPART)})"
    tail_year = rf"(?:年?(?P<{p}yp>{_PART}))"
    date_core = (
        rf"(?:{_year(p)}{_S}(?:(?P<{p}lp>{alt(vocab.LUNAR_PREFIX)})?{_month_day(p)}|{tail_year})?"
        rf"|{_month_day(p + '_')}"
        rf"|{_day(p + '__')}|{rel_day}|{weekday})"
    )
    after_date = rf"(?:{_S}[(（]?{_S}(?:{alt(vocab.WEEK_WORD)})[一二三四五六日天]{_S}[)）]?)?"
    return rf"(?:{date_core}{after_date}(?:{_S}(?:{_clock(p)}|{daypart}))?|{_clock(p + '___')})"


def _groups(g: Groups, p: str) -> Groups:
    """Fold the underscored group names of a second branch (`a__d`) onto the plain ones (`ad`)."""
    out = dict(g)
    for key, value in g.items():
        if value and key.startswith(p + "_"):
            plain = p + key[len(p) :].lstrip("_")
            if not out.get(plain):
                out[plain] = value
    return out


def _qualified(core: str) -> str:
    """Wrap a core pattern with the qualifier words every rule understands."""
    return (
        rf"(?:(?:(?P<q_asof>{alt(vocab.AS_OF_PREFIX)})|(?P<q_about>{alt(vocab.APPROX_PREFIX)})|(?P<q_to>到|直到)){_S})?"
        rf"{core}"
        rf"(?(q_to){_S}(?P<q_until>{alt(vocab.AS_OF_SUFFIX)}))"
        rf"(?P<q_approx>{alt(vocab.APPROX_SUFFIX)})?"
        rf"(?:(?P<q_since>{alt(vocab.SINCE_SUFFIX[:2])}|起(?![{_SINCE_BLOCK}])|{alt(vocab.SINCE_SUFFIX[3:])})"
        rf"|(?P<q_before>{alt(vocab.BEFORE_SUFFIX)}|前(?![{vocab.BARE_AFTER_BLOCK}]))"
        rf"|(?P<q_after>{alt(vocab.AFTER_SUFFIX)}|[后後](?![{vocab.BARE_AFTER_BLOCK}])))?"
    )


KEY_REACH = 14
"""Every calendar expression shows one of its key characters within this many characters."""
CALENDAR_KEYS = "年月日号號时時点點周週期拜天晨早午晚夜:：旬底初末"
UNIT_KEYS = "年月周週期拜天日时時钟鐘分秒"


CONNECTOR_REACH = 40
"""How far into a range its connector may stand (2021年4月20日11:00时 is 16 characters)."""
CONNECTOR_KEYS = "至到-－–—~～〜和与與及或"
"""A range shows one of these between its two ends."""


def _keyed(pattern: str, keys: str, *more: str) -> str:
    """Prefix lookaheads that reject a position unless each set of key characters follows soon.

    A cheap scan of a few characters saves trying a long pattern at positions that merely
    start like a date (一, 上, 下 are everywhere in Chinese prose).
    """
    reaches = [KEY_REACH] + [CONNECTOR_REACH] * len(more)
    guards = "".join(
        rf"(?=[^\n]{{0,{n}}}?[{re.escape(k)}])" for n, k in zip(reaches, (keys, *more), strict=True)
    )
    return rf"{guards}(?:{pattern})"


CONNECTOR = r"[ \t]?(?:至|到|-|－|–|—{1,2}|~|～|〜|和|与|與|及|或)[ \t]?"

# -- reading groups -------------------------------------------------------------------------------


def _num(text: str | None) -> int | None:
    return to_int(text) if text else None


def _count(text: str | None) -> int | None:
    """A count before a unit; None for the fuzzy 一两 / 三四 ("one or two", "three or four")."""
    if text and len(text) > 1 and all(ch in vocab.CN_DIGIT + "两兩" for ch in text):
        return None
    return _num(text)


def _year_digits(text: str) -> int | None:
    digits = digit_string(text)
    return int(digits) if digits is not None else None


def _point(g: Groups, p: str = "") -> Point | None:
    """Read a calendar expression's groups (prefix `p`) into a Point; None when it is not a date."""
    g = _groups(g, p)
    fields: dict[str, object] = {}
    rel: tuple[str, int, str] | None = None
    has_year = has_month = False
    if g.get(p + "y"):
        fields["year"] = _year_digits(g[p + "y"] or "")
        if not MIN_YEAR <= (fields["year"] or 0) <= MAX_YEAR:
            return None  # 9020年 (a joke), 1000年 (a count): not calendar years
        has_year = True
    elif g.get(p + "y2"):
        fields["year"] = _year_digits(g[p + "y2"] or "")
        fields["year_of_century"] = True
        has_year = True
    elif g.get(p + "roc"):
        n = _num(g.get(p + "rocn"))
        if n is None or not 1 <= n <= 200:
            return None
        fields["year"] = 1911 + n
        has_year = True
    elif g.get(p + "ry"):
        rel = ("year", vocab.RELATIVE_YEAR[g[p + "ry"] or ""], "publication")
        has_year = True
    elif g.get(p + "ny"):
        rel = ("year", vocab.NARRATIVE_YEAR[g[p + "ny"] or ""], "narrative")
        has_year = True
    if g.get(p + "m"):
        month = _num(g[p + "m"])
        if month is None or not 1 <= month <= 12:
            return None
        fields["month"] = month
        has_month = True
    elif g.get(p + "lm"):
        fields.update(month=vocab.LUNAR_MONTH[g[p + "lm"] or ""], lunar=True)
        has_month = True
    elif g.get(p + "rm") or g.get(p + "nm"):
        if rel is not None:
            return None
        if g.get(p + "rm"):
            rel = ("month", vocab.RELATIVE_MONTH[g[p + "rm"] or ""], "publication")
        else:
            rel = ("month", vocab.NARRATIVE_MONTH[g[p + "nm"] or ""], "narrative")
        has_month = True
    if g.get(p + "dn") and not g.get(p + "d"):
        g[p + "d"] = (g[p + "dn"] or "").lstrip("初")
    if g.get(p + "d"):
        day = _num(g[p + "d"])
        if day is None or not 1 <= day <= 31:
            return None
        raw = g[p + "d"] or ""
        if not has_month and not has_year and not raw.isdigit() and len(raw) == 1:
            return None  # 一日 (one day), 天宫一号 / 神舟九号 (names): not the 1st or the 9th
        fields["day"] = day
    elif g.get(p + "rd") or g.get(p + "nd"):
        word = g.get(p + "rd") or g.get(p + "nd") or ""
        table = vocab.RELATIVE_DAY if g.get(p + "rd") else vocab.NARRATIVE_DAY
        offset, daypart = table[word]
        rel = ("day", offset, "publication" if g.get(p + "rd") else "narrative")
        if daypart:
            fields["daypart"] = daypart
    if g.get(p + "wd") or g.get(p + "ww2"):
        shift_word = g.get(p + "ws") or g.get(p + "ws2")
        if g.get(p + "wd") == "末":  # weekend: the Saturday (a range is built by the caller)
            fields["weekday"] = 5
        elif g.get(p + "wd"):
            fields["weekday"] = vocab.WEEKDAY[g[p + "wd"] or ""]
        if shift_word is not None:
            rel = ("week", vocab.WEEK_SHIFT[shift_word], "publication")
    if g.get(p + "td"):
        fields["tenday"] = vocab.TENDAY[g[p + "td"] or ""]
    part = g.get(p + "mp") or g.get(p + "yp")
    if part:
        fields["part"] = vocab.PART[part]
    if not _read_clock(g, p, fields):
        return None
    if not fields and rel is None:
        return None
    point = Point(**fields)  # type: ignore[arg-type]
    if rel is not None:
        point = point.with_(rel_unit=rel[0], rel_offset=rel[1], rel_base=rel[2])
    return point


def _read_clock(g: Groups, p: str, fields: dict[str, object], *, dated: bool = False) -> bool:
    """Add hour/minute/second/daypart to `fields`; False when the clock reading is implausible."""
    daypart = vocab.DAYPART.get(g.get(p + "dp") or g.get(p + "dp2") or "") or fields.get("daypart")
    hour = minute = second = None
    if g.get(p + "ch"):
        hour, minute = int(g[p + "ch"] or 0), int(g[p + "cm"] or 0)
        second = int(g[p + "cs"]) if g.get(p + "cs") else None
    elif g.get(p + "h"):
        raw = g[p + "h"] or ""
        hour = _num(raw)
        if hour is None or hour > 24:
            return False
        if g.get(p + "half"):
            minute = 30
        elif g.get(p + "qt"):
            minute = 15 if (g[p + "qt"] or "")[0] in "一1" else 45
        elif g.get(p + "mi"):
            minute = _num(g[p + "mi"])
            if minute is None or minute > 59:
                return False
            second = _num(g.get(p + "s"))
        dated = dated or any(g.get(p + k) for k in ("y", "m", "d", "rd", "nd", "wd", "ry", "rm"))
        loose = not (g.get(p + "hz") or g.get(p + "half") or g.get(p + "qt") or g.get(p + "mu"))
        loose = loose and not (raw.isdigit() and 13 <= hour <= 24)  # 13点 can only be a time
        point_word = g.get(p + "hu") in ("点", "點")
        if daypart is None and not dated and loose and p != "b" and (point_word or not raw.isdigit()):
            return False  # 三点 / 12点意见 / 九点九折 / 第一时间 alone are not clock times
    if hour is not None:
        if (daypart in vocab.PM_PARTS and hour < 12) or (daypart == "MI" and hour < 11):
            hour += 12
        fields.update(hour=hour, minute=minute, second=second)
        fields.pop("daypart", None)
    elif daypart:
        fields["daypart"] = daypart
    return True


def _apply_qualifiers(spec: TimeSpec, g: Groups) -> TimeSpec:
    """Set the spec's qualifier and approximate flag from the `q_*` groups of `_qualified`."""
    qualifier = spec.qualifier
    if g.get("q_asof") or g.get("q_until"):
        qualifier = "as_of"
    elif g.get("q_since"):
        qualifier = "since"
    elif g.get("q_before"):
        qualifier = "before"
    elif g.get("q_after"):
        qualifier = "after"
    approximate = spec.approximate or bool(g.get("q_about") or g.get("q_approx"))
    return spec.with_(qualifier=qualifier, approximate=approximate)


_LAST_FOUND: list[object] = [None, {}]


def _found(m: re.Match[str] | _Merged) -> Groups:
    """The groups of `m` that matched (a small dict; the last one is cached for the wrapper)."""
    if _LAST_FOUND[0] is m:
        return _LAST_FOUND[1]  # type: ignore[return-value]
    g = {k: v for k, v in m.groupdict().items() if v is not None}
    _LAST_FOUND[0], _LAST_FOUND[1] = m, g
    return g


def _qualifying(build: Build) -> Build:
    """Make a builder honour the qualifier groups of its match."""

    def wrapped(m: re.Match[str], text: str) -> TimeSpec | None:
        spec = build(m, text)
        return _apply_qualifiers(spec, _found(m)) if spec is not None else None

    return wrapped


# -- builders --------------------------------------------------------------------------------------


def _preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    """True when one of `words` ends right where the match starts."""
    return any(text.endswith(w, 0, start) for w in words)


def _calendar_point(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    if _preceded_by(text, m.start(), vocab.NORMAL_OF_YEARS):
        return None  # 常年11月19日: a climatological normal, not a date
    if (
        (g.get("a__d") and not g.get("am"))
        and m.start() > 0
        and text[m.start() - 1] in vocab.BEFORE_HOUSE_NUMBER
    ):
        return None  # 甲11号, 中山路9号: an address, not the 11th
    if g.get("ard") and text.startswith(vocab.NAMES_AFTER_DAY_WORD, m.end()):
        return None  # 今日头条, 今日说法: names of a news app and a programme
    point = _point(g, "a")
    if point is None:
        return None
    lunar = g.get("alp") or _preceded_by(text, m.start(), vocab.LUNAR_PREFIX)
    if lunar and point.month is not None:
        point = point.with_(lunar=True)  # 农历八月十五: a day of the Chinese calendar
    extra = {"prefer": "future"} if _speaks_of_a_plan(text, m.start(), m.end()) else {}
    if g.get("awd") == "末":  # 周末 / 上周末: Saturday to Sunday
        return TimeSpec("range", start=point, end=point.with_(weekday=6), extra=extra)
    return TimeSpec("point", start=point, extra=extra)


_CLAUSE_END = re.compile(r"[，,。；;！!？?\n：:]")
_SENTENCE_END = re.compile(r"[。；;！!？?\n]")
_PLAN = re.compile(alt(vocab.PLAN_WORDS))


def _speaks_of_a_plan(text: str, start: int, end: int) -> bool:
    """True when the clause around a date speaks of the future (将于9月19日举行, 9月19日将发布)."""
    before = text[max(0, start - 12) : start]
    cut = max((mm.end() for mm in _CLAUSE_END.finditer(before)), default=0)
    after = text[end : end + 20]
    stop = _SENTENCE_END.search(after)
    return bool(_PLAN.search(before[cut:]) or _PLAN.search(after[: stop.start() if stop else len(after)]))


def _calendar_range(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    first, second = _point(g, "a"), _point(g, "b")
    if first is None or second is None:
        return None
    connector = text[m.end("a_end") : m.start("b_start")].strip() if "a_end" in g else ""
    if connector in ("和", "与", "與", "及", "或") and not g.get("between") and not _adjacent(first, second):
        return None  # 2015年和2018年 are two dates, not the years between them
    if second.rel_unit is not None and first.rel_unit is None and second.rel_base == "narrative":
        return None
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


def _shared_unit_range(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    base = _year_prefix(g)
    first, last = _num(g.get("d1")), _num(g.get("d2"))
    if base is None or first is None or last is None or last <= first:
        return None
    if g["unit"].startswith("月"):
        if g.get("m") or last > 12:
            return None
        return TimeSpec("range", start=base.with_(month=first), end=base.with_(month=last))
    month = _num(g.get("m"))
    if month is None or last > 31:
        return None
    return TimeSpec("range", start=base.with_(month=month, day=first), end=base.with_(month=month, day=last))


def _year_range(m: re.Match[str], text: str) -> TimeSpec | None:
    first, last = _year_digits(m.group("y1")), _year_digits(m.group("y2"))
    if first is None or last is None:
        return None
    if last < 100:  # 2014-16年
        last = first // 100 * 100 + last
    if last <= first:
        return None
    return TimeSpec("range", start=Point(year=first), end=Point(year=last))


def _numeric(p: str, *, first: bool = True, last: bool = True) -> str:
    """A numeric date (2024-04-24, 2024/4/24, 2024.4.24) with an optional time, groups prefixed."""
    tail = r"(?![\d.%:/\-])" if last else r"(?![\d.%:/])"
    lead = r"(?<![\d.\-/:])" if first else r"(?<![\d.])"
    return (
        rf"{lead}(?P<{p}y>\d{{4}})(?:(?P<{p}sep>[-/])(?P<{p}m>1[0-2]|0?[1-9])"
        rf"(?:(?P={p}sep)(?P<{p}d>3[01]|[12]\d|0?[1-9]))?"
        rf"|\.(?P<{p}m2>1[0-2]|0?[1-9])\.(?P<{p}d2>3[01]|[12]\d|0?[1-9]))"
        rf"(?:(?:[ \t]{{1,2}}|T)(?P<{p}ch>[01]?\d|2[0-3]):(?P<{p}cm>[0-5]\d)(?::(?P<{p}cs>[0-5]\d))?"
        rf"|(?<=\d){_S}{_clock(p + 'k')})?{tail}"
    )


def _numeric_point(g: Groups, p: str) -> Point | None:
    year = int(g.get(p + "y") or 0)
    month = int(g.get(p + "m") or g.get(p + "m2") or 0)
    if not 1 <= month <= 12 or not 1000 <= year <= 2999:
        return None
    fields: dict[str, object] = {"year": year, "month": month}
    day = g.get(p + "d") or g.get(p + "d2")
    if day:
        fields["day"] = int(day)
    if g.get(p + "ch"):
        fields.update(hour=int(g[p + "ch"] or 0), minute=int(g[p + "cm"] or 0))
        if g.get(p + "cs"):
            fields["second"] = int(g[p + "cs"] or 0)
    elif not _read_clock(g, p + "k", fields, dated=True):
        return None
    return Point(**fields)  # type: ignore[arg-type]


def _numeric_date(m: re.Match[str], text: str) -> TimeSpec | None:
    point = _numeric_point(_found(m), "")
    return TimeSpec("point", start=point) if point is not None else None


def _numeric_range(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    first, second = _numeric_point(g, "a"), _numeric_point(g, "b")
    if first is None or second is None:
        return None
    return TimeSpec("range", start=first, end=second)


def _bare_clock(m: re.Match[str], text: str) -> TimeSpec | None:
    hour, minute = int(m.group("ch")), int(m.group("cm"))
    second = int(m.group("cs")) if m.group("cs") else None
    if m.group("pm") and hour < 12:
        hour += 12
    return TimeSpec("point", start=Point(hour=hour, minute=minute, second=second))


def _decade(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    if g.get("dec4"):
        decade, of_century = int(g["dec4"] or 0), False
    else:
        n = _num(g.get("dec"))
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


def _year_prefix(g: Groups) -> Point | None:
    """The optional year written before a quarter, half, season or holiday (prefix `a`)."""
    if not any(g.get(k) for k in ("ay", "ay2", "aroc", "ary", "any")):
        return Point()
    return _point({k: v for k, v in g.items() if k in ("ay", "ay2", "aroc", "arocn", "ary", "any")}, "a")


def _year_piece(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    base = _year_prefix(g)
    if base is None:
        return None
    if g.get("half"):
        return TimeSpec("point", start=base.with_(half=vocab.HALF[g["half"] or ""]))
    if g.get("q"):
        q = 1 if g["q"] == "首" else _num(g["q"])
        if q is None or not 1 <= q <= 4:
            return None
        return TimeSpec("point", start=base.with_(quarter=q))
    if g.get("firstq"):
        n = _num(g["firstq"])
        if n is None or not 1 <= n <= 4:
            return None
        return TimeSpec("range", start=base.with_(quarter=1), end=base.with_(quarter=n))
    if g.get("firstm"):
        n = _num(g["firstm"])
        if n is None or not 1 <= n <= 12:
            return None
        return TimeSpec("range", start=base.with_(month=1), end=base.with_(month=n))
    if g.get("season"):
        return TimeSpec("point", start=base.with_(season=vocab.SEASON[g["season"] or ""]))
    return None


def _relative_quarter(m: re.Match[str], text: str) -> TimeSpec | None:
    shift = {"本": 0, "这个": 0, "這個": 0, "上": -1, "上个": -1, "上個": -1, "下": 1, "下个": 1, "下個": 1}
    return TimeSpec("point", start=Point(rel_unit="quarter", rel_offset=shift[m.group("s")]))


def _bare_part(m: re.Match[str], text: str) -> TimeSpec | None:
    if m.group("td"):
        return TimeSpec("point", start=Point(tenday=vocab.TENDAY[m.group("td")]))
    part = vocab.PART[m.group("part")]
    if m.group("u") == "月":
        return TimeSpec("point", start=Point(rel_unit="month", rel_offset=0, rel_base="narrative", part=part))  # type: ignore[arg-type]
    return TimeSpec("point", start=Point(rel_unit="year", rel_offset=0, rel_base="narrative", part=part))  # type: ignore[arg-type]


def _holiday(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    name = g["hol"] or ""
    if name == "五一" and not (g.get("hs") or g.get("hp") or g.get("ay") or g.get("ary")):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and before in _NUMBERISH) or (after and not _is_boundary(after)):
            return None  # 五一广场, 十五一: a name or a number, not the holiday
    base = _year_prefix(g)
    if base is None:
        return None
    key = name + (g.get("hs") or "") if name + (g.get("hs") or "") in HOLIDAY_NAMES else name
    spec = TimeSpec("point", start=base.with_(holiday=key))
    hp = g.get("hp") or ""
    if hp in ("前夕",):
        return spec.with_(qualifier="before")
    if hp in ("期间", "期間", "假期", "长假", "長假", "小长假", "小長假", "黄金周", "黃金週", "前后", "前後"):
        return spec.with_(approximate=True)
    return spec


def _is_boundary(ch: str) -> bool:
    """True for punctuation, spaces and the particles that may follow a bare holiday name."""
    return not ch.isalnum() or ch in "前后後期间間的当當至到和与與及"


def _shift(m: re.Match[str], text: str) -> TimeSpec | None:
    """N units ago (publication) / N units later (narrative) / over the last N units (recent)."""
    g = _found(m)
    unit = vocab.UNIT[g.get("u") or g.get("um") or ""]
    direction = g["dir"] or ""
    fuzzy = g.get("fz") or g.get("more")
    if (g.get("n") or "").startswith("0"):
        return None  # 07年以后: a year of the century, not a count
    fuzzy = fuzzy or g.get("more2") == "多"
    n = None if g.get("fz") else _count(g.get("n"))
    halves = (g.get("n") == "半") + bool(g.get("half")) + (g.get("more2") == "半")
    if g.get("n") == "半":
        n = 0
    if n is not None and halves:  # 半年前, 3年半前, 两个半月前: count in the next smaller unit
        smaller = _HALF_OF.get(unit)
        if smaller is None:
            return None
        unit, per = smaller
        n = n * per + per // 2 if halves == 1 else None
    if direction in ("以来", "以來", "来", "來"):
        return TimeSpec("recent", extra={"precision": _precision(unit)})
    ago = direction in ("前", "以前", "之前")
    if n is None:
        if ago:
            return TimeSpec("past", extra={"precision": _precision(unit)})
        return TimeSpec("after")
    rel_unit = vocab.SHIFT_UNIT[unit]
    if rel_unit == "second":
        return None
    point = Point(
        rel_unit=rel_unit, rel_offset=-n if ago else n, rel_base="publication" if ago else "narrative"
    )  # type: ignore[arg-type]
    return TimeSpec("point", start=point, approximate=bool(fuzzy))


_HALF_OF = {"Y": ("M", 12), "M": ("D", 30), "D": ("H", 24), "H": ("MIN", 60)}
"""A unit → the next smaller one and how many of it make one (half a year = 6 months)."""


def _span(m: re.Match[str], text: str) -> TimeSpec | None:
    """上两周 / 过去三年 / 后三天 / 未来两个月: the N whole units before or after the current one."""
    g = _found(m)
    n = _count(g.get("n"))
    unit = vocab.UNIT[g["u"] or ""]
    if n is None or n < 1 or n > 999:
        return None
    rel_unit = vocab.SHIFT_UNIT[unit]
    if rel_unit == "second":
        return None
    past = g["dir"] in ("上", "前", "过去", "過去", "近", "最近", "此前")
    if past:
        start, end = -n, -1
    else:
        start, end = 1, n
    return TimeSpec(
        "range",
        start=Point(rel_unit=rel_unit, rel_offset=start),  # type: ignore[arg-type]
        end=Point(rel_unit=rel_unit, rel_offset=end),  # type: ignore[arg-type]
    )


def _precision(unit: str) -> str:
    return {"Y": "year", "M": "month", "W": "week", "D": "day", "H": "hour", "MIN": "minute", "S": "second"}[
        unit
    ]


def _duration(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    unit = vocab.UNIT[g["u"] or ""]
    raw = g.get("n") or ""
    half_after = g.get("half") == "半"
    approximate = bool(g.get("more")) or bool(g.get("fz"))
    if g.get("fz"):
        amount = "X"
    elif raw == "半":
        amount = "0.5"
    else:
        n = _count(raw)
        if g.get("u") == "日" and n is not None and n <= 31 and raw not in ("两", "兩"):
            return None  # 19日 is a day of the month; 90日 and 两日 can only be lengths
        amount = "X" if n is None else f"{n}.5" if half_after else str(n)
    code = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "H", "MIN": "M", "S": "S"}[unit]
    timepart = "T" if unit in ("H", "MIN", "S") else ""
    return TimeSpec("duration", duration=f"P{timepart}{amount}{code}", approximate=approximate)


def _compound_duration(m: re.Match[str], text: str) -> TimeSpec | None:
    """Sum the pieces of 3年零8个月 / 8天又二十个小时 into one ISO 8601 duration (P3Y8M, P8DT20H)."""
    amounts: dict[str, float] = {}
    for piece in _PIECE.finditer(m.group(0)):
        raw = piece.group("n")
        n = 0.5 if raw == "半" else _num(raw)
        if n is None:
            return None
        code = vocab.UNIT[piece.group("u")]
        if code in amounts:
            return None  # 3年3年 is two durations, not one
        amounts[code] = n + (0.5 if piece.group("half") else 0)
    if len(amounts) < 2:
        return None

    def fmt(code: str, letter: str) -> str:
        value = amounts.get(code)
        if value is None:
            return ""
        return f"{int(value) if value == int(value) else value}{letter}"

    date_part = "".join(fmt(c, letter) for c, letter in (("Y", "Y"), ("M", "M"), ("W", "W"), ("D", "D")))
    time_part = "".join(fmt(c, letter) for c, letter in (("H", "H"), ("MIN", "M"), ("S", "S")))
    return TimeSpec("duration", duration=f"P{date_part}{'T' + time_part if time_part else ''}")


def _set(m: re.Match[str], text: str) -> TimeSpec | None:
    g = _found(m)
    if g.get("wd"):
        return TimeSpec("set", timex=f"XXXX-WXX-{vocab.WEEKDAY[g['wd'] or ''] + 1}")
    if g.get("sm"):
        month, day = _num(g["sm"]), _num(g.get("sd"))
        if month is None or not 1 <= month <= 12:
            return None
        return TimeSpec("set", timex=f"XXXX-{month:02d}-{day:02d}" if day else f"XXXX-{month:02d}")
    if g.get("every"):
        n = _num(g["every"])
        code = vocab.SET_UNIT.get(g["u"] or "") or ""
        if n is None or not code:
            return None
        return TimeSpec("set", timex=code.replace("1", str(n), 1))
    timex = vocab.SET_UNIT.get(g.get("u") or "")
    return TimeSpec("set", timex=timex or None)


def _fixed(kind: str, **extra: str) -> Build:
    def build(m: re.Match[str], text: str) -> TimeSpec:
        return TimeSpec(kind, extra=dict(extra))  # type: ignore[arg-type]

    return build


def _then(m: re.Match[str], text: str) -> TimeSpec:
    return TimeSpec("then", approximate=vocab.THEN[m.group(0)] == "approximate")


# -- rules -----------------------------------------------------------------------------------------

_YEAR_A = (
    rf"(?:(?P<ay>{YEAR4}){_S}年|(?P<ay2>{YEAR2}){_S}年|(?P<aroc>{alt(vocab.ROC_ERA)}){_S}(?P<arocn>\d{{1,3}}|[{_CN_COUNT_CHARS}]{{1,6}}){_S}年"
    rf"|(?P<ary>{alt(vocab.RELATIVE_YEAR)})|(?P<any>{alt(vocab.NARRATIVE_YEAR)}))"
)
_PIECE_UNITS = alt(k for k in vocab.UNIT if k not in ("月", "周年", "日"))
_DURATION_PIECE = rf"(?:{vocab.COUNT})(?:多|余|餘)?[ \t]?(?:个|個)?{_PIECE_UNITS}半?"
_PIECE = re.compile(rf"(?P<n>{vocab.COUNT})(?:多|余|餘)?[ \t]?(?:个|個)?(?P<u>{_PIECE_UNITS})(?P<half>半)?")
_UNITS = alt(k for k in vocab.UNIT if k not in ("月", "周年"))
_SHIFT_UNITS = alt(k for k in vocab.UNIT if k not in ("月", "周年"))
_NOT_AFTER_NUMBER = rf"(?<![\d{_CN_COUNT_CHARS}.第每])"
_HOLIDAY_KEYS = "".join(sorted({name[-1] for name in HOLIDAY_NAMES}))
"""Every holiday name ends with one of these characters."""
_HOLIDAY_WORDS = alt(n for n in HOLIDAY_NAMES if not n.endswith(("节", "節")) or n[:-1] not in HOLIDAY_NAMES)

RULES: tuple[Rule, ...] = (
    Rule(
        "calendar date (年 月 日 星期 时 分, relative words, qualifiers)",
        re.compile(_keyed(_qualified(rf"(?<![\d{vocab.CN_DIGIT}第])" + _calendar("a")), CALENDAR_KEYS)),
        _qualifying(_calendar_point),
    ),
    Rule(
        "range of calendar dates (至, 到, —, 和)",
        re.compile(
            r"(?:从|從|自|由)?"
            + _keyed(
                _qualified(
                    rf"(?<![\d{vocab.CN_DIGIT}])(?P<a_start>){_calendar('a')}(?P<a_end>){CONNECTOR}"
                    rf"(?P<b_start>){_calendar('b')}(?P<between>之间|之間|间|間)?"
                ),
                CALENDAR_KEYS,
                CONNECTOR_KEYS,
            )
        ),
        _qualifying(_calendar_range),
        priority=1,
    ),
    Rule(
        "day or month range sharing one unit word (4月12-19日, 2018年1－9月份)",
        re.compile(
            _keyed(
                _qualified(
                    rf"(?:{_YEAR_A}{_S})?(?:(?P<m>{vocab.NUM_1_12}){_S}月{_S})?"
                    rf"(?P<d1>{vocab.NUM_1_31}){_S}(?:-|－|–|—{{1,2}}|~|～|〜|至|到){_S}(?P<d2>{vocab.NUM_1_31}){_S}"
                    rf"(?P<unit>[日号號]|月份?)"
                ),
                "日号號月",
                CONNECTOR_KEYS,
            )
        ),
        _qualifying(_shared_unit_range),
        priority=1,
    ),
    Rule(
        "year range (2014-2016年, 2014至16年)",
        re.compile(
            _keyed(
                _qualified(
                    rf"(?P<y1>{YEAR4}){_S}(?:年{_S})?(?:-|－|–|—{{1,2}}|~|～|至|到){_S}(?P<y2>\d{{4}}(?!\d)|[{vocab.CN_DIGIT}]{{4}}|\d{{2}}(?!\d)){_S}年"
                ),
                "年",
            )
        ),
        _qualifying(_year_range),
        priority=2,
    ),
    Rule(
        "numeric date (2024-04-24, 2024/4/24, 2024.4.24 [09:21])",
        re.compile(_numeric("")),
        _numeric_date,
        priority=1,
    ),
    Rule(
        "numeric date range (2024.4.1-2024.4.30, 2018/1/10至2018/7/10)",
        re.compile(_qualified(rf"{_numeric('a', last=False)}{CONNECTOR}{_numeric('b', first=False)}")),
        _qualifying(_numeric_range),
        priority=1,
    ),
    Rule(
        "compact date (20240307)",
        re.compile(
            r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d.%])"
        ),
        _numeric_date,
        priority=-1,
    ),
    Rule(
        "month/day/year (3/3/2015)",
        re.compile(
            r"(?<![\d./])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])"
        ),
        _numeric_date,
    ),
    Rule(
        "clock time (15:30, 3:15pm)",
        re.compile(
            r"(?<![\d:：./])(?P<ch>[01]?\d|2[0-3])[:：](?P<cm>[0-5]\d)(?:[:：](?P<cs>[0-5]\d))?"
            r"(?P<pm>\s?(?:pm|p\.m\.|p)(?![a-z]))?(?![\d:：.万萬])"
        ),
        _bare_clock,
        priority=-1,
    ),
    Rule(
        "decade (上世纪90年代, 80年代, 1990年代)",
        re.compile(
            _keyed(
                rf"(?:(?P<cent>{alt(vocab.CENTURY_PREFIX)})?(?P<dec>\d0|[一二三四五六七八九]十)|(?<!\d)(?P<dec4>1\d\d0|20\d0))"
                r"年代(?P<dp>初期|前期|中期|末期|后期|後期|初|末)?",
                "年",
            )
        ),
        _decade,
    ),
    Rule(
        "quarter, half, first months, season of a year (一季度, 上半年, 今年首8个月, 去年夏天)",
        re.compile(
            _keyed(
                _qualified(
                    rf"(?:{_YEAR_A}{_S}(?:的)?)?(?:(?<![创創])(?P<half>{alt(vocab.HALF)})"
                    rf"|(?:第|(?<![\d{_CN_COUNT_CHARS}]))(?P<q>[一二三四1-4１-４首])(?:个|個)?季度"
                    rf"|(?:前|首)(?P<firstq>[二两兩三四2-4])(?:个|個)?季度"
                    rf"|(?<=年)(?:前|首)(?P<firstm>{vocab.NUM_1_12}|两|兩)(?:个|個)?月(?!份?[初底末中上下])"
                    rf"|(?<=年)(?P<season>{alt(vocab.SEASON)}))"
                ),
                "季年月天",
            )
        ),
        _qualifying(_year_piece),
        priority=1,
    ),
    Rule(
        "this/last/next quarter (本季度, 上个季度)",
        re.compile(r"(?P<s>这个|這個|上个|上個|下个|下個|本|上|下)季度"),
        _relative_quarter,
    ),
    Rule(
        "start/end of the year or month (年初, 年底, 月底, 上旬)",
        re.compile(
            _qualified(
                rf"(?<![今去明前后後同当當本上下来來次翌该該{_CN_COUNT_CHARS}\d几幾数數多每全半个個])"
                rf"(?:(?P<u>[年月])(?P<part>初|底|末)|(?P<td>{alt(vocab.TENDAY)}))"
            )
        ),
        _qualifying(_bare_part),
    ),
    Rule(
        "holiday (春节, 中秋节, 2023年国庆, 五一假期)",
        re.compile(
            _keyed(
                _qualified(
                    rf"(?:{_YEAR_A}{_S}(?:的)?)?(?P<hol>{_HOLIDAY_WORDS})(?P<hs>节|節)?"
                    rf"(?P<hp>前夕|当天|當天|期间|期間|小长假|小長假|假期|长假|長假|黄金周|黃金週)?"
                ),
                _HOLIDAY_KEYS,
            )
        ),
        _qualifying(_holiday),
    ),
    Rule(
        "N units ago / later / so far (三天前, 两年后, 十年来, 几天后)",
        re.compile(
            _keyed(
                rf"{_NOT_AFTER_NUMBER}(?:(?P<n>{vocab.COUNT})|(?P<fz>{vocab.FUZZY_COUNT}))(?P<more>多|余|餘)?{_S}"
                rf"(?:(?P<cu>[个個])(?P<more2>多|半)?)?(?:(?P<u>{_SHIFT_UNITS})|(?<=[个個][多半])(?P<um>月))(?P<half>半)?{_S}"
                rf"(?P<dir>以前|之前|以后|以後|之后|之後|以来|以來|前|后|後|来|來)"
                rf"(?![{vocab.BARE_AFTER_BLOCK}])",
                UNIT_KEYS,
            )
        ),
        _shift,
        priority=1,
    ),
    Rule(
        "some days after the event (事发后十多天)",
        re.compile(
            rf"(?:事发|事發)(?:[后後]|之[后後])(?P<n>{vocab.COUNT})(?P<more>多|余|餘)?(?P<u>天|日|个月|個月|年)"
        ),
        lambda m, text: TimeSpec(
            "point",
            start=Point(
                rel_unit=vocab.SHIFT_UNIT[vocab.UNIT[m.group("u")]],  # type: ignore[arg-type]
                rel_offset=_num(m.group("n")) or 0,
                rel_base="narrative",
            ),
            approximate=bool(m.group("more")),
        ),
    ),
    Rule(
        "the N units before or after now (上两周, 过去三年, 未来两个月)",
        re.compile(
            rf"(?P<dir>过去|過去|最近|近|未来|未來|接下来|接下來|今后|今後|(?<![目此之以提事日年月天])[上前下后後])"
            rf"(?P<n>{vocab.COUNT}){_S}(?P<u>{_SHIFT_UNITS})(?![前后後以来來内內里裡])"
        ),
        _span,
    ),
    Rule(
        "present (如今, 目前, 截至目前)",
        re.compile(alt(vocab.PRESENT) + r"(?![的]?[天])"),
        _fixed("present"),
    ),
    Rule(
        "recent years (近年来, 长期以来)",
        re.compile(alt(vocab.RECENT_YEARS)),
        _fixed("recent", precision="year"),
    ),
    Rule("recent days (近日, 日前)", re.compile(alt(vocab.RECENT_DAYS)), _fixed("recent", precision="day")),
    Rule("recent months (近期)", re.compile(alt(vocab.RECENT_MONTHS)), _fixed("recent", precision="month")),
    Rule("earlier (此前, 以往)", re.compile(alt(vocab.PAST)), _fixed("past", precision="day")),
    Rule("from now on (今后, 将来)", re.compile(alt(vocab.FUTURE)), _fixed("future")),
    Rule("afterwards (随后, 此后, 过了一段时间)", re.compile(alt(vocab.AFTER)), _fixed("after")),
    Rule("then, at the start (当时, 最初)", re.compile(alt(vocab.THEN)), _then),
    Rule(
        "duration (三年, 1分钟, 一个月, 十多天, 半年)",
        re.compile(
            _keyed(
                rf"{_NOT_AFTER_NUMBER}(?:(?P<n>{vocab.COUNT})|(?P<fz>{vocab.FUZZY_COUNT}))(?P<more>多|余|餘|来|來)?{_S}"
                rf"(?:(?P<u>{_UNITS})|(?<=[多余餘几幾数數])(?P<u2>[日月]))(?P<half>半)?"
                rf"(?![前后後以来來底初中内內度代级級龄齡薪岁歲])",
                UNIT_KEYS,
            )
        ),
        lambda m, text: _duration(_Merged(m, u="u2"), text),
        priority=-1,
    ),
    Rule(
        "compound duration (3年零8个月, 1小时30分钟, 8天又二十个小时)",
        re.compile(
            _keyed(
                rf"{_NOT_AFTER_NUMBER}{_DURATION_PIECE}(?:[ \t]?(?:又|零|多|余|餘)?[ \t]?{_DURATION_PIECE}){{1,6}}"
                rf"(?![前后後以来來底初中内內度代级級龄齡薪岁歲])",
                UNIT_KEYS,
            )
        ),
        _compound_duration,
    ),
    Rule(
        "set (每天, 每年, 每周一, 每学期, 每隔三天)",
        re.compile(
            rf"每(?:个|個|一)?(?:(?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天])"
            rf"|年(?P<sm>{vocab.NUM_1_12})月(?:(?P<sd>{vocab.NUM_1_31})[日号號])?"
            rf"|隔(?P<every>{vocab.COUNT})(?:个|個)?(?P<u>{alt(vocab.SET_UNIT)})"
            rf"|(?P<u1>{alt(vocab.SET_UNIT)}))"
        ),
        lambda m, text: _set(_Merged(m, u="u1"), text),
    ),
)


class _Merged:
    """A match view whose `groupdict` fills a group from an alternative spelling (`m2` for `m`)."""

    def __init__(self, match: re.Match[str], **aliases: str) -> None:
        self._match = match
        self._aliases = {"m": "m2", "d": "d2", **aliases}

    def groupdict(self) -> Groups:
        g = dict(self._match.groupdict())
        for key, other in self._aliases.items():
            if not g.get(key) and g.get(other):
                g[key] = g[other]
        return g

    def group(self, name: str) -> str | None:
        return self.groupdict().get(name)
