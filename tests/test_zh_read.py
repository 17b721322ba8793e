"""Reading Chinese matches: `found_groups` and the key guards of `zh_patterns.keyed`."""

from __future__ import annotations

import re

from timeline.temporal import zh
from timeline.temporal.zh_patterns import keyed
from timeline.temporal.zh_read import found_groups


def test_found_groups_is_the_matched_named_groups() -> None:
    """The C-level filter gives exactly the named groups that matched, empty ones included."""
    calendar, date_range = zh.RULES[0].pattern, zh.RULES[1].pattern
    text = "会议定于2025年3月至4月举行，此前截至去年12月底已有约300人报名。"
    matches = list(calendar.finditer(text)) + list(date_range.finditer(text))
    assert len(matches) >= 3
    for m in matches:
        expected = {k: v for k, v in m.groupdict().items() if v is not None}
        assert found_groups(m) == expected
    span = next(date_range.finditer(text))
    assert found_groups(span)["a_end"] == ""  # an empty group that matched is kept


def test_keyed_guard_accepts_a_key_within_reach_on_the_same_line() -> None:
    """The possessive guard accepts the positions "a key within 14 characters, no line end" accepts."""
    guarded = re.compile(keyed(r"\w", "年"))
    lazy = re.compile(r"(?=[^\n]{0,14}?[年])\w")
    texts = ["一" * 14 + "年", "一" * 15 + "年", "一二\n年", "年", "甲乙丙" * 6 + "年年", "无"]
    for text in texts:
        assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in lazy.finditer(text)]


def test_speaks_of_a_plan_reads_the_clause_around_the_date() -> None:
    """A plan word before the date in its clause, or after it before the clause ends (one comma after it aside)."""
    from timeline.temporal.zh_read import speaks_of_a_plan

    def plan(text: str, date: str) -> bool:
        start = text.index(date)
        return speaks_of_a_plan(text, start, start + len(date))

    assert plan("新馆将于9月19日开放。", "9月19日")
    assert plan("9月19日，新馆将开放。", "9月19日")
    assert plan("9月19日新馆计划开放。", "9月19日")
    assert not plan("3月5日发布公告。将于明年上市", "3月5日")
    assert not plan("将开放的新馆，9月19日来过。", "9月19日")  # the plan belongs to the clause before
    assert not plan("3月5日发布公告，随后将于明年上市", "3月5日")  # a second clause's plan
