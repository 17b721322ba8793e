"""English figures (timeline/claims/quantities_en.py)."""

from __future__ import annotations

from timeline.claims.quantities_en import en_quantities, overlaps


def _figures(text: str) -> list[tuple[float, float | None, str | None, str | None]]:
    return [(q.value, q.value_max, q.unit, q.approx) for q in en_quantities(text, [])]


def test_a_scaled_currency_amount():
    assert _figures("The city borrowed $1.5 billion.") == [(1_500_000_000.0, None, "USD", None)]


def test_an_approximate_count_takes_its_noun_as_unit():
    assert _figures("About 2,000 people marched.") == [(2000.0, None, "people", "about")]


def test_a_bond_price_fraction_is_no_figure():
    assert _figures("The 10-year note rose 7/32.") == []


def test_a_span_blocked_for_a_date_hides_its_digits():
    assert overlaps(3, 7, [(5, 9)]) and not overlaps(3, 5, [(5, 9)])
    assert en_quantities("In 2019 sales rose 5%.", [(3, 7)])[0].unit == "percent"


def test_a_bare_year_before_a_noun_is_no_count():
    assert _figures("In 2019 people voted early.") == []
