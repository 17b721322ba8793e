"""English lengths of time (timeline/temporal/en_lengths.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.temporal import tag

REF = datetime(2024, 4, 24, 9, 21)


@pytest.mark.parametrize(
    "text", ["They logged 1,200 hours.", "It lasted 3.25 years.", "The flight took 2.30 hours."]
)
def test_the_tail_of_a_number_is_no_count(text):
    assert [m.text for m in tag(text, reference=REF, lang="en")] == []


def test_a_count_after_a_comma_and_a_space_is_still_a_length():
    assert [(m.text, m.timex3) for m in tag("In 2019, 30 days passed.", reference=REF, lang="en")][1] == (
        "30 days",
        "P30D",
    )
