"""Solar terms and nth-weekday holidays (timeline/temporal/solar_terms.py)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal.solar_terms import nth_weekday_date, solar_term_date

# the 24 terms of 2024 as the almanac prints them
TERMS_2024 = {
    "小寒": (1, 6), "大寒": (1, 20), "立春": (2, 4), "雨水": (2, 19), "惊蛰": (3, 5), "春分": (3, 20),
    "清明": (4, 4), "谷雨": (4, 19), "立夏": (5, 5), "小满": (5, 20), "芒种": (6, 5), "夏至": (6, 21),
    "小暑": (7, 6), "大暑": (7, 22), "立秋": (8, 7), "处暑": (8, 22), "白露": (9, 7), "秋分": (9, 22),
    "寒露": (10, 8), "霜降": (10, 23), "立冬": (11, 7), "小雪": (11, 22), "大雪": (12, 6), "冬至": (12, 21),
}  # fmt: skip


@pytest.mark.parametrize(("name", "month_day"), TERMS_2024.items())
def test_terms_of_2024(name: str, month_day: tuple[int, int]) -> None:
    assert solar_term_date(name, 2024) == date(2024, *month_day)


def test_corrections_centuries_and_spellings() -> None:
    assert solar_term_date("冬至", 2021) == date(2021, 12, 21)  # the formula says 22nd; corrected
    assert solar_term_date("小寒", 2019) == date(2019, 1, 5)
    assert solar_term_date("冬至", 2000) == date(2000, 12, 21)  # the last year of the 20th century
    assert solar_term_date("立春", 1985) == date(1985, 2, 4)
    assert solar_term_date("驚蟄", 2024) == solar_term_date("惊蛰节气", 2024) == date(2024, 3, 5)


def test_no_day_outside_the_table() -> None:
    with pytest.raises(ValueError, match="1850"):
        solar_term_date("冬至", 1850)


def test_nth_weekday_holidays() -> None:
    assert nth_weekday_date("母亲节", 2024) == date(2024, 5, 12)
    assert nth_weekday_date("母親節", 2021) == date(2021, 5, 9)
    assert nth_weekday_date("感恩节", 2019) == date(2019, 11, 28)
