"""Regex pieces of the Chinese grammar, built from `zh_vocab` and compiled once by `zh.RULES`.

Calendar expressions are written once as a pattern factory (`calendar_pattern(p)`) whose named
groups carry a prefix, so a range is simply two calendar expressions around a connector.
Qualifiers (截至, 约, 以来, 前后, 为止…) wrap any core pattern through `qualified`; digit runs
are bounded everywhere so nothing backtracks badly.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import alt, scanner
from timeline.temporal.faststart import fast_program, first_chars, last_chars, starting_by
from timeline.temporal.holidays import NAMES as HOLIDAY_NAMES
from timeline.temporal.opening_guard import opening_guard
from timeline.temporal.scan import SharedScan
from timeline.temporal.scan_plan import reach_of

YEAR4 = rf"(?:(?<![\d.\-/:])\d{{4}}(?![\d.%])|(?<![{vocab.CN_DIGIT}])[{vocab.CN_DIGIT}]{{4}}|[{vocab.FW_DIGIT}]{{4}})"
CN_COUNT_CHARS = "〇零一二两兩三四五六七八九十百千"
MIN_YEAR, MAX_YEAR = 1000, 2199
YEAR_ONLY_TAIL = (
    r"(?:年?(?:底|初|末|伊始)|(?:第|首)?[一二三四1-4]季度|[上下]半年|首月"
    r"|第[^\n年]{1,4}?(?:周|週|星期|礼拜|禮拜|[个個]月))"
)
"""What only a calendar year takes after 年 (19年底, 20年第52周): it makes a bare 19年 a year, not a length."""
VAGUE_PAIRS = ("一二", "二三", "三四", "四五", "五六", "六七", "七八", "八九", "三五")
"""Two numerals that usually make a vague count (三四年 = three or four years), not a year."""
YEAR2 = (
    rf"(?:(?<![\d.０-９{vocab.CN_DIGIT}])(?:\d{{2}}(?=[ \t]?年(?:[ \t]?{vocab.NUM_1_12}[ \t]?月|{YEAR_ONLY_TAIL}))|0\d(?=[ \t]?年))"
    rf"|(?<![一二三四五六七八九十〇零○两兩百千万萬几幾数數第])(?!{'|'.join(VAGUE_PAIRS)})"
    r"[零〇○一二三四五六七八九][〇零○一二三四五六七八九](?=[ \t]?年(?![代级級龄齡薪纪紀])))"
)
NUMBERISH = CN_COUNT_CHARS + "万萬0123456789、"
MID = rf"中(?![{vocab.NOT_AFTER_MID}])"
PART = rf"(?:初|底|末|伊始|{MID})"
SINCE_BLOCK = "草诉訴义義飞飛来來步点點重身床因始源码碼伏跑航"
BRACKET_YEAR = r"(?:19|20)\d\d|1\d\d|\d\d"
"""The year in 今（2024）年 or 今（113）年: Gregorian, or Taiwan's Minguo count (113 = 2024)."""
SP = r"[ \t]?"  # at most one space between the pieces of a date (２０２４年 ４月)


def year_pattern(p: str) -> str:
    """A year: 2016年, 二〇一六年, 08年, 民國111年, 今年, 同年."""
    return (
        rf"(?:(?P<{p}y>{YEAR4}){SP}年|(?P<{p}y2>{YEAR2}){SP}年"
        rf"|(?P<{p}roc>{alt(vocab.ERA_FIRST_YEAR)}){SP}(?P<{p}rocn>\d{{1,3}}|元|[{CN_COUNT_CHARS}]{{1,6}}){SP}年(?!代)"
        rf"|(?P<{p}ry>{alt(vocab.RELATIVE_YEAR)})|(?P<{p}ny>{alt(vocab.NARRATIVE_YEAR)})"
        # 113年3月28日, 113年1月至3月, 113年度: a Minguo year written without 民國 (Taiwan), only with
        # its month or 年度 (a bare 113年 may be a length)
        rf"|(?<![\d.０-９])(?P<{p}rocy>1[01]\d)(?={SP}年{SP}(?:{vocab.NUM_1_12}{SP}月|度)){SP}年"
        # 今（2024）年, 去(112)年: Taiwan's wire style writes the year in brackets after the word
        rf"|(?P<{p}bry>{alt(vocab.BRACKET_YEAR_WORD)})(?:（{SP}(?P<{p}bya>{BRACKET_YEAR}){SP}）|\({SP}(?P<{p}byb>{BRACKET_YEAR}){SP}\)){SP}年)"
    )


def month_day_pattern(p: str) -> str:
    """A month, then optionally a day or a part of the month (上旬, 初)."""
    month = (
        rf"(?:(?P<{p}leap>[闰閏])?(?P<{p}m>{vocab.NUM_1_12}){SP}月份?"
        rf"|(?P<{p}lm>{alt(vocab.LUNAR_MONTH)})|(?P<{p}lm1>大年)(?=初)"
        rf"|(?P<{p}rm>{alt(vocab.RELATIVE_MONTH)})|(?P<{p}nm>{alt(vocab.NARRATIVE_MONTH)})"
        # 本（3）月, 上(2)月: the month in brackets after the word
        rf"|(?P<{p}brm>{alt(vocab.BRACKET_MONTH_WORD)})(?:（{SP}(?P<{p}bma>{vocab.NUM_1_12}){SP}）|\({SP}(?P<{p}bmb>{vocab.NUM_1_12}){SP}\)){SP}月份?)"
    )
    tail = (
        rf"(?:(?P<{p}td>{alt(vocab.TENDAY)})|(?:月(?=[初底末]))?(?P<{p}mp>{PART}))"  # 十二月月底 = 十二月底
    )
    bare_day = (  # 八月十五, 十月初一: a day written without 日 after a month in Chinese numerals
        rf"(?P<{p}dn>初(?:[一二三四五六七八九十]|10|[1-9](?!\d))|[二三]?十[一二三四五六七八九]|[二三]十|廿[一二三四五六七八九]?|卅一?)"
        rf"(?![{CN_COUNT_CHARS}\d日号號个個万萬亿億多余餘年月天周週])"
        # 1月3, 十月31: an Arabic day without 日 only where the phrase ends or a range goes on
        rf"|(?<=月)(?P<{p}dn2>3[01]|[12]\d|0?[1-9])(?=$|[ \t\n，,。；;、！!？?）)」』”\"]|至|到|[-—~～])"
    )
    return rf"{month}{SP}(?:{day_pattern(p)}|{bare_day}|{tail})?"


def day_pattern(p: str) -> str:
    """A day of the month with 日 or 号 (24日, 二十四号), not 日元 or 3号线."""
    return (
        rf"(?P<{p}d>{vocab.NUM_1_31}){SP}(?:(?P<{p}ds>日)(?![{vocab.NOT_AFTER_DAY_RI}])"
        rf"|(?P<{p}dh>[号號])(?!{_NUMBERED_THING}))"
    )


_NUMBERED_THING = rf"(?:[、和及]\d{{1,2}}[号號]){{0,4}}(?:[{vocab.NOT_AFTER_DAY_HAO}]|[入出]口)"
"""After N号 (or a list of them): what the numbers name, not days (3号线, 1号、2号、3号入口)."""


def clock_pattern(p: str) -> str:
    """A clock time: daypart? hour 时/点 (半, 一刻, N分 N秒) or HH:MM[:SS]."""
    return (
        rf"(?:(?P<{p}dp>{alt(vocab.DAYPART)}){SP})?"
        rf"(?:(?P<{p}h>{vocab.NUM_0_24}){SP}(?P<{p}hu>[时時点點])(?![\d]{{1,2}}[度%％℃米元倍])(?P<{p}hz>钟|鐘|整)?"  # 24点5度
        rf"(?:(?P<{p}half>[踏搭]?半)|(?P<{p}qt>[一三1３3]刻)"
        # Cantonese counts minutes in fives (字): 三點踏三, 三點搭一, 三點三個字 = 3:15, 3:05, 3:15
        rf"|[踏搭](?P<{p}zi>十一|[一二三四五六七八九十])(?:[个個]字)?|(?P<{p}zi2>十一|[一二三四五六七八九十])[个個]字"
        rf"|(?<=[点點])(?P<{p}zi3>[一二三四五六七八九])(?![{CN_COUNT_CHARS}\d分秒个個])"
        rf"|(?P<{p}mi>{vocab.NUM_0_59}){SP}(?P<{p}mu>分(?:钟|鐘)?)?"
        rf"(?:(?P<{p}s>{vocab.NUM_0_59}){SP}秒)?)?"
        rf"|{NOT_A_RATIO}(?P<{p}ch>[01]?\d|2[0-3])[:：](?P<{p}cm>[0-5]\d)(?:[:：](?P<{p}cs>[0-5]\d))?"
        rf"(?![\d:：]|\.\d)[时時]?)"
    )


NOT_A_RATIO = r"(?<![.:：])(?<!比)(?<!比为)(?<!比是)(?<!比為)(?<!比例)(?<!比例为)(?<!比例是)(?<!比例為)"
"""HH:MM is no clock inside a decimal ratio (由2.1:60.4:37.5调整为…) or after 比/比为 (男女比例为1:50);
a digit before it may be a date's (2018-12-1209:03), so the bare clock rule adds its own guard."""


def calendar_pattern(p: str) -> str:
    """A calendar expression: year? month? day? weekday? clock? with groups prefixed by `p`.

    A piece written in two branches gets extra underscores (`a_m`, `a__d`); `fold_groups` folds them.
    """
    rel_day = (
        # 今日（28日）: Hong Kong's style repeats the day in brackets after the word
        rf"(?:(?P<{p}rd>{alt(vocab.RELATIVE_DAY)})(?:{SP}[（(]{SP}(?:{vocab.NUM_1_12}{SP}月{SP})?(?P<{p}rdd>{vocab.NUM_1_31}){SP}[日号號]{SP}[)）])?|(?:事发|事發)?(?P<{p}nd>{alt(vocab.NARRATIVE_DAY)})"
        # 今（28）日, 昨(27)日, 昨（27）晚: Taiwan's wire style writes the day in brackets after the word
        rf"|(?P<{p}brd>{alt(vocab.BRACKET_DAY_WORD)})(?:（{SP}(?P<{p}bda>{vocab.NUM_1_31}){SP}）"
        rf"|\({SP}(?P<{p}bdb>{vocab.NUM_1_31}){SP}\)){SP}(?:日(?![{vocab.NOT_AFTER_DAY_RI}])|(?P<{p}bdp>{alt(vocab.BRACKET_DAYPART)})))"
    )
    weekday = (
        rf"(?:(?:(?P<{p}ws>{alt(vocab.WEEK_SHIFT)}){alt(vocab.WEEK_WORD)}?)?(?P<{p}ww>{alt(vocab.WEEK_WORD)})"
        rf"(?P<{p}wd>[一二三四五六日天七末])"
        rf"|(?P<{p}ws2>{alt(vocab.WEEK_SHIFT)})(?P<{p}ww2>{alt(vocab.WEEK_WORD)}))"
    )
    # 周日，二月十号: a weekday written before a month and day picks the year the two agree in
    weekday_led = (
        rf"(?:{alt(vocab.WEEK_WORD)})(?P<{p}_wk>[一二三四五六日天])(?P<{p}wkp>[(（])?[,，、]?{SP}"
        rf"(?P<{p}____m>{vocab.NUM_1_12}){SP}月{SP}{day_pattern(p + '____')}(?({p}wkp)[)）])"
    )
    daypart = rf"(?P<{p}dp2>{alt(vocab.DAYPART)})"
    tail_year = rf"(?:年?(?P<{p}yp>{PART}))"
    date_core = (
        # 今年的6月16日, 明年的1月1日: the year and its month-day with 的 between are one date
        rf"(?:{year_pattern(p)}{SP}(?:(?:的(?={vocab.NUM_1_12}{SP}月))?(?P<{p}lp>{alt(vocab.LUNAR_PREFIX)})?{month_day_pattern(p)}|{tail_year})?"
        rf"|{month_day_pattern(p + '_')}"
        rf"|{day_pattern(p + '__')}|{rel_day}|{weekday_led}|{weekday})"
    )
    after_date = rf"(?:{SP}[(（]?{SP}(?:{alt(vocab.WEEK_WORD)})(?P<{p}wk>[一二三四五六日天]){SP}[)）]?)?"
    return rf"(?:{date_core}{after_date}(?:{SP}(?:{clock_pattern(p)}|{daypart}))?|{clock_pattern(p + '___')})"


def qualified(core: str) -> str:
    """Wrap a core pattern with the qualifier words every rule understands."""
    return (
        rf"(?:(?:(?P<q_asof>{alt(vocab.AS_OF_PREFIX)})|(?P<q_about>{alt(vocab.APPROX_PREFIX)})|(?P<q_to>到|直到)){SP})?"
        rf"{core}"
        rf"(?(q_to){SP}(?P<q_until>{alt(vocab.AS_OF_SUFFIX)}))"
        rf"(?P<q_approx>{alt(vocab.APPROX_SUFFIX)})?"
        rf"(?:(?P<q_since>{alt(vocab.SINCE_SUFFIX[:2])}|起(?:至今|迄今)?(?![{SINCE_BLOCK}])|{alt(vocab.SINCE_SUFFIX[3:])})"
        rf"|(?P<q_before>{alt(vocab.BEFORE_SUFFIX)}|前(?![{vocab.BARE_AFTER_BLOCK}]))"
        rf"|(?P<q_after>{alt(vocab.AFTER_SUFFIX)}|[后後](?![{vocab.BARE_AFTER_BLOCK}])))?"
    )


KEY_REACH = 14
CALENDAR_KEYS = "年月日号號时時点點周週期拜天晨早午晚夜:：旬底初末"
UNIT_KEYS = "年月周週期拜天日时時钟鐘分秒"


CONNECTOR_REACH = 40
CONNECTOR_KEYS = "至到-－–—~～〜和与與及或"


def keyed(pattern: str, keys: str, *more: str, opening: bool = False) -> str:
    """Prefix lookaheads that reject a position unless each set of key characters follows soon.

    A cheap scan of a few characters saves trying a long pattern at positions that merely
    start like a date (一, 上, 下 are everywhere in Chinese prose). The scan is possessive: it
    runs over characters that are neither a key nor a line end, then wants a key, which accepts
    the same positions as "a key within n characters on this line" without backtracking.
    `opening=True` adds, after those, `opening_guard(pattern)`: a test of the first two
    characters (worth it for a long alternation, which fails slowly at positions like 到了 or 一批).
    """
    reaches = [KEY_REACH] + [CONNECTOR_REACH] * len(more)
    guards = "".join(
        rf"(?=[^\n{re.escape(k)}]{{0,{n}}}+[{re.escape(k)}])"
        for n, k in zip(reaches, (keys, *more), strict=True)
    )
    if opening:
        guards += opening_guard(pattern)
    return rf"{guards}(?:{pattern})"


CONNECTOR = r"[ \t]?(?:起至|至|到|-|－|–|—{1,2}|~|～|〜|和|与|與|及|或)[ \t]?"


def numeric_pattern(p: str, *, first: bool = True, last: bool = True) -> str:
    """A numeric date (2024-04-24, 2024/4/24, 2024.4.24) with an optional time, groups prefixed."""
    tail = r"(?![\d.%:/\-])" if last else r"(?![\d.%:/])"
    lead = r"(?<![\d.\-/:])" if first else r"(?<![\d.])"
    return (
        rf"{lead}(?P<{p}y>\d{{4}})(?:(?P<{p}sep>[-/])(?P<{p}m>1[0-2]|0?[1-9])"
        rf"(?:(?P={p}sep)(?P<{p}d>3[01]|[12]\d|0?[1-9]))?"
        rf"|\.(?P<{p}m2>1[0-2]|0?[1-9])\.(?P<{p}d2>3[01]|[12]\d|0?[1-9]))"
        rf"(?:(?:[ \t]{{1,2}}|T)(?P<{p}ch>[01]?\d|2[0-3]):(?P<{p}cm>[0-5]\d)(?::(?P<{p}cs>[0-5]\d))?"
        rf"|(?<=\d){SP}{clock_pattern(p + 'k')})?{tail}"
    )


YEAR_A = (
    rf"(?:(?P<ay>{YEAR4}){SP}年|(?P<ay2>{YEAR2}){SP}年|(?P<aroc>{alt(vocab.ERA_FIRST_YEAR)}){SP}(?P<arocn>\d{{1,3}}|元|[{CN_COUNT_CHARS}]{{1,6}}){SP}年(?!代)"
    rf"|(?P<ary>{alt(vocab.RELATIVE_YEAR)})|(?P<any>{alt(vocab.NARRATIVE_YEAR)})"
    # 113年1-3月, 113年上半年, 112年第4季: a Minguo year without 民國 before a month range or a part of it
    rf"|(?<![\d.０-９])(?P<arocy>1[01]\d)(?={SP}年{SP}(?:{vocab.NUM_1_12}{SP}[-－–—~～〜至到]|[上下]半年|第[一二三四1-4１-４]季|首季)){SP}年)"
)
PIECE_UNITS = alt(k for k in vocab.UNIT if k not in ("月", "周年", "日"))
DURATION_PIECE = rf"(?:{vocab.COUNT})(?:多|余|餘)?[ \t]?(?:个|個)?{PIECE_UNITS}半?"
UNITS = alt(k for k in vocab.UNIT if k not in ("月", "周年"))
DURATION_UNITS = alt([*(k for k in vocab.UNIT if k != "月"), "刻钟", "刻鐘", "个季度", "個季度"])
"""Units of a length of time: 周年 counts years (4周年), 刻钟 quarter hours, 个季度 quarters (three months)."""
BIG_COUNT = r"\d{1,3}(?:,\d{3})+|\d{1,4}(?:\.\d{1,2})?[万萬]|\d{1,6}\.\d{1,3}"
"""A count no small-count pattern reads: 35,000 / 2621.2 / 2000万."""
SHIFT_UNITS = alt(k for k in vocab.UNIT if k not in ("月", "周年"))
NOT_AFTER_NUMBER = rf"(?<![\d{CN_COUNT_CHARS}.第每])"
HOLIDAY_KEYS = "".join(sorted({name[-1] for name in HOLIDAY_NAMES}))
HOLIDAY_WORDS = alt(n for n in HOLIDAY_NAMES if not n.endswith(("节", "節")) or n[:-1] not in HOLIDAY_NAMES)


def joint_trigger(left: str, joint: str, right: str) -> re.Pattern[str]:
    """A trigger every match of `left joint right` holds: the first character of `joint` where a last
    character of `left` comes before and a first character of `right` after the joint (the 至 of
    3月5日至4月1日, all read from the patterns). One character wide, so no trigger hides the next."""
    last, opens, first = (
        last_chars(re.compile(left)),
        first_chars(re.compile(joint)),
        first_chars(re.compile(right)),
    )
    if not last or not opens or not first:
        raise ValueError("joint_trigger needs patterns with bounded first and last characters")
    return re.compile(f"(?<=[{last}])(?={joint}[{first}])[{opens}]")


def near_joint(pattern: str, left: str, joint: str, right: str) -> NearTrigger:
    """`pattern`, which holds `left joint right`, searched only around that joint (see `joint_trigger`)."""
    compiled = re.compile(pattern)
    reach = reach_of(compiled)
    if reach is None:
        raise ValueError("near_joint needs a pattern of bounded width")
    # the joint lies inside the match, so no match starts or reads further than its reach from it
    return NearTrigger(compiled, joint_trigger(left, joint, right), before=reach, after=reach + 1)


class NearTrigger:
    """A scanner: `pattern` searched only in windows around a rare `trigger` (、 between years, 第N周).

    Same matches as `pattern.finditer` whenever every match holds a trigger and lies within
    `before` characters before it and `after` characters after it. The triggers themselves are
    found through the engine's shared scan when one is given (`takes_shared_scan`).
    """

    __slots__ = ("_searches", "after", "before", "pattern", "trigger")
    takes_shared_scan = True

    def __init__(self, pattern: re.Pattern[str], trigger: re.Pattern[str], before: int, after: int) -> None:
        self.pattern, self.trigger, self.before, self.after = pattern, trigger, before, after
        self._searches: tuple[re.Pattern[str], re.Pattern[str] | None] | None = None

    def _search_programs(self) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
        """(the trigger's scanner, the pattern's fast program), worked out on the first search."""
        if self._searches is None:
            self._searches = (scanner(self.trigger), fast_program(self.pattern))
        return self._searches

    @property
    def shared_patterns(self) -> tuple[re.Pattern[str], ...]:
        """The patterns this scanner asks the shared scan for (so the engine can plan them together)."""
        return (self.trigger,)

    def finditer(self, text: str, shared: SharedScan | None = None) -> Iterator[re.Match[str]]:
        """Non-overlapping matches in text order."""
        done = 0
        search, program = self._search_programs()
        triggers = (shared or SharedScan(text)).finditer(self.trigger, search)
        for hit in triggers:
            lo, hi = max(done, hit.start() - self.before), min(len(text), hit.end() + self.after)
            # a match starting after the trigger holds a later one: found whole in that trigger's
            # window, not cut at `hi`; the fast program is not even tried there (`starting_by`)
            inside = (
                starting_by(program, self.pattern, text, lo, hit.start(), hi)
                if program is not None
                else self.pattern.finditer(text, lo, hi)
            )
            for found in inside:
                if found.start() > hit.start():
                    break
                if found.start() >= done and found.end() > found.start():
                    done = found.end()
                    yield found
