"""Spoken English clock times (timeline/temporal/en_rules_clock.py)."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.temporal import tag

REF = datetime(2024, 4, 24, 9, 21)


def _found(text: str) -> list[tuple[str, str | None, str]]:
    return [
        (m.text, m.value, m.qualifier)
        for m in tag(text, reference=REF, lang="en")
        if m.type in ("DATE", "TIME")
    ]


def test_an_ish_or_approximately_clock_time_is_approximate():
    assert _found("The vote is set for 3ish pm.") == [("3ish pm", "2024-04-24T15:00", "approximate")]
    assert _found("Polls close at 8 p.m. or so.") == [("8 p.m. or so", "2024-04-24T20:00", "approximate")]


def test_half_three_is_half_past_and_needs_the_clause_to_go_on_as_a_time():
    assert _found("The bus leaves at half three tomorrow.")[0][:2] == ("half three", "2024-04-24T03:30")
    assert _found("She cut the cake in half three times.") == []


def test_spoken_minutes_need_at_and_no_count_after():
    assert _found("The ferry sails at seven forty-five.") == [
        ("seven forty-five", "2024-04-24T07:45", "none")
    ]
    assert _found("Tickets sold at three twenty euros.") == []
    assert _found("seven forty-five") == []


def test_a_packed_clock_time_needs_its_part_of_day():
    assert _found("Rescuers arrived at 730 in the evening.") == [
        ("730 in the evening", "2024-04-24T19:30", "none")
    ]
    assert _found("Turnout was 1030 votes.") == []


@pytest.mark.parametrize("text", ["Let's meet tomorrow at lunch.", "Let's meet tomorrow lunchtime."])
def test_a_day_with_lunch_is_its_midday_hours(text):
    found = _found(text)
    assert found and found[0][1] == "2024-04-25T12/2024-04-25T13"


def test_lunch_without_a_day_is_no_time():
    assert _found("The school serves a free lunch.") == []


def test_a_clock_time_for_a_length_is_the_range_it_covers():
    assert _found("The road is closed from 9 a.m. for two hours.") == [
        ("from 9 a.m. for two hours", "2024-04-24T09:00/2024-04-24T11:00", "none")
    ]
    assert _found("The show runs at 11pm for three hours.")[0][:2] == (
        "11pm",
        "2024-04-24T23:00",
    )  # past midnight


def test_timeml_splits_a_clock_time_for_a_length_into_a_time_and_a_duration():
    found = tag("The road is closed from 9 a.m. for two hours.", reference=REF, lang="en", timeml=True)
    assert [(m.text, m.type, m.timex3) for m in found] == [
        ("9 a.m.", "TIME", "2024-04-24T09:00"),
        ("two hours", "DURATION", "PT2H"),
    ]
