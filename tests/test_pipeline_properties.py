"""extract() on hostile text: never an unexpected exception, claims quote the text, time linear in length."""

from __future__ import annotations

import contextlib
import time
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile_text import hostile_text, hostile_unit
from timeline import extract
from timeline.errors import InputError

PUBLISHED = datetime(2024, 4, 24, 9, 21)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text, lang=st.sampled_from(["zh", "en", "zh-Hant"]))
def test_hostile_text_gives_valid_claims_or_one_input_error(text, lang):
    try:
        claims = extract(text, published=PUBLISHED, lang=lang)
    except InputError as exc:  # only for a text with nothing to read
        assert not text.lstrip("\ufeff").strip(), exc
        return
    for claim in claims:
        assert text[claim.char_start : claim.char_end] == claim.claim_text


def _best_seconds(text: str, lang: str) -> float:
    """The quicker of two runs (process time), so that a busy machine rarely inflates a ratio."""
    best = float("inf")
    for _ in range(2):
        t0 = time.process_time()
        with contextlib.suppress(InputError):
            extract(text, published=PUBLISHED, lang=lang)
        best = min(best, time.process_time() - t0)
    return best


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit=hostile_unit, lang=st.sampled_from(["zh", "en"]))
def test_the_whole_extraction_scales_linearly(unit, lang):
    """Ingest, tagging, claims and validation together: four times the text, about four times the time."""
    small = unit * (5_000 // len(unit) + 1)
    large = unit * (20_000 // len(unit) + 1)
    small_s, large_s = _best_seconds(small, lang), _best_seconds(large, lang)
    assert large_s <= 8 * small_s + 0.3, (unit, lang, small_s, large_s)


def test_many_short_dated_paragraphs_scale_linearly():
    """One dated sentence per line: each line was checked against every mention of the article (a
    stamp-line test), 4n lines taking 16 times as long."""
    for unit, lang in (("In 2016 the shelter opened.\n", "en"), ("2016年，救助站成立。\n", "zh")):
        small_s, large_s = _best_seconds(unit * 1_500, lang), _best_seconds(unit * 6_000, lang)
        assert large_s <= 8 * small_s + 0.3, (unit, small_s, large_s)
