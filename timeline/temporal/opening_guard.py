"""An opening guard: a lookahead on the first two characters any match of a pattern can have.

A long grammar pattern (a Chinese calendar expression is an alternation of some thirty ways to
write a date) fails at most positions it is tried at, and each failure tries every alternative:
about two microseconds at 到了, 一批 or 这是. `opening_guard(source)` reads the pattern's parse
tree (the stdlib's, as `faststart` does) and writes a lookahead that accepts exactly the pairs
of characters some path of the pattern can open with: 到 followed by a space or a date's first
character, 一 followed by 月, 日, 号, 点, a numeral…; the engine then rejects such a position after
one or two character tests. It relaxes where reading on would be costly or impossible (a
lookaround or anchor adds nothing, a negated class or `.` is any character), so it accepts a
superset of the real openings and the pattern's matches are exactly the same.

The guard is empty ("") when the openings cannot be bounded: a back-reference, a case-insensitive
piece, a pattern that may match the empty string, or too many pairs to list.
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use
import re._parser as sre_p

from timeline.temporal.regex_openings import UnboundedError, class_parts, openings

ANY = r"\s\S"
"""The class body of any character."""
WIDTH = 2
"""How many characters the guard looks at."""
MAX_OPENINGS = 3000
"""More distinct openings than this (as class sequences) and the guard is left out."""

_ONE_CHARACTER = (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.ANY, sre_c.IN)


def opening_guard(source: str, flags: int = 0) -> str:
    """A lookahead accepting every pair of characters a match of `source` can open with, or ""."""
    if flags & (re.IGNORECASE | re.LOCALE):
        return ""
    try:
        tree = sre_p.parse(source, flags)
        if tree.state.flags & (re.IGNORECASE | re.LOCALE):
            return ""
        found = openings(list(tree), WIDTH, _units, MAX_OPENINGS)
    except (UnboundedError, re.error, RecursionError):
        return ""
    seconds_by_first: dict[str, set[str]] = {}
    for opening in found:
        if not opening:
            return ""  # may match the empty string
        seconds = seconds_by_first.setdefault(opening[0], set())
        seconds.add(opening[1] if len(opening) > 1 else ANY)  # a one-character match: anything may follow
    firsts_by_seconds: dict[str, list[str]] = {}
    for first, seconds in seconds_by_first.items():
        second = ANY if ANY in seconds else "".join(sorted(seconds))
        firsts_by_seconds.setdefault(second, []).append(first)
    pairs = [
        # a match of one character may end the text: then no second character is asked for
        f"[{''.join(sorted(firsts))}]" + ("" if second == ANY else f"[{second}]")
        for second, firsts in sorted(firsts_by_seconds.items())
    ]
    return f"(?={'|'.join(pairs)})"


def _units(op, av) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The class body of a consuming one-character item, or None for any other item."""
    return [_body(op, av)] if op in _ONE_CHARACTER else None


def _body(op, av) -> str:  # type: ignore[no-untyped-def]
    """The class body of one consuming item: a literal, a class's items, or any character."""
    if op is sre_c.LITERAL:
        return re.escape(chr(av))
    if op is not sre_c.IN:
        return ANY  # a negated literal or `.`: any character (a superset)
    parts = class_parts(av)
    return ANY if parts is None else "".join(parts)  # a negation or another category: any character
