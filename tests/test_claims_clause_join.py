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
