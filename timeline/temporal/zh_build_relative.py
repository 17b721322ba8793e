"""Builders of the Chinese grammar for counted shifts, recurrences and fixed words (三天后, 每周一, 现在, 当时)."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_build_spans import precision_of as _precision
from timeline.temporal.zh_read import (
    Build,
    found_groups,
    read_count,
    read_int,
    speaks_of_a_plan,
)


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
    if g.get("vg"):
        n = None  # 几十年之后, 数百年前: a vague count (几十), not ten or a hundred
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
