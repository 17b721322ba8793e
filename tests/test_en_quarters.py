"""English quarters, halves and a quarterly report's compared periods (timeline/temporal/en_quarters.py)."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag

REF = datetime(2024, 4, 24, 9, 21)


def _values(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex3) for m in tag(text, reference=REF, lang="en")]


def test_a_named_quarter_with_its_year():
    assert ("the third quarter of 2022", "2022-Q3") in _values("Sales fell in the third quarter of 2022.")


def test_the_first_two_quarters_are_the_first_half():
    assert ("the first two quarters of 2021", "2021-H1") in _values(
        "The plant ran at a loss for the first two quarters of 2021."
    )


def test_a_year_ago_in_a_quarterly_report_is_the_year_earlier_quarter():
    values = _values(
        "The chain reported its second-quarter results. Net income rose to $8 million from $6 million a year ago."
    )
    assert ("a year ago", "2023-Q2") in values


def test_a_year_ago_without_a_figure_is_a_year_back():
    assert ("a year ago", "2023") in _values("She moved to Leeds a year ago.")


def test_a_fiscal_quarter_is_the_three_months_that_end_on_its_written_day():
    values = _values("Net rose in the fiscal first quarter ended Sept. 30, 2023.")
    assert ("the fiscal first quarter", "2023-Q3") in values


def test_a_quarter_ending_mid_month_keeps_its_number():
    values = dict(_values("Net rose in the first quarter ended March 15, 2023."))
    assert values["the first quarter"].endswith("-Q1")  # no month ends near that day: no months are read


def test_a_quarter_with_its_own_year_and_a_yearless_end_keeps_its_number():
    assert ("the fourth quarter of 2023", "2023-Q4") in _values(
        "Net fell in the fourth quarter of 2023, which ended Dec. 31."
    )
