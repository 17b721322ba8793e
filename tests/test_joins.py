"""A named day and the clock time written right after it become one mention (timeline/temporal/joins.py)."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag
from timeline.temporal.joins import JOIN_RULE

REFERENCE = datetime(2024, 4, 24, 9, 21)


def mentions(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.value, m.anchor) for m in tag(text, reference=REFERENCE, lang="zh")]


def test_holiday_and_clock_are_one_time_with_the_holidays_anchor() -> None:
    [mention] = tag("今年七夕节晚上11点，广场上放了烟花。", reference=REFERENCE, lang="zh")
    assert (mention.text, mention.value, mention.precision) == ("今年七夕节晚上11点", "2024-08-10T23", "hour")
    assert (mention.anchor, mention.rule, mention.start) == ("publication", JOIN_RULE, 0)


def test_ranked_day_and_clock() -> None:
    assert mentions("2023年第十天早上8点，列车发车。") == [
        ("2023年第十天早上8点", "2023-01-10T08", "absolute")
    ]


def test_a_comma_or_a_qualifier_keeps_them_apart() -> None:
    assert mentions("儿童节，下午3点演出。") == [
        ("儿童节", "2023-06-01", "publication"),
        ("下午3点", "2023-06-01T15", "narrative"),
    ]
    assert (
        len(tag("国庆节前夕晚上8点", reference=REFERENCE, lang="zh")) == 2
    )  # 前夕: before the day, not on it
