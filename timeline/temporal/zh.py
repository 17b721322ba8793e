"""Chinese temporal grammar: vocabulary tables, then named rules, then `RULES`."""

from __future__ import annotations

import re

from timeline.temporal.engine import Rule, alt
from timeline.temporal.numerals import to_int
from timeline.temporal.spec import Point, TimeSpec

# -- vocabulary ----------------------------------------------------------------------------------

CN_DIGIT = "〇零一二三四五六七八九"
NUM_1_31 = (
    r"(?:3[01]|[12]\d|0?[1-9]|[１-９]|[１２][０-９]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])"
)
NUM_1_12 = r"(?:1[0-2]|0?[1-9]|１[０-２]|[１-９]|十[一二]?|[一二三四五六七八九])"
NUM_0_24 = r"(?:2[0-4]|[01]?\d|二十[一二三四]?|十[一二三四五六七八九]?|[零一二两三四五六七八九])"
NUM_0_59 = r"(?:[0-5]?\d|[二三四五]?十[一二三四五六七八九]?|[零一二三四五六七八九])"
YEAR4 = rf"(?:(?<![\d.\-/])\d{{4}}(?![\d.%])|[{CN_DIGIT}]{{4}}|[０-９]{{4}})"

DAYPART = {
    "凌晨": "NI",
    "清晨": "MO",
    "早上": "MO",
    "早晨": "MO",
    "上午": "MO",
    "中午": "MI",
    "午后": "AF",
    "下午": "AF",
    "傍晚": "EV",
    "晚上": "EV",
    "晚间": "EV",
    "夜间": "NI",
    "夜里": "NI",
    "深夜": "NI",
    "晚": "EV",
    "早": "MO",
}
PM_PARTS = {"AF", "EV"}
PART = {"初": "early", "中旬": "mid", "中": "mid", "底": "late", "末": "late"}
RELATIVE_YEAR = {"今年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2, "後年": 2, "本年": 0, "上年": -1}
PRESENT = ("如今", "目前", "当前", "當前", "现在", "現在", "至今", "当下", "眼下", "现阶段")
RECENT = (
    "近年来",
    "近年來",
    "近几年",
    "近幾年",
    "多年来",
    "多年來",
    "长期以来",
    "長期以來",
    "一直以来",
    "一直以來",
    "近年",
    "这些年",
    "這些年",
)
AFTER = ("随后", "隨後", "此后", "此後", "之后", "之後", "后来", "後來", "过了一段时间", "過了一段時間")

# -- builders -----------------------------------------------------------------------------------


def _num(text: str | None) -> int | None:
    return to_int(text) if text else None


def _absolute(m: re.Match[str], text: str) -> TimeSpec | None:
    g = m.groupdict()
    year = None
    if g.get("y"):
        digits = "".join(str(to_int(ch)) if not ch.isdigit() else str(int(ch)) for ch in g["y"])
        year = int(digits)
    month, day = _num(g.get("m")), _num(g.get("d"))
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    hour, minute = _num(g.get("h")), _num(g.get("mi"))
    if g.get("half"):
        minute = 30
    daypart = DAYPART.get(g.get("dp") or "")
    if hour is not None and daypart in PM_PARTS and hour < 12:
        hour += 12
    part = PART.get(g.get("part") or "")
    rel = g.get("rel")
    point = Point(
        year=year,
        month=month,
        day=day,
        hour=hour,
        minute=minute,
        daypart=daypart if hour is None else None,
        part=part,
    )  # type: ignore[arg-type]
    if rel:
        point = point.with_(rel_unit="year", rel_offset=RELATIVE_YEAR[rel])
    if year is None and month is None and day is None and not rel:
        return None
    qualifier = "none"
    if g.get("asof"):
        qualifier = "as_of"
    elif g.get("since"):
        qualifier = "since"
    approximate = bool(g.get("approx") or g.get("about"))
    return TimeSpec("point", start=point, qualifier=qualifier, approximate=approximate)


def _fixed(kind: str, qualifier: str = "none"):  # type: ignore[no-untyped-def]
    def build(m: re.Match[str], text: str) -> TimeSpec:
        return TimeSpec(kind, qualifier=qualifier)  # type: ignore[arg-type]

    return build


def _duration(m: re.Match[str], text: str) -> TimeSpec | None:
    n = _num(m.group("n"))
    unit = {
        "年": "Y",
        "个月": "M",
        "個月": "M",
        "月": "M",
        "周": "W",
        "星期": "W",
        "天": "D",
        "日": "D",
        "小时": "H",
        "小時": "H",
        "分钟": "M",
        "分鐘": "M",
        "秒": "S",
        "秒钟": "S",
    }[m.group("u")]
    timepart = "T" if m.group("u") in ("小时", "小時", "分钟", "分鐘", "秒", "秒钟") else ""
    amount = str(n) if n is not None else "X"
    return TimeSpec("duration", duration=f"P{timepart}{amount}{unit}")


def _days_after(m: re.Match[str], text: str) -> TimeSpec | None:
    n = _num(m.group("n"))
    if n is None:  # 几天后: some days after the narrative point, precision of that point
        return TimeSpec("after")
    sign = -1 if m.group("dir") in ("前",) else 1
    base = "publication" if m.group("dir") == "前" else "narrative"
    return TimeSpec("point", start=Point(rel_unit="day", rel_offset=sign * n, rel_base=base))  # type: ignore[arg-type]


# -- rules --------------------------------------------------------------------------------------

_TIME = (
    rf"(?:(?P<dp>{alt(DAYPART)})?(?P<h>{NUM_0_24})\s*[时時点點](?:(?P<half>半)|(?P<mi>{NUM_0_59})\s*分?)?)?"
)
_DATE_TAIL = rf"(?:(?P<d>{NUM_1_31})\s*[日号號])?"

RULES: tuple[Rule, ...] = (
    Rule(
        "year [month [day [time]]] with 截至/以来/初/许",
        re.compile(
            rf"(?P<about>约|大约|大約)?(?P<asof>截至|截止|截止到)?(?:(?P<y>{YEAR4})\s*年|(?P<rel>{alt(RELATIVE_YEAR)}))"
            rf"(?:(?P<m>{NUM_1_12})\s*月{_DATE_TAIL}{_TIME})?"
            rf"(?P<part>初|中旬|底|末)?(?P<approx>许|許|左右|前后)?(?P<since>以来|以來|起|开始)?"
        ),
        _absolute,
    ),
    Rule(
        "month [day [time]] of an unnamed year",
        re.compile(
            rf"(?P<about>约|大约)?(?P<asof>截至|截止|截止到)?(?<![\d年])(?P<m>{NUM_1_12})\s*月{_DATE_TAIL}{_TIME}"
            rf"(?P<part>初|中旬|底|末)?(?P<approx>许|許|左右)?(?P<since>以来|以來|起)?"
        ),
        _absolute,
    ),
    Rule("present (如今, 目前)", re.compile(alt(PRESENT)), _fixed("present")),
    Rule("recent years (近年来, 长期以来)", re.compile(alt(RECENT)), _fixed("recent")),
    Rule("afterwards (随后, 此后)", re.compile(alt(AFTER)), _fixed("after")),
    Rule(
        "N days later / ago",
        re.compile(r"(?P<n>几|幾|\d{1,3}|[一二两三四五六七八九十]{1,3})\s*天(?P<dir>后|後|前|以后|之后)"),
        _days_after,
    ),
    Rule(
        "duration (三年, 1分钟, 一个月)",
        re.compile(
            r"(?P<n>\d{1,4}|[一二两三四五六七八九十百几]{1,4})\s*(?:多)?"
            r"(?P<u>个月|個月|年|周|星期|天|小时|小時|分钟|分鐘|秒钟|秒)(?![前后後以来來底初中])"
        ),
        _duration,
        priority=-1,
    ),
)
