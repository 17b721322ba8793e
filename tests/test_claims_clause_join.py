"""Joining a sentence's pieces into clauses (timeline/claims/clause_join.py)."""

from __future__ import annotations

import re

import pytest

from timeline.claims.clause_join import ATTRIBUTION_END


@pytest.mark.parametrize(
    ("piece", "ends"),
    [("唐欣介绍，", True), ("he said", True), ("the unsaid", False), ("they told reporters", True)],
)
def test_an_attribution_end_is_found_at_a_word_start(piece, ends):
    assert (ATTRIBUTION_END.search(piece) is not None) is ends
    plain = re.compile(ATTRIBUTION_END.pattern.replace("s(?<!\\w.)", "\\bs").replace("t(?<!\\w.)", "\\bt"))
    assert (plain.search(piece) is not None) is ends


def test_a_dash_before_an_earlier_event_with_its_own_date_starts_a_clause():
    from datetime import date

    from timeline.pipeline import extract

    text = "A second tremor shook the valley on Sunday — after a stronger one hit the coast last week."
    got = sorted((c.date_text, c.claim_text) for c in extract(text, published=date(2024, 4, 24), lang="en"))
    assert got == [
        ("Sunday", "A second tremor shook the valley on Sunday"),
        ("last week", "after a stronger one hit the coast last week"),
    ]
