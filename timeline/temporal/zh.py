"""Chinese temporal grammar: the named `RULES` (patterns in `zh_patterns`, builders in `zh_build`).

Each rule is a compiled pattern and a builder; `engine.match` keeps the longest candidates. The
vocabulary lives in `zh_vocab`, the corpus that tests the whole grammar in `zh_corpus`.
"""

from __future__ import annotations

import re

from timeline.temporal import zh_dateline
from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import Rule, alt
from timeline.temporal.joins import join_day_and_clock
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_build import (
    bare_clock,
    bare_part,
    calendar_point,
    calendar_range,
    decade_point,
    numeric_date,
    numeric_range,
    relative_quarter,
    shared_unit_range,
    year_piece,
    year_range,
)
from timeline.temporal.zh_build_durations import compound_duration, duration_spec, seasons_duration
from timeline.temporal.zh_build_holidays import holiday_point
from timeline.temporal.zh_build_ranges import clock_range, holiday_range
from timeline.temporal.zh_build_relative import fixed, present_instant, recurrence, shifted, then
from timeline.temporal.zh_build_spans import neighbour_pair, unit_span, week_of_month, year_list
from timeline.temporal.zh_events import evented
from timeline.temporal.zh_numeric import NUMERIC_RULES
from timeline.temporal.zh_patterns import (
    BIG_COUNT,
    CALENDAR_KEYS,
    CN_COUNT_CHARS,
    CONNECTOR,
    CONNECTOR_KEYS,
    DURATION_PIECE,
    DURATION_UNITS,
    HOLIDAY_KEYS,
    HOLIDAY_WORDS,
    NOT_A_RATIO,
    NOT_AFTER_NUMBER,
    SHIFT_UNITS,
    SP,
    UNIT_KEYS,
    YEAR4,
    YEAR_A,
    NearTrigger,
    calendar_pattern,
    clock_pattern,
    keyed,
    near_joint,
    numeric_pattern,
    qualified,
    year_pattern,
)
from timeline.temporal.zh_periods import PERIOD_RULES
from timeline.temporal.zh_read import MergedMatch, qualifying, read_int

_MINUTES_AFTER_HOURS = (
    r"(?<=小时|小時|钟头|鐘頭)[ \t]?零?(?P<{g}>\d{{1,2}}|[一二三四五六七八九十]{{1,3}})分(?![钟鐘\d秒])"
)
"""1小时30分, 36天5小时30分: minutes written 分 alone after hours (a length, not a clock time)."""

RULES: tuple[Rule, ...] = (
    Rule(
        "calendar date (年 月 日 星期 时 分, relative words, qualifiers)",
        re.compile(keyed(qualified(rf"(?<![\d{vocab.CN_DIGIT}第])" + calendar_pattern("a")), CALENDAR_KEYS)),
        evented(qualifying(calendar_point)),
    ),
    Rule(
        "range of calendar dates (至, 到, —, 和)",
        near_joint(
            r"(?:从|從|自|由)?"
            + keyed(
                qualified(
                    rf"(?<![\d{vocab.CN_DIGIT}])(?P<a_start>){calendar_pattern('a')}(?P<a_end>){CONNECTOR}"
                    rf"(?P<b_start>){calendar_pattern('b')}(?P<between>之间|之間|间|間|止)?"
                ),
                CALENDAR_KEYS,
                CONNECTOR_KEYS,
            ),
            calendar_pattern("a"),
            CONNECTOR,
            calendar_pattern("b"),
        ),
        qualifying(calendar_range),
        priority=1,
    ),
    Rule(
        "day or month range sharing one unit word (4月12-19日, 2018年1－9月份)",
        NearTrigger(
            re.compile(
                keyed(
                    qualified(
                        rf"(?:{YEAR_A}{SP})?(?:(?P<m>{vocab.NUM_1_12}){SP}月{SP})?"
                        rf"(?P<d1>{vocab.NUM_1_31}){SP}(?:-|－|–|—{{1,2}}|~|～|〜|至|到){SP}(?P<d2>{vocab.NUM_1_31}){SP}"
                        rf"(?P<unit>[日号號]|月份?)"
                    ),
                    "日号號月",
                    CONNECTOR_KEYS,
                )
            ),
            re.compile(rf"(?:-|－|–|—{{1,2}}|~|～|〜|至|到){SP}{vocab.NUM_1_31}{SP}(?:[日号號]|月)"),
            before=32,
            after=16,
        ),
        qualifying(shared_unit_range),
        priority=1,
    ),
    Rule(
        "year range (2014-2016年, 2014至16年)",
        NearTrigger(
            re.compile(
                keyed(
                    qualified(
                        rf"(?P<y1>{YEAR4}){SP}(?:年{SP})?(?:-|－|–|—{{1,2}}|~|～|至|到){SP}(?P<y2>\d{{4}}(?!\d)|[{vocab.CN_DIGIT}]{{4}}|\d{{2}}(?!\d)){SP}年"
                        # 1985到89年9月: the range ends in a month of its last year (not a day: 12月31日)
                        rf"(?:{SP}(?P<m2>{vocab.NUM_1_12}){SP}月份?(?!{SP}{vocab.NUM_1_31}{SP}[日号號]))?"
                    ),
                    "年",
                )
            ),
            re.compile(
                rf"(?:-|－|–|—{{1,2}}|~|～|至|到){SP}(?:\d{{4}}|[{vocab.CN_DIGIT}]{{4}}|\d{{2}}){SP}年"
            ),
            before=24,
            after=16,
        ),
        qualifying(year_range),
        priority=2,
    ),
    Rule(zh_dateline.RULE_NAME, zh_dateline.PATTERN, zh_dateline.dateline, priority=3),
    Rule(
        zh_dateline.HEADER_RULE_NAME,
        zh_dateline.header_pattern(numeric_pattern("", first=False)),
        numeric_date,
        priority=3,
    ),
    Rule(
        zh_dateline.HEADER_RULE_NAME,
        zh_dateline.header_pattern(calendar_pattern("a")),
        qualifying(calendar_point),
        priority=3,
    ),
    Rule(
        "list of consecutive years sharing 年 (2013、2014年)",
        NearTrigger(
            re.compile(
                keyed(qualified(rf"(?P<ys>{YEAR4}(?:、{YEAR4}){{0,4}})、(?P<y2>{YEAR4}){SP}年"), "年")
            ),
            re.compile(rf"(?<=[\d{vocab.CN_DIGIT}{vocab.FW_DIGIT}])、"),
            before=40,
            after=24,
        ),
        qualifying(year_list),
        priority=2,
    ),
    Rule(
        "numeric date (2024-04-24, 2024/4/24, 2024.4.24 [09:21])",
        re.compile(numeric_pattern("")),
        numeric_date,
        priority=1,
    ),
    Rule(
        "numeric date range (2024.4.1-2024.4.30, 2018/1/10至2018/7/10)",
        re.compile(
            qualified(rf"{numeric_pattern('a', last=False)}{CONNECTOR}{numeric_pattern('b', first=False)}止?")
        ),
        qualifying(numeric_range),
        priority=1,
    ),
    Rule(
        "compact date (20240307)",
        re.compile(
            r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d.%])"
        ),
        numeric_date,
        priority=-1,
    ),
    Rule(
        "month/day/year (3/3/2015)",
        re.compile(
            r"(?<![\d./])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])"
        ),
        numeric_date,
    ),
    Rule(
        "clock time (15:30, 3:15pm)",
        re.compile(
            rf"(?<![\d/]){NOT_A_RATIO}(?P<ch>[01]?\d|2[0-3])[:：](?P<cm>[0-5]\d)(?:[:：](?P<cs>[0-5]\d))?"
            r"(?:(?P<pm>\s?(?i:pm|p\.m\.|p)(?![a-zA-Z\d]))|(?P<am>\s?(?i:am|a\.m\.)(?![a-zA-Z\d])))?(?![\d:：.万萬])"
        ),
        bare_clock,
        priority=-1,
    ),
    Rule(
        "hour with a.m. or p.m. (3pm, 11 a.m.)",
        NearTrigger(
            re.compile(
                r"(?<![\d:：./a-zA-Z])(?P<ch>1[0-2]|0?[1-9])(?P<cm>)\s?"
                r"(?:(?P<pm>(?i:pm|p\.m\.))|(?P<am>(?i:am|a\.m\.)))(?![a-zA-Z\d])"
            ),
            re.compile(r"(?<=[\d\s])[aApP]\.?[mM]"),
            before=4,
            after=3,
        ),
        bare_clock,
        priority=-1,
    ),
    Rule(
        "decade (上世纪90年代, 80年代, 1990年代)",
        NearTrigger(
            re.compile(
                keyed(
                    rf"(?:(?P<cent>{alt(vocab.CENTURY_PREFIX)})?(?P<dec>\d0|[一二三四五六七八九]十)|(?<!\d)(?P<dec4>1\d\d0|20\d0))"
                    r"年代(?P<dp>初期|前期|中期|末期|后期|後期|初|末)?",
                    "年",
                )
            ),
            re.compile("年代"),
            before=16,
            after=8,
        ),
        decade_point,
    ),
    Rule(
        "quarter, half, first months, season of a year (一季度, 上半年, 今年首8个月, 去年夏天)",
        NearTrigger(
            re.compile(
                keyed(
                    qualified(
                        rf"(?:{YEAR_A}{SP}(?:的)?)?(?:(?<![创創])(?P<half>{alt(vocab.HALF)})"
                        rf"|(?:第|(?<![\d{CN_COUNT_CHARS}]))(?P<q>[一二三四1-4１-４首])(?:(?<=第.)[个個])?季度(?P<qp>初|末|底)?"
                        rf"|(?:前|首)(?P<firstq>[二两兩三四2-4])(?:个|個)?季度"
                        rf"|(?<=年)(?:前|首)(?P<firstm>{vocab.NUM_1_12}|两|兩)(?:个|個)?月(?!份?[初底末中上下])"
                        rf"|(?<=年)(?P<season>{alt(vocab.SEASON)}))"
                    ),
                    "季年月天",
                )
            ),
            re.compile(rf"季度|半年|(?<=年)(?:前|首|{alt(vocab.SEASON)})"),
            before=24,
            after=20,
        ),
        qualifying(year_piece),
        priority=1,
    ),
    Rule(
        "week or weekday of a month (3月第三周, 十月的第一个星期一, 本月最后一个周五)",
        NearTrigger(
            re.compile(
                keyed(
                    rf"(?:{year_pattern('a')}{SP})?(?:(?P<am>{vocab.NUM_1_12}){SP}月份?|(?P<arm>{alt(vocab.RELATIVE_MONTH)})"
                    rf"|(?P<anm>{alt(vocab.NARRATIVE_MONTH)})){SP}的?(?:第(?P<nth>[一二三四五1-5])|(?P<last>最后一|最後一))"
                    rf"(?P<cu>[个個])?(?:周|週|星期|礼拜|禮拜)(?P<wd>[一二三四五六日天])?",
                    "第最",
                )
            ),
            re.compile(r"(?:第[一二三四五1-5]|最后一|最後一)[个個]?(?:周|週|星期|礼拜|禮拜)"),
            before=24,
            after=2,
        ),
        week_of_month,
        priority=1,
    ),
    Rule(
        "two neighbouring days or years named together (今明两天, 明后两天, 今明两年)",
        re.compile(r"(?P<pair>今明|明后|明後|昨今)(?:两|兩|2)(?P<u>天|日|年)"),
        neighbour_pair,
        priority=2,
    ),
    Rule(
        "this/last/next quarter (本季度, 上个季度)",
        re.compile(
            r"(?:(?P<s>这个|這個|上上个|上上個|下下个|下下個|上个|上個|下个|下個|本|上|下)季度|(?<![一二三四1-4１-４首个個度])季度(?=[初末底]))"
            r"(?P<qp>初|末|底)?"
        ),
        relative_quarter,
    ),
    Rule(
        "start/end of the year or month (年初, 年底, 月底, 上旬)",
        re.compile(
            qualified(
                rf"(?<![今去明前后後同当當本上下来來次翌该該{CN_COUNT_CHARS}\d几幾数數多每全半个個大])"
                rf"(?:(?P<u>[年月])(?P<part>初|底|末)|(?P<td>{alt(vocab.TENDAY)}))"
            )
        ),
        qualifying(bare_part),
    ),
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
                rf"(?P<go>(?:(?<!不)再|又|(?<![^\s，,。；;：:！!？?（(“「]))(?:过|過)(?:了)?)?"
                rf"(?P<about>大约|大約|约|約)?{NOT_AFTER_NUMBER}(?:(?P<n>{vocab.COUNT})|(?P<fz>{vocab.FUZZY_COUNT}))(?P<more>多|余|餘)?{SP}"
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
        "the N units before or after now (上两周, 过去三年, 未来两个月)",
        re.compile(
            rf"(?P<dir>过去|過去|最近|近|未来|未來|接下来|接下來|今后|今後|(?<![目此之以提事日年月天前最然随隨先背落而稍])[上前下后後])"
            rf"(?P<n>{vocab.COUNT}){SP}(?P<u>{SHIFT_UNITS})(?![前后後以来來内內里裡])"
        ),
        unit_span,
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
    *PERIOD_RULES,
    *NUMERIC_RULES,
)

join_mentions = join_day_and_clock
"""Resolved mentions of this grammar → the same with a named day and its clock time joined."""
