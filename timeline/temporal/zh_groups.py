"""The named groups of a Chinese grammar match, read quickly: which matched, folded, by prefix.

The long grammar patterns (a calendar expression is ~100 groups) match only a handful of their
groups, so `found_groups` keeps those in a small dict, filtered in C; `group_names` gives a
prefix's group names as attributes and the sets `read_point` skips whole pieces by.
"""

from __future__ import annotations

import re
import re._parser as sre_p  # the stdlib's own regex parser: read-only use (group widths)
from itertools import compress, repeat
from operator import is_not
from typing import Any, Protocol

Groups = dict[str, str | None]


class FoundGroups(Protocol):
    """A match view that works out its own found groups (`zh_read.MergedMatch`)."""

    def found_groups(self) -> Groups: ...


def fold_groups(g: Groups, p: str) -> Groups:
    """Fold the underscored group names of a second branch (`a__d`) onto the plain ones (`ad`)."""
    out = dict(g)
    branch = p + "_"
    for key, value in g.items():
        if value and key.startswith(branch):
            plain = p + key[len(p) :].lstrip("_")
            if not out.get(plain):
                out[plain] = value
    return out


class GroupNames:
    """The group names of one prefix as attributes (`GroupNames("a").y == "ay"`): each is built on
    first use and then kept, so the hot readers build no string per lookup."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix

    def __getattr__(self, suffix: str) -> str:  # only called until the attribute is set
        name = self._prefix + suffix
        setattr(self, suffix, name)
        return name


_GROUP_NAMES_BY_PREFIX: dict[str, GroupNames] = {}

PIECES = {
    "year": ("y", "y2", "roc", "ry", "ny", "rocy", "bry"),
    "month": ("m", "lm", "lm1", "brm", "rm", "nm"),
    "day": ("dn", "dn2", "d", "brd", "rd", "nd"),
    "rest": ("td", "mp", "yp"),
    "clock": ("dp", "dp2", "ch", "h"),
}
"""The groups that lead each piece `zh_read.read_point` reads: a piece none of whose groups matched
is skipped (each of its readings starts with `g.get` of one of these, so without them it reads nothing)."""


def group_names(p: str) -> Any:
    """The `GroupNames` of prefix `p`, made once per prefix (with `piece_<name>`: the set of a piece's groups)."""
    found = _GROUP_NAMES_BY_PREFIX.get(p)
    if found is None:
        found = _GROUP_NAMES_BY_PREFIX[p] = GroupNames(p)
        for piece, suffixes in PIECES.items():
            setattr(found, "piece_" + piece, frozenset(p + s for s in suffixes))
    return found


_LAST_FOUND: list[object] = [None, {}]

_GROUP_INFO: dict[int, tuple[re.Pattern[str], tuple[str, ...], tuple[int, ...]]] = {}
"""id(pattern) → (pattern, the name of each group by number or "" for an unnamed one, the indexes in
`groups()` of the groups that can match the empty string)."""


def _group_info(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The group names of `pattern` in group order and the groups that may match empty, worked out once."""
    entry = _GROUP_INFO.get(id(pattern))  # by identity: hashing a compiled pattern walks its program
    if entry is None or entry[0] is not pattern:
        names = [""] * pattern.groups
        for name, index in pattern.groupindex.items():
            names[index - 1] = name
        try:
            widths = sre_p.parse(pattern.pattern, pattern.flags).state.groupwidths
            may_be_empty = tuple(i - 1 for i in range(1, pattern.groups + 1) if widths[i][0] == 0)
        except (re.error, RecursionError, IndexError, TypeError, AttributeError):
            may_be_empty = tuple(range(pattern.groups))  # unknown: check every group
        entry = _GROUP_INFO[id(pattern)] = (pattern, tuple(names), may_be_empty)
    return entry[1], entry[2]


def found_groups(m: re.Match[str] | FoundGroups) -> Groups:
    """The named groups of `m` that matched, in group order (a small dict; the last one is cached for the wrapper)."""
    if _LAST_FOUND[0] is m:
        return _LAST_FOUND[1]  # type: ignore[return-value]
    if isinstance(m, re.Match):
        values = m.groups()
        names, may_be_empty = _group_info(m.re)
        if not may_be_empty or "" not in [values[i] for i in may_be_empty]:
            # no group matched the empty string: the groups that matched are those with a value (in C)
            g = dict(compress(zip(names, values, strict=True), values))
            g.pop("", None)  # unnamed groups
        else:
            both = compress(zip(names, values, strict=True), map(is_not, values, repeat(None)))
            g = {name: value for name, value in both if name}
    else:
        g = m.found_groups()
    _LAST_FOUND[0], _LAST_FOUND[1] = m, g
    return g
