"""Whether a clause plans what it dates, and a plan's dates read forward (the coming weekday, month-day, season)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from timeline.claims.events import planned_marker, planned_marker_end, told_before_plan
from timeline.claims.inherit import COUNTED_FROM_EVENT
from timeline.models import TimeMention
from timeline.temporal.en_common import TENSE_WORDS


def plan_governs(body: str, at: int, lang: str) -> bool:
    """Whether the plan word governs the date: in English it comes first ('will testify Thursday',
    not 'rain fell on Tuesday and more was expected Wednesday'); Chinese puts the time first."""
    if lang != "en":
        return True
    marker = planned_marker(body[:at], lang)
    return marker is not None


def is_planned(body: str, mention: TimeMention, at: int, reference: date | None, lang: str) -> bool:
    """A plan word in the clause, or an explicit date after publication. In English a plan word that
    only follows a date already past ('cut rates last month should keep …') plans something else."""
    if mention.qualifier == "planned":
        return True
    marker = planned_marker(body, lang)
    if marker and lang == "en":
        end = as_day(mention.date_end) or as_day(mention.date_start)
        if reference is not None and end is not None and end < reference:
            return _plan_reaches_past_date(body, mention, at)
        looks_back = _EN_PAST_SPAN.search(mention.text) is not None
        if (looks_back or (end is not None and end == reference)) and told_before_plan(
            body, mention.text, at, looks_back
        ):
            return False  # 'which became final Tuesday, will create …', 'Earlier this year, she told …'
        if (
            end == reference
            and planned_marker_end(body[:at], lang) is None
            and _REPORTED_THAT.match(body, at + len(mention.text))
        ):
            return False  # 'The paper's report today claims that he will return': today dates the report
    if (
        marker
        and lang != "en"
        and (_past_day(mention, reference) or _past_topic(body, mention, at, reference))
    ):
        return False  # 3月5日，公司发布公告，将于明年上市: the day the plan was told, not a planned day
    if marker:
        return True
    if reference is None or COUNTED_FROM_EVENT.search(mention.text):
        return False
    start = as_day(mention.date_start)
    return start is not None and start > reference


def _past_day(mention: TimeMention, reference: date | None) -> bool:
    """A single day before publication (3月5日, 昨天): a plan word in its clause plans something else."""
    if reference is None or mention.precision not in ("day", "hour", "minute") or mention.qualifier != "none":
        return False
    start, end = as_day(mention.date_start), as_day(mention.date_end)
    return start is not None and start == end and end < reference


def _past_topic(body: str, mention: TimeMention, at: int, reference: date | None) -> bool:
    """2001年，他接到电话，来人将改变他的一生: a time wholly past that opens the clause before a comma
    sets the scene; a plan word later in it is the future as seen then, not a plan for that time."""
    if (
        reference is None
        or mention.qualifier != "none"
        or not body.startswith(("，", ","), at + len(mention.text))
    ):
        return False
    end = as_day(mention.date_end)
    return end is not None and end < reference


_REPORTED_THAT = re.compile(
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:claims?|claimed|said|says|reports?|reported|told\s+\w+|tells\s+\w+|announced|"
    r"argues|argued|writes|wrote|suggests|suggested)\s+that\b"
)
_EN_PAST_SPAN = re.compile(r"(?i)^(?:last|yesterday|earlier|this past)\b|\bago$")


def _plan_reaches_past_date(body: str, mention: TimeMention, at: int) -> bool:
    """'will testify about the Oct. 15 call' may plan; 'will offer the lander it unveiled in May',
    'will keep the base after the announcement last month' do not: a past verb between the plan
    word and the date, or a date that itself looks back, belongs to something already done."""
    plan_end = planned_marker_end(body[:at], "en")
    if plan_end is None or _EN_PAST_SPAN.search(mention.text):
        return False
    between = body[plan_end:at]
    return not any(t.group("past") for t in TENSE_WORDS.finditer(between))


def _forward_weekday(mention: TimeMention, reference: date | None) -> TimeMention:
    """'will testify Thursday': a bare weekday in a plan is the coming one, not the last one."""
    start = as_day(mention.date_start)
    if reference is None or start is None or start >= reference or "weekday" not in mention.rule.lower():
        return mention
    if (reference - start).days >= 7:
        return mention
    ahead = start + timedelta(days=7)
    return mention.model_copy(
        update={
            "date_start": ahead,
            "date_end": ahead,
            "value": ahead.isoformat(),
            "timex3": ahead.isoformat(),
            "rule": f"{mention.rule}; claims: planned, so the coming weekday",
        }
    )


def _forward_partial_date(mention: TimeMention, reference: date | None) -> TimeMention:
    """'而9月19日，华为还将展示…' in an article of 2019-09-11: a plan's month and day without a year
    are the coming ones; resolving them into last year (the news default for the past) is wrong."""
    start, end = as_day(mention.date_start), as_day(mention.date_end)
    if (
        reference is None
        or start is None
        or start >= reference
        or mention.anchor not in ("publication", "narrative")
    ):
        return mention
    if re.search(r"年|\d{4}|'\d{2}", mention.text) or mention.precision not in ("month", "tenday", "day"):
        return mention
    try:
        ahead, ahead_end = start.replace(year=start.year + 1), end.replace(year=end.year + 1) if end else None
    except ValueError:  # 29 February
        return mention
    if start.year >= reference.year or ahead <= reference or (ahead - reference).days > 366:
        return mention  # only undo the news default that moved a later month-day back a year
    return _a_year_on(mention, start.year, ahead, ahead_end, "date")


def _forward_season(mention: TimeMention, reference: date | None) -> TimeMention:
    """'goes on sale in the summer' in a story of November: a plan's season without a year is the
    coming one, not the one already over."""
    start, end = as_day(mention.date_start), as_day(mention.date_end)
    if (
        reference is None
        or start is None
        or end is None
        or end >= reference
        or mention.precision != "season"
        or mention.anchor not in ("publication", "narrative")
        or re.search(r"\d{4}", mention.text)
        or (reference - end).days > 366
    ):
        return mention
    try:
        ahead, ahead_end = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    except ValueError:  # a winter ending on 29 February
        return mention
    return _a_year_on(mention, start.year, ahead, ahead_end, "season")


def _a_year_on(
    mention: TimeMention, year: int, ahead: date, ahead_end: date | None, what: str
) -> TimeMention:
    """`mention` of `year` moved a year on to `ahead`..`ahead_end`, its value and TIMEX3 rewritten."""
    shift = str(year), str(ahead.year)
    return mention.model_copy(
        update={
            "date_start": ahead,
            "date_end": ahead_end,
            "value": mention.value.replace(*shift, 1) if mention.value else None,
            "timex3": mention.timex3.replace(*shift, 1) if mention.timex3 else None,
            "rule": f"{mention.rule}; claims: planned, so the coming {what}",
        }
    )


_BARE_DAY = re.compile(r"^\d{1,2}日(?!.*[月年])")
BARE_DAY_AHEAD = 3
"""A bare '26日' in a story of the 25th names a day of this month within this many days ahead (a
forecast), never the 26th of last month: a past month's day is written with its month."""


def coming_day_of_month(mention: TimeMention, reference: date | None) -> TimeMention:
    """Move a bare day-of-month (26日, 26日08时至27日08时) that was resolved into last month to this
    month when it falls within `BARE_DAY_AHEAD` days after publication."""
    if reference is None or not _BARE_DAY.match(mention.text):
        return mention
    start, end = as_day(mention.date_start), as_day(mention.date_end)
    if start is None or start >= reference:
        return mention
    try:
        ahead = start.replace(year=reference.year, month=reference.month)
    except ValueError:
        return mention
    if not 0 < (ahead - reference).days <= BARE_DAY_AHEAD:
        return mention
    months = (ahead.year - start.year) * 12 + ahead.month - start.month
    if months != 1:
        return mention
    old, new = start.strftime("%Y-%m"), ahead.strftime("%Y-%m")
    update: dict[str, object] = {"date_start": _shift_month(mention.date_start, ahead)}
    if end is not None and end.strftime("%Y-%m") == old:
        update["date_end"] = _shift_month(mention.date_end, ahead)
    for key in ("value", "timex3"):
        current = getattr(mention, key)
        update[key] = current.replace(old, new) if current else current
    update["rule"] = f"{mention.rule}; claims: a bare day just after publication is this month's"
    return mention.model_copy(update=update)


def _shift_month(value: date | datetime | None, ahead: date) -> date | datetime | None:
    if value is None:
        return None
    try:
        return value.replace(year=ahead.year, month=ahead.month)
    except ValueError:  # the 31st of a shorter month
        return value


def forward_planned(mention: TimeMention, reference: date | None) -> TimeMention:
    """A planned date read forward: the coming weekday, then the coming month-day, then the coming season."""
    return _forward_season(_forward_partial_date(_forward_weekday(mention, reference), reference), reference)


def as_day(value: date | datetime | None) -> date | None:
    """The calendar day of a date or datetime."""
    return value.date() if isinstance(value, datetime) else value
