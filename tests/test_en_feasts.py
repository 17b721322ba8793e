"""English holidays and feasts (timeline/temporal/en_feasts.py)."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag

REF = datetime(2024, 4, 24, 9, 21)


def _values(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.timex3) for m in tag(text, reference=REF, lang="en")]


def test_a_fixed_holiday_with_its_year():
    assert ("Christmas 2019", "2019-12-25") in _values("The shop closed for good at Christmas 2019.")


def test_an_nth_weekday_holiday_is_computed_for_its_year():
    assert ("Thanksgiving 2017", "2017-11-23") in _values("The family met at Thanksgiving 2017.")


def test_a_war_named_after_a_feast_is_no_date():
    assert not any("Yom Kippur" in text for text, _ in _values("He fought in the Yom Kippur War as a pilot."))


def test_the_verb_lent_is_no_feast():
    assert _values("The bank lent the firm money.") == []
