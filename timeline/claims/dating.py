"""Which time mentions can date a claim: calendar dates and times used as the time of an event,
not a comparison base (up 3% from 2017), an attributive year (a 2010 allegation), a game clock, a
repeating clock time (每天9时) or an idiom (now and then)."""

from __future__ import annotations

import re

from timeline.claims import dating_en
from timeline.claims.dating_timetable import ASCII_LETTER as _ASCII_LETTER
from timeline.claims.dating_timetable import TIMETABLE_PRECISIONS as _TIMETABLE_PRECISIONS
from timeline.claims.dating_timetable import game_clock, in_opening_hours
from timeline.models import TimeMention

_COMPARED_EN = re.compile(
    r"\b(?:from|than|compared (?:with|to)|versus|vs\.?)\s+"
    r"(?:[$€£]?[\d.,]+%?(?:\s+(?:percent|per cent|points?|cents?|million|billion))?\s+|(?:a|the|its)\s+)?"
    r"(?:(?:late|early)\s+)?(?:in|on)?\s*$",
    re.IGNORECASE,
)
_AMOUNT_THAN = re.compile(r"(?i)^than\s+[$€£]?\d")
_MORE_BEFORE = re.compile(
    r"(?i)\b(?:\w{2,}(?:ed|ing)|by|rose|fell|grew|won|lost|sold|paid|raised|spent|made|took|got|drew)"
    r"\s+(?:(?:much|far|slightly|just)\s+)?(?:more|less|fewer)\s+$"
)
"""'climbed more than 80% so far this year': a verb's 'more than' a figure is an amount, not a
comparison; 'higher than 4% in 2018' and ', more than $4 billion in 2018' still compare."""


def _is_amount(before: str, compared: re.Match[str]) -> bool:
    """True when the comparison match is 'more / less / fewer than' a figure: an amount."""
    return bool(_AMOUNT_THAN.match(compared.group()) and _MORE_BEFORE.search(before, 0, compared.start()))


_RANGE_NEXT = re.compile(r"\s*(?:to|through|until|till|-|–)\s|\s*(?:onwards?|on)\b", re.IGNORECASE)
"""'from 2017 to 2019', 'from October onward': a start, not a comparison base."""
_COMPARED_ZH = re.compile(r"(?:较|比|相比|与|和|同)\s*$")
_COMPARED_ZH_MARKS = "较比与和同"
_COMPARED_ZH_MARK = re.compile(f"[{_COMPARED_ZH_MARKS}]")
"""One of these stands in every _COMPARED_ZH match (and 由 or 从 in every _FROM_ZH one): text
without them is passed over without running the pattern."""
_COMPARED_ZH_AFTER = re.compile(r"(?:同期)?(?:相比|比较|相较)?")
_FROM_ZH = re.compile(r"(?:由|从)\s*$")
_FROM_ZH_AFTER = re.compile(
    r"(?:同期)?的[^，。；]{0,20}?(?:降|升|增|减|涨|跌|回落|提高|调整|变为|变成|扩大|缩小|收窄|改为)"
)
"""由昨天的20℃降到今天的8℃, 占比由上年同期的1.2:48.5调整为…: the starting value's date is a comparison base."""
_DATELINE = re.compile(r"(?:电|讯)(?:[\s（()）]|$)|消息[ \t\u3000]")
"""新华社北京2月29日电 / 长江网10月4日讯 / IT之家9月30日消息 据…: the dispatch line, not an event's date
(`9月9日消息，…` with a comma reports that day's news and still dates it)."""
_INSIDE_WORD = re.compile(r"[出体实表展]现在$|第一时$|第一时间$|(?:已经|已|早已|都|就|会)过去$")
"""出现在 / 体现在 hold 现在 but mean 'appear in'; 第一时间 is 'at once', not one o'clock; 已经过去
is 'has passed', not 'the past' (tagger false positives guarded here)."""
_INSIDE_LAST = frozenset("在时间去")
"""The last characters of _INSIDE_WORD's words: a mention ending otherwise (or, as `$` allows, one
line break after them) needs no search; likewise _NAMED_DAY's weekdays all end in 'day'."""
_EVERY = re.compile(
    r"每天|每日|每晚|每周|每个|每逢|每当|\bevery\b|\beach (?:day|night|morning)\b|\bdaily\b", re.IGNORECASE
)
"""每天上午9时: a clock time under an 'every' word repeats; it dates no single event."""
_EN_IDIOM = re.compile(
    r"(?:every|just) now and (?:again|then)|now and (?:again|then)|(?:in )?the (?:near |distant )?future\b"
    r"|\bnow that\b|\bNow,?\s+(?:consider|imagine|remember|compare|picture|think about|look at|let['’]s|let us)\b",
    re.IGNORECASE,
)
"""'every now and again', 'in the future', 'now that the trial is over', 'Now consider …': idioms
holding a time word that date nothing."""
_SOMEDAY = frozenset({"日后", "今后", "将来", "往后", "日後", "今後", "將來", "往後"})
"""日后 / 今后 alone: 'some day from now on', an open future no one can check against a calendar."""
_HOW_LONG = re.compile(r"in (?:under|less than|fewer than|about|around|roughly|over|more than|just)\s", re.I)
"""'top up in under thirty minutes': how long something takes, not a time from now."""
CLOCK_ONLY = re.compile(r"[日号]|day|\d{4}|[A-Z][a-z]{2}", re.IGNORECASE)
"""A mention that names a day or a date besides its clock time (24日14时, 2 p.m. Tuesday)."""
_NAMED_DAY = re.compile(
    r"(?:Black|Cyber|Good|Super|Ash|Holy|Easter)\s+(?:Friday|Monday|Tuesday|Sunday|Thursday|Wednesday)$"
)
"""Black Friday, Cyber Monday: named days, not the last Friday before publication."""
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_ATTRIBUTIVE = re.compile(r"^(?:当前|目前|如今|现在|现阶段|当下|眼下|今年|本月|往年)的")
_ATTRIBUTIVE_FIRST = "当目如现眼今本往"
"""The first characters of _ATTRIBUTIVE's words: a mention opening otherwise needs no match."""
_CLOCK_PRECISIONS = frozenset({"hour", "minute", "quarter", "half"})
"""The precisions _repeating_clock_time (hour, minute) and game_clock (those, quarter and half) look at."""
_STAMP_LABEL = re.compile(r"(?:更新|发布|發布|发稿|發稿|发表|發表)(?:时间|時間|日期|于|於)?\s*[:：]\s*$")
"""最后更新: 2019-09-07 15:14:21 inside a flattened page: the page's stamp, not the time of the story."""
_RELATED_LINK = re.compile(
    r"[（(【\[](?:更多详情|相关阅读|延伸阅读|相关新闻|相关报道|推荐阅读|点击阅读|详见)[:：]?[^）)】\]\n]*$"
)
"""（更多详情：双十一过后“黑五”将至…）: the headline of a linked story, not a fact of this one."""
_NOW_WORDS = frozenset({"今天", "今日", "现在", "如今", "现今", "当下", "时至今日"})
_GENERIC_NOW = re.compile(r"看来|来看|的(?:中国|世界|社会|时代|人们|我们|年轻人|人类)")
"""今天看来 / 现在来看 (in hindsight), 今天的中国 (China nowadays): the present as a view, not a dated event
(the claims stage reads a simplified copy, so only simplified forms are needed)."""
_OPEN_PAST = "以往"
"""以往 ('in the past, as a rule'): 比以往更快, 不同于以往的做法; a contrast with the present that names no
earlier time, unlike 此前 or 早前 (the claims stage reads a simplified copy)."""
_PRESENT_WORDS = frozenset({"当前", "目前", "现阶段", "当下", "當前", "現階段", "當下"})
_FRAMED = re.compile(r"(?:根据|按照|依据|结合|针对|鉴于|適應|适应|根據|依據|結合|針對|鑑於)$")
"""根据当前疫情形势…: 'the current situation' frames a directive; it dates no event."""
_FROM_NOW_TO = re.compile(
    r"[^，。；,;]{0,20}?(?:延长|增加|提高|降低|减少|缩短|扩大|调整|上调|下调)(?:至|到|为)"
)
"""从目前6个月延长至12个月: the present figure a change starts from, not the claim's date."""


def is_dating(mention: TimeMention, text: str) -> bool:
    """A mention that can date a claim: DATE/TIME with a calendar value, not used attributively."""
    if mention.type not in ("DATE", "TIME") or not (mention.date_start or mention.date_end):
        return False
    first = mention.text[:1]
    if (
        first in _ATTRIBUTIVE_FIRST
        and _ATTRIBUTIVE.match(text[mention.start : mention.end + 1])
        and "月" not in mention.text  # not 今年的6月16日
    ):
        return False
    if mention.text == _OPEN_PAST:
        return False
    if mention.text in _PRESENT_WORDS and _present_as_attribute(mention, text):
        return False
    if mention.text in _NOW_WORDS and (
        _GENERIC_NOW.match(text, mention.end)
        or (mention.text == "今天" and text.endswith("的", 0, mention.start))
    ):
        return False  # 今天看来, 今天的中国, 在学校都挑剔生源的今天 ('in an age when …')
    if _in_title(mention, text) or _STAMP_LABEL.search(text, max(0, mention.start - 12), mention.start):
        return False
    if _RELATED_LINK.search(text, max(0, mention.start - 60), mention.start):
        return False
    end = mention.end
    tail = text[max(0, end - 4) : end]  # what an end-anchored pattern's last word must lie in
    if _DATELINE.match(text, end) or (
        not _INSIDE_LAST.isdisjoint(tail[-2:]) and _INSIDE_WORD.search(text, max(0, mention.start - 2), end)
    ):
        return False
    if ("day" in tail and _NAMED_DAY.search(text, max(0, mention.start - 8), end)) or (
        first in "12" and _attributive_year(mention, text)  # a bare year opens with 1 or 2
    ):
        return False
    precision = mention.precision
    if precision in _CLOCK_PRECISIONS and (_repeating_clock_time(mention, text) or game_clock(mention, text)):
        return False
    if _habitual_part(mention, text):
        return False
    if precision in _TIMETABLE_PRECISIONS and in_opening_hours(mention, text):
        return False
    if mention.text[-4:].isdigit() and _COUNTED.match(text, end):
        return False
    if _ORDINAL_PART.fullmatch(mention.text) and _OF_NOUN.match(text, end):
        return False
    if mention.text.isascii() and (
        _in_idiom(mention, text) or _HOW_LONG.match(mention.text) or dating_en.dates_nothing(mention, text)
    ):
        return False
    if mention.text in _SOMEDAY or (mention.text == "当年" and _back_then(mention, text)):
        return False
    if mention.text.lower() in _EN_NOW_WORDS and _en_now_dates_nothing(mention, text):
        return False
    return not is_comparison_base(mention, text)


_EN_NOW_WORDS = frozenset({"now", "today", "right now", "currently", "at present", "at the moment"})
_SPECULATION = re.compile(r"\b(?:may|might)\b(?!\s+(?:be\s+)?(?:said|reported|announced)\b)", re.IGNORECASE)
"""'the plan may now be stalling', 'it may only be a concept today': a guess about the present, no
dated fact (may or might in the same clause)."""
_CLAUSE_STOP = re.compile(r"[.;:!?\n,—–]")
_FROM_FIGURE_BEFORE = re.compile(
    r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?[$€£¥₹]?\d[\d.,]*[^\s]*"
    r"(?:\s+(?:percent|per\s+cent|points?|cents?|million|billion))?\s+$",
    re.IGNORECASE,
)
_TO_FIGURE_AFTER = re.compile(
    r"\s+to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|(?:as\s+(?:many|much|high|low)\s+as|more\s+than)\s+)?"
    r"[$€£¥₹]?\d",
    re.IGNORECASE,
)
"""'cut costs from $0.23 today to $0.10 by 2030': the present figure a target starts from."""


def _en_now_dates_nothing(mention: TimeMention, text: str) -> bool:
    """'now' / 'today' in a guess ('may now be …'), as the start of a figure's change ('from 20% now
    to 24% by 2030') or spoken to the reader ('the stage you're in right now'): no dated fact of the present."""
    before = text[max(0, mention.start - 60) : mention.start]
    if _FROM_FIGURE_BEFORE.search(before) and _TO_FIGURE_AFTER.match(text, mention.end):
        return True
    lead = _CLAUSE_STOP.split(before)[-1]
    stop = _CLAUSE_STOP.search(text, mention.end, mention.end + 80)
    tail = text[mention.end : stop.start() if stop else mention.end + 80]
    if _READER.search(lead) or _READER.match(tail):
        return (
            True  # 'the business you have in mind right now', 'and now you'll focus on …': the reader's now
        )
    return _SPECULATION.search(lead) is not None or _SPECULATION.search(tail) is not None


_READER = re.compile(r"(?:^|\s)you(?:['’](?:re|ll|ve|d))?\b", re.IGNORECASE)
"""'you' in the clause of a 'now': the writer speaks to the reader of any day, not of a dated fact."""


_SENTENCE_SPLIT = re.compile(r"[。！？!?\n]|\.\s")


def _repeating_clock_time(mention: TimeMention, text: str) -> bool:
    """'每天上午9时至10时…，21时…': a bare clock time after an 'every' word in the same sentence."""
    if mention.precision not in ("hour", "minute") or CLOCK_ONLY.search(mention.text):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    before = _SENTENCE_SPLIT.split(before)[-1]
    return _EVERY.search(before) is not None


_RECURRING_PARTS = frozenset(
    "周末 月末 月底 月初 月中 年底 年末 年初 年中 季末 季初 早上 早晨 清晨 上午 中午 下午 傍晚 晚上 夜里 深夜".split()  # noqa: SIM905
)
_HABITUAL = re.compile(r"每|平时|平常|平日|通常|一般|往往|经常|常常|总是|时常|向来")
"""平时…但周末也会…, 每当季末、年底…, 每天工作10小时…月末能拿…: a bare part of the week, month, year or
day after a habit word in its sentence recurs; it dates no single event (the claims stage reads a
simplified copy, so only simplified forms are needed)."""


def _habitual_part(mention: TimeMention, text: str) -> bool:
    """A bare recurring part (周末, 年底, 傍晚), feast (春节) or clock time (晚上10点) after a habit word
    (每, 平时, 通常) earlier in its sentence, or any date without its year right after 每年/每月/每逢."""
    if mention.text.isascii():
        return False
    lead = text[max(0, mention.start - 5) : mention.start]
    if "每" in lead and _EVERY_BEFORE.search(lead) and not _OWN_YEAR.search(mention.text):
        return True  # 每年的3月15日, 每月15日, 每年春节前后, 每当春节来临
    named = mention.text in _RECURRING_PARTS or mention.rule.startswith("holiday")
    if not named and (mention.precision not in ("hour", "minute") or CLOCK_ONLY.search(mention.text)):
        return False  # neither a bare part, a feast nor a bare clock time
    before = _SENTENCE_SPLIT.split(text[max(0, mention.start - 40) : mention.start])[-1]
    return _HABITUAL.search(before) is not None and not _OWN_YEAR.search(mention.text)


_EVERY_BEFORE = re.compile(r"(?:每年|每月|每周|每星期|每个月|每逢|每当|每到)的?$")
_OWN_YEAR = re.compile(
    r"\d{4}|[今去明前后本上下同当该次]年|[本上下]月|[本上下]周|[〇零一二三四五六七八九]{4}"
)
"""2023年春节, 今年春节, 本月15日: a date with its own year (or month, week) happens once."""


_YEAR_WORD = re.compile(
    r"(?:\d{2,4}|[〇零一二三四五六七八九]{2,4})\s*年(?!代|龄|纪|级|轻|份)|[今去前明后上次同]年|年[初中末底]"
)
"""A year the story has named (2016年, 去年, 同年, 年底) that 当年 can mean 'that year' of."""


_SENTENCE_RUN = re.compile(r"(?:[。！？!?\n]|\.\s)[。！？!?\s”」]*")


def _back_then(mention: TimeMention, text: str) -> bool:
    """当年“八国联军”…, 当年高通…: 当年 with no year named in its sentence or the one before means
    'back then' (an undated past), not the story's year nor publication's."""
    lead = text[max(0, mention.start - 160) : mention.start]
    stops = [m.end() for m in _SENTENCE_RUN.finditer(lead)]
    return _YEAR_WORD.search(lead, stops[-2] if len(stops) > 1 else 0) is None


def _in_idiom(mention: TimeMention, text: str) -> bool:
    """The mention lies inside an idiom such as 'now and again' or 'the future of'."""
    lo, hi = max(0, mention.start - 12), mention.end + 12
    window = text[lo:hi].lower()
    if "now" not in window and "future" not in window:
        return False  # every idiom holds 'now' or 'future'
    for m in _EN_IDIOM.finditer(text, lo, hi):
        if m.start() <= mention.start and mention.end <= m.end():
            return True
    return False


def _attributive_year(mention: TimeMention, text: str) -> bool:
    """'a 2010 allegation', 'the 2016 MacBook', '2019's best', 'Euro 2020': a year that describes a
    noun or is part of a name, not the time of the clause's event."""
    if not _BARE_YEAR.fullmatch(mention.text):
        return False
    before = text[max(0, mention.start - 20) : mention.start]
    after = text[mention.end : mention.end + 3]
    if after.startswith(("'s", "’s")) or _COUNTED.match(text, mention.end):
        return True
    if _POSSESSOR.search(before):
        return True
    word = re.search(r"([A-Za-z]+)\s+$", before)
    if not word:
        return False
    if word.group(1).lower() in dating_en.DETERMINERS:
        return True
    return word.group(1)[0].isupper() and word.group(1).lower() not in dating_en.YEAR_LEADS


_POSSESSOR = re.compile(r"\w['’]s\s+$")
"""'the firm's 2017 list': a year after a possessive describes the noun, like 'the 2017 list'."""
_COUNTED = re.compile(
    r"\s+(?:pixels|px|dpi|people|persons|residents|students|workers|employees|jobs|homes|households|cars|"
    r"vehicles|units|copies|words|pages|feet|foot|ft|meters|metres|miles|km|kilometers|kilometres|yards|"
    r"tons|tonnes|pounds|lbs|kg|acres|hectares|calories|votes|points|rpm|mAh|watts|volts|horsepower|hp)\b"
)
"""'1080 pixels by 1920 pixels', '2000 people': a count or measure, not a year."""


_ORDINAL_PART = re.compile(r"the\s+(?:last|final|first)\s+(?:weekend|week|day|night|month)", re.IGNORECASE)
_OF_NOUN = re.compile(r"\s+of\s+(?:the|a|an|its|his|her|their|this|that)\b")
"""'the last weekend of the festival': the festival's final weekend, not the weekend before publication."""


def _in_title(mention: TimeMention, text: str) -> bool:
    """《2019年中国共享充电行业报告》显示: a date inside a work's title names the work, not an event."""
    opened = text.rfind("《", max(0, mention.start - 40), mention.start)
    if opened < 0 or text.find("》", opened, mention.start) >= 0:
        return False
    return text.find("》", mention.end, mention.end + 40) >= 0


_PRESENT_THING = re.compile(r"(?:进程|线程|版本|页面|目录|窗口|路径|光标|会话|节点|分支|对象|实例)")
"""当前进程, 当前目录: a program's 'current' object (software), not the time of an event."""
_PRESENT_LEVEL = re.compile(
    r"(?:水平|标准|口径|趋势|速度|增速|进度|价格|价位)(?:来?看|测算|计算|估算|推算|推断|下|上)"
)
"""从目前水平看, 按当前增速测算: today's level as the basis of a reckoning, not a dated fact."""


def _present_as_attribute(mention: TimeMention, text: str) -> bool:
    """当前 / 目前 framed by 根据 (根据当前形势), as the start of a change (从目前6个月延长至…), naming
    a program's current object (当前进程) or the level a reckoning starts from (从目前水平看)."""
    before = text[max(0, mention.start - 4) : mention.start]
    if _FRAMED.search(before) or _PRESENT_THING.match(text, mention.end):
        return True
    if before.endswith(("从", "由", "按", "以", "照", "依", "從")) and _PRESENT_LEVEL.match(
        text, mention.end
    ):
        return True
    return before.endswith(("从", "由", "從")) and _FROM_NOW_TO.match(text, mention.end) is not None


def is_comparison_base(mention: TimeMention, text: str) -> bool:
    """'up 0.3 percent from 2017', '较去年同期': the date a figure is compared with, not the claim's date."""
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 12]
    compared = _ASCII_LETTER.search(before) and _COMPARED_EN.search(before)
    if compared and not _RANGE_NEXT.match(after) and not _is_amount(before, compared):
        return True
    from_zh = ("由" in before or "从" in before) and _FROM_ZH.search(before)
    if from_zh and _FROM_ZH_AFTER.match(text, mention.end, mention.end + 20):
        return True
    if _COMPARED_ZH_MARK.search(before) is None:
        return False
    return bool(_COMPARED_ZH.search(before)) and bool(_COMPARED_ZH_AFTER.match(after))


_ZH_BARE_YEAR = re.compile(r"(?:\d{4}|[〇零一二三四五六七八九]{4})年")
_EVENT_NAME_AFTER = re.compile(
    r"(?:(?![了的在于是将举办召开行和与])[\u4e00-\u9fff]){0,6}?"
    r"(?:世界杯|奥运会|冬奥会|残奥会|亚运会|全运会|世博会|博览会|进博会|锦标赛|联赛|春晚|马拉松|峰会|运动会|"
    r"电影节|艺术节|音乐节|文化节|旅游节|年会|论坛)"
)
"""2019年篮球世界杯, 2023年中国国际进口博览会: a year that is part of an event's name."""


def names_an_event(mention: TimeMention, text: str) -> bool:
    """True for a bare year written as part of an event's name (2019年篮球世界杯冠军…)."""
    return (
        _ZH_BARE_YEAR.fullmatch(mention.text) is not None
        and _EVENT_NAME_AFTER.match(text, mention.end) is not None
    )


def without_event_names(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """A sentence's dated mentions less the years that only name an event (2019年篮球世界杯冠军昨天抵达:
    昨天 dates the arrival), unless nothing else dates the sentence (2019年世界杯在北京开幕)."""
    kept = [m for m in mentions if not names_an_event(m, text)]
    return kept if kept else mentions
