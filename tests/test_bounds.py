"""Early/mid/late parts narrow a unit's days the same way in every language (bounds.part_span)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.temporal import tag
from timeline.temporal.bounds import nearest_day_of_month, part_span


@pytest.mark.parametrize(
    ("start", "end", "precision", "part", "want"),
    [
        (date(2023, 2, 1), date(2023, 2, 28), "month", "late", (date(2023, 2, 21), date(2023, 2, 28))),
        (date(2023, 1, 1), date(2023, 12, 31), "year", "early", (date(2023, 1, 1), date(2023, 4, 30))),
        (date(2023, 1, 1), date(2023, 12, 31), "year", "mid", (date(2023, 5, 1), date(2023, 8, 31))),
        (date(2023, 4, 1), date(2023, 6, 30), "quarter", "late", (date(2023, 6, 1), date(2023, 6, 30))),
        (date(1990, 1, 1), date(1999, 12, 31), "decade", "mid", (date(1993, 1, 1), date(1996, 12, 31))),
        (date(1700, 1, 1), date(1799, 12, 31), "year", "early", (date(1700, 1, 1), date(1732, 12, 31))),
        (date(2024, 4, 22), date(2024, 4, 28), "week", "late", (date(2024, 4, 26), date(2024, 4, 28))),
        (date(2024, 4, 22), date(2024, 4, 22), "day", "late", (date(2024, 4, 22), date(2024, 4, 22))),
    ],
)
def test_a_part_is_a_third_of_its_unit(start, end, precision, part, want):
    assert part_span(start, end, precision, part) == want


def test_chinese_and_english_parts_cover_the_same_days():
    ref = date(2024, 4, 24)
    pairs = [("2023年底", "late 2023"), ("2月初", "early February"), ("10月下旬", "late October")]
    for zh, en in pairs:
        a = tag(zh, reference=ref, lang="zh")[0]
        b = tag(en, reference=ref, lang="en")[0]
        assert (a.date_start, a.date_end) == (b.date_start, b.date_end), (zh, en)


def test_a_year_end_claim_sorts_after_march_of_that_year_but_keeps_its_value():
    late = tag("2023年底", reference=date(2024, 4, 24), lang="zh")[0]
    assert (late.value, late.precision, late.qualifier) == ("2023", "year", "late")
    assert late.date_start > date(2023, 3, 31)


def test_nearest_day_of_month_rolls_to_the_neighbouring_month_on_the_words_side():
    assert nearest_day_of_month(27, date(2024, 3, 27)) == date(2024, 3, 27)
    assert nearest_day_of_month(31, date(2024, 4, 1)) == date(2024, 3, 31)  # 今（31）日 on 1 April
    # 昨（30）日 on 24 April: 30 April is nearer the 23rd, but yesterday is never after publication
    assert nearest_day_of_month(30, date(2024, 4, 23), date(2024, 4, 24), -1) == date(2024, 3, 30)
    assert nearest_day_of_month(1, date(2024, 4, 25), date(2024, 4, 24), 1) == date(2024, 5, 1)
    assert nearest_day_of_month(31, date(2024, 2, 28)) == date(2024, 1, 31)  # February has no 31st
