"""English clock times written the British way, with a dot (timeline/temporal/en_clock.py)."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag
from timeline.temporal.en_clock import clock_point

REF = datetime(2024, 4, 24, 9, 21)  # a Wednesday


def _found(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in tag(text, reference=REF, lang="en") if m.type in ("DATE", "TIME")]


def test_a_dotted_clock_time_reads_like_a_colon():
    assert clock_point("9.15am") is not None and clock_point("9.15am").minute == 15
    assert _found("The ferry left at 9.15am.") == [("9.15am", "2024-04-24T09:15")]
    assert _found("Counting ended at 17.30 GMT.") == [("17.30 GMT", "2024-04-24T17:30")]


def test_a_dotted_clock_time_takes_its_day():
    assert _found("The polls closed at 10.30pm on Thursday.") == [("10.30pm on Thursday", "2024-04-18T22:30")]


def test_dotted_opening_hours_are_a_range():
    assert _found("The museum is open 9.30am-5.30pm.") == [
        ("9.30am-5.30pm", "2024-04-24T09:30/2024-04-24T17:30")
    ]


def test_a_decimal_is_no_clock_time():
    assert _found("Tickets cost 17.30 euros and inflation was 4.5%.") == []
    assert _found("The index rose 2.15 points to 7.45.") == []


def test_zones_of_india_and_australia_and_hours_after_a_24_hour_clock():
    assert _found("Results come at 10am IST on Friday.") == [("10am IST on Friday", "2024-04-19T10:00")]
    assert _found("The PM speaks at 3pm AEST.") == [("3pm AEST", "2024-04-24T15:00")]
    assert _found("The convoy left at 1730 hrs.") == [("1730 hrs", "2024-04-24T17:30")]


def test_hours_after_a_count_stay_a_length():
    assert [m.type for m in tag("He worked 1200 hours.", reference=REF, lang="en")] == ["DURATION"]
