"""Second dated facts inside a clause (timeline/claims/inherit_relative.py)."""

from __future__ import annotations

from datetime import date

from timeline.pipeline import extract


def _claims(text: str) -> list[tuple[str, str | None]]:
    found = extract(text, published=date(2024, 4, 24), lang="en")
    return sorted((c.claim_text, c.date_edtf) for c in found)


def test_a_relative_clause_with_its_own_date_and_past_verb_is_a_fact_of_its_own():
    claims = _claims("The firm cut 40 jobs on Monday at Meetup, which it acquired in 2017.")
    assert ("which it acquired in 2017", "2017") in claims
    assert any(edtf == "2024-04-22" for _, edtf in claims)


def test_a_day_naming_an_event_dates_that_event():
    claims = _claims("Police arrested him in April for a March 21 phone call to the mayor.")
    assert any(edtf == "2024-03-21" and text.startswith("a March 21 phone call") for text, edtf in claims)
