"""The first characters of a pattern's matches, read from its parse tree (regex_openings.py)."""

from __future__ import annotations

import re._constants as sre_c
import re._parser as sre_p

import pytest

from timeline.temporal.regex_openings import UnboundedError, openings


def _chars(op, av):  # type: ignore[no-untyped-def]
    if op is sre_c.LITERAL:
        return [chr(av)]
    if op is sre_c.IN:
        return [chr(item_av) for item_op, item_av in av if item_op is sre_c.LITERAL]
    if op is sre_c.ANY:
        raise UnboundedError
    return None


def test_two_characters_through_groups_alternatives_repeats_and_lookarounds():
    tree = sre_p.parse(r"(?=\S)(?:今|去)年|[前后]?天")
    assert openings(list(tree), 2, _chars, 100) == {
        ("今", "年"),
        ("去", "年"),
        ("前", "天"),
        ("后", "天"),
        ("天",),
    }


def test_an_item_that_cannot_be_listed_or_too_many_openings_is_unbounded():
    with pytest.raises(UnboundedError):
        openings(list(sre_p.parse(r"a.")), 2, _chars, 100)
    with pytest.raises(UnboundedError):
        openings(list(sre_p.parse(r"[abc][def]")), 2, _chars, 5)
