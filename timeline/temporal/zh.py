"""Chinese temporal grammar: the named `RULES` (patterns in `zh_patterns`, builders in `zh_build*`; word rules in `zh_word_rules`).

Each rule is a compiled pattern and a builder; `engine.match` keeps the longest candidates. The
vocabulary lives in `zh_vocab`, the corpus that tests the whole grammar in `zh_corpus`.
"""

from __future__ import annotations

import re

from timeline.temporal import zh_dateline
from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import Rule, alt
from timeline.temporal.joins import join_day_and_clock
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
from timeline.temporal.zh_build_spans import neighbour_pair, week_of_month, year_list
from timeline.temporal.zh_events import evented
from timeline.temporal.zh_numeric import NUMERIC_RULES
from timeline.temporal.zh_patterns import (
    CALENDAR_KEYS,
    CN_COUNT_CHARS,
    CONNECTOR,
    CONNECTOR_KEYS,
    NOT_A_RATIO,
    SP,
    YEAR4,
    YEAR_A,
    NearTrigger,
    calendar_pattern,
    keyed,
    near_joint,
    numeric_pattern,
    qualified,
    year_pattern,
)
from timeline.temporal.zh_periods import PERIOD_RULES
from timeline.temporal.zh_read import qualifying
from timeline.temporal.zh_word_rules import WORD_RULES

RULES: tuple[Rule, ...] = (
    Rule(
        "calendar date (年 月 日 星期 时 分, relative words, qualifiers)",
        re.compile(
            keyed(
                qualified(rf"(?<![\d{vocab.CN_DIGIT}第])" + calendar_pattern("a")),
                CALENDAR_KEYS,
                opening=True,
            )
        ),
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
                opening=True,
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
                    # 民國60年代 (1971-1980) is no Gregorian decade: left untagged rather than read as the 1960s
                    rf"(?:(?P<cent>{alt(vocab.CENTURY_PREFIX)})?(?<!民国)(?<!民國)(?P<dec>\d0|[一二三四五六七八九]十)"
                    r"|(?<!\d)(?P<dec4>1\d\d0|20\d0))"
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
                        rf"|(?:第|(?<![\d{CN_COUNT_CHARS}]))(?P<q>[一二三四1-4１-４首])(?:(?<=第.)[个個])?"
                        rf"(?:季度|(?<=年第.)季(?![节節赛賽])|(?<=年首)季(?![节節赛賽]))(?P<qp>初|末|底)?"  # 2023年第4季, 今年首季
                        rf"|(?:前|首)(?P<firstq>[二两兩三四2-4])(?:个|個)?季度"
                        rf"|(?<=年)(?:前|首)(?P<firstm>{vocab.NUM_1_12}|两|兩)(?:个|個)?月(?!份?[初底末中上下])"
                        rf"|(?<=年)(?P<season>{alt(vocab.SEASON)}))"
                    ),
                    "季年月天",
                )
            ),
            re.compile(rf"季度|半年|(?<=年)(?:前|首|{alt(vocab.SEASON)})|年第.季"),
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
    *WORD_RULES,
    *PERIOD_RULES,
    *NUMERIC_RULES,
)

join_mentions = join_day_and_clock
"""Resolved mentions of this grammar → the same with a named day and its clock time joined."""
