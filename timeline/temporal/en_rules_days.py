"""English rules for days written beside other parts: a clock range, a weekday with a day of the month, a
numeric month/day, a day of a month named by its place, a part of a written day, a feast or weekday
counted in years or weeks, a day counted in days from a feast, weekday or date (issue #4). `en.RULES`
includes them."""

from __future__ import annotations

from timeline.temporal.en_clock import CLOCK_END, CLOCK_START, DAYWORD
from timeline.temporal.en_common import QUAL_PREFIX
from timeline.temporal.en_dates import holiday
from timeline.temporal.en_days import (
    day_of_relative_month,
    days_from,
    feast_years_away,
    month_day_numeric,
    nth_day_of_month,
    part_of_day,
    weekday_day,
    weekdays_away,
    written_day,
    year_month_numeric,
)
from timeline.temporal.en_relative import weekday
from timeline.temporal.en_rule import FEASTS
from timeline.temporal.en_rule import make_rule as _rule
from timeline.temporal.en_rules_clock import spoken_range
from timeline.temporal.en_vocab import DAY, DAY_WORD, MONTH, NUMBER, WEEKDAY, YEAR
from timeline.temporal.engine import Rule

_SHIFT = rf"\b(?P<n>the|{NUMBER})\s+(?P<unit>days?|weeks?)\s+(?P<dir>before|after)\s+"
"""A count of days or weeks before or after the day written next ("two days before", "the day after", "a week after")."""

DAY_RULES: tuple[Rule, ...] = (
    _rule(
        "month/day (on 2/15)",
        rf"{QUAL_PREFIX}(?:(?P<on>on)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?<![\d/.,-])(?<!\d\s)\b(?P<a>\d{{1,2}})(?P<sep>[/-])(?P<b>\d{{1,2}})\b(?![/.,-]?\d|\s*%|\s+of\b)",
        month_day_numeric,
    ),
    _rule(
        "year-month (2014-10)",
        r"(?<![\w/.-])(?:(?P<y>1[5-9]\d\d|20\d\d)[-/](?P<mo>\d{2})|(?P<mo2>\d{1,2})/(?P<y2>1[5-9]\d\d|20\d\d))(?![\w/.%-])",
        year_month_numeric,
    ),
    _rule(
        "weekday the Nth (Tuesday the 19th)",
        rf"{QUAL_PREFIX}\b(?P<wd>{WEEKDAY}),?\s+(?:(?P<the>the)\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{DAY_WORD})\b"
        r"(?!\s+(?:century|anniversary|floor|time|round|amendment|place|street|avenue|minute|hour|day|week|year|of\s+the)\b|\s*[:%.,/-]\d)",
        weekday_day,
        1,
    ),
    _rule(
        "day of next month (the 20th of next month)",
        rf"\b(?:the\s+)?(?P<d>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|{DAY_WORD})(?:\s+day)?\s+of\s+(?:the\s+)?(?P<rel>next|following|coming|this|current|previous|last|past)\s+month\b(?!'|’)",
        day_of_relative_month,
        1,
    ),
    _rule(
        "nth day of a month (the last day of October)",
        rf"{QUAL_PREFIX}\b(?:the\s+)?(?:(?P<back>second|third|fourth|fifth|sixth|seventh|[2-7](?:nd|rd|th))\s+(?=last\s))?(?P<nth>{DAY_WORD}|last|final|(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))\s+day\s+(?:of|in)\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>{YEAR}))?",
        nth_day_of_month,
        1,
    ),
    _rule(
        "part of a day (the morning of March 3)",
        rf"\b(?:(?:the\s+)?(?P<dp1>morning|afternoon|evening|night)\s+of\s+(?:the\s+(?=\d))?(?P<d1>{DAYWORD})"
        rf"|(?P<d2>{DAYWORD})\s+in\s+the\s+(?P<dp2>morning|afternoon|evening))\b",
        part_of_day,
        1,
    ),
    _rule(
        "feast years away (Christmas two years ago)",
        rf"\b(?P<hol>{FEASTS})\s+(?:(?P<n2>{NUMBER})\s+(?P<unit>years?|months?)\s+(?P<dir>ago|from\s+now|hence)"
        rf"|in\s+(?P<n3>{NUMBER})\s+(?P<unit3>years?|months?))\b",
        feast_years_away,
        1,
    ),
    _rule(
        "days before / after a feast (three days after Easter)",
        rf"{_SHIFT}(?:the\s+)?(?P<hol>{FEASTS})(?!\w)(?:,?\s+(?P<y>{YEAR}))?",
        days_from(holiday),
        2,
    ),
    _rule(
        "days before / after a weekday (a day after Tuesday's vote)",
        rf"{_SHIFT}(?:(?P<rel>last|next|this)\s+)?(?P<wd>{WEEKDAY})(?!\w)",
        days_from(weekday),
        2,
    ),
    _rule(
        "days before / after a date (two days before March 3)",
        rf"{_SHIFT}(?:the\s+)?(?:(?P<mon>{MONTH})\s*(?P<d>{DAY})|(?P<d1>{DAY})\s+(?:of\s+)?(?P<mon1>{MONTH}))(?![\w:%])"
        rf"(?:,?\s+(?P<y>{YEAR}))?",
        days_from(written_day),
        2,
    ),
    _rule(
        "weekday after next",
        rf"\b(?P<wd>{WEEKDAY})\s+after\s+next\b",
        weekdays_away,
        2,
    ),
    _rule(
        "weekdays away (3 Fridays from now)",
        rf"\b(?P<n>{NUMBER})\s+(?P<wd2>(?:mon|tues|wednes|thurs|fri|satur|sun)days)\s+(?P<dir>from\s+(?:now|today)|hence|ago|back)\b",
        weekdays_away,
        2,
    ),
    _rule(
        "clock range (3-4 p.m.)",
        rf"(?:\b(?P<approx>about|around|approximately|roughly)\s+)?\b(?:(?:this\s+(?={WEEKDAY}))?(?P<day0>{WEEKDAY}|today|tomorrow|yesterday|tonight),?\s+)?(?:(?:from|between)\s+)?(?P<a>{CLOCK_START})\s*(?:[-–]|\s(?:to|till|until|untill|thru|through|and)\s)\s*"
        rf"(?P<b>{CLOCK_END})(?:\s+in\s+the\s+(?P<dpr>morning|afternoon|evening|am|pm)\b)?(?:,?\s+(?:on\s+)?(?P<day>{DAYWORD}))?",
        spoken_range,
        2,
    ),
)
"""The rules of this module, in the order `en.RULES` runs them."""
