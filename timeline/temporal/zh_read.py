"""Reading the groups of a Chinese match back into `Point`s and qualifiers."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.engine import alt
from timeline.temporal.numerals import digit_string, to_int
from timeline.temporal.spec import Point, TimeSpec, point_of
from timeline.temporal.zh_groups import Groups, fold_groups, found_groups, group_names
from timeline.temporal.zh_patterns import MAX_YEAR, MIN_YEAR

Build = Callable[[re.Match[str], str], "TimeSpec | None"]


def read_int(text: str | None) -> int | None:
    """A Chinese or Arabic integer, or None."""
    return to_int(text) if text else None


def read_count(text: str | None) -> int | None:
    """A count before a unit; None for the fuzzy 一两 / 三四 ("one or two", "three or four")."""
    if text and len(text) > 1 and all(ch in vocab.CN_DIGIT + "两兩" for ch in text):
        return None
    return read_int(text)


def read_year_digits(text: str) -> int | None:
    """A year written digit by digit (二〇一七, ２０２４) as an int, or None."""
    digits = digit_string(text)
    return int(digits) if digits is not None else None


def read_point(g: Groups, p: str = "") -> Point | None:
    """Read a calendar expression's groups (prefix `p`) into a Point; None when it is not a date."""
    g = fold_groups(g, p)
    key = group_names(p)
    fields: dict[str, object] = {}
    rel: tuple[str, int, str] | None = None
    has_year = has_month = False
    found = g.keys()
    if not found.isdisjoint(key.piece_year):
        if g.get(key.y):
            fields["year"] = read_year_digits(g[key.y] or "")
            if not MIN_YEAR <= (fields["year"] or 0) <= MAX_YEAR:
                return None  # 9020年 (a joke), 1000年 (a count): not calendar years
            has_year = True
        elif g.get(key.y2):
            fields["year"] = read_year_digits(g[key.y2] or "")
            fields["year_of_century"] = True
            has_year = True
        elif g.get(key.roc):
            n = 1 if g.get(key.rocn) == "元" else read_int(g.get(key.rocn))
            if n is None or not 1 <= n <= 200:
                return None
            fields["year"] = vocab.ERA_FIRST_YEAR[g[key.roc] or ""] + n - 1  # 民國111年, 康熙三年, 令和元年
            has_year = True
        elif g.get(key.ry):
            rel = ("year", vocab.RELATIVE_YEAR[g[key.ry] or ""], "publication")
            has_year = True
        elif g.get(key.ny):
            rel = ("year", vocab.NARRATIVE_YEAR[g[key.ny] or ""], "narrative")
            has_year = True
        elif g.get(key.rocy):  # 113年3月28日: Taiwan's Minguo count
            fields["year"] = vocab.ROC_FIRST_YEAR + int(g[key.rocy] or 0) - 1
            has_year = True
        elif g.get(key.bry):  # 今（2024）年, 去(112)年: the number in brackets is the year itself
            n = int(g.get(key.bya) or g.get(key.byb) or 0)
            fields["year"] = n if n >= MIN_YEAR else vocab.ROC_FIRST_YEAR + n - 1
            has_year = True
    if not found.isdisjoint(key.piece_month):
        if g.get(key.m):
            month = read_int(g[key.m])
            if month is None or not 1 <= month <= 12:
                return None
            fields["month"] = month
            has_month = True
            if g.get(key.leap):  # 闰四月: the leap month after the fourth, only on the Chinese calendar
                fields.update(lunar=True, leap=True)
        elif g.get(key.lm):
            fields.update(month=vocab.LUNAR_MONTH[g[key.lm] or ""], lunar=True)
            has_month = True
        elif g.get(key.lm1):  # 大年初十: the first month's tenth
            fields.update(month=1, lunar=True)
            has_month = True
        elif g.get(key.brm):  # 本（3）月, 上(2)月: the month in brackets, in the year the word points to
            if rel is not None:
                return None
            fields["month"] = read_int(g.get(key.bma) or g.get(key.bmb))
            if "year" not in fields:
                rel = ("month", vocab.BRACKET_MONTH_WORD[g[key.brm] or ""], "publication")
            has_month = True
        elif g.get(key.rm) or g.get(key.nm):
            if rel is not None:
                return None
            if g.get(key.rm):
                rel = ("month", vocab.RELATIVE_MONTH[g[key.rm] or ""], "publication")
            else:
                rel = ("month", vocab.NARRATIVE_MONTH[g[key.nm] or ""], "narrative")
            has_month = True
    if not found.isdisjoint(key.piece_day):
        if g.get(key.dn) and not g.get(key.d) and "month" in fields:
            # 八月十五, 五月初五, 九月廿二: a day named without 日/号 is the traditional calendar's
            fields["lunar"] = True
        if (g.get(key.dn) or g.get(key.dn2)) and not g.get(key.d):
            g[key.d] = (g.get(key.dn) or g.get(key.dn2) or "").lstrip("初")
        if g.get(key.d):
            day = read_int(g[key.d])
            if day is None or not 1 <= day <= 31:
                return None
            raw = g[key.d] or ""
            if not has_month and not has_year and not raw.isdigit() and len(raw) == 1:
                return None  # 一日 (one day), 天宫一号 / 神舟九号 (names): not the 1st or the 9th
            fields["day"] = day
            if g.get(key.wk) and "weekday" not in fields:  # 2月10日（周日）: the year the two agree in
                fields["weekday"] = vocab.WEEKDAY[g[key.wk] or ""]
        elif g.get(key.brd):  # 今（28）日, 昨(27)日: the day in brackets, counted near the day the word names
            fields["day"] = read_int(g.get(key.bda) or g.get(key.bdb))
            word = g[key.brd] or ""
            rel = ("day", vocab.BRACKET_DAY_WORD[word], "narrative" if word == "同" else "publication")
            if g.get(key.bdp):  # 昨（27）晚, 今（28）晨
                fields["daypart"] = vocab.BRACKET_DAYPART[g[key.bdp] or ""]
        elif g.get(key.rd) or g.get(key.nd):
            word = g.get(key.rd) or g.get(key.nd) or ""
            table = vocab.RELATIVE_DAY if g.get(key.rd) else vocab.NARRATIVE_DAY
            offset, daypart = table[word]
            rel = ("day", offset, "publication" if g.get(key.rd) else "narrative")
            # 今日（28日）, 今天（10月1日）: the day written beside the word is the day meant
            if g.get(key.rdd):
                fields["day"] = read_int(g[key.rdd])
            if daypart:
                fields["daypart"] = daypart
    if g.get(key.wd) or g.get(key.ww2):
        shift_word = g.get(key.ws) or g.get(key.ws2)
        if g.get(key.wd) == "末":  # weekend: the Saturday (a range is built by the caller)
            fields["weekday"] = 5
        elif g.get(key.wd):
            fields["weekday"] = vocab.WEEKDAY[g[key.wd] or ""]
        if shift_word is not None:
            rel = ("week", vocab.WEEK_SHIFT[shift_word], "publication")
    if not found.isdisjoint(key.piece_rest):
        if g.get(key.td):
            fields["tenday"] = vocab.TENDAY[g[key.td] or ""]
        part = g.get(key.mp) or g.get(key.yp)
        if part:
            fields["part"] = vocab.PART[part]
    if not read_clock(g, p, fields):
        return None
    if not fields and rel is None:
        return None
    if rel is not None:
        fields.update(rel_unit=rel[0], rel_offset=rel[1], rel_base=rel[2])
    return point_of(fields)


def read_clock(g: Groups, p: str, fields: dict[str, object], *, dated: bool = False) -> bool:
    """Add hour/minute/second/daypart to `fields`; False when the clock reading is implausible."""
    key = group_names(p)
    if g.keys().isdisjoint(key.piece_clock):
        return True  # no clock and no part of the day: nothing to add
    daypart = vocab.DAYPART.get(g.get(key.dp) or g.get(key.dp2) or "") or fields.get("daypart")
    hour = minute = second = None
    if g.get(key.ch):
        hour, minute = int(g[key.ch] or 0), int(g[key.cm] or 0)
        second = int(g[key.cs]) if g.get(key.cs) else None
    elif g.get(key.h):
        raw = g[key.h] or ""
        hour = read_int(raw)
        if hour is None or hour > 24:
            return False
        if g.get(key.half):
            minute = 30
        elif g.get(key.qt):
            minute = 15 if (g[key.qt] or "")[0] in "一1" else 45
        elif g.get(key.zi) or g.get(key.zi2) or g.get(key.zi3):
            # 字 = five minutes; a lone digit after 點 counts them too (Mandarin writes 三点零三, 三点十五)
            minute = 5 * (read_int(g.get(key.zi) or g.get(key.zi2) or g.get(key.zi3)) or 0)
        elif g.get(key.mi):
            minute = read_int(g[key.mi])
            if minute is None or minute > 59:
                return False
            second = read_int(g.get(key.s))
        dated = dated or any(
            g.get(name) for name in (key.y, key.m, key.d, key.rd, key.nd, key.wd, key.ry, key.rm, key.brd)
        )
        loose = not (g.get(key.hz) or g.get(key.half) or g.get(key.qt) or g.get(key.mu))
        loose = loose and not (g.get(key.zi) or g.get(key.zi2))
        loose = loose and not (raw.isdigit() and 13 <= hour <= 24)  # 13点 can only be a time
        point_word = g.get(key.hu) in ("点", "點")
        about = g.get("q_about") or g.get("q_approx")  # 大约十点, 十点左右: a time for sure
        midnight = raw in ("零", "〇") and not (g.get(key.mi) or g.get(key.zi3))  # 零点 (but 零点五 is 0.5)
        loose = loose and not about and not midnight
        if daypart is None and not dated and loose and p != "b" and (point_word or not raw.isdigit()):
            return False  # 三点 / 12点意见 / 九点九折 / 第一时间 alone are not clock times
    if hour is not None:
        # 深夜11点, 半夜十点: the evening hours of the night (凌晨 keeps its small hours)
        night_word = g.get(key.dp) or g.get(key.dp2) or g.get(key.rd) or g.get(key.nd) or g.get(key.bdp) or ""
        # 昨夜11时, 当夜10点, 昨（27）夜11時: a day word of the night reads its hours like 深夜
        late_night = daypart == "NI" and (night_word in vocab.LATE_NIGHT or night_word.endswith("夜"))
        evening = late_night and 6 <= hour <= 11
        if (daypart in vocab.PM_PARTS and hour < 12) or (daypart == "MI" and hour < 11) or evening:
            hour += 12
        elif hour == 12 and not minute and (daypart == "EV" or late_night):
            hour = 24  # 晚上十二点, 深夜12点: the midnight that ends the day, not noon
        elif hour == 12 and daypart == "NI":
            hour = 0  # 凌晨12点(半): the small hours of the day written
        fields.update(hour=hour, minute=minute, second=second)
        fields.pop("daypart", None)
    elif daypart:
        fields["daypart"] = daypart
    return True


_QUALIFIER_GROUPS = frozenset(("q_asof", "q_until", "q_since", "q_before", "q_after", "q_about", "q_approx"))


def apply_qualifiers(spec: TimeSpec, g: Groups) -> TimeSpec:
    """Set the spec's qualifier and approximate flag from the `q_*` groups of `qualified`."""
    if g.keys().isdisjoint(_QUALIFIER_GROUPS):
        return spec  # no qualifier words (most dates): nothing to read
    qualifier = spec.qualifier
    if g.get("q_asof") or g.get("q_until"):
        qualifier = "as_of"
    elif g.get("q_since"):
        qualifier = "since"
    elif g.get("q_before"):
        qualifier = "before"
    elif g.get("q_after"):
        qualifier = "after"
    approximate = spec.approximate or bool(g.get("q_about") or g.get("q_approx"))
    if qualifier is spec.qualifier and approximate is spec.approximate:
        return spec  # no qualifier words (most dates): nothing to copy
    return spec.with_(qualifier=qualifier, approximate=approximate)


def qualifying(build: Build) -> Build:
    """Make a builder honour the qualifier groups of its match."""

    def wrapped(m: re.Match[str], text: str) -> TimeSpec | None:
        spec = build(m, text)
        return apply_qualifiers(spec, found_groups(m)) if spec is not None else None

    return wrapped


def preceded_by(text: str, start: int, words: tuple[str, ...]) -> bool:
    """True when one of `words` ends right where the match starts."""
    return text.endswith(tuple(words), 0, start)


_CLAUSE_CHARS = "，,。；;！!？?\n：:"
_PLAN_BEFORE = re.compile(f"{alt(vocab.PLAN_WORDS)}(?=[^{_CLAUSE_CHARS}]*\\Z)")
"""A plan word with no clause end after it (searched up to the date: `\\Z` is the search's end)."""
_PLAN_AFTER = re.compile(f"[，,]?[^{_CLAUSE_CHARS}]*?{alt(vocab.PLAN_WORDS)}")
"""A plan word before the next clause end (one comma right after the date does not end it)."""


def speaks_of_a_plan(text: str, start: int, end: int) -> bool:
    """True when the clause around a date speaks of the future (将于9月19日举行, 9月19日将发布)."""
    # searched in place (pos, endpos): a plan word in the 12 characters before, after the last clause end
    if _PLAN_BEFORE.search(text, max(0, start - 12), start):
        return True
    # a fronted date ("9月19日，新馆将开放") dates the clause after its comma; otherwise its own clause
    # ends the search ("3月5日发布公告，将于明年上市": the plan belongs to the next clause)
    return _PLAN_AFTER.match(text, end, min(len(text), end + 20)) is not None


def read_numeric_point(g: Groups, p: str) -> Point | None:
    """The Point of a numeric date's groups (prefix `p`), or None when impossible."""
    year = int(g.get(p + "y") or 0)
    month = int(g.get(p + "m") or g.get(p + "m2") or 0)
    if not 1 <= month <= 12 or not 1000 <= year <= 2999:
        return None
    fields: dict[str, object] = {"year": year, "month": month}
    day = g.get(p + "d") or g.get(p + "d2")
    if day:
        fields["day"] = int(day)
    if g.get(p + "ch"):
        fields.update(hour=int(g[p + "ch"] or 0), minute=int(g[p + "cm"] or 0))
        if g.get(p + "cs"):
            fields["second"] = int(g[p + "cs"] or 0)
    elif not read_clock(g, p + "k", fields, dated=True):
        return None
    return point_of(fields)


def read_year_prefix(g: Groups) -> Point | None:
    """The optional year written before a quarter, half, season or holiday (prefix `a`)."""
    if not any(g.get(k) for k in ("ay", "ay2", "aroc", "ary", "any", "arocy")):
        return Point()
    return read_point(
        {k: v for k, v in g.items() if k in ("ay", "ay2", "aroc", "arocn", "ary", "any", "arocy")}, "a"
    )


def is_title(text: str, start: int, end: int) -> bool:
    """True when the expression is the whole title of a work between book-title marks (《明日之后》)."""
    return start > 0 and end < len(text) and text[start - 1] in "《〈" and text[end] in "》〉"


def is_boundary(ch: str) -> bool:
    """True for punctuation, spaces and the particles that may follow a bare holiday name."""
    return not ch.isalnum() or ch in "前后後期间間的当當至到和与與及"


class MergedMatch:
    """A match view whose `groupdict` fills a group from an alternative spelling (`m2` for `m`)."""

    def __init__(self, match: re.Match[str], **aliases: str) -> None:
        self._match = match
        self._aliases = {"m": "m2", "d": "d2", **aliases}

    def groupdict(self) -> Groups:
        """The match's groups with the aliases filled in."""
        g = dict(self._match.groupdict())
        for key, other in self._aliases.items():
            if not g.get(key) and g.get(other):
                g[key] = g[other]
        return g

    def group(self, name: str) -> str | None:
        """One group by name, aliases filled in."""
        return self.groupdict().get(name)

    def found_groups(self) -> Groups:
        """The groups that matched, aliases filled in, in `groupdict` order (what `found_groups` gives)."""
        g = found_groups(self._match)
        for key, other in self._aliases.items():
            if not g.get(key) and g.get(other):
                return {k: v for k, v in self.groupdict().items() if v is not None}  # an alias fills a group
        return dict(g)
