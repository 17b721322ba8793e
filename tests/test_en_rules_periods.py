"""English centuries (timeline/temporal/en_rules_periods.py)."""

from __future__ import annotations

from datetime import date

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
