"""English mentions that date no fact of their clause (timeline/claims/dating_en.py), through extract()."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract

PUB = date(2024, 4, 24)  # a Wednesday


def dates_of(text: str) -> list[tuple[str | None, str | None]]:
    return [(c.date_text, c.date_edtf) for c in extract(text, published=PUB, lang="en")]


@pytest.mark.parametrize(
    "text",
    [
        "Owners of the 13-inch 2017 Zenbook Pro report a sticky trackpad.",
        "The hinge is sturdier than on the 2014 through 2017 model.",
        "Reviewers found the late-2021 refresh quieter than any before it.",
        "Nobody misses the clunky keys of the original 2015 Aero Book.",
    ],
)
def test_a_year_naming_a_model_or_an_edition_dates_nothing(text):
    assert dates_of(text) == []


def test_a_year_after_a_time_word_still_dates_the_clause():
    assert dates_of("In 2016 Brightline opened its first station.") == [("2016", "2016")]
    assert dates_of("The mill ran at a loss from 2014 through 2017.") == [
        ("from 2014 through 2017", "2014/2017")
    ]


def test_now_in_a_title_beside_a_name_leaves_the_date_to_the_event():
    text = "Maria Lopez, now a lecturer at the college, testified at a hearing in March."
    assert dates_of(text) == [("March", "2024-03")]
    assert dates_of("Omar Said, now a partner at the firm, drafted the plan.") == []


def test_a_price_tag_and_a_timeless_today_date_nothing():
    assert dates_of("Wireless Speaker, 40% Off, Now $59.99") == []
    assert dates_of("The reefs we see today formed over thousands of years.") == []
    assert dates_of("The museum that is today reopening its doors has new lights.") != []


def test_a_writers_agenda_today_dates_nothing():
    assert dates_of("Today, we're going to look at three ways to save on heating.") == []
    assert dates_of("Today, the mayor opened the bridge.") == [("Today", "2024-04-24")]


def test_as_recently_as_takes_the_date_after_it():
    text = "The firm was still selling the old model as recently as March, when it cut the price."
    assert dates_of(text) == [("March", "2024-03")]


def test_a_polls_high_forties_and_formerly_known_as_date_nothing():
    assert dates_of("Her approval rating sits in the high forties.") == []
    assert dates_of("The river, formerly known as the Swift, flooded in 2019.") == [("2019", "2019")]


def test_a_possessive_day_gives_way_to_the_day_of_the_clause():
    text = "The coach weighed in on Friday's brawl on Monday, saying both sides were to blame."
    assert dates_of(text) == [("Monday", "2024-04-22")]
    assert dates_of("At last week's hearing, two witnesses backed the plan.") == [("last week", "2024-W16")]


def test_a_horizon_dates_nothing():
    assert dates_of("In the short term, the plan looks cheap.") == []
    assert dates_of("In the long run, prices fell sharply in 2018.") == [("2018", "2018")]


def test_a_score_that_looks_like_a_year_dates_nothing():
    assert dates_of("The old card earned a total score of 2045 in the benchmark.") == []


def test_a_class_of_year_names_the_class_and_the_clause_keeps_its_day():
    text = "The band is nominated for the Hall of Fame's Class of 2025, which will be inducted on May 2."
    assert dates_of(text) == [("May 2", "2024-05-02")]


@pytest.mark.parametrize(
    "text",
    [
        "Critics called the drama the most daring series of 2023.",
        "Readers picked the folding handset as their favorite gadget of 2023.",
        "She said it was one of the best rounds of the year for her.",
        "The ballad, easily the year's best film song, plays over the credits.",
        "Pig farmers feared the year of the rat would bring more disease.",
        "Her proudest creations were her Christmas cards, each with a short poem.",
        "The paper will end Saturday publication to save money.",
    ],
)
def test_a_ranking_year_and_a_holiday_describing_a_thing_date_nothing(text):
    assert dates_of(text) == []


def test_a_ranking_gives_way_to_the_date_of_the_clause():
    text = "The trip, maybe the best week of the year, started 12 years ago in a small boat."
    assert dates_of(text) == [("12 years ago", "2012")]
    assert dates_of("The plant closed on Christmas Eve.") == [("Christmas Eve", "2023-12-24")]


def test_the_last_time_before_a_first_is_a_comparison_base():
    assert (
        dates_of("The party carried the county for the first time since 1988, on a wave of new voters.") == []
    )
    assert dates_of("The club won its first road game since March on a late goal.") == []
    assert dates_of("The two rivals have not met since 2009.") == [("since 2009", "2009/..")]


def test_today_as_nowadays_dates_nothing_but_a_days_event_does():
    assert dates_of("Today, such outbreaks are rare, though they still occur.") == []
    assert dates_of("Jobs were scarce. And today, a steady wage is worth more than land.") == []
    assert dates_of("Today, the museum is closed for repairs.") == [("Today", "2024-04-24")]
    assert dates_of("Today, thousands of fans began to gather at the gates.") == [("Today", "2024-04-24")]


def test_a_now_spoken_to_the_reader_dates_nothing():
    assert dates_of("Pick the plan that fits the goals you have right now.") == []
    assert dates_of("Once sales are steady, and now you'll want to hire help.") == []
    assert dates_of("The bakery now employs 40 people.") == [("now", "2024-04-24")]


def test_a_former_name_and_a_decade_describing_a_thing_date_nothing():
    assert dates_of("The patrol trains the militia – formerly the Northern Guard – near the border.") == []
    assert dates_of("Her flat is in a 1960s block near the river.") == []
    assert dates_of("The street was rebuilt in the 1960s after the flood.") == [("the 1960s", "196X")]
    assert dates_of("He was formerly the treasurer of the club.") == [("formerly", "../2024-04-24")]


def test_a_yearless_date_under_a_habit_word_dates_nothing():
    assert dates_of("Smog returns to the valley every November, not just around Diwali.") == []
    assert dates_of("Each year, the harbor fair opens in June.") == []
    assert dates_of("The shop usually shuts on Christmas Eve.") == []
    assert dates_of("The choir usually sings weekly, but it sang on Monday.") == [("Monday", "2024-04-22")]
    assert dates_of("The harbor fair opened in June.") == [("June", "2023-06")]


def test_a_surveys_past_month_dates_nothing():
    assert dates_of("The study asked how often respondents smoked in the past month.") == []
    assert dates_of("Teens who said they had vaped in the past year fell by a third.") == []
    assert dates_of("The currency weakened sharply in the past week.") == [("the past week", "2024-W16")]
