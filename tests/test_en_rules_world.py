"""English date styles of British, Australian and Indian outlets (timeline/temporal/en_rules_world.py)."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag

REF = datetime(2024, 4, 24, 9, 21)  # a Wednesday


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag(text, reference=REF, lang="en") if m.type in ("DATE", "TIME")]


def test_a_financial_year_is_its_named_year_or_both_split_years():
    assert _found("Revenue grew 8% in FY24.") == [("FY24", "2024")]
    assert _found("The deficit narrowed in FY2023-24.") == [("FY2023-24", "2023/2024")]
    assert _found("Profits fell in the 2022/23 financial year.") == [("2022/23", "2022/2023")]


def test_a_split_that_is_not_one_year_on_is_no_financial_year():
    assert _found("The plan for FY2023-27 was shelved.") == []


def test_a_weekday_a_week_on_is_the_one_after_the_coming_one():
    assert _found("The final is on Sunday week.") == [("Sunday week", "2024-05-05")]
    assert _found("Talks resume a week on Friday.") == [("a week on Friday", "2024-05-03")]
    assert _found("He resigned a week last Friday.") == [("a week last Friday", "2024-04-12")]


def test_a_weekday_before_week_of_stays_a_weekday():
    assert [text for text, _ in _found("The Sunday week of Lent began.")] == ["Sunday", "Lent"]


def test_a_unit_before_last_or_after_next_is_two_away():
    assert _found("Prices peaked the week before last.") == [("the week before last", "2024-W15")]
    assert _found("The law takes effect the year after next.") == [("the year after next", "2026")]


def test_the_night_of_two_days_is_the_night_of_the_first():
    assert _found("Police raided the camp in the intervening night of March 27-28.") == [
        ("the intervening night of March 27-28", "2024-03-27")
    ]
    assert [text for text, _ in _found("The attack came on the night of March 27-29.")] == [
        "the night of March 27"
    ]


def test_a_range_of_split_years_runs_from_the_first_opening_to_the_last_closing_year():
    assert _found("Exports grew from 2019-20 to 2022-23.") == [("from 2019-20 to 2022-23", "2019/2023")]
    assert [text for text, _ in _found("Exports grew from 2019-20 to 2022-24.")] == ["2019-20", "2022-24"]
