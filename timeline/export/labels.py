"""Display dates and spans shared by the timeline exporters (TimelineJS, vis, HTML, XLSX titles).

A claim's date is shown from its resolved values, never from a guess: `2017年9月`, `since 2021`,
`截至2023年10月31日`, `近年来（截至2023年11月15日）`. `span()` tells an exporter whether a claim is a
point at its precision, a real range, open-ended, vague (no start) or undated.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from timeline.models import Claim

Grain = Literal["year", "month", "day", "hour", "minute", "second"]
SpanKind = Literal["point", "range", "open", "vague", "undated"]

GRAIN: dict[str, Grain] = {
    "decade": "year",
    "year": "year",
    "half": "month",
    "quarter": "month",
    "season": "month",
    "month": "month",
    "tenday": "day",
    "week": "day",
    "day": "day",
    "hour": "hour",
    "minute": "minute",
    "second": "second",
}
"""Precision → the finest calendar part a timeline tool can show for it."""

COARSE_PERIODS = frozenset({"decade", "half", "quarter", "season", "tenday", "week"})
"""Precisions no timeline tool has a native unit for: drawn as a range of their grain."""

EVENT_TYPE_TITLES: dict[str, tuple[str, str]] = {
    "founding": ("Founding", "成立"),
    "agreement": ("Agreement", "协议"),
    "appointment": ("Appointment", "任命"),
    "incident": ("Incident", "事件"),
    "statistic": ("Statistic", "数据"),
    "project": ("Project", "项目"),
    "policy": ("Policy", "政策"),
    "plan": ("Plan", "计划"),
    "training": ("Training", "培训"),
    "service": ("Service", "服务"),
    "meeting": ("Meeting", "会议"),
    "other": ("Other", "其他"),
}
"""Event type → (English, Chinese) display title."""

REVIEW_TITLES: dict[str, tuple[str, str]] = {
    "unreviewed": ("Unreviewed", "未核查"),
    "verified": ("Verified", "已核实"),
    "disputed": ("Disputed", "有争议"),
    "false": ("False", "不实"),
    "unverifiable": ("Unverifiable", "无法核实"),
}
"""Review status → (English, Chinese) display title."""


@dataclass(frozen=True, slots=True)
class Span:
    """Where a claim sits in time: its kind, first and last day (inclusive) and their grains."""

    kind: SpanKind
    start: date | datetime | None
    end: date | None
    start_grain: Grain
    end_grain: Grain


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def unit_end(start: date, precision: str) -> date:
    """The last day of the one calendar unit of `precision` that begins on `start`."""
    if precision == "decade":
        return date(start.year - start.year % 10 + 9, 12, 31)
    if precision == "year":
        return date(start.year, 12, 31)
    months = {"half": 6, "quarter": 3, "season": 3, "month": 1}.get(precision)
    if months:
        return _add_months(start, months) - timedelta(days=1)
    if precision == "tenday":
        return _month_end(start) if start.day >= 21 else start + timedelta(days=9)
    if precision == "week":
        return start + timedelta(days=6)
    return start


_EDTF_SIDE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def _edtf_end_grain(edtf: str | None) -> Grain:
    """The grain of the end of an EDTF interval (`2023/2024-04` → month); day when unknown."""
    if not edtf or "/" not in edtf:
        return "day"
    match = _EDTF_SIDE.match(edtf.split("/", 1)[1])
    if not match:
        return "day"
    return "day" if match.group(3) else "month" if match.group(2) else "year"


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def span(claim: Claim) -> Span:
    """Classify a claim's time: a point at its precision, a real range, open, vague or undated."""
    precision = claim.date_precision or "day"
    grain = GRAIN.get(precision, "day")
    start, end = claim.date_start, claim.date_end
    if start is None and end is None:
        if claim.date_sort is None:
            return Span("undated", None, None, "day", "day")
        return Span("vague", None, claim.date_sort, "day", "day")
    if start is None:
        return Span("vague", None, end, "day", "day")
    if end is None:
        return Span("open", start, None, grain, grain)
    if end == unit_end(_day(start), precision) and precision not in COARSE_PERIODS:
        return Span("point", start, end, grain, grain)
    if end == unit_end(_day(start), precision):  # a quarter, a decade: its own unit, drawn as a range
        return Span("range", start, end, grain, "year" if grain == "year" else grain)
    return Span("range", start, end, grain, _edtf_end_grain(claim.date_edtf))


FINE_PRECISIONS = frozenset({"day", "hour", "minute", "second"})
"""Precisions drawn as a point on a timeline."""


def shape(claim: Claim) -> str:
    """How a timeline draws a claim: point (a day or finer), period (a whole year, month…), range,
    open, vague or undated."""
    kind = span(claim).kind
    if kind == "point":
        return "point" if (claim.date_precision or "day") in FINE_PRECISIONS else "period"
    return kind


# -- labels ------------------------------------------------------------------------------------

_EN_MONTHS = tuple(calendar.month_name)
_ZH_QUARTERS = ("一", "二", "三", "四")
_SEASONS = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}
_ZH_SEASONS = ("春季", "夏季", "秋季", "冬季")
_EN_SEASONS = ("spring", "summer", "autumn", "winter")


def _is_zh(lang: str) -> bool:
    return lang.startswith("zh")


def format_date(value: date | datetime, grain_or_precision: str, lang: str) -> str:
    """One calendar value at a precision, e.g. 2017年9月 / September 2017, 2024年第一季度 / Q1 2024."""
    day = _day(value)
    p = grain_or_precision
    zh = _is_zh(lang)
    hant = lang == "zh-Hant"
    if p == "decade":
        return f"{day.year - day.year % 10}年代" if zh else f"the {day.year - day.year % 10}s"
    if p == "year":
        return f"{day.year}年" if zh else str(day.year)
    if p == "half":
        first = day.month <= 6
        return (
            f"{day.year}年{'上' if first else '下'}半年"
            if zh
            else f"{'first' if first else 'second'} half of {day.year}"
        )
    if p == "quarter":
        q = (day.month - 1) // 3
        return f"{day.year}年第{_ZH_QUARTERS[q]}季度" if zh else f"Q{q + 1} {day.year}"
    if p == "season":
        s = _SEASONS[day.month]
        return f"{day.year}年{_ZH_SEASONS[s]}" if zh else f"{_EN_SEASONS[s]} {day.year}"
    if p == "month":
        return f"{day.year}年{day.month}月" if zh else f"{_EN_MONTHS[day.month]} {day.year}"
    if p == "tenday":
        part = "上旬" if day.day < 11 else "中旬" if day.day < 21 else "下旬"
        last = unit_end(day, "tenday").day
        return (
            f"{day.year}年{day.month}月{part}"
            if zh
            else f"{day.day}–{last} {_EN_MONTHS[day.month]} {day.year}"
        )
    if p == "week":
        return (
            f"{day.year}年{day.month}月{day.day}日{'當週' if hant else '当周'}"
            if zh
            else f"week of {_EN_MONTHS[day.month]} {day.day}, {day.year}"
        )
    text = f"{day.year}年{day.month}月{day.day}日" if zh else f"{_EN_MONTHS[day.month]} {day.day}, {day.year}"
    if p in ("hour", "minute", "second") and isinstance(value, datetime):
        if p == "hour":
            clock = f"{value.hour}{'時' if hant else '时'}" if zh else f"{value.hour}:00"
        elif p == "minute":
            clock = f"{value.hour}:{value.minute:02d}"
        else:
            clock = f"{value.hour}:{value.minute:02d}:{value.second:02d}"
        text = f"{text}{clock}" if zh else f"{text}, {clock}"
    return text


_ZH_EDGE = {"early": "初", "mid": "中", "late": "底"}


def display_date(claim: Claim) -> str:
    """A claim's date as a reader should see it, qualifier included, in the claim's language.

    `2017年9月`, `2021年以来`, `截至2023年10月31日`, `近年来（截至2023年11月15日）`, `late 2025`,
    `as of March 1, 2024`; `undated` / `未注明日期` when nothing could be resolved.
    """
    lang = claim.lang
    zh = _is_zh(lang)
    hant = lang == "zh-Hant"
    where = span(claim)
    precision = claim.date_precision or "day"
    if where.kind == "undated":
        return ("未注明日期" if zh else "undated") + (
            f"（{claim.date_text}）" if zh and claim.date_text else ""
        )
    if where.kind == "vague":
        assert where.end is not None  # a vague span always has its reference day
        as_of = format_date(where.end, "day", lang)
        if claim.date_qualifier == "recent":
            return (
                f"{'近年來' if hant else '近年来'}（截至{as_of}）"
                if zh
                else f"in recent years (as of {as_of})"
            )
        if claim.date_qualifier in ("before", "until"):
            return f"{as_of}以前" if zh else f"before {as_of}"
        return f"日期不详（截至{as_of}）" if zh else f"date unknown (as of {as_of})"
    assert where.start is not None
    if where.kind == "range":
        first = format_date(
            where.start, precision if precision in COARSE_PERIODS else where.start_grain, lang
        )
        if precision in COARSE_PERIODS and where.end == unit_end(_day(where.start), precision):
            label = first
        else:
            assert where.end is not None
            last = format_date(where.end, where.end_grain, lang)
            label = f"{first}至{last}" if zh else f"{first} – {last}"
    else:
        label = format_date(where.start, precision, lang)
    return _qualify(label, claim.date_qualifier, zh, hant)


def _qualify(label: str, qualifier: str, zh: bool, hant: bool) -> str:
    if qualifier == "none":
        return label
    if qualifier in _ZH_EDGE:
        if zh:
            return label + _ZH_EDGE[qualifier]
        return f"{qualifier} {label}"
    zh_forms = {
        "approximate": ("約" if hant else "约") + "{}",
        "since": "{}" + ("以來" if hant else "以来"),
        "until": "至{}",
        "as_of": "截至{}",
        "before": "{}以前",
        "after": "{}" + ("以後" if hant else "以后"),
        "planned": ("計劃於" if hant else "计划于") + "{}",
        "recent": ("近年來" if hant else "近年来") + "（{}）",
    }
    en_forms = {
        "approximate": "c. {}",
        "since": "since {}",
        "until": "until {}",
        "as_of": "as of {}",
        "before": "before {}",
        "after": "after {}",
        "planned": "planned for {}",
        "recent": "in recent years ({})",
    }
    forms = zh_forms if zh else en_forms
    return forms.get(qualifier, "{}").format(label)


def precision_note(claim: Claim) -> str:
    """A short honest note on how exact the date is: `year`, `month, early`, `open-ended`, `vague`."""
    where = span(claim)
    if where.kind in ("undated", "vague"):
        return where.kind
    parts = [claim.date_precision or "day"]
    if claim.date_qualifier != "none":
        parts.append(claim.date_qualifier.replace("_", " "))
    if where.kind == "open":
        parts.append("open-ended")
    return ", ".join(parts)


def headline(claim: Claim, limit: int = 60) -> str:
    """A short headline: the claim's own headline, else its text cut at `limit` characters."""
    text = " ".join((claim.headline or claim.claim_text).split())
    whole = " ".join(claim.claim_text.split())
    if len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    if text != whole and whole.startswith(text) and not text.endswith(("。", "！", "？", ".", "!", "?", "…")):
        return text.rstrip() + "…"  # a headline cut from the claim says it is cut
    return text


def safe_url(url: str | None) -> str | None:
    """The URL if it is http(s), else None (never link `javascript:` or `data:`)."""
    if url and re.match(r"^https?://[^\s\"'<>]+$", url.strip()):
        return url.strip()
    return None


def event_title(event_type: str) -> str:
    """Event type → `Statistic / 数据`."""
    en, zh = EVENT_TYPE_TITLES.get(event_type, (event_type, event_type))
    return f"{en} / {zh}"


def review_title(status: str) -> str:
    """Review status → `Verified / 已核实`."""
    en, zh = REVIEW_TITLES.get(status, (status, status))
    return f"{en} / {zh}"
