"""Short headlines for timeline tools and human-readable date labels."""

from __future__ import annotations

import re
from datetime import date, datetime

from timeline.claims.script import to_traditional
from timeline.models import TimeMention

ZH_HEADLINE_CHARS = 30
EN_HEADLINE_WORDS = 12
_ZH_CUT = re.compile(r"[，,；;：:。！？]")
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


_ZH_DATE_ONLY = re.compile(
    r"[\d０-９年月日时分秒号至到和、初中底前后上下旬午晚早夜间今明昨去本自从起以来截止在于当天]*"
)


def headline(text: str, lang: str) -> str:
    """About 30 Chinese characters or 12 English words, cut at a clause boundary when one fits
    (a Chinese cut that would leave only the date, 自3月5日至9月1日, is passed over)."""
    text = text.strip().strip('“”"「」')
    if lang == "en":
        words = text.split()
        if len(words) <= EN_HEADLINE_WORDS:
            return text.rstrip(" ,;:.")
        cut = " ".join(words[:EN_HEADLINE_WORDS])
        boundary = max(cut.rfind(","), cut.rfind(";"), cut.rfind(":"))
        if boundary >= len(cut) // 2:
            return cut[:boundary]
        return cut.rstrip(" ,;:") + "…"
    if len(text) <= ZH_HEADLINE_CHARS:
        return text.rstrip("，,；;：:。")
    window = text[: ZH_HEADLINE_CHARS + 1]
    cuts = [m.start() for m in _ZH_CUT.finditer(window)]
    good = [c for c in cuts if c >= ZH_HEADLINE_CHARS // 3 and not _ZH_DATE_ONLY.fullmatch(text[:c])]
    if good:
        return text[: good[-1]]
    return text[:ZH_HEADLINE_CHARS].rstrip("，,；;：:、") + "…"


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def date_label(mention: TimeMention | None, lang: str, qualifier: str | None = None) -> str | None:
    """A readable label: 2017年9月, 2024年2月初, 2023年以来, 截至2024年3月28日; early Feb 2024, since 2023."""
    if mention is None:
        return None
    start, end = _day(mention.date_start), _day(mention.date_end)
    day = start or end
    if day is None:
        return mention.text
    precision = mention.precision or "day"
    q = qualifier or mention.qualifier
    if q == "recent":
        if lang == "en":
            return f"in recent years (to {end.isoformat()})" if end else "in recent years"
        return _script(f"近年来（至{end.year}年{end.month}月{end.day}日）" if end else "近年来", lang)
    if lang == "en":
        core = _en_core(day, precision)
        return _EN_QUALIFIED.get(q, "") + core
    core = _zh_core(day, precision, mention)
    return _script(_ZH_QUALIFIED.get(q, "{}").format(core), lang)


_EN_QUALIFIED = {
    "early": "early ",
    "mid": "mid ",
    "late": "late ",
    "since": "since ",
    "as_of": "as of ",
    "after": "after ",
    "before": "before ",
    "until": "until ",
    "approximate": "about ",
    "planned": "planned ",
}
_ZH_QUALIFIED = {
    "early": "{}初",
    "mid": "{}中",
    "late": "{}底",
    "since": "{}以来",
    "as_of": "截至{}",
    "after": "{}之后",
    "before": "{}之前",
    "until": "至{}",
    "approximate": "{}前后",
    "planned": "{}（计划）",
}


def _script(label: str, lang: str) -> str:
    """Labels are written in simplified characters; a traditional article gets them converted."""
    if lang != "zh-Hant":
        return label
    return to_traditional(label)


def _en_core(day: date, precision: str) -> str:
    if precision in ("decade",):
        return f"{day.year // 10 * 10}s"
    if precision in ("year", "half", "quarter", "season"):
        return str(day.year)
    if precision in ("month", "tenday"):
        return f"{_EN_MONTHS[day.month - 1]} {day.year}"
    return day.isoformat()


def _zh_core(day: date, precision: str, mention: TimeMention) -> str:
    if precision == "decade":
        return f"{day.year // 10 * 10}年代"
    if precision in ("year", "half", "quarter", "season"):
        return f"{day.year}年"
    if precision in ("month", "tenday"):
        return f"{day.year}年{day.month}月"
    if precision in ("hour", "minute", "second") and isinstance(mention.date_start, datetime):
        t = mention.date_start
        return f"{t.year}年{t.month}月{t.day}日{t.hour}时" + (f"{t.minute}分" if precision != "hour" else "")
    return f"{day.year}年{day.month}月{day.day}日"
