"""Properties of tag(): offsets slice the text, and pathological inputs stay linear."""

from __future__ import annotations

import time
from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile_text import hostile_text, hostile_unit
from timeline.temporal import tag

REFERENCE = datetime(2024, 4, 24, 9, 21)
DATEISH = (
    "0123456789０１２３年月日号时点分周星期今去明上下前后至到以来截约许初底旬季度半一二三十〇.-/: \n，。"
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.sampled_from(DATEISH), max_size=120) | st.text(max_size=120))
def test_mentions_slice_their_text_in_order_without_overlap(text):
    for lang in ("zh", "en"):
        found = tag(text, reference=REFERENCE, lang=lang)
        last_end = 0
        for m in found:
            assert text[m.start : m.end] == m.text
            assert m.start >= last_end
            last_end = m.end


def _seconds(text: str) -> float:
    t0 = time.process_time()
    tag(text, reference=REFERENCE, lang="zh")
    return time.process_time() - t0


@settings(max_examples=6, deadline=None)
@given(unit=st.sampled_from(["1", "年月日", "2024年", "二〇", "上", "3月28日至", "下午3点", "-2024"]))
def test_repetitive_input_scales_linearly(unit):
    """Four times the text must not take much more than four times as long (no backtracking blow-up)."""
    small = unit * (30_000 // len(unit))
    large = unit * (120_000 // len(unit))
    small_s, large_s = _seconds(small), _seconds(large)
    assert large_s <= 8 * small_s + 0.5, (unit, small_s, large_s)


def test_a_one_megabyte_digit_run_is_not_a_date():
    assert [
        m for m in tag("7" * 1_000_000, reference=REFERENCE, lang="zh") if m.type in ("DATE", "TIME")
    ] == []


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=hostile_text)
def test_hostile_text_never_raises_and_offsets_hold(text):
    """Zero-width and bidi marks, full-width and Arabic-Indic digits, emoji, combining marks, glued scripts."""
    for lang in ("zh", "en"):
        for found in (
            tag(text, reference=REFERENCE, lang=lang),
            tag(text, reference=REFERENCE, lang=lang, timeml=True),
        ):
            assert all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "99999999999999999999 days ago, 99999999999 years later, 999999999 weeks from now",
        "九千九百九十九万年前，99999999999999天前，999999999个月后，一亿年以后",
        "On Dec. 31, 9999, and the next day; Jan. 1, 0001, and the day before",
        "9999年12月31日，次日；0001年1月1日，前一天",
    ],
)
@pytest.mark.parametrize("reference", [REFERENCE, datetime(9999, 12, 31, 23), datetime(1, 1, 1, 1)])
def test_counts_past_the_calendar_are_no_dates_and_never_raise(text, reference):
    """A shift beyond year 9999 (or before year 1) has no date: it is dropped, not an OverflowError."""
    for lang in ("zh", "en"):
        for m in tag(text, reference=reference, lang=lang):
            assert m.date_start is None or 1 <= m.date_start.year <= 9999


def _best_seconds(text: str, lang: str) -> float:
    """The quicker of two runs (process time), so that a busy machine rarely inflates a ratio."""
    best = float("inf")
    for _ in range(2):
        t0 = time.process_time()
        tag(text, reference=REFERENCE, lang=lang)
        best = min(best, time.process_time() - t0)
    return best


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(unit=hostile_unit, lang=st.sampled_from(["zh", "en"]))
def test_hostile_repetitions_scale_linearly(unit, lang):
    """Any hostile unit repeated: four times the text takes at most about four times as long (bound 8x)."""
    small = unit * (5_000 // len(unit) + 1)
    large = unit * (20_000 // len(unit) + 1)
    small_s, large_s = _best_seconds(small, lang), _best_seconds(large, lang)
    assert large_s <= 8 * small_s + 0.3, (unit, lang, small_s, large_s)


def test_an_unknown_preference_is_refused_not_read_as_past():
    with pytest.raises(ValueError, match="prefer must be one of past, future, current, not 'sideways'"):
        tag("Monday", reference=REFERENCE, lang="en", prefer="sideways")  # type: ignore[arg-type]


def test_full_width_ascii_reads_as_ascii_in_english():
    """Typed with a CJK input method: the same dates, at the offsets of the text as written."""
    text = "On Ｓｅｐｔｅｍｂｅｒ １, ２０１７ they signed; at ３:３０ p.m. Monday, more."
    found = [(m.text, m.value) for m in tag(text, reference=REFERENCE, lang="en")]
    assert found == [
        ("Ｓｅｐｔｅｍｂｅｒ １, ２０１７", "2017-09-01"),
        ("３:３０ p.m. Monday", "2024-04-22T15:30"),
    ]
