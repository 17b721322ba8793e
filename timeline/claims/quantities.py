"""Figures in a clause → Quantity records (value, value_max, unit, approx), zh and en.

Dates, times, phone-like numbers without a unit, numbers inside book titles 《…》 and bond price
fractions (5/32) are not quantities. Chinese multipliers are applied (5.57亿元 → 557000000 yuan).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

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

_EN_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "dozen": 12,
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
}
_EN_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?(?:-\d+/\d+)?"
_EN = re.compile(
    r"(?=[$€£¥\dU]|\b[aAnNsSmMoOlLfFuUtTeEhHdD])"  # a figure opens with a sign, a digit, US$ or a word
    r"(?P<pre>\b(?i:about|around|approximately|roughly|nearly|almost|some|more than|over|at least|"
    r"less than|fewer than|under|up to|as many as)\s+)?"
    rf"(?P<cur>US\$|\$|€|£|¥)?(?P<num>{_EN_NUM}|\b(?i:{'|'.join(_EN_WORDS)})\b)"
    r"(?:\s*(?P<mult>(?i:million|billion|trillion|thousand|bn)\b|m\b))?"
    rf"(?:\s*(?:-|–|to)\s*(?P<num2>{_EN_NUM})(?:\s*(?:million|billion|trillion|thousand)\b)?)?"
    r"(?:\s*(?P<unit>%|(?i:percent\b|per cent\b|percentage points?\b)|[a-z][a-z]+(?:-[a-z]+)?\b))?",
)
_EN_MULT = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_EN_PRE = {
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "nearly": "about",
    "almost": "about",
    "some": "about",
    "more than": "more_than",
    "over": "more_than",
    "at least": "more_than",
    "as many as": None,
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "up to": "less_than",
}
_EN_NOT_UNIT = {
    "new",
    "more",
    "other",
    "additional",
    "national",
    "local",
    "total",
    "major",
    "former",
    "straight",
    "consecutive",
    "times",
    "per",
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "week",
    "weeks",
    "hours",
    "minutes",
    "of",
    "in",
    "the",
    "a",
    "an",
    "to",
    "and",
    "or",
    "on",
    "at",
    "from",
    "for",
    "with",
    "by",
    "p",
    "a.m",
    "is",
    "was",
    "were",
    "are",
    "be",
    "that",
    "this",
    "as",
    "it",
    "he",
    "she",
    "they",
    "am",
    "pm",
    "th",
    "st",
    "nd",
    "rd",
    "s",
    "has",
    "had",
    "have",
    "who",
    "which",
    "when",
    "after",
    "before",
}
_EN_NOT_UNIT |= {"last", "next", "early", "late", "previous", "recent"}
_EN_ADJECTIVES = frozenset({"new", "more", "other", "additional", "local", "total", "major", "extra"})
_EN_NOUN_AFTER = re.compile(r"\s+([A-Za-z][a-z]+(?:-[a-z]+)?)\b")
"""30,154 new cars: the unit is the noun after the adjective."""
_EMERGENCY_NUMBERS = frozenset({"911", "999", "112", "110", "120", "119"})
_MAYBE_FIGURE = {
    "zh": (re.compile(rf"[\d{_CN_NUM}万萬亿億]"),),
    "en": (re.compile(r"\d"), re.compile(rf"\b(?i:{'|'.join(_EN_WORDS)})\b")),
}
"""What every figure holds: a digit or a number word. The digit test runs first (the engine skips
straight to digits); the slower word test only runs on text without one."""
_NEW_QUANTITY = Quantity.__pydantic_validator__.validate_python
"""Quantity(…) validated from a dict: the same checks without the keyword pass of __init__."""
_TITLE = re.compile(r"《[^》]*》")
_CURRENCY = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}


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
    found = _zh_quantities(piece, blocked) if lang != "en" else _en_quantities(piece, blocked)
    return found


def _overlaps(a: int, b: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a < e and s < b for s, e in spans)


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
        if not (unit or frac) or (blocked and _overlaps(m.start("num"), m.end(), blocked)):
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
            _NEW_QUANTITY(
                {"text": text, "value": value, "value_max": value_max, "unit": name, "approx": approx}
            )
        )
    return out


_MIXED_FRACTION = re.compile(r"(\d+)-(\d+)/(\d+)")
_FRACTION = re.compile(r"\d+/\d+")


def _en_number(raw: str) -> float | None:
    raw = raw.replace(",", "")
    if raw.lower() in _EN_WORDS:
        return float(_EN_WORDS[raw.lower()])
    m = _MIXED_FRACTION.fullmatch(raw)
    if m:
        return int(m.group(1)) + int(m.group(2)) / int(m.group(3))
    try:
        return float(raw)
    except ValueError:
        return None


_LABEL_BEFORE = re.compile(
    r"(?:\b(?:Week|Game|Round|Series|Chapter|Block|Model|Phase|Stage|Level|Class|Category|Section|Article|Title|"
    r"Gen|Generation|Version|Season|Episode|Apollo|Artemis)|[A-Za-z]*[a-z][A-Z][\w-]*|[A-Z][a-z]*-[A-Z][\w]*|"
    r"[A-Z]{2,})\s+$"
)
"""'Week 13', 'MagSafe 2', 'iPhone 11', 'Wi-Fi 6', 'VEGA 20': a label or a product name numbers what follows."""


def _model_number(piece: str, start: int, before: str) -> bool:
    """A number glued to letters ('i7', 'my6sense') or right after a label or a product name."""
    if before.isalpha():
        return True
    return _LABEL_BEFORE.search(piece, max(0, start - 24), start) is not None


def _en_quantities(piece: str, blocked: Sequence[tuple[int, int]]) -> list[Quantity]:
    out: list[Quantity] = []
    for m in _EN.finditer(piece):
        num = m.group("num")
        if _overlaps(m.start("num"), m.end("num"), blocked):
            continue
        before = piece[max(0, m.start("num") - 1) : m.start("num")]
        after = piece[m.end("num") : m.end("num") + 1]
        if before in ("/", ":", "#") or after in (":", "/") or _FRACTION.fullmatch(num):
            continue  # times, bond fractions, ids
        if not m.group("cur") and not m.group("pre") and _model_number(piece, m.start("num"), before):
            continue  # 'i7 processor', 'my6sense', 'iPhone 11 lineup', 'Week 13 rematch': a name's number
        unit = (m.group("unit") or "").lower()
        text = m.group().strip()
        if num in _EMERGENCY_NUMBERS and unit in ("call", "calls", "dispatchers", "operators"):
            continue  # 911 calls: a phone number, not a count
        if unit in _EN_ADJECTIVES:
            noun = _EN_NOUN_AFTER.match(piece, m.end("unit"))
            if noun and noun.group(1).lower() not in _EN_NOT_UNIT:
                unit, text = noun.group(1).lower(), piece[m.start() : noun.end()].strip()
        if unit in _EN_NOT_UNIT:
            text = piece[m.start() : m.start("unit")].strip()
            unit = ""
        cur = m.group("cur")
        mult = (m.group("mult") or "").lower()
        if not (unit or cur or mult):
            continue
        if num.lower() in _EN_WORDS and not unit:
            continue
        value = _en_number(num)
        if value is None:
            continue
        if not (cur or mult or unit.startswith("percent") or unit == "%") and 1900 <= value <= 2100:
            continue  # a year
        factor = _EN_MULT.get(mult, 1)
        value = round(value * factor, 6)
        value_max = round(_en_number(m.group("num2")) * factor, 6) if m.group("num2") else None
        if unit in ("%", "percent", "per cent"):
            unit = "percent"
        elif cur:
            unit = _CURRENCY[cur]
            last = m.end("mult") if m.group("mult") else m.end("num2") if m.group("num2") else m.end("num")
            text = piece[m.start() : last].strip()
        approx = _EN_PRE.get((m.group("pre") or "").strip().lower())
        out.append(
            _NEW_QUANTITY(
                {"text": text, "value": value, "value_max": value_max, "unit": unit or None, "approx": approx}
            )
        )
    return out
