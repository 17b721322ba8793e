"""Builders of the Chinese grammar for lengths of time: 三年, 十多天, 4周年, 一刻钟, 五个季度, 35,000个钟头,
3年零8个月, 1小时30分 (ISO 8601 durations, never a date)."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.spec import TimeSpec
from timeline.temporal.zh_patterns import PIECE_UNITS
from timeline.temporal.zh_read import found_groups, read_count, read_int


def duration_spec(m: re.Match[str], text: str) -> TimeSpec | None:
    """A length of time (三年, 1分钟, 十多天, 半年) as an ISO 8601 duration."""
    g = found_groups(m)
    written = g.get("u") or ("分钟" if g.get("mhalf") else "")  # 一分半钟: a minute and a half
    unit = _COUNTED_UNITS.get(written) or vocab.UNIT[written]
    raw = g.get("n") or ""
    half_after = g.get("half") == "半" or bool(g.get("mhalf"))
    approximate = bool(g.get("more")) or bool(g.get("more3")) or bool(g.get("fz"))
    if g.get("big"):  # 35,000个钟头, 2621.2小时, 2000万小时
        amount = _big_count(g["big"] or "", _UNIT_FACTOR.get(written, 1))
        if amount is None:
            return None
    elif g.get("fz"):
        amount = "X"
    elif raw == "半":
        amount = "0.5"
    else:
        n = read_count(raw)
        if (
            g.get("u") == "日"
            and n is not None
            and n <= 31
            and raw not in ("两", "兩")
            and not g.get("within")
        ):
            return None  # 19日 is a day of the month; 90日 and 两日 can only be lengths
        amount = "X" if n is None else f"{n}.5" if half_after else str(n)
        factor = _UNIT_FACTOR.get(written, 1)
        if factor != 1 and n is not None:  # 1刻钟 = 15 minutes, 五个季度 = 15 months
            amount = str(n * factor) if not half_after else f"{n * factor + factor / 2:g}"
    code = _ISO_LETTER[unit]
    timepart = "T" if unit in ("H", "MIN", "S") else ""
    return TimeSpec("duration", duration=f"P{timepart}{amount}{code}", approximate=approximate)


_ISO_LETTER = {"Y": "Y", "M": "M", "W": "W", "D": "D", "H": "H", "MIN": "M", "S": "S"}
"""The letter of each unit in an ISO 8601 duration (minutes are M after the T)."""
_COUNTED_UNITS = {"刻钟": "MIN", "刻鐘": "MIN", "个季度": "M", "個季度": "M"}
"""Units written as a multiple of another: a quarter hour, a quarter year."""
_UNIT_FACTOR = {"刻钟": 15, "刻鐘": 15, "个季度": 3, "個季度": 3}


def _big_count(raw: str, factor: int) -> str | None:
    """35,000 / 2621.2 / 2000万 (times the unit's factor) as a duration amount."""
    text = raw.replace(",", "")
    scale = 10000 if text.endswith(("万", "萬")) else 1
    number = float(text.rstrip("万萬")) * scale * factor
    if number <= 0:
        return None
    return f"{number:.10g}"


def compound_duration(m: re.Match[str], text: str) -> TimeSpec | None:
    """Sum the pieces of 3年零8个月 / 8天又二十个小时 into one ISO 8601 duration (P3Y8M, P8DT20H)."""
    amounts: dict[str, float] = {}
    for piece in _PIECE.finditer(m.group(0)):
        raw = piece.group("n")
        n = 0.5 if raw == "半" else read_int(raw)
        if n is None:
            return None
        code = vocab.UNIT[piece.group("u")]
        if code in amounts:
            return None  # 3年3年 is two durations, not one
        amounts[code] = n + (0.5 if piece.group("half") else 0)
    minutes = m.group("tmin") or m.group("tmin2")
    if minutes:  # 1小时30分: the minutes after the hours
        count = read_int(minutes)
        if count is None or count >= 60 or "MIN" in amounts:
            return None
        amounts["MIN"] = count
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


_PIECE = re.compile(rf"(?P<n>{vocab.COUNT})(?:多|余|餘)?[ \t]?(?:个|個)?(?P<u>{PIECE_UNITS})(?P<half>半)?")


def seasons_duration(m: re.Match[str], text: str) -> TimeSpec | None:
    """Years counted as springs and autumns or winters and summers (七载春秋, 十个寒暑) as P{n}Y."""
    g = found_groups(m)
    n = read_count(g.get("n"))
    if not n:
        return None
    return TimeSpec("duration", duration=f"P{n}Y", approximate=bool(g.get("more")))
