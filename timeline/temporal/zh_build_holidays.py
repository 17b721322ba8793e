"""Builders of the Chinese grammar for holidays and solar terms (春节, 2023年中秋节, 国庆期间, 大雪节气)."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import alt
from timeline.temporal.feast_names import ZH_FEASTS
from timeline.temporal.holidays import EVENTS, at_event_hours, reads_nth_day
from timeline.temporal.holidays import NAMES as HOLIDAY_NAMES
from timeline.temporal.solar_terms import WEATHER_WORDS
from timeline.temporal.spec import TimeSpec
from timeline.temporal.zh_patterns import NUMBERISH
from timeline.temporal.zh_read import (
    found_groups,
    is_boundary,
    read_count,
    read_year_prefix,
)

_FOREIGN_BEFORE = re.compile(
    rf"(?:(?<![中我祖全举舉建开開本两兩各])[国國]|{alt(vocab.COUNTRIES_WITHOUT_GUO)})(?:的)?\Z"
)
"""A country other than China written just before 国庆 (美国, 泰國, 以色列)."""


_PRC_NATIONAL_DAY = frozenset({"国庆", "國慶", "国庆节", "國慶節"})
_ROC_STORY = re.compile(
    r"中[華华]民[國国](?![时時]期|成立|初年|年[间間])|民[國国](?:\d{2,3}|[一二三四五六七八九十百]{2,5})年|[雙双]十(?:[節节]|[國国][慶庆])|[國国][慶庆][連连]假|總統府"
)
"""A story told in the Republic of China (Taiwan): its year count (民國112年), its name or its
national day's (雙十節) or its presidential office. There 國慶 is 10 October, not 1 October."""
ROC_NATIONAL_DAY = "雙十國慶"


def _national_day(key: str, text: str) -> str:
    """国庆 of the story's country: 雙十國慶 in a Taiwan story, else the name as written."""
    if key in _PRC_NATIONAL_DAY and _ROC_STORY.search(text):
        return ROC_NATIONAL_DAY
    return key


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


_NUMBER_NAMES = frozenset({"五一", "七一"})
"""Holidays named by their date in numerals alone: 五一 is also a count (十五一) or a name (五一广场)."""


def holiday_point(m: re.Match[str], text: str) -> TimeSpec | None:
    """A holiday with an optional year (春节, 2023年中秋节, 国庆期间)."""
    g = found_groups(m)
    name = g["hol"] or ""
    if name in _NUMBER_NAMES and not (g.get("hs") or g.get("hp") or g.get("ay") or g.get("ary")):
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        if (before and before in NUMBERISH + "第") or (after and not is_boundary(after)):
            return None  # 五一广场, 十五一, 第七一, 七一二所: a name or a number, not the holiday
    if name[:1].isdigit() or name[-1:].isdigit():
        before = text[m.start("hol") - 1] if m.start("hol") > 0 else ""
        after = text[m.end("hol")] if m.end("hol") < len(text) else ""
        if (before.isalnum() and before.isascii()) or after.isdigit():
            return None  # X618大促, 2618大促, 双110: a model or a longer number
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
    key = _national_day(key, text)
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
    if key in EVENTS:  # 地球一小时: its hours of the day
        return at_event_hours(spec, key)
    hp = g.get("hp") or ""
    if hp in ("前夕",):
        return spec.with_(qualifier="before")
    if hp in ("期间", "期間", "假期", "长假", "長假", "小长假", "小長假", "黄金周", "黃金週", "前后", "前後"):
        return spec.with_(approximate=True)
    return spec
