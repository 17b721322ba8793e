"""Centuries, vacations and slices of a period inside real-looking sentences (zh_periods)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag

REF = date(2024, 4, 24)


def _found(text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    return {
        m.text: (m.value, str(m.date_start), str(m.date_end))
        for m in tag(text, reference=REF, lang="zh")
        if m.type == "DATE"
    }


def test_two_centuries_in_one_sentence_are_each_read_whole():
    found = _found("这部书成于18世纪，上世纪末才再版。")
    assert found["18世纪"] == ("1700/1799", "1700-01-01", "1799-12-31")
    assert found["上世纪末"] == ("1900/1999", "1967-01-01", "1999-12-31")


def test_the_name_of_a_newspaper_is_not_a_century():
    assert _found("据《21世纪经济报道》消息，该行一季度净利润增长。") == {
        "一季度": ("2024-01/2024-03", "2024-01-01", "2024-03-31")
    }


def test_the_end_of_the_quarter_follows_the_story_quarter():
    found = _found("2023年一季度营收增长两成，季度末现金余额为5亿元。")
    assert found["季度末"] == ("2023-01/2023-03", "2023-03-01", "2023-03-31")


def test_the_vacation_of_the_same_year_takes_the_story_year():
    found = _found("她2019年考入大学，当年暑假回乡支教。")
    assert found["当年暑假"] == ("2019-07/2019-08", "2019-07-01", "2019-08-31")


def test_the_last_days_of_last_month_and_the_first_months_of_a_year():
    found = _found("上月最后五天降雨偏多，而1958年前7个月几乎无雨。")
    assert found["上月最后五天"] == ("2024-03-27/2024-03-31", "2024-03-27", "2024-03-31")
    assert found["1958年前7个月"] == ("1958-01/1958-07", "1958-01-01", "1958-07-31")


def test_vague_counts_of_years_stay_lengths():
    found = _found("七八年前他来过一次，三四年后又搬走了。")
    assert found["七八年前"] == ("../2024-04-24", "None", "2024-04-24")  # not 1978
    assert found["三四年后"][0] is None  # some years after a moment the text does not date: not 1934


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("乘坐近一个小时的大巴抵达码头。", "一个小时"),
        ("他等了近两个月才拿到证件。", "两个月"),
        ("工程持续近三年。", "三年"),
    ],
)
def test_nearly_n_units_as_a_length_is_no_date(text, length):
    found = [(m.text, m.type) for m in tag(text, reference=date(2024, 4, 24), lang="zh")]
    assert found == [(length, "DURATION")]
