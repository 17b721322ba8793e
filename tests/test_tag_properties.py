"""Properties of tag(): offsets slice the text, and pathological inputs stay linear."""

from __future__ import annotations

import time
from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
