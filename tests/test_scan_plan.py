"""What a pattern's parse tree tells the shared scan: its need and reach (timeline/temporal/scan_plan.py)."""

from __future__ import annotations

import re
import re._constants as sre_c
import re._parser as sre_p

import pytest

from timeline.temporal import scan_plan


def test_plan_finds_the_rare_character_a_match_needs():
    found = scan_plan.plan(re.compile(r"(?<!\d)\d{4}(?:-|至)\d{2}年"))
    assert found is not None
    assert found.need.chars == ("年",)
    assert (found.need.lo, found.need.hi) == (7, 8)
    assert found.reach == 8


def test_a_case_insensitive_group_needs_every_case():
    found = scan_plan.plan(re.compile(r"(?<!\d)(?:1[0-2]|[1-9])\s?(?i:pm)"))
    assert found is not None
    assert set(found.need.chars) >= {"p", "P"}


def test_plan_reads_needs_from_a_lookahead_guard():
    found = scan_plan.plan(re.compile(r"(?=[^\n]{0,4}?[年月])(?:约)?[一二三]{1,3}(?:年|月)"))
    assert found is not None
    assert set(found.need.chars) == {"年", "月"}


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<!\d)\s+年",  # unbounded: no reach
        r"(?:年)?",  # may match the empty string
        r"[^年]{2}",  # only a negated class
        r"(?<!x)\w\d",  # only categories
        r"(?i)(?<!\d)\dQ",  # case folding
    ],
)
def test_plan_gives_up_where_windows_cannot_be_bounded(pattern):
    assert scan_plan.plan(re.compile(pattern)) is None


def test_a_small_class_lists_its_characters_and_a_wide_one_lists_none():
    small = re.compile(r"[年月0-3]")
    items = next(av for op, av in sre_p.parse(small.pattern) if op is sre_c.IN)
    assert scan_plan.class_chars(items, 8) == ["年", "月", "0", "1", "2", "3"]
    assert scan_plan.class_chars(items, 3) is None  # 0-3 spans more than the limit
    wide = next(av for op, av in sre_p.parse(r"[\d年]") if op is sre_c.IN)
    assert scan_plan.class_chars(wide, 64) is None  # a category
