"""English centuries and the N units around now (timeline/temporal/en_rules_periods.py)."""

from __future__ import annotations

from datetime import date, datetime

from timeline.temporal import en_corpus, tag

REF = en_corpus.REFERENCE


def test_a_century_is_its_hundred_years():
    [m] = tag("The abbey dates from the 12th century.", reference=REF, lang="en")
    assert (m.value, m.date_start, m.date_end) == ("1100/1199", date(1100, 1, 1), date(1199, 12, 31))


def test_the_late_part_of_a_century_is_its_last_third():
    [m] = tag("in the late 19th century", reference=REF, lang="en")
    assert (m.qualifier, m.date_start) == ("late", date(1867, 1, 1))


def test_a_capitalised_century_before_a_name_is_the_name():
    assert tag("a 20th Century Fox release", reference=REF, lang="en") == []


def _mentions(text: str, *, timeml: bool = False) -> list[tuple[str, str, str | None, str | None]]:
    found = tag(text, reference=date(2024, 4, 24), lang="en", timeml=timeml)
    return [(m.text, m.type, m.value, m.timex3) for m in found]


def test_the_past_n_years_are_the_whole_years_before_this_one_like_chinese():
    assert _mentions("Sales doubled over the past three years.") == [
        ("the past three years", "DATE", "2021/2023", "2021")
    ]
    zh = tag("过去三年销量翻倍。", reference=date(2024, 4, 24), lang="zh")
    assert zh[0].value == "2021/2023"


def test_timeml_keeps_the_n_units_around_now_a_duration():
    assert _mentions("Sales doubled over the past three years.", timeml=True) == [
        ("the past three years", "DURATION", None, "P3Y")
    ]
    assert _mentions("Rates may rise in the next 2 months.", timeml=True) == [
        ("the next 2 months", "DURATION", None, "P2M")
    ]
    assert _mentions("Sales doubled in last two years.", timeml=True) == [
        ("two years", "DURATION", None, "P2Y")
    ]


def test_n_units_counted_from_another_point_stay_a_length():
    for text in (
        "He wrote it in the last two years of his life.",
        "Talks will run the next three days after the vote.",
        "The firm grew in the past 12 months to June.",
        "His health declined over the next three months.",
        "The next two months were hard.",
    ):
        first = _mentions(text)[0]
        assert first[1] == "DURATION", (text, first)


def test_a_future_verb_anywhere_before_keeps_the_next_n_units_ahead():
    text = "The firm will ship an upgraded model in the next two years."
    assert _mentions(text) == [("the next two years", "DATE", "2025/2026", "2025")]


def test_hours_without_a_clock_in_the_reference_stay_a_length():
    assert _mentions("Police made 12 arrests in the past 24 hours.") == [
        ("the past 24 hours", "DURATION", None, "PT24H")
    ]
    with_clock = tag(
        "Police made 12 arrests in the past 2 hours.", reference=datetime(2024, 4, 24, 10, 30), lang="en"
    )
    assert (with_clock[0].type, with_clock[0].value) == ("TIME", "2024-04-24T08/2024-04-24T09")


def test_a_quarter_named_by_its_last_month_is_that_calendar_quarter():
    found = tag(
        "Profits fell in the September quarter, and the June 2023 quarter was flat.", reference=REF, lang="en"
    )
    assert [(m.text, m.value, m.timex3) for m in found] == [
        ("the September quarter", "2023-07/2023-09", "2023-Q3"),
        ("the June 2023 quarter", "2023-04/2023-06", "2023-Q2"),
    ]


def test_a_month_that_ends_no_calendar_quarter_stays_a_month():
    [m] = tag("Sales rose in the October quarter.", reference=date(2024, 4, 24), lang="en")
    assert (m.text, m.value) == ("October", "2023-10")


def test_this_last_and_next_century_are_their_hundred_years() -> None:
    """ "This century" in 2024 is 2000-2099, as "the 21st century" is; TimeML mode writes TimeBank's P100Y."""
    from datetime import date

    from timeline.temporal import tag

    found = tag(
        "The worst flood this century, last century's dams and next century's seas.",
        reference=date(2024, 4, 24),
        lang="en",
    )
    assert [(m.text, m.value) for m in found] == [
        ("this century", "2000/2099"),
        ("last century", "1900/1999"),
        ("next century", "2100/2199"),
    ]
    (m,) = tag("The worst flood this century.", reference=date(2024, 4, 24), lang="en", timeml=True)
    assert (m.text, m.timex3) == ("this century", "P100Y")
    assert [
        m.type for m in tag("In the last century, floods rose.", reference=date(2024, 4, 24), lang="en")
    ] == ["DURATION"]
