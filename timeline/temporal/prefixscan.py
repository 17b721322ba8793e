"""The prefix scan: rules that start with one of a few two-character words share one search.

Many rules are word lists (如今, 目前, 此前, 春节…) or open with a short list of strings (19 or
20 of a compact date): each searched on its own walks the whole text once, and for a grammar
of forty rules those walks cost more than the matching. A
`PrefixIndex` reads from each pattern's parse tree every two-character string a match may
open with (`prefixes`: literals, small classes, alternatives, optional pieces; lookarounds
add nothing, since they consume nothing); the patterns whose openings are so bounded share
one search for all those strings (`PrefixIndex.starts`), and each is then run with
`pattern.match` only where one of its own openings stands, walked as `finditer` walks: left
to right, going on after the end of the last match (`rematch`).

Nothing to declare: a pattern takes part when every match it can make opens with one of at
most `MAX_PREFIXES` two-character strings (so not one that may match a single character, nor
one opening with a digit run or a category such as \\d, nor a case-insensitive one).
"""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use
import re._parser as sre_p
from collections.abc import Iterable, Iterator

from timeline.temporal.regex_openings import REPEATS, UnboundedError, openings
from timeline.temporal.scan_plan import class_chars

MAX_PREFIXES = 400
"""A pattern with more possible openings than this is searched on its own."""
MAX_CLASS = 64
"""A character class of more characters than this (or a category) makes the openings unbounded."""
WIDTH = 2
"""How many characters an opening has: two already makes most words rare in running text."""


def prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Every `WIDTH`-character string a match of `pattern` may open with, or None when unbounded."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        tree = sre_p.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & (re.IGNORECASE | re.LOCALE):
            return None
        found = openings(list(tree), WIDTH, _units, MAX_PREFIXES)
    except (UnboundedError, re.error, RecursionError):
        return None
    if any(len(s) < WIDTH for s in found):
        return None  # a match may be shorter than an opening: it could stand anywhere
    return frozenset("".join(opening) for opening in found)


def _units(op, av) -> list[str] | None:  # type: ignore[no-untyped-def]
    """The characters a literal or a small class consumes; None for a group or repeat."""
    if op is sre_c.LITERAL:
        return [chr(av)]
    if op is sre_c.IN:
        return _class(av)
    if op in (sre_c.SUBPATTERN, sre_c.ATOMIC_GROUP, sre_c.BRANCH, sre_c.GROUPREF_EXISTS, *REPEATS):
        return None
    raise UnboundedError  # any character, a back-reference, a negated literal: no list


def _class(items: Iterable) -> list[str]:  # type: ignore[type-arg]
    """The characters of a small class; raise UnboundedError for a category, a negation or a long range."""
    chars = class_chars(items, MAX_CLASS)
    if chars is None or len(chars) > MAX_CLASS:
        raise UnboundedError
    return chars


class PrefixIndex:
    """The openings of some patterns and one search for all of them."""

    __slots__ = ("owners", "program", "slots")

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        owners: dict[str, list[int]] = {}
        slots: dict[int, tuple[re.Pattern[str], int]] = {}
        for pattern in patterns:
            if id(pattern) in slots:
                continue
            found = prefixes(pattern)
            if found is None or len({opening[0] for opening in found}) < 2:
                continue  # one first character: the regex engine's own literal search is quicker
            slot = len(slots)
            slots[id(pattern)] = (pattern, slot)
            for opening in found:
                owners.setdefault(opening, []).append(slot)
        self.slots = slots
        self.owners = {opening: tuple(found) for opening, found in owners.items()}
        firsts = "".join(sorted({re.escape(w[0]) for w in owners}))
        seconds = "".join(sorted({re.escape(w[1]) for w in owners}))
        # a first character the regex engine skips to, followed by a possible second one; the
        # lookahead consumes nothing, so overlapping openings (此前 then 前日) are all found
        self.program = re.compile(f"[{firsts}](?=[{seconds}])") if owners else None

    def slot(self, pattern: re.Pattern[str]) -> int | None:
        """The pattern's slot in `starts`, or None when it is searched on its own."""
        entry = self.slots.get(id(pattern))
        return entry[1] if entry is not None and entry[0] is pattern else None

    def starts(self, text: str) -> list[list[int]]:
        """For each slot, every offset where one of its pattern's openings stands, ascending."""
        found: list[list[int]] = [[] for _ in self.slots]
        if self.program is None:
            return found
        owners_at = self.owners.get
        # most hits of the program are no opening (a possible first, then some other's second)
        for start in map(re.Match.start, self.program.finditer(text)):
            slots = owners_at(text[start : start + WIDTH])
            if slots is not None:
                for slot in slots:
                    found[slot].append(start)
        return found


def rematch(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, given every offset where a match of it may start."""
    done = 0
    match = pattern.match
    for start in starts:
        if start < done:
            continue  # inside the last match: finditer goes on after its end
        found = match(text, start)
        if found is not None:
            done = found.end()
            yield found
