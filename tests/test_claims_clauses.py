"""Cutting the article into clauses (timeline/claims/clauses.py)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.pipeline import extract

PUBLISHED = date(2022, 6, 13)  # a Monday


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the second quote goes on a speech of last week: its "today" is that day, not publication's
        (
            "“Freight costs keep rising,” Lena Ortiz, the port’s director, said at a forum last week. "
            "“Every shipper feels the squeeze today.”",
            ["last week"],
        ),
        (
            "“The line is sound,” the mayor said on Thursday. “We reopen the bridge now.”",
            ["Thursday"],
        ),
        # an undated attribution leaves the quoted day to publication
        ("“The line is sound,” the mayor said. “We reopen the bridge today.”", ["today"]),
        # a new paragraph is a new frame
        (
            "“The line is sound,” the mayor said on Thursday.\n“We reopen the bridge today.”",
            ["Thursday", "today"],
        ),
    ],
)
def test_a_quoted_today_going_on_an_earlier_dated_speech_dates_nothing(text, dates):
    got = sorted(c.date_text for c in extract(text, published=PUBLISHED, lang="en"))
    assert got == sorted(dates)
