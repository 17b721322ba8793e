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
