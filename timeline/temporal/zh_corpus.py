"""Chinese corpus: expected value → surface forms, and negatives. Run by tests/test_corpus.py."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal.corpus import Expect

LANG = "zh"
REFERENCE = datetime(2024, 4, 24, 9, 21)  # a Wednesday

EXAMPLES: list[tuple[Expect, list[str]]] = [
    (Expect("2016", "year"), ["2016年", "二〇一六年", "２０１６年"]),
    (Expect("2017-09", "month"), ["2017年9月", "二〇一七年九月"]),
    (Expect("2023-02-16T01", "hour", "approximate", type="TIME"), ["2023年2月16日凌晨1时许"]),
    (Expect("2024-03-28", "day", "as_of"), ["截至3月28日", "截至2024年3月28日"]),
    (Expect("2024-02", "month", "early"), ["今年2月初"]),
    (Expect("2023/..", "year", "since"), ["2023年以来"]),
    (Expect("2024-04-24", "day", "as_of", timex="PRESENT_REF"), ["如今", "目前"]),
    (Expect("../2024-04-24", "year", "recent", timex="PAST_REF"), ["近年来", "长期以来"]),
    (Expect(None, None, type="DURATION", timex="PT1M"), ["1分钟"]),
    (Expect(None, None, type="DURATION", timex="P3Y"), ["三年"]),
]

NEGATIVE: list[str] = ["4.1%", "0.33", "110接处警平台", "12345热线", "99%"]
