"""Reading the groups of a Chinese match: `found_groups`, `fold_groups` and the pieces of `group_names`."""

from __future__ import annotations

import re

from timeline.temporal import zh
from timeline.temporal.zh_groups import PIECES, fold_groups, found_groups, group_names


def test_found_groups_keeps_group_order_and_empty_groups() -> None:
    """The matched named groups in group order, as `groupdict` lists them; empty matches kept only where they matched."""
    pattern = re.compile(r"(?P<lead>)(?P<y>\d{4})年(?:(?P<m>\d{1,2})月)?(?P<tail>以来)?(\s?)")
    for text, expected in (
        ("2023年5月以来", {"lead": "", "y": "2023", "m": "5", "tail": "以来"}),
        ("2023年", {"lead": "", "y": "2023"}),
    ):
        got = found_groups(pattern.match(text))  # type: ignore[arg-type]
        assert got == expected
        assert list(got) == list(expected)
    calendar = zh.RULES[0].pattern
    match = calendar.search("去年10月1日上午9时，他回到家乡。")
    assert match is not None
    got = found_groups(match)
    assert got == {k: v for k, v in match.groupdict().items() if v is not None}
    assert list(got) == [k for k, v in match.groupdict().items() if v is not None]


def test_fold_groups_puts_second_branch_names_on_plain_ones() -> None:
    """a_m / a__d fold onto am / ad; a plain name that matched keeps its own value."""
    assert fold_groups({"a_m": "3", "a_d": "28"}, "a") == {"a_m": "3", "a_d": "28", "am": "3", "ad": "28"}
    assert fold_groups({"am": "4", "a_m": "3"}, "a")["am"] == "4"
    assert fold_groups({"b_m": "3"}, "a") == {"b_m": "3"}


def test_group_names_lists_each_piece_with_its_prefix() -> None:
    """`piece_year` of prefix b holds by, by2…: the sets `read_point` skips whole pieces by."""
    names = group_names("b")
    assert names.y == "by"
    assert names.piece_year == frozenset("b" + s for s in PIECES["year"])
    assert "bch" in names.piece_clock and "ach" not in names.piece_clock
