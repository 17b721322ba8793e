"""Times that belong to a game or a timetable (timeline/claims/dating_timetable.py)."""

from __future__ import annotations

from datetime import date

from timeline.claims.dating_timetable import game_clock, in_opening_hours
from timeline.temporal import tag

PUB = date(2024, 4, 24)


def _mention(text: str, words: str):
    return next(m for m in tag(text, reference=PUB, lang="en") if m.text == words)


def test_a_clock_in_a_game_period_is_the_game_clock():
    text = "Smith scored at 7:14 of the second period to tie it."
    assert game_clock(_mention(text, "7:14"), text)


def test_a_clock_time_in_a_plain_sentence_is_a_time_of_day():
    text = "The train left at 7:14 with 300 passengers."
    assert not game_clock(_mention(text, "7:14"), text)


def test_a_day_range_of_opening_hours_is_a_timetable():
    text = "The museum is open Mon-Fri 9 a.m. to 5 p.m. and closed on holidays."
    assert any(in_opening_hours(m, text) for m in tag(text, reference=PUB, lang="en"))
