"""Where a partial or relative point counts from (timeline/temporal/anchor_base.py)."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag
from timeline.temporal.anchor_base import lends
from timeline.temporal.spec import Point

PUB = date(2024, 4, 24)


def _values(text: str, lang: str) -> dict[str, str | None]:
    return {m.text: m.value for m in tag(text, reference=PUB, lang=lang)}


def test_a_relative_day_counts_from_publication_without_a_story_date():
    assert _values("The bridge reopened yesterday.", "en")["yesterday"] == "2024-04-23"


def test_the_next_day_shifts_the_story_day_at_its_own_precision():
    found = _values("The bridge closed on March 3, 2019. The next day it reopened.", "en")
    assert found["The next day"] == "2019-03-04"


def test_a_day_word_inside_a_quote_counts_from_the_narrated_day():
    found = _values("2月19日，他接到电话：“明天来上班。”", "zh")
    assert found["明天"] == "2024-02-20"


def test_only_a_fine_story_date_lends_a_clock_time_its_day():
    clock = Point(hour=15)
    assert lends("day", clock) and not lends("month", clock)
    assert lends("month", Point(day=5)) and not lends("year", Point(day=5))
