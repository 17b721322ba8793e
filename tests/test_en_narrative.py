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
