"""Chinese rules for time said in words rather than as calendar fields: holidays, counted shifts,
vague words (如今, 此前), durations and recurrences. `zh.RULES` appends `WORD_RULES` after its calendar rules."""

from __future__ import annotations

import re

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import Rule, alt
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_build_durations import compound_duration, duration_spec, seasons_duration
from timeline.temporal.zh_build_holidays import holiday_point
from timeline.temporal.zh_build_ranges import clock_range, holiday_range
from timeline.temporal.zh_build_relative import fixed, present_instant, recurrence, shifted, then
from timeline.temporal.zh_build_spans import half_units_to_now, unit_span
from timeline.temporal.zh_events import evented, nth_day_of_event
from timeline.temporal.zh_patterns import (
    BIG_COUNT,
    CN_COUNT_CHARS,
    DURATION_PIECE,
    DURATION_UNITS,
    HOLIDAY_KEYS,
    HOLIDAY_WORDS,
    NOT_AFTER_NUMBER,
    SHIFT_UNITS,
    SP,
    UNIT_KEYS,
    YEAR_A,
    NearTrigger,
    clock_pattern,
    keyed,
    qualified,
    year_pattern,
)
from timeline.temporal.zh_read import MergedMatch, qualifying, read_int

_MINUTES_AFTER_HOURS = (
    r"(?<=小时|小時|钟头|鐘頭)[ \t]?零?(?P<{g}>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})分(?![钟鐘\d秒])"
)
"""1小时30分, 36天5小时30分: minutes written 分 alone after hours (a length, not a clock time)."""


def _earlier_today(m: re.Match[str], text: str) -> TimeSpec | None:
    """稍早 (earlier today) as the recent past, unless its clause compares (比预期稍早: earlier than planned)."""
    before = re.split(r"[，,。；;！!？?\n]", text[max(0, m.start() - 8) : m.start()])[-1]
    return None if "比" in before else TimeSpec("recent", extra={"precision": "day"})


WORD_RULES: tuple[Rule, ...] = (
    Rule(
        "holiday (春节, 中秋节, 2023年国庆, 五一假期)",
        NearTrigger(
            re.compile(
                keyed(
                    qualified(
                        rf"(?:{YEAR_A}{SP}(?:的)?)?(?P<hol>{HOLIDAY_WORDS})(?P<hs>节|節)?"
                        # 庞格尔节第四天, 逾越节首日, 光明节最后一天: the feast's nth, first or last day
                        rf"(?:的?(?:第(?P<hnd>[一二三四五六七八九1-9])天|(?P<hfirst>首日)|(?P<hlast>最后一天|最後一天)))?"
                        rf"(?P<hp>前夕|当天|當天|期间|期間|小长假|小長假|假期|长假|長假|黄金周|黃金週)?"
                        # 情人节晚上 (but 儿童节下午三点: the clock joins the holiday by itself)
                        rf"(?:{SP}(?P<hdp>{alt(k for k in vocab.DAYPART if len(k) > 1)})(?!{SP}[\d{CN_COUNT_CHARS}]))?"
                    ),
                    HOLIDAY_KEYS,
                )
            ),
            re.compile(HOLIDAY_WORDS),  # a literal trie: the regex engine's own fast scan
            before=24,
            after=16,
        ),
        qualifying(holiday_point),
    ),
    Rule(
        "clock range with one hour word (9~12点半, 晚上9~11点, 下午七八点)",
        re.compile(
            keyed(
                # a part of the day alone leads the span; after a day word (明天下午) that day's rule keeps it
                rf"(?:(?<![天日号號节節晚今明昨前后後])(?P<dp>{alt(vocab.DAYPART)}){SP})?"
                rf"(?<![\d{CN_COUNT_CHARS}:：])(?:(?P<h1>{vocab.NUM_0_24}){SP}(?:~|～|-|－|到|至){SP}(?P<h2>{vocab.NUM_0_24})"
                rf"|(?P<p1>[一二两兩三四五六七八九])(?P<p2>[二三四五六七八九十]))"
                rf"{SP}(?P<hu>[点點时時])(?P<hz>钟|鐘|整)?(?:(?P<half>半)|(?P<mi>{vocab.NUM_0_59}){SP}分)?"
                rf"(?![\d{CN_COUNT_CHARS}分秒])",
                "点點时時",
            )
        ),
        clock_range,
    ),
    Rule(
        "range of holidays (去年春节到元宵节, 2019年感恩节到2021年母亲节)",
        NearTrigger(
            re.compile(
                rf"(?:{year_pattern('a')}{SP}(?:的)?)?(?P<h1>{HOLIDAY_WORDS})(?P<hs1>节|節)?"
                rf"{SP}(?:到|至|—{{1,2}}|~|～|-){SP}"
                rf"(?:{year_pattern('b')}{SP}(?:的)?)?(?P<h2>{HOLIDAY_WORDS})(?P<hs2>节|節)?"
            ),
            re.compile(HOLIDAY_WORDS),
            before=12,
            after=30,
        ),
        holiday_range,
    ),
    Rule(
        "N units ago / later / so far (三天前, 两年后, 十年来, 几天后)",
        re.compile(
            keyed(
                # 再过两天, 过了三天 (at a clause start): N units later without 后
                rf"(?:(?P<go>(?:(?<!不)再|又|(?<![^\s，,。；;：:！!？?（(“「]))(?:过|過)(?:了)?)|(?P<near>近|最近)(?=[^，。]{{1,8}}?[来來]))?"
                rf"(?P<about>大约|大約|约|約)?{NOT_AFTER_NUMBER}(?:(?P<vg>几|幾|数|數)?(?P<n>{vocab.COUNT})|(?P<fz>{vocab.FUZZY_COUNT}))(?P<more>多|余|餘)?{SP}"
                rf"(?:(?P<cu>[个個])(?P<more2>多|半)?)?(?:(?P<u>{SHIFT_UNITS})|(?<=[个個][多半])(?P<um>月)|(?<=[个個])(?P<uq>季度)"
                rf"|(?P<uk>刻钟|刻鐘)|分(?P<mhalf>半)(?:钟|鐘))"  # 一刻钟后 (quarter hours), 一分半钟前
                rf"(?:(?P<half>半)|(?P<more4>多|余|餘))?{SP}"  # 3年半前, 3年多以来
                rf"(?P<dir>以前|之前|以后|以後|之后|之後|以来|以來|前|后|後|来|來)?(?(dir)|(?(go)(?![的之])|(?!)))"
                rf"(?![{vocab.BARE_AFTER_BLOCK}])",
                UNIT_KEYS + "度",  # 三个季度后
            )
        ),
        evented(shifted),
        priority=1,
    ),
    Rule(
        "some days after the event (事发后十多天)",
        re.compile(
            rf"(?:事发|事發)(?:[后後]|之[后後])(?P<n>{vocab.COUNT})(?P<more>多|余|餘)?(?P<u>天|日|个月|個月|年)"
        ),
        evented(
            lambda m, text: TimeSpec(
                "point",
                start=Point(
                    rel_unit=vocab.SHIFT_UNIT[vocab.UNIT[m.group("u")]],  # type: ignore[arg-type]
                    rel_offset=read_int(m.group("n")) or 0,
                    rel_base="narrative",
                ),
                approximate=bool(m.group("more")),
            )
        ),
    ),
    Rule(
        "day N of an event (失联第十四天, 失踪的第三晚)",
        re.compile(
            rf"(?P<w>失联|失聯|失踪|失蹤|走失)的?第(?P<n>{vocab.COUNT})(?P<u>天|日|晚|夜)"
            rf"(?P<dp>上午|下午|晚上|凌晨|早上|中午|傍晚)?"
        ),
        nth_day_of_event,
    ),
    Rule(
        "the N units before or after now (上两周, 过去三年, 未来两个月)",
        re.compile(
            rf"(?P<dir>过去|過去|最近|近|未来|未來|接下来|接下來|今后|今後|(?<![目此之以提事日年月天前最然随隨先背落而稍])[上前下后後])"
            rf"(?P<n>{vocab.COUNT}){SP}(?P<u>{SHIFT_UNITS})(?:(?P<inside>里|裡|间|間)|(?![前后後以来來内內里裡半]))"
        ),
        unit_span,
    ),
    Rule(
        "the last N and a half units up to now (过去半年, 最近一年半, 过去两个半月)",
        re.compile(
            rf"(?:过去|過去|最近)(?:半(?:个|個)?(?P<u1>年|月)|(?P<n>{vocab.COUNT})(?:(?:个|個)半(?P<u2>月)|(?P<u3>年)半))"
            rf"(?:里|裡|间|間|以来|以來|来|來)?"
        ),
        half_units_to_now,
    ),
    Rule(
        "part of the story's day alone (中午, 傍晚, 凌晨)",
        re.compile(
            # only as the scene of a clause (中午，… / 傍晚时分，…), not a habit (晚上不睡觉) or a meal (下午茶)
            rf"(?<![\w{CN_COUNT_CHARS}])(?P<dp>{alt(vocab.BARE_DAYPART)})(?:时分|時分)?(?=[，,])"
        ),
        lambda m, text: TimeSpec(
            "point",
            start=Point(
                rel_unit="day", rel_offset=0, rel_base="narrative", daypart=vocab.DAYPART[m.group("dp")]
            ),
        ),
        priority=-1,
    ),
    Rule(
        "present (如今, 目前, 截至目前)",
        re.compile(alt(vocab.PRESENT) + r"(?![的]?[天])"),
        fixed("present"),
    ),
    Rule(
        "now (现在, 此刻, 而家): the reference instant when the reference has a clock",
        re.compile(rf"{alt(vocab.PRESENT_INSTANT)}(?![的]?[天])"),
        present_instant,
    ),
    Rule(
        "recent years (近年来, 长期以来)",
        re.compile(alt(vocab.RECENT_YEARS)),
        fixed("recent", precision="year"),
    ),
    Rule("recent days (近日, 日前)", re.compile(alt(vocab.RECENT_DAYS)), fixed("recent", precision="day")),
    Rule(
        "earlier today (稍早, 稍早前)",
        # not a comparison (比预期稍早, 稍早于): only the news word for a moment ago
        re.compile(r"(?<![比较較还還略])稍早(?:前|时候|時候)?(?![于於些点點一])"),
        _earlier_today,
    ),
    Rule(
        "just now, opening a news lead (刚刚，…)",
        # only as the lead of a clause: 他刚刚到家 ('has just') is no date
        re.compile(r"(?<![\u4e00-\u9fff])(?:刚刚|剛剛)(?=[，,！!])"),
        lambda m, text: TimeSpec("point", start=Point(rel_unit="day", rel_offset=0)),
    ),
    Rule("recent months (近期)", re.compile(alt(vocab.RECENT_MONTHS)), fixed("recent", precision="month")),
    Rule("earlier (此前, 以往)", re.compile(alt(vocab.PAST)), fixed("past", precision="day")),
    Rule("from now on (今后, 将来)", re.compile(alt(vocab.FUTURE)), fixed("future")),
    Rule("afterwards (随后, 此后, 过了一段时间)", re.compile(alt(vocab.AFTER)), fixed("after")),
    Rule("then, at the start (当时, 最初)", re.compile(alt(vocab.THEN)), then),
    Rule(
        "duration (三年, 1分钟, 一个月, 十多天, 半年)",
        re.compile(
            keyed(
                rf"{NOT_AFTER_NUMBER}(?<!\d,)(?:(?P<big>{BIG_COUNT})|(?P<n>{vocab.COUNT})|(?P<fz>{vocab.FUZZY_COUNT}))"
                rf"(?P<more>多|余|餘|来|來)?(?:[个個](?P<more3>多|余|餘))?{SP}"  # 四个多星期, 17个多月
                rf"(?:(?P<u>{DURATION_UNITS})|(?<=[多余餘几幾数數])(?P<u2>[日月])|(?P<mhalf>分半)(?:钟|鐘))(?P<half>半)?"
                # 两个小时以内, 三天内: a length of time still (within it)
                rf"(?:(?P<within>[以之]?[内內])(?![地外部容涵存需])|(?![前后後以来來底初中内內度代级級龄齡薪岁歲]))",
                UNIT_KEYS + "度",  # 五个季度
            )
        ),
        lambda m, text: duration_spec(MergedMatch(m, u="u2"), text),
        priority=-1,
    ),
    Rule(
        "years as springs and autumns (七载春秋, 十个春秋, 三十个寒暑)",
        re.compile(
            keyed(
                rf"{NOT_AFTER_NUMBER}(?P<n>{vocab.COUNT})(?P<more>多|余|餘)?(?:个|個|载|載)?(?:春秋|寒暑)"
                rf"(?![季假航战戰时時装裝两兩之])",
                "春寒",
            )
        ),
        seasons_duration,
    ),
    Rule(
        "compound duration (3年零8个月, 1小时30分钟, 8天又二十个小时)",
        re.compile(
            keyed(
                rf"{NOT_AFTER_NUMBER}{DURATION_PIECE}(?:(?:[ \t]?(?:又|零|多|余|餘)?[ \t]?{DURATION_PIECE}){{1,6}}"
                rf"(?:{_MINUTES_AFTER_HOURS.format(g='tmin')})?|{_MINUTES_AFTER_HOURS.format(g='tmin2')})"
                rf"(?![前后後以来來底初中内內度代级級龄齡薪岁歲])",
                UNIT_KEYS,
            )
        ),
        compound_duration,
    ),
    Rule(
        "set (每天, 每年, 每周一, 每学期, 每隔三天)",
        re.compile(
            rf"每(?:个|個|一)?(?:(?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天])"
            rf"|年(?P<sm>{vocab.NUM_1_12})月(?:(?P<sd>{vocab.NUM_1_31})[日号號])?"
            rf"|隔(?P<every>{vocab.COUNT})(?:个|個)?(?P<u>{alt(vocab.SET_UNIT)})"
            rf"|(?P<u1>{alt(vocab.SET_UNIT)}))"
            # 每天上午9时至10时: the clock of a daily instruction belongs to the set, never a dated time
            # (每周一下午八点, 每周六上午: a weekly time belongs to the set too)
            rf"(?:(?<=[天日晚夜一二三四五六]){SP}(?:{clock_pattern('k')}(?:{SP}(?:至|到|-|—|~|～){SP}{clock_pattern('l')})?"
            rf"|(?<=[一二三四五六日天])(?:{alt(k for k in vocab.DAYPART if len(k) > 1)})))?"
        ),
        lambda m, text: recurrence(MergedMatch(m, u="u1"), text),
    ),
)
