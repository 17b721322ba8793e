"""Figures in a clause → Quantity records (value, value_max, unit, approx), zh and en.

Dates, times, phone-like numbers without a unit, numbers inside book titles 《…》 and bond price
fractions (5/32) are not quantities. Chinese multipliers are applied (5.57亿元 → 557000000 yuan).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from timeline.claims.quantities_en import EN_WORDS, NEW_QUANTITY, en_quantities, overlaps
from timeline.models import Quantity
from timeline.temporal.numerals import to_int

_CN_NUM = "零〇一二两兩三四五六七八九十百千"
_NUM = rf"(?:\d+(?:,\d{{3}})*(?:\.\d+)?|[{_CN_NUM}]+)(?:[多余]?[万萬亿億兆](?:\d+|[{_CN_NUM}]+)?)*|[万萬亿億]"
_ZH_UNITS = (
    "个百分点|百分点|人次|剂次|辆次|架次|万元|亿元|美元|元|名|人|位|次|起|间|栋|座|处|家|件|辆|台|套|户|所|条|项|"
    "场|批|头|张|份|块|吨|公斤|千克|公里|千米|平方米|米|亩|公顷|天|小时|分钟|秒钟|秒|个月|周|岁|倍|例|宗|部|篇|"
    "届|趟|枚|颗|株|棵|箱|瓶|袋|盒|级|个|℃|度|毫米|厘米|%|％|成半|成"
)
_ZH = re.compile(
    rf"(?=[约大将近超逾多高不少未上百千负\d{_CN_NUM}万萬亿億])"
    r"(?P<pre>大约|约|将近|近|超过|逾|多达|高达|不到|不足|少于|未满|上)?"
    rf"(?P<neg>零下|负)?(?P<frac>百分之|千分之)?(?P<num>{_NUM})"
    rf"(?:[～~\-—－至到](?P<neg2>零下|负)?(?P<num2>{_NUM}))?"
    r"(?P<suf>多|余|餘|来)?"
    rf"(?P<unit>{_ZH_UNITS})?"
    # 1成1, 三成五: tenths after 成 (11%, 35%), not a count that follows (三成一家, 2成10人)
    rf"(?:(?<=成)(?P<tenth>[1-9一二三四五六七八九])(?![\d{_CN_NUM}万萬亿億个個人名位家次件元项項条條]))?"
    r"(?P<post>以上|以下|左右|上下|余|多)?"
)
_ZH_UNIT_NAMES = {
    "%": "percent",
    "％": "percent",
    "成": "percent",
    "成半": "percent",
    "个百分点": "percentage points",
    "百分点": "percentage points",
    "元": "yuan",
    "万元": "yuan",
    "亿元": "yuan",
    "美元": "US dollars",
    "℃": "celsius",
    "度": "degrees",
    "分钟": "minute",
    "秒": "second",
    "秒钟": "second",
    "小时": "hour",
    "天": "day",
    "个月": "month",
    "周": "week",
    "岁": "years old",
    "公里": "km",
    "千米": "km",
    "米": "m",
    "吨": "tonnes",
    "公斤": "kg",
    "千克": "kg",
}
_ZH_SCALE = {"万元": 10_000, "亿元": 100_000_000}
_PRE_APPROX = {
    "约": "about",
    "大约": "about",
    "近": "about",
    "将近": "about",
    "超过": "more_than",
    "逾": "more_than",
    "多达": "more_than",
    "高达": None,
    "上": "more_than",
    "不到": "less_than",
    "不足": "less_than",
    "少于": "less_than",
    "未满": "less_than",
}
_POST_APPROX = {
    "多": "more_than",
    "余": "more_than",
    "餘": "more_than",
    "来": "about",
    "以上": "more_than",
    "以下": "less_than",
    "左右": "about",
    "上下": "about",
}
_LONE_ONE_COUNTERS = frozenset(
    "个 起 次 批 件 项 场 级 度 部 条 届 所 周 天 名 张 位 家 份 块 人 户 个月 年 小时".split()  # noqa: SIM905
)
"""一 + these is an article or idiom (一起, 一个, 一次), not a figure worth checking."""

_MAYBE_FIGURE = {
    "zh": (re.compile(rf"[\d{_CN_NUM}万萬亿億]"),),
    "en": (re.compile(r"\d"), re.compile(rf"\b(?i:{'|'.join(EN_WORDS)})\b")),
}
"""What every figure holds: a digit or a number word. The digit test runs first (the engine skips
straight to digits); the slower word test only runs on text without one."""
_TITLE = re.compile(r"《[^》]*》")


class Spans:
    """Spans sorted by start (dates, times), found by bisection: each clause looks only at its own."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._longest = max((b - a for a, b in self._spans), default=0)

    def within(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that overlap [start, end)."""
        lo = bisect.bisect_left(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        return [(a, b) for a, b in self._spans[lo:hi] if start < b]


def extract_quantities(
    text: str, start: int, end: int, lang: str, excluded: Sequence[tuple[int, int]] | Spans = ()
) -> list[Quantity]:
    """Return the figures in `text[start:end]`, skipping spans in `excluded` (dates, times)."""
    digit, *words = _MAYBE_FIGURE["en" if lang == "en" else "zh"]
    if digit.search(text, start, end) is None and not any(p.search(text, start, end) for p in words):
        return []
    index = excluded if isinstance(excluded, Spans) else Spans(excluded)
    piece = text[start:end]
    titles = [(m.start(), m.end()) for m in _TITLE.finditer(piece)] if "《" in piece else []
    blocked = [(a - start, b - start) for a, b in index.within(start, end)] + titles
    found = _zh_quantities(piece, blocked) if lang != "en" else en_quantities(piece, blocked)
    return found


_ABOUT_BEFORE_BIG = re.compile(r"[多余](?=[万萬亿億])")
_NUMBER_BIG_UNIT = re.compile(r"(\d+(?:\.\d+)?)([万萬亿億兆])(.*)")
_BIG_UNIT_SCALE = {"万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000, "兆": 10**12}
"""兆 is a trillion in Taiwan's and Hong Kong's figures (1兆元 = 10^12 yuan)."""


def _zh_value(raw: str) -> float | None:
    raw = raw.replace(",", "")
    raw = _ABOUT_BEFORE_BIG.sub("", raw)
    if raw in ("万", "萬"):
        return 10_000.0
    if raw in ("亿", "億"):
        return 100_000_000.0
    m = _NUMBER_BIG_UNIT.fullmatch(raw)
    if m:
        scale = _BIG_UNIT_SCALE[m.group(2)]
        rest = _zh_value(m.group(3)) if m.group(3) else 0.0
        return float(m.group(1)) * scale + (rest or 0.0)
    try:
        return float(raw)
    except ValueError:
        value = to_int(raw)
        return float(value) if value is not None else None


def _zh_quantities(piece: str, blocked: Sequence[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _ZH.finditer(piece):
        unit = m.group("unit")
        frac = m.group("frac")
        if not (unit or frac) or (blocked and overlaps(m.start("num"), m.end(), blocked)):
            continue
        num = m.group("num")
        if num == "一" and unit in _LONE_ONE_COUNTERS and not m.group("suf"):
            continue
        if m.start("num") > 0 and piece[m.start("num") - 1] in "第每周星礼唯":
            continue  # 第3名, 每周, 唯一一所 (the only school, not a count of one)
        if unit == "周" and piece.startswith("年", m.end("unit")):
            continue  # 上市10周年: an anniversary, not ten weeks
        value = _zh_value(num)
        value_max = _zh_value(m.group("num2")) if m.group("num2") else None
        if value is None:
            continue
        if m.group("neg"):
            value = -value  # 零下5℃
        if value_max is not None and m.group("neg2"):
            value_max = -value_max
        name = _ZH_UNIT_NAMES.get(unit or "", unit)
        if frac == "百分之":
            name = "percent"
        elif frac == "千分之":
            name = "permille"
        elif unit in ("成", "成半"):
            value = value * 10 + (5 if unit == "成半" else _zh_value(m.group("tenth") or "0") or 0)
        scale = _ZH_SCALE.get(unit or "", 1)
        value *= scale
        value_max = value_max * scale if value_max is not None else None
        inner = "余" if _ABOUT_BEFORE_BIG.search(num) else ""
        approx = _PRE_APPROX.get(m.group("pre") or "") or _POST_APPROX.get(
            m.group("suf") or m.group("post") or inner
        )
        if m.group("pre") == "上" and num not in ("万", "萬", "亿", "億", "千", "百"):
            approx = None
        text = m.group().lstrip("上") if m.group("pre") == "上" and approx is None else m.group()
        out.append(
            NEW_QUANTITY(
                {"text": text, "value": value, "value_max": value_max, "unit": name, "approx": approx}
            )
        )
    return out
