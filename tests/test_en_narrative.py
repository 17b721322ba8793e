"""English days counted from the story (timeline/temporal/en_narrative.py)."""

from __future__ import annotations

from timeline.temporal import en_corpus, tag

REF = en_corpus.REFERENCE  # Wednesday 2024-04-24


def _found(text: str) -> dict[str, tuple[str | None, str | None]]:
    return {m.text: (m.value, m.timex3) for m in tag(text, reference=REF, lang="en")}


def test_a_part_of_the_next_day_keeps_the_day_and_names_its_part():
    found = _found("The levee broke on May 3, 2019. The next morning, crews arrived.")
    assert found["The next morning"] == ("2019-05-04", "2019-05-04TMO")


def test_the_night_before_counts_back_one_day():
    found = _found("The levee broke on May 3, 2019; the night before, it rained.")
    assert found["the night before"] == ("2019-05-02", "2019-05-02TNI")


def test_the_end_of_the_following_month_is_the_late_part_of_the_next_month():
    found = _found("The levee broke in May 2019. At the end of the following month, it was rebuilt.")
    assert found["the end of the following month"][0] == "2019-06"


def test_the_previous_quarter_counts_from_the_story_quarter():
    found = _found("Sales fell in the first quarter of 2022 from the previous quarter.")
    assert found["the previous quarter"][0] == "2021-10/2021-12"


def test_earlier_in_the_day_is_the_story_day():
    found = _found("Shares closed lower on March 4, 2019, after rising earlier in the day.")
    assert found["earlier in the day"][0] == "2019-03-04"


def test_later_in_the_day_with_no_story_date_dates_nothing():
    found = _found("A good breakfast curbs hunger later in the day.")
    assert found["later in the day"][0] is None


def test_a_day_of_something_is_not_the_story_day():
    assert "later in the day" not in _found("The shops opened later in the day of the festival.")
