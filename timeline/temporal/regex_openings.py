"""The first characters a pattern's matches can consume, read from the stdlib's parse tree.

Shared by `prefixscan` (the two-character strings a word list opens with) and `opening_guard`
(the classes of the first two characters of a long pattern): both walk the tree the same way and
differ only in what one consuming item contributes (`units`).
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use
from collections.abc import Callable

ZERO_WIDTH = (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT)
REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)


CATEGORY_CLASS = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
}
"""The class body of each category a character class may hold."""


def class_parts(items: list) -> list[str] | None:  # type: ignore[type-arg]
    """The parts of a parsed character class `[...]` as class-body text (each literal, range and
    category on its own), or None when it holds a negation or another category."""
    parts = []
    for op, av in items:
        if op is sre_c.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre_c.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre_c.CATEGORY and av in CATEGORY_CLASS:
            parts.append(CATEGORY_CLASS[av])
        else:
            return None
    return parts


class UnboundedError(Exception):
    """The pattern's openings cannot be listed."""


Units = Callable[[object, object], "list[str] | None"]
"""What one parsed item consumes as its one character (the alternatives), or None for a group,
alternation or repeat; raises UnboundedError for an item whose character cannot be listed."""


def openings(seq: list, k: int, units: Units, limit: int) -> set[tuple[str, ...]]:  # type: ignore[type-arg]
    """The units of the first `k` characters the parsed sequence `seq` may consume (fewer when it ends)."""
    if k == 0 or not seq:
        return {()}
    op, av = seq[0]
    rest = seq[1:]
    if op in ZERO_WIDTH:
        return openings(rest, k, units, limit)  # a lookaround or anchor consumes nothing
    one = units(op, av)
    if one is not None:
        tails = openings(rest, k - 1, units, limit)
        if len(one) == 1:
            return {(one[0], *tail) for tail in tails}
        found = {(unit, *tail) for unit in one for tail in tails}
    elif op is sre_c.SUBPATTERN:
        if av[1] & (re.IGNORECASE | re.LOCALE):
            raise UnboundedError
        found = openings(list(av[-1]) + rest, k, units, limit)
    elif op is sre_c.ATOMIC_GROUP:
        found = openings(list(av) + rest, k, units, limit)
    elif op is sre_c.BRANCH:
        found = set().union(*(openings(list(branch) + rest, k, units, limit) for branch in av[1]))
    elif op in REPEATS:
        low, high, item = av
        found = openings(rest, k, units, limit) if low == 0 else set()
        if high != 0:  # one more turn of the item, then the repeat with one turn fewer
            fewer = (op, (max(low - 1, 0), high if high == sre_c.MAXREPEAT else high - 1, item))
            found |= openings([*item, fewer, *rest], k, units, limit)
    elif op is sre_c.GROUPREF_EXISTS:
        no = list(av[2]) if av[2] is not None else []
        found = openings(list(av[1]) + rest, k, units, limit) | openings(no + rest, k, units, limit)
    else:  # a back-reference or anything unknown
        raise UnboundedError
    if len(found) > limit:
        raise UnboundedError
    return found
