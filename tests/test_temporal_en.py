"""English grammar: narrative anchoring, TimeML spans, dateparser wrapper, linear time on odd input."""

from __future__ import annotations

import re
import time
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.temporal import en_corpus, tag
from timeline.temporal.en_dateparser import parse_absolute

REF = en_corpus.REFERENCE


@pytest.mark.parametrize(
    ("text", "quote", "value"), en_corpus.NARRATIVE, ids=[q for _, q, _ in en_corpus.NARRATIVE]
)
def test_narrative_reads_the_date_before(text, quote, value):
    found = {m.text: m.value for m in tag(text, reference=REF, lang="en")}
    assert found.get(quote) == value, found


def test_timeml_trims_prepositions_and_splits_ranges():
    text = "Sales grew since 2014 and from May 2019 to June 2020 in recent years."
    plain = [m.text for m in tag(text, reference=REF, lang="en")]
    timeml = [m.text for m in tag(text, reference=REF, lang="en", timeml=True)]
    assert "since 2014" in plain and "2014" in timeml and "since 2014" not in timeml
    assert "May 2019" in timeml and "June 2020" in timeml
    assert "recent years" in timeml


def test_timeml_ranges_keep_each_end_value():
    mentions = tag("from 2014 to 2016", reference=REF, lang="en", timeml=True)
    assert [(m.text, m.timex3) for m in mentions] == [("2014", "2014"), ("2016", "2016")]


def test_news_weekday_is_before_publication_and_future_when_asked():
    assert tag("Friday", reference=REF, lang="en")[0].value == "2024-04-19"
    assert tag("Friday", reference=REF, lang="en", prefer="future")[0].value == "2024-04-26"


def test_no_reference_leaves_relative_unanchored():
    m = tag("yesterday", reference=None, lang="en")[0]
    assert m.anchor == "none" and m.value is None


def test_numeric_dates_use_dateparser_in_month_first_order():
    assert parse_absolute("2/3/2023", "MDY") == date(2023, 2, 3)
    assert parse_absolute("2/3/2023", "DMY") == date(2023, 3, 2)
    assert parse_absolute("2/30/2023", "MDY") is None
    assert tag("3/4/2021", reference=REF, lang="en")[0].value == "2021-03-04"
    assert tag("25/4/2021", reference=REF, lang="en")[0].value == "2021-04-25"


def test_durations_and_sets_never_carry_dates():
    for m in tag("It took three years and happens every week, a four-year high.", reference=REF, lang="en"):
        assert m.type in ("DURATION", "SET") and m.date_start is None


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet="0123456789 /-:.,ayMonthdsJanFebp", min_size=0, max_size=300))
def test_arbitrary_text_never_breaks(text):
    for m in tag(text, reference=REF, lang="en"):
        assert text[m.start : m.end] == m.text


def test_time_is_linear_on_pathological_input():
    def cost(n: int) -> float:
        text = ("2 / 3 - 4 , May the 1990s since about " * n) + "x" * n
        t0 = time.perf_counter()
        tag(text, reference=REF, lang="en")
        return time.perf_counter() - t0

    cost(50)
    small, big = cost(200), cost(1600)
    assert big < small * 8 * 3, (small, big)  # 8x input: well under quadratic growth


def test_every_rule_is_named():
    from timeline.temporal.en import RULES

    names = [r.name for r in RULES]
    assert len(names) == len(set(names)) and all(re.search(r"\w", n) for n in names)


def test_future_tense_reads_weekdays_and_yearless_dates_forward():
    ref = date(1989, 11, 1)  # a Wednesday
    assert tag("The board will meet Monday.", reference=ref, lang="en")[0].value == "1989-11-06"
    assert tag("The board met Monday.", reference=ref, lang="en")[0].value == "1989-10-30"
    assert tag("The notes are due to be repaid Feb. 1.", reference=ref, lang="en")[0].value == "1990-02-01"


def test_year_ended_is_a_period_and_a_year_earlier_does_not_chain():
    mentions = tag("Profit for the year ended June 30 rose.", reference=REF, lang="en")
    assert (mentions[0].text, mentions[0].type, mentions[0].timex3) == ("the year", "DURATION", "P1Y")
    text = "Sales in 2019 rose 5% from a year earlier; costs fell from a year earlier."
    assert [m.value for m in tag(text, reference=REF, lang="en")] == ["2019", "2018", "2018"]


def test_tense_markers_past_participles_and_deadlines():
    ref = date(2019, 11, 20)  # a Wednesday
    assert (
        tag("Crews expect winds to calm by Thursday morning.", reference=ref, lang="en")[0].value
        == "../2019-11-21"
    )
    assert (
        tag("The utility ran three planned outages in October.", reference=ref, lang="en")[0].value
        == "2019-10"
    )
    assert tag("She said the hearing will resume Monday.", reference=ref, lang="en")[0].value == "2019-11-25"


def test_a_deadline_in_a_past_clause_stays_behind():
    assert tag("He served until September.", reference=REF, lang="en")[0].value == "../2023-09"
    assert tag("Rates will stay high until September.", reference=REF, lang="en")[0].value == "../2024-09"


def test_a_future_verb_does_not_push_a_date_a_year_ahead():
    ref = date(2019, 11, 20)
    text = "Lawmakers will ask about the July 25 call."
    assert tag(text, reference=ref, lang="en")[0].value == "2019-07-25"


def test_the_previous_year_counts_from_the_story():
    text = "Sales peaked in 2015. The previous year they had fallen."
    assert [m.value for m in tag(text, reference=REF, lang="en")] == ["2015", "2014"]
    assert tag("Talks resume next week.", reference=REF, lang="en")[0].value == "2024-W18"


def test_a_written_weekday_picks_the_year_of_a_yearless_date():
    ref = date(2013, 2, 12)
    assert tag("Fri, Jul 18", reference=ref, lang="en")[0].value == "2014-07-18"
    assert tag("Sunday, Feb. 10", reference=ref, lang="en")[0].value == "2013-02-10"


def test_a_since_bound_lends_no_year_to_later_months():
    ref = date(1989, 10, 30)
    text = "Profits have doubled each year since 1980. In September, the firm bought a rival."
    assert [m.value for m in tag(text, reference=ref, lang="en")][-1] == "1989-09"


def test_the_quarter_is_the_story_quarter_else_the_last_one_reported():
    ref = date(1989, 10, 26)
    assert tag("Profit rose in the quarter.", reference=ref, lang="en")[0].timex3 == "1989-Q3"
    text = "Sales in the second quarter fell; in the quarter, costs rose."
    assert [m.timex3 for m in tag(text, reference=ref, lang="en")] == ["1989-Q2", "1989-Q2"]


def test_timeml_reads_in_two_weeks_as_a_duration_and_a_weekend_as_its_week():
    mentions = tag(
        "The plant will reopen in two weeks, after the weekend.", reference=REF, lang="en", timeml=True
    )
    found = {m.text: (m.type, m.timex3) for m in mentions}
    assert found["two weeks"] == ("DURATION", "P2W")
    assert found["the weekend"] == ("DATE", "2024-W16-WE")
    plain = {m.text: m.value for m in tag("The plant will reopen in two weeks.", reference=REF, lang="en")}
    assert plain == {"in two weeks": "2024-05-08"}


def test_a_yearless_date_borrows_no_year_from_another_paragraph():
    text = "The singer first toured in 1978.\nShe plays Denver on August 30."
    same = "The singer first toured in 1978 and played Denver on August 30."
    # not 1978; 'plays Denver on August 30' is a present-tense fixture, so the coming August 30
    assert {m.text: m.value for m in tag(text, reference=REF, lang="en")}["August 30"] == "2024-08-30"
    assert {m.text: m.value for m in tag(same, reference=REF, lang="en")}["August 30"] == "1978-08-30"


def test_midnight_ends_its_day_and_a_comparison_point_keeps_the_story_quarter():
    midnight = tag("The deadline passed at midnight Friday.", reference=REF, lang="en")[0]
    assert (midnight.value, midnight.date_start.isoformat()) == ("2024-04-19T24", "2024-04-20T00:00:00")
    text = "Third-quarter profit rose to $5 million from $4 million a year ago. The quarter was strong."
    found = {m.text: m.value for m in tag(text, reference=date(2023, 10, 30), lang="en")}
    assert found["a year ago"] == "2022-07/2022-09"
    assert found["The quarter"] == "2023-07/2023-09"


def test_black_friday_is_a_holiday_not_a_weekday():
    mention = tag("Shoppers lined up for Black Friday deals.", reference=date(2024, 11, 20), lang="en")[0]
    assert (mention.text, mention.value) == ("Black Friday", "2024-11-29")


def test_since_and_until_take_the_near_end_of_an_interval():
    found = {
        m.text: m.value
        for m in tag("Prices rose since mid-September and until late 2020.", reference=REF, lang="en")
    }
    assert found["since mid-September"] == "2023-09-11/.."
    assert found["until late 2020"] == "../2020"


def test_a_colon_after_a_date_is_punctuation_not_a_clock():
    found = {
        m.text: m.value
        for m in tag("The paper said on Saturday, April 20: the court erred.", reference=REF, lang="en")
    }
    assert found == {"Saturday, April 20": "2024-04-20"}
    assert [m.text for m in tag("at May 3:30", reference=REF, lang="en")] != ["May 3"]


def test_a_future_tense_weekday_on_the_publication_weekday_is_that_day():
    from datetime import date

    from timeline.temporal import tag

    ref = date(2019, 11, 20)  # a Wednesday
    planned = tag("The utility was set to begin the work Wednesday.", reference=ref, lang="en")
    assert [m.value for m in planned] == ["2019-11-20"]
    forward = tag("Wednesday", reference=ref, lang="en", prefer="future")  # assistant mode: the next one
    assert [m.value for m in forward] == ["2019-11-27"]


def test_a_length_before_an_undated_event_is_a_duration_not_a_date():
    text = "About 500 people gathered one year after he was killed, and a month after the vote."
    found = {m.text: (m.type, m.timex3) for m in tag(text, reference=REF, lang="en")}
    assert found["one year"] == ("DURATION", "P1Y")
    assert found["a month"] == ("DURATION", "P1M")
    story = "The plant opened on June 2, 2019. Two days after, it closed."
    assert {m.text: m.value for m in tag(story, reference=REF, lang="en")}["Two days after"] == "2019-06-04"


@pytest.mark.parametrize(
    ("text", "quote", "timex"),
    [
        ("The trio will play together for the first time in nearly 20 years.", "nearly 20 years", "P20Y"),
        ("The index will log its biggest weekly gain in two years.", "two years", "P2Y"),
        ("It was the first rate cut in a decade.", "a decade", "P10Y"),
    ],
)
def test_a_record_looks_back_over_its_window(text, quote, timex):
    found = {m.text: m for m in tag(text, reference=REF, lang="en")}
    assert found[quote].type == "DURATION"
    assert found[quote].timex3 == timex


@pytest.mark.parametrize(
    ("text", "quote", "value"),
    [
        ("The interest will be paid in two years.", "in two years", "2026"),
        ("Its fastest train will run in a year.", "in a year", "2025"),
    ],
)
def test_in_n_years_ahead_is_a_point_when_the_verb_looks_ahead(text, quote, value):
    found = {m.text: m.value for m in tag(text, reference=REF, lang="en")}
    assert found[quote] == value


def test_timeml_tags_a_clock_time_and_its_day_apart_around_a_bracketed_zone():
    text = "The quake struck at 10:35 a.m. (0735 GMT) Friday, officials said."
    found = [(m.text, m.timex3) for m in tag(text, reference=REF, lang="en", timeml=True)]
    assert found == [("10:35 a.m.", "2024-04-19T10:35"), ("Friday", "2024-04-19")]


def test_timeml_writes_a_century_as_its_two_digits():
    found = [
        (m.text, m.timex3)
        for m in tag("It was built in the 18th century.", reference=REF, lang="en", timeml=True)
    ]
    assert found == [("18th century", "17")]


@pytest.mark.parametrize("quote", ["Later that evening", "That night", "the same day"])
def test_an_anaphoric_day_with_no_story_date_is_left_unanchored(quote):
    text = f"The suspect confessed in a long interview. {quote}, he drove to a motel."
    found = [m for m in tag(text, reference=REF, lang="en") if m.text == quote]
    assert [(m.value, m.anchor) for m in found] == [(None, "none")]


def test_an_anaphoric_day_after_a_story_date_takes_that_day():
    text = "The storm hit on March 3, 2021. Later that evening, the bridge closed."
    found = [m for m in tag(text, reference=REF, lang="en") if m.text == "Later that evening"]
    assert [(m.value, m.anchor) for m in found] == [("2021-03-03", "narrative")]


def test_a_part_of_the_story_day_without_a_story_date_stays_unanchored():
    found = {
        m.text: (m.value, m.anchor)
        for m in tag("He came home. That night, police arrived.", reference=REF, lang="en")
    }
    assert found == {"That night": (None, "none")}


def test_from_a_day_that_a_range_goes_on_from_is_not_an_open_start():
    text = "Crews shut the bridge from 9 p.m. May 3 to 5 a.m. the next morning."
    found = {m.text: m.qualifier for m in tag(text, reference=REF, lang="en")}
    assert found["from 9 p.m. May 3"] == "none"
    opened = tag("The museum opens from Friday, with members going to the front.", reference=REF, lang="en")
    assert [m.qualifier for m in opened if m.text == "from Friday"] == ["since"]


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        ("He was held on May 3, 2021, and freed at 2 p.m. the next day.", "2 p.m. the next day", "2021-05-04T14:00"),
        ("Crews arrived at 10 p.m. May 3, 2021, and left the next day.", "the next day", "2021-05-04"),
        ("The fire began on May 3, 2021; it was out by 6:30 a.m. the following morning.",
         "by 6:30 a.m. the following morning", "../2021-05-04T06:30"),
    ],
)  # fmt: skip
def test_a_clock_time_beside_the_story_next_day_takes_that_day(text, said, value):
    found = {m.text: m.value for m in tag(text, reference=REF, lang="en")}
    assert found[said] == value


@pytest.mark.parametrize(
    ("text", "word", "timex"),
    [
        ("Troops could be sent within weeks, officials said.", "weeks", "PXW"),
        ("Sales grew for the first time in years.", "years", "PXY"),
        ("His van was seen near the clinic in the weeks before the attack.", "weeks", "PXW"),
        ("In the years that followed, the rebels regrouped.", "years", "PXY"),
        ("Talks ended a decades-long feud.", "decades-long", "PXDE"),
        ("They met for a day-long session.", "day-long", "P1D"),
        ("Over the years the village emptied.", "the years", "PXY"),
    ],
)
def test_lengths_without_a_count(text, word, timex):
    found = [(m.text, m.type, m.timex3) for m in tag(text, reference=REF, lang="en", timeml=True)]
    assert (word, "DURATION", timex) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "In years of drought the river ran dry.",
        "The weeks were long.",
        "A 44-year-old man and a 6-month-old girl were hurt.",
        "It was done within weeks of the vote.",
        "In the weeks of talks, nothing moved.",
        "Guards stood outside the clinic 24 hours a day.",
        "The shop is open seven days a week.",
    ],
)
def test_lengths_without_a_count_need_their_frame(text):
    durations = [m.text for m in tag(text, reference=REF, lang="en") if m.type == "DURATION"]
    assert durations == [], durations


def test_the_end_of_the_year_far_from_an_old_year_is_the_publication_year():
    filler = "The board met often and talked about costs, staff and the new plant at length. " * 6
    text = f"The company was founded in 2016. {filler}It hopes to list its shares before the end of the year."
    near = "The company was founded in 2016 and hoped to list its shares before the end of the year."
    far_values = [m.value for m in tag(text, reference=REF, lang="en") if "end of the year" in m.text]
    near_values = [m.value for m in tag(near, reference=REF, lang="en") if "end of the year" in m.text]
    assert far_values == ["2024"] and near_values == ["2016"], (far_values, near_values)


def test_later_with_no_day_before_is_no_date_and_a_timeml_length():
    text = "Prices fell sharply. Three days later, the index had recovered."
    plain = [(m.text, m.value, m.anchor) for m in tag(text, reference=REF, lang="en")]
    timeml = [(m.text, m.type, m.timex3) for m in tag(text, reference=REF, lang="en", timeml=True)]
    assert plain == [("Three days later", None, "none")], plain
    assert timeml == [("Three days", "DURATION", "P3D")], timeml
    told = tag("Prices fell on March 3. Three days later, they rose.", reference=REF, lang="en")
    assert [m.value for m in told] == ["2024-03-03", "2024-03-06"]
    assert tag("A year earlier, sales were flat.", reference=REF, lang="en")[0].value == "2023"


def test_the_quarter_ended_a_day_is_a_length_like_the_year_ended():
    text = "For the quarter ended Sept. 30, the bank earned more; for the year ended March 31, less."
    found = [(m.text, m.type, m.timex3) for m in tag(text, reference=REF, lang="en")]
    assert ("the quarter", "DURATION", "P1Q") in found and ("the year", "DURATION", "P1Y") in found, found
    assert ("Sept. 30", "DATE", "2023-09-30") in found, found
    assert [m.timex3 for m in tag("Sales rose in the quarter.", reference=REF, lang="en")] == ["2024-Q1"]


def test_a_number_in_words_that_counts_something_is_no_year():
    """'two thousand pilgrims' counts people; 'the year two thousand' and a year before a verb stay years."""
    from timeline.temporal import tag

    def found(text: str) -> list[tuple[str, str | None]]:
        return [(m.text, m.value) for m in tag(text, reference="2024-03-28", lang="en")]

    assert found("At Christmas two thousand pilgrims came.") == [("Christmas", "2023-12-25")]
    assert found("in the year two thousand") == [("the year two thousand", "2000")]
    assert found("Nineteen ninety-six marked a turn.") == [("Nineteen ninety-six", "1996")]


def _read(text: str, ref: date = date(2024, 4, 24)) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.qualifier) for m in tag(text, reference=ref, lang="en")]


def test_now_inside_a_product_name_is_no_date():
    assert _read("Fans can stream it on Tempo Now, launched in 2021.") == [("2021", "2021", "none")]
    assert _read("The school said. Now the roof is fixed.") == [("Now", "2024-04-24", "as_of")]


def test_a_date_moved_from_one_day_to_another_is_the_new_day():
    # Wednesday 2024-04-24: the vote will be on the coming Friday, not across Tuesday to Friday
    assert _read("The vote will be postponed from Tuesday to Friday.") == [
        ("from Tuesday to Friday", "2024-04-26", "none")
    ]
    assert _read("The festival was moved from June 5 to June 12, 2023.")[0][1] == "2023-06-12"
    assert _read("Exports rose from June to August 2023.")[0][1] == "2023-06/2023-08"


def test_a_date_then_the_hour_of_its_clock_time_is_no_range():
    found = _read("April 24, 2024 - 10:15 BST")
    assert ("April 24, 2024", "2024-04-24", "none") in found
    assert all("/" not in (value or "") for _, value, _ in found)


def test_the_short_term_as_an_adjective_is_no_date():
    assert _read("Due to the short term nature of the loans, rates vary.") == []
    assert _read("Rates will stay low in the near term.")[0][2] == "after"


def test_midway_through_a_period_is_its_middle():
    assert _read("The plant should reopen midway through next year.") == [
        ("midway through next year", "2025", "mid")
    ]


def test_a_clock_time_and_day_after_a_schedule_verb_look_ahead():
    # published on a Wednesday: the kick-off is the coming Friday evening
    assert _read("The final kicks off at 7.45pm on Friday.")[0][1] == "2024-04-26T19:45"


def test_today_in_a_newspapers_or_shows_name_is_no_date():
    assert _read("The coach told USA Today the team would rest.") == []
    assert _read("She was a guest on the Today show.") == []
    assert _read("Today the team rests.")[0][1] == "2024-04-24"


def test_this_weekend_told_in_the_past_is_the_weekend_just_gone():
    # Wednesday 2024-04-24
    assert _read("Volunteers cleared the beach this weekend.")[0][1] == "2024-04-20/2024-04-21"
    assert _read("Volunteers will clear the beach this weekend.")[0][1] == "2024-04-27/2024-04-28"


def test_a_weekday_after_holds_a_hearing_is_the_coming_one():
    # Wednesday 2024-04-24
    assert _read("The council holds a public hearing Friday on the plan.")[0][1] == "2024-04-26"
    assert _read("The council held a public hearing Monday on the plan.")[0][1] == "2024-04-22"


def test_bank_holiday_monday_is_the_holiday_not_the_nearest_monday():
    assert _read("Beaches were packed on bank holiday Monday.", date(2024, 6, 5))[0][1] == "2024-05-27"
    assert _read("The line will close on bank holiday Monday.", date(2024, 8, 14))[0][1] == "2024-08-26"
    assert _read("Queues formed on the bank holiday Monday.", date(2024, 4, 3))[0][1] == "2024-04-01"


@pytest.mark.parametrize(
    "text",
    ["The line carried 250,000 riders a year before 2020.", "He left two years before 2019 ended."],
)
def test_units_before_a_written_year_do_not_count_from_publication(text: str) -> None:
    found = tag(text, reference=date(2023, 9, 17), lang="en")
    assert not [m for m in found if m.value in ("2022", "2021")]
    assert [(m.text, m.value, m.qualifier) for m in found if m.type == "DATE"][-1][1:] in (
        ("2020", "before"),
        ("2019", "before"),
    )


_CLAUSE_END_AS_WRITTEN = re.compile(
    r"(?<!\b[A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bCo)(?<!\bMrs)(?<!\bInc)(?<!\bCorp)"
    r"[.;!?](?=\s|$)|\n"
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Mr", "Mrs", "Inc", "Corp", "St", "P", "x", "a", ".", ";", "?", " ", "\n"]),
        max_size=12,
    )
)
def test_clause_end_reads_its_look_behinds_after_the_stop_as_before_it(parts: list[str]) -> None:
    from timeline.temporal.en_common import CLAUSE_END

    text = "".join(parts)
    assert CLAUSE_END.split(text) == _CLAUSE_END_AS_WRITTEN.split(text)


def test_a_weekday_after_plays_or_concludes_is_the_coming_one():
    # Wednesday 2024-04-24
    assert _read("The Rovers play Saturday against the Hawks.")[0][1] == "2024-04-27"
    assert _read("The Rovers played Saturday against the Hawks.")[0][1] == "2024-04-20"
    assert _read("The festival concludes Sunday with a parade.")[0][1] == "2024-04-28"


def test_a_present_tense_fixture_or_appointment_lies_ahead():
    ref = date(2023, 3, 14)  # a Tuesday
    cases = [
        ("Rovers: Host the Harriers on Saturday.", "2023-03-18"),  # a wire story's 'next up' line
        ("United visit Burnley on Sunday.", "2023-03-19"),
        ("The council's budget vote is set for Thursday.", "2023-03-16"),
        ("The filing deadline is Friday.", "2023-03-17"),
        ("The club hosted Burnley on Sunday.", "2023-03-12"),  # past tense stays behind
        ("Their best day was Monday.", "2023-03-13"),
    ]
    for text, value in cases:
        assert tag(text, reference=ref, lang="en")[0].value == value, text


def test_a_relative_clauses_past_verb_does_not_pull_a_coming_date_back():
    ref = date(2023, 6, 5)
    text = "Come June 12, shoppers who preordered the console will get a second controller."
    assert tag(text, reference=ref, lang="en")[0].value == "2023-06-12"
    text = "In March, buyers who signed early paid less than the rest."
    assert tag(text, reference=ref, lang="en")[0].value == "2023-03"
    text = "In December, tenants who moved in late said they will appeal."
    assert tag(text, reference=ref, lang="en")[0].value == "2022-12"


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The bakery first opened its doors last spring.", date(2022, 10, 5), "2022-21"),
        ("Two rivers flooded the valley last summer.", date(2022, 10, 5), "2022-22"),
        ("The league expanded last fall.", date(2022, 10, 5), "2021-23"),  # this fall is not over
        ("The league expanded last fall.", date(2023, 1, 9), "2022-23"),
        ("Ice shut the harbour last winter.", date(2023, 1, 9), "2021-24"),  # this winter is still on
        ("The bakery first opened its doors last spring.", date(2022, 4, 5), "2021-21"),
        ("A census was taken in 1990. The bakery opened last spring.", date(2022, 10, 5), "2022-21"),
    ],
)
def test_last_season_is_the_latest_one_ended_before_publication(text, published, value):
    season = [m for m in tag(text, reference=published, lang="en") if "last" in m.text]
    assert [m.value for m in season] == [value]
