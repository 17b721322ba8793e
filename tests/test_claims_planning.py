"""Whether a clause plans what it dates, and a plan's dates read forward (timeline/claims/planning.py)."""

from __future__ import annotations

from datetime import date, datetime

from timeline.claims.planning import as_day, coming_day_of_month, forward_planned, is_planned, plan_governs
from timeline.models import TimeMention

PUB = date(2024, 9, 11)  # a Wednesday


def mention(text: str, at: int, day: date, *, end: date | None = None, rule: str = "", **more) -> TimeMention:
    last = end or day
    return TimeMention(
        text=text,
        start=at,
        end=at + len(text),
        value=day.isoformat() if last == day else f"{day.isoformat()}/{last.isoformat()}",
        timex3=day.isoformat(),
        date_start=day,
        date_end=last,
        precision=more.pop("precision", "day"),
        anchor=more.pop("anchor", "publication"),
        rule=rule,
        **more,
    )


def test_a_plan_word_or_a_later_date_plans_the_clause():
    body = "The council will vote on Thursday"
    assert is_planned(body, mention("Thursday", 25, date(2024, 9, 12)), 25, PUB, "en")
    assert is_planned("展会9月19日开幕", mention("9月19日", 2, date(2024, 9, 19)), 2, PUB, "zh")
    assert not is_planned("Rain fell on Tuesday", mention("Tuesday", 13, date(2024, 9, 10)), 13, PUB, "en")


def test_a_plan_word_after_a_past_verb_plans_nothing_before_it():
    body = "The bank will keep the branch it opened in May"
    may = mention("May", 43, date(2024, 5, 1), end=date(2024, 5, 31), precision="month")
    assert not is_planned(body, may, 43, PUB, "en")


def test_an_english_plan_word_governs_only_a_date_after_it():
    assert plan_governs("The council will vote on Thursday", 25, "en")
    assert not plan_governs("Rain fell on Tuesday and more is expected", 13, "en")
    assert plan_governs("9月19日将开幕", 0, "zh")


def test_a_planned_weekday_already_past_is_the_coming_one():
    monday = mention("Monday", 30, date(2024, 9, 9), rule="weekday")
    ahead = forward_planned(monday, PUB)
    assert (ahead.date_start, ahead.value) == (date(2024, 9, 16), "2024-09-16")
    assert ahead.rule.endswith("the coming weekday")
    assert forward_planned(monday, None) is monday


def test_a_planned_season_already_over_is_next_years():
    summer = mention("the summer", 20, date(2024, 6, 1), end=date(2024, 8, 31), precision="season")
    ahead = forward_planned(summer, PUB)
    assert (ahead.date_start, ahead.date_end) == (date(2025, 6, 1), date(2025, 8, 31))


def test_a_bare_day_just_after_publication_is_this_months():
    day = mention("13日", 0, date(2024, 8, 13))
    moved = coming_day_of_month(day, PUB)
    assert (moved.date_start, moved.value) == (date(2024, 9, 13), "2024-09-13")
    far = mention("20日", 0, date(2024, 8, 20))
    assert coming_day_of_month(far, PUB) is far  # nine days ahead: a forecast that far names its month


def test_as_day_drops_the_clock():
    assert as_day(datetime(2024, 9, 11, 8, 30)) == PUB
    assert as_day(PUB) == PUB
    assert as_day(None) is None


def test_a_past_day_in_a_chinese_clause_with_a_plan_word_is_when_the_plan_was_told():
    from timeline.pipeline import extract

    pub = date(2022, 5, 20)
    (told,) = extract("5月12日，该集团发布公告，将于明年分拆上市。", published=pub, lang="zh")
    assert (told.date_edtf, told.date_qualifier) == ("2022-05-12", "none")
    (rival,) = extract("业内预计新芯片将在年内量产，对标5月18日发布的竞品。", published=pub, lang="zh")
    assert (rival.date_edtf, rival.date_qualifier) == ("2022-05-18", "none")
    (coming,) = extract("5月28日，该集团将召开股东大会。", published=pub, lang="zh")
    assert (coming.date_edtf, coming.date_qualifier) == ("2022-05-28", "planned")


def test_a_past_time_opening_a_chinese_clause_is_not_planned_by_a_later_plan_word():
    body = "2015年，她还在县城读书，没想到这次比赛将是她人生的转折"
    year = mention("2015年", 0, date(2015, 1, 1), end=date(2015, 12, 31), precision="year")
    assert not is_planned(body, year, 0, PUB, "zh")
    # the same year without the comma, or a year still to come, keeps the plan
    assert is_planned("2015年将是她人生的转折", year, 0, PUB, "zh")
    coming = mention("2025年", 0, date(2025, 1, 1), end=date(2025, 12, 31), precision="year")
    assert is_planned("2025年，新馆将成为全市最大的图书馆", coming, 0, PUB, "zh")
