"""English temporal grammar: the named rules (`RULES`) and where each is searched.

Modules: `en_vocab` (words and regex fragments), `en_parts` (reading date parts), `en_clock` (clock times),
`en_common` (prefixes, tense, spec helpers), `en_dates`, `en_feasts`, `en_quarters`, `en_ranges`, `en_days`,
`en_relative` and `en_lengths` (rule builders), `en_rule` (how a rule is made), `en_years` (a four-digit year),
`en_rules_days`, `en_rules_periods`, `en_rules_lengths` and `en_narrative` (rules for composed days, centuries,
lengths without a count and recurrences, days counted from the story), `en_scan` and `en_triggers` (searching only
near trigger words), `en_timeml` (TimeML extents), `en_dateparser` (the one dateparser call).
Spans include a leading qualifier ("since 2014", "as of March 3"); `to_timeml` trims them to
TimeML's conventions. Durations and sets are typed DURATION/SET and never become dates.
"""

from __future__ import annotations

import re

from timeline.models import TimeMention
from timeline.temporal.en_approx import APPROX_RULES, left_open, or_so
from timeline.temporal.en_clock import (
    CLOCK,
    DAYWORD,
    HOUR,
    HOUR_WORDS,
    clock_in_daypart,
    minutes_past,
    time_either,
)
from timeline.temporal.en_common import (
    DAY_QUAL_PREFIX,
    DAYPART_ALT,
    PART_PREFIX,
    QUAL_PREFIX,
)
from timeline.temporal.en_dates import (
    bare_month,
    calendar,
    day_mon_year,
    decade,
    end_of_unit,
    iso,
    month_of_year,
    nth_weekday,
    numeric,
    ordinal_day,
    season,
    the_weekend,
    the_year,
    week_of,
    year_in_words,
)
from timeline.temporal.en_feasts import holiday
from timeline.temporal.en_lengths import duration, fortnight
from timeline.temporal.en_narrative import NARRATIVE_RULES
from timeline.temporal.en_parts import (
    DATE_ALT,
    PART,
)
from timeline.temporal.en_quarters import quarter, same_period, year_earlier
from timeline.temporal.en_ranges import date_range, day_range, year_range
from timeline.temporal.en_relative import (
    ago,
    day_after_tomorrow,
    earlier_later,
    from_now,
    relative_day,
    relative_unit,
    this_daypart,
    weekday,
    weekday_of_week,
)
from timeline.temporal.en_rule import FEAST_DAY, FEASTS
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_rules_clock import CLOCK_RULES
from timeline.temporal.en_rules_days import DAY_RULES
from timeline.temporal.en_rules_lengths import LENGTH_RULES
from timeline.temporal.en_rules_periods import PERIOD_RULES, UNITS_AROUND_RULES, settle_units_around
from timeline.temporal.en_rules_vague import VAGUE_RULES
from timeline.temporal.en_rules_world import WORLD_RULES
from timeline.temporal.en_timeml import to_timeml
from timeline.temporal.en_titles import drop_titles
from timeline.temporal.en_vocab import (
    COUNTED_AFTER,
    DAY,
    DAY_WORD,
    DECADE_WORDS,
    MONTH,
    NUMBER,
    RELATIVE_DAY,
    SEASONS,
    SPELLED_TEENS,
    SPELLED_TENS,
    SPELLED_UNITS,
    UNIT,
    WEEKDAY,
    YEAR,
)
from timeline.temporal.en_years import year
from timeline.temporal.engine import Rule, alt

__all__ = ["RULES", "join_mentions", "match_text", "to_timeml"]


_N = rf"(?P<n>{NUMBER})"
_WDG = rf"(?P<wd>{WEEKDAY})"
_MODS = r"(?:(?P<mod>more\s+than|less\s+than|fewer\s+than|at\s+least|at\s+most|up\s+to|under|nearly|almost|about|around|roughly|approximately|some)\s+)?"

SPELLED_YEAR = (
    rf"(?:(?:eighteen|nineteen)[\s-]+(?:hundred\s+(?:and\s+)?)?(?:{SPELLED_TENS}(?:[\s-]+{SPELLED_UNITS})?|{SPELLED_TEENS}"
    rf"|oh[\s-]+{SPELLED_UNITS})|two\s+thousand(?:\s+(?:and\s+)?(?:{SPELLED_TENS}(?:[\s-]+{SPELLED_UNITS})?|{SPELLED_TEENS}"
    rf"|{SPELLED_UNITS}))?)"
)
"""A year in words ("nineteen ninety-six", "two thousand ten")."""

RULES: tuple[Rule, ...] = (
    _rule(
        "iso date",
        rf"{QUAL_PREFIX}\b(?P<y>\d{{4}})-(?P<a>\d{{1,2}})-(?P<b>\d{{1,2}})(?:[T\s](?P<h>\d{{2}}):(?P<mi>\d{{2}}))?\b",
        iso,
        2,
    ),
    _rule(
        "numeric date",
        rf"{QUAL_PREFIX}(?<![\d/.-])\b(?P<a>\d{{1,2}})(?P<sep>[/.-])(?P<b>\d{{1,2}})(?P=sep)(?P<y>\d{{4}}|\d{{2}})\b(?![/.-]\d)",
        numeric,
    ),
    *DAY_RULES,
    *PERIOD_RULES,
    *WORLD_RULES,
    _rule(
        "day-month-year (31-Oct-1974)",
        rf"\b(?P<d>{DAY})(?P<sep>[-/])(?P<mon>{MONTH})(?P=sep)(?P<y>\d{{4}}|\d{{2}})\b(?![-/]\d)",
        day_mon_year,
        1,
    ),
    _rule(
        "weekday, month day, year",
        rf"{DAY_QUAL_PREFIX}{PART_PREFIX}\b(?:(?P<rel>last|next)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<mon>{MONTH})\s*(?:(?:the\s+)?(?P<d>{DAY})|(?:the\s+)?(?P<dw>{DAY_WORD}))\b(?!\s*:\d|\s*%|[.,]\d|-\d)(?:,?\s+(?P<y>{YEAR}))?(?(wd)|(?:,\s+(?P<wd2>{WEEKDAY})(?![\w'’])(?!\s+(?:morning|afternoon|evening|night|at|\d))))?",
        calendar,
        1,
    ),
    _rule(
        "day month year",
        rf"{DAY_QUAL_PREFIX}\b(?:(?:{WEEKDAY}),?\s+)?(?:the\s+)?(?:(?P<d>{DAY})\s+(?:of\s+)?|(?P<dw>{DAY_WORD})\s+of\s+)(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        calendar,
    ),
    _rule(
        "month year",
        rf"{QUAL_PREFIX}{PART_PREFIX}\b(?P<mon>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})",
        calendar,
        1,
    ),
    _rule(
        "month",
        rf"{QUAL_PREFIX}{PART_PREFIX}\b(?:(?P<rel>last|this|next)\s+)?(?P<mon>january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.)(?![\w-])",
        bare_month,
        -1,
    ),
    _rule(
        "year",
        rf"{QUAL_PREFIX}{PART_PREFIX}(?:\bthe\s+(?=\d{{4}}\s+(?:period|quarter|fiscal\s+year)\b))?(?:\b(?:the\s+)?year\s+|\b(?:fiscal|FY)[\s-]*(?:year\s+)?|(?<![\w$#.,/])(?<!\d-))(?P<y>{YEAR})\b(?![-/]\d|\.\d)(?:\s+(?:period|quarter|fiscal\s+year)\b|\s+(?-i:A\.D\.|AD\b|CE\b))?",
        year,
        -1,
    ),
    _rule(
        "year range",
        r"(?<![\w$#.,/-])(?P<a>1[5-9]\d\d|20\d\d)[-–/](?P<b>\d{4}|\d{2})\b(?![-/.]\d)",
        year_range,
        1,
    ),
    _rule(
        "month day-day",
        rf"(?:\bfrom\s+)?\b(?P<mon>{MONTH})\s*(?P<d1>{DAY})\s*(?:[-–]|\s(?:to|through|thru|until|till|(?P<and>and))\s)\s*(?P<d2>{DAY})\b(?!\s*[:%])(?:,?\s+(?P<y>{YEAR}))?",
        day_range,
        2,
    ),
    _rule(
        "the week of a date",
        rf"\b(?:the\s+)?week\s+of\s+(?P<mon>{MONTH})\s*(?P<d>{DAY})\b(?!\s*:\d|\s*%|[.,]\d|-\d)(?:,?\s+(?P<y>{YEAR}))?",
        week_of,
        2,
    ),
    _rule(
        "from A to B",
        rf"\b(?:from|between)\s+(?:the\s+(?=\d))?(?P<a>{DATE_ALT})\s+(?:to|and|through|thru|until|till|[-–])\s+(?:the\s+)?(?P<b>{DATE_ALT})",
        date_range,
        2,
    ),
    _rule("A to B", rf"\b(?P<a>{DATE_ALT})\s*(?:to|through|[-–])\s*(?P<b>{DATE_ALT})\b", date_range, 1),
    _rule(
        "decade",
        rf"{QUAL_PREFIX}(?:\bthe\s+)?{PART_PREFIX}(?:(?P<dec>1[5-9]\d0|20\d0)'?s\b|'(?P<dec2>\d0)'?s\b|\b(?P<decw>{alt(DECADE_WORDS)})\b)",
        decade,
    ),
    _rule(
        "season",
        rf"{QUAL_PREFIX}{PART_PREFIX}(?:\b(?:(?P<this>this)\s+)?(?P<rel>this|last|next|past|previous|coming)\s+|\b(?P<the>the)\s+)?(?P<season>{alt(SEASONS)})\b(?:\s+(?:of\s+)?(?P<y>{YEAR}))?",
        season,
    ),
    _rule(
        "quarter (Q1 2024)",
        rf"{QUAL_PREFIX}\b(?:(?P<y>{YEAR})\s*)?Q(?P<qn>[1-4])\b(?:\s+(?P<y2>{YEAR}))?",
        quarter,
        1,
    ),
    _rule(
        "ordinal quarter or half",
        rf"{QUAL_PREFIX}{PART_PREFIX}(?:\bthe\s+)?(?:(?P<ry0>this|last|next)\s+year's\s+)?(?:(?P<y>{YEAR})\s+)?(?:fiscal[\s-]+)?\b(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|final|last)[\s-]+(?:(?P<pair>two)\s+)?(?:fiscal[\s-]+)?(?P<unit>quarter|half|qtr\.?)(?(pair)s\b|\b(?!s))(?:\s+of\s+(?:fiscal\s+)?(?:(?P<y2>{YEAR})|(?P<ry>last\s+year|this\s+year|next\s+year))|\s+(?:fiscal\s+)?(?P<y3>{YEAR})(?!\s*-?\d))?",
        quarter,
    ),
    _rule(
        "this / last / next unit",
        rf"{QUAL_PREFIX}{PART_PREFIX}(?:(?P<early>early|earlier|late|later|mid)[\s-]+)?\b(?P<the>the\s+)?(?P<rel>this|last|next|past|previous|prior|coming|upcoming|current|latest|most\s+recent|present)\s+(?P<fiscal>fiscal\s+)?(?P<unit>week|month|year|quarter|weekend|decade|century|yr|qtr)\b(?!-)",
        relative_unit,
    ),
    _rule(
        "today / yesterday / tomorrow",
        rf"{DAY_QUAL_PREFIX}(?:(?P<early>early|late|earlier|later|mid)[\s-]+)?\b(?P<rd>{alt(RELATIVE_DAY)})\b(?:\s+(?P<dp>{DAYPART_ALT})(?:-?ish)?\b)?",
        relative_day,
    ),
    _rule(
        "this morning / last night",
        rf"{QUAL_PREFIX}(?:(?P<early>early|late|earlier|later)\s+)?\b(?P<rel>this|last|yesterday)\s+(?P<dp>morning|afternoon|evening|night)\b",
        this_daypart,
        1,
    ),
    _rule(
        "weekday",
        rf"{DAY_QUAL_PREFIX}(?:(?P<early>early|late)\s+|(?P<hours>(?:in\s+)?the\s+early\s+hours\s+of)\s+)?\b(?:(?:the\s+)?(?P<rel>last|next|this|past|previous)\s+)?{_WDG}(?!\w)"
        rf"(?:\s+(?P<dp>{DAYPART_ALT})\b|\s+(?P<hours2>early\s+(?:in\s+the\s+)?morning|in\s+the\s+early\s+hours(?:\s+of\s+the\s+morning)?)\b)?",
        weekday,
    ),
    _rule(
        "weekday of next week",
        rf"\b{_WDG}\s+(?:of\s+|from\s+)?(?P<rel>this|next|last|the\s+following|the\s+previous)\s+week\b(?!'|-)"
        rf"|\b(?P<rel2>this|next|last)\s+week(?:'s|’s)\s+(?P<wd2>{WEEKDAY})",
        weekday_of_week,
        2,
    ),
    _rule(
        "ago",
        rf"(?:(?P<approx>about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over)\s+)?\b(?:{_N}[\s-]+)?(?P<unit>{UNIT})(?P<orso>\s+or\s+so)?\s+ago\b",
        ago,
        1,
    ),
    _rule(
        "in N units (from now)",
        rf"(?:(?P<lead>\bin)\s+)?{_MODS}\b{_N}[\s-]+(?:more\s+)?(?P<unit>{UNIT})\b"
        r"(?:(?P<tail>\s+(?:from\s+(?:now|today)|hence)\b)|(?!\s+(?:of|ago|earlier|later|before|after|since)\b|[-\w]))",
        from_now,
        1,
    ),
    _rule(
        "the day after tomorrow",
        r"\b(?:the\s+)?day\s+(?P<ba>after)\s+tomorrow\b|\b(?:the\s+)?day\s+(?P<ba2>before)\s+yesterday\b",
        day_after_tomorrow,
        2,
    ),
    _rule(
        "N units earlier / later",
        rf"\b{_N}[\s-]+(?P<unit>{UNIT})\s+(?P<dir>earlier|later|before|after|prior)\b(?!\s+(?:the|a|an|his|her|its|their)\b|\s+\d)",
        earlier_later,
        1,
    ),
    *NARRATIVE_RULES,
    _rule(
        "year-earlier",
        r"\b(?:the\s+(?:comparable\s+|corresponding\s+)?)?year[\s-](?:earlier|ago)(?:\s+(?:(?P<ord>first|second|third|fourth)\s+)?(?:quarter|period|half|month))?\b",
        year_earlier,
        1,
    ),
    _rule(
        "the same period last year",
        r"\bthe\s+(?:same|comparable|corresponding|year-ago|year-earlier)\s+(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year|in\s+\d{4})?"
        r"|\blast\s+year(?:'s|’s)\s+(?:comparable\s+|corresponding\s+)?(?:quarter|period)\b"
        r"|\bthe\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)\b",
        year_earlier,
    ),
    _rule(
        "the quarter",
        r"\bthe\s+(?:latest\s+)?(?:quarter|period)\b(?!-)",
        same_period,
        -2,
    ),
    *CLOCK_RULES,
    _rule(
        "clock time",
        rf"{DAY_QUAL_PREFIX}(?:@\s*)?\b(?:(?P<day0>{DAYWORD}),?\s+(?:at\s+)?)?(?P<clock>{CLOCK})(?:,?\s+(?:\((?:\d{{3,4}}|\d{{1,2}}(?::\d{{2}})?\s*[ap]\.?m\.?)\s+(?:GMT|UTC|[ECMP][SD]T)\),?\s+)?(?:on\s+)?(?P<day>{DAYWORD}))?",
        lambda m, t: time_either(m, t),
        1,
    ),
    _rule(
        "clock time in a part of day",
        rf"\b(?:(?P<d1>this|today|tomorrow|yesterday|{WEEKDAY})\s+(?P<p1>morning|afternoon|evening|night)|(?P<p2>tonight|tonite))\s+(?:at|@)\s*(?P<h1>{HOUR})(?![\w:]|\s*[ap]\.?\s?m\b)"
        rf"|\bin\s+the\s+(?P<p6>morning|afternoon|evening)\s+(?:at|@)\s*(?P<h3>{HOUR})(?![\w:]|\s*[ap]\.?\s?m\b)"
        rf"|\b(?P<h2>{HOUR})\s+(?:in\s+(?:the\s+)?(?P<p3>morning|afternoon|evening|am|pm)|(?P<d2>this|tomorrow|today)\s+(?P<p4>morning|afternoon|evening|night)|(?P<p5>tonight|tonite))\b",
        clock_in_daypart,
        2,
    ),
    _rule(
        "minutes past the hour",
        rf"\b(?:(?P<mq>(?:a\s+)?quarter|half)|(?P<mn>\d{{1,2}}|{NUMBER})(?:\s+(?P<unit>minutes?|mins?))?)\s+(?P<dir>past|after|to|till|before|of)\s+"
        rf"(?P<clock>{CLOCK}|(?:{'|'.join(HOUR_WORDS)})(?:\s+(?:a\.?\s?m\.?|p\.?\s?m\.?))?)(?!\w)(?:,?\s+(?:on\s+)?(?P<day>{DAYWORD}))?",
        minutes_past,
        2,
    ),
    _rule(
        "day of month (on the 10th)",
        rf"(?<=\bon\s)the\s+(?P<d>{DAY})\b(?!\s+(?:of|century|anniversary|floor|time|round|day|year|week|month|amendment|place)\b)",
        ordinal_day,
    ),
    _rule(
        "holiday (Christmas)",
        rf"{QUAL_PREFIX}\b(?:the\s+(?P<fd>{FEAST_DAY})\s+day\s+of\s+)?(?:(?P<rel>last|this|next)\s+)?(?P<hol>{FEASTS})(?!\w)(?:,?\s+(?:of\s+|in\s+)?(?P<y>{YEAR})|\s+of\s+(?P<ry>last|this|next)\s+year\b|\s+(?P<sy>{SPELLED_YEAR})\b(?!{COUNTED_AFTER}))?",
        holiday,
    ),
    _rule(
        "year in words",
        rf"(?:\bthe\s+year\s+|\b(?P<mon>{MONTH})\s+(?:of\s+)?|\bthe\s+(?P<season>{alt(SEASONS)})\s+of\s+)?\b(?P<sy>{SPELLED_YEAR})\b",
        year_in_words,
    ),
    _rule(
        "the year (narrative)",
        r"\bthe\s+(?:full\s+|whole\s+|entire\s+|(?:current\s+)?fiscal\s+)?(?:year|week)\b(?![-\s]+(?:\d|earlier|ago|before|after|two|nineteen|eighteen))",
        the_year,
        -3,
    ),
    _rule(
        "nth weekday of a month",
        rf"{QUAL_PREFIX}\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(?P<wd>{WEEKDAY}|week)\s+(?:of|in)\s+(?:(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?|(?P<rm>(?:the\s+)?(?:this|last|next|previous)\s+month|the\s+month)\b)",
        nth_weekday,
        1,
    ),
    _rule(
        "month of last year",
        rf"{QUAL_PREFIX}{PART_PREFIX}\b(?P<mon>{MONTH})(?:\s+(?P<d>{DAY}))?,?\s+(?:of\s+)?(?P<rel>this|last|next)\s+year\b(?!'s)",
        month_of_year,
        1,
    ),
    _rule("the weekend", r"\bthe\s+weekend\b", the_weekend, -1),
    _rule(
        "the end of the year",
        rf"{QUAL_PREFIX}(?:(?P<part>{PART})[\s-]*(?:the\s+)?(?P<unit>year|month|week|quarter)\b(?![-\s]+(?:ago|earlier|\d))|\byear(?:[\s-]|'s\s+|’s\s+)end\b)",
        end_of_unit,
    ),
    *VAGUE_RULES,
    *UNITS_AROUND_RULES,
    _rule(
        "duration",
        rf"{_MODS}\b(?:the\s+(?:first|last|past|next|previous|latest|coming|final|following)\s+|the\s+)?{_N}(?P<hy>[\s-]+)(?:(?:more|additional|extra|further|trading|business|working)\s+)?(?P<unit>{UNIT})(?:-long|-old)?\b(?P<andhalf>\s+and\s+a\s+half\b)?",
        duration,
    ),
    _rule(
        "fortnight",
        rf"(?:(?P<lead>\bin)\s+)?{_MODS}\b(?P<n>{NUMBER})\s+fortnights?\b(?:\s+(?P<tail>ago|hence|from\s+(?:now|today)|earlier|later)\b)?",
        fortnight,
        1,
    ),
    *APPROX_RULES,
    *LENGTH_RULES,
)


_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
"""Full-width ASCII (`Ｓｅｐｔ. １, ２０１７`, typed with a CJK input method) → ASCII, one character for one."""
_HAS_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


def match_text(text: str) -> str:
    """The text the rules read: typographic apostrophes as plain ones ("New Year’s Day"), full-width ASCII
    as ASCII; same length, same offsets."""
    text = text.replace("’", "'") if "’" in text else text
    return text.translate(_FULL_WIDTH) if _HAS_FULL_WIDTH.search(text) else text


def join_mentions(mentions: list[TimeMention], text: str) -> list[TimeMention]:
    """Settle what anchoring could not date: "the past two hours" without a clock stays a length."""
    return left_open(or_so(drop_titles(settle_units_around(mentions), text), text), text)
