"""Reading a pattern's parse tree for the shared scan: the characters every match needs, and its reach.

`plan(pattern)` looks for a *need*: a small set of characters one of which every match must hold
at a bounded distance from where it starts (年 in a year range, / in 3/3/2015, the : of a clock
time, the key characters of a lookahead guard such as `zh_patterns.keyed` writes). It also bounds
the *reach*: how far past its start the regex engine may read, lookaheads included. `scan`
searches each pattern only in the windows these give.
"""

from __future__ import annotations

import re
import re._casefix as _casefix  # the stdlib's extra case-folding pairs (ſ, K): read-only use
import re._constants as sre_c  # the stdlib's own regex parser: read-only use
import re._parser as sre_p
from collections.abc import Iterable
from dataclasses import dataclass

_CONSUMING = (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY)
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
MAX_REACH = 400
"""Patterns that may read further than this from their start are searched over the whole text."""
MAX_NEED_CHARS = 8
"""A need of more characters than this is too common to be worth looking up."""
MERGE_GAP = 12
"""Windows closer than this are searched in one call (fewer calls; the engine skips the gap fast)."""


_GROUP_WIDTHS: list[list[tuple[int, int]]] = []
"""The group widths of the pattern being planned (for back-references such as (?P=sep))."""


class _UnboundedError(Exception):
    """The pattern's width cannot be bounded (unbounded repeat, back-reference)."""


@dataclass(frozen=True, slots=True)
class Need:
    """Every match holds one of `chars` at an offset lo <= i < hi from its start."""

    chars: tuple[str, ...]
    lo: int
    hi: int

    def size(self) -> int:
        """How many characters the need lists."""
        return len(self.chars)


@dataclass(frozen=True, slots=True)
class Plan:
    """How one pattern is searched: where its matches must hold a `need`, and how far it reads."""

    need: Need
    reach: int


def _width(seq: Iterable) -> tuple[int, int]:  # type: ignore[type-arg]
    """(min, max) characters a parsed sequence consumes; raise _UnboundedError when max is unbounded."""
    lo = hi = 0
    for op, av in seq:
        if op in _CONSUMING:
            lo, hi = lo + 1, hi + 1
        elif op is sre_c.SUBPATTERN:
            a, b = _width(av[-1])
            lo, hi = lo + a, hi + b
        elif op is sre_c.ATOMIC_GROUP:
            a, b = _width(av)
            lo, hi = lo + a, hi + b
        elif op is sre_c.BRANCH:
            widths = [_width(branch) for branch in av[1]]
            lo, hi = lo + min(w[0] for w in widths), hi + max(w[1] for w in widths)
        elif op in _REPEATS:
            a, b = _width(av[2])
            if av[1] is sre_c.MAXREPEAT and b:
                raise _UnboundedError
            lo, hi = lo + a * av[0], hi + b * (0 if av[1] is sre_c.MAXREPEAT else av[1])
        elif op is sre_c.GROUPREF_EXISTS:
            a, b = _width(av[1])
            c, d = _width(av[2]) if av[2] is not None else (0, 0)
            lo, hi = lo + min(a, c), hi + max(b, d)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue
        elif op is sre_c.GROUPREF and _GROUP_WIDTHS:
            a, b = _GROUP_WIDTHS[-1][av]
            if b >= sre_p.MAXWIDTH:
                raise _UnboundedError
            lo, hi = lo + a, hi + b
        else:  # anything unknown
            raise _UnboundedError
    return lo, hi


def _reach(seq: Iterable) -> int:  # type: ignore[type-arg]
    """How many characters past its start the engine may read while matching a parsed sequence."""
    offset = reach = 0
    for op, av in seq:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and av[0] == 1:
            reach = max(reach, offset + _reach(av[1]))  # a lookahead reads ahead without consuming
            continue
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
            continue  # lookbehinds read backwards; \b and $ look one character on (see `SharedScan`)
        if op is sre_c.SUBPATTERN:
            inner = _reach(av[-1])
        elif op is sre_c.ATOMIC_GROUP:
            inner = _reach(av)
        elif op is sre_c.BRANCH:
            inner = max(_reach(branch) for branch in av[1])
        elif op in _REPEATS:
            count = av[1]
            if count is sre_c.MAXREPEAT:
                raise _UnboundedError
            step = max(_reach(av[2]), _width(av[2])[1])
            inner = step + _width(av[2])[1] * max(count - 1, 0)
        elif op is sre_c.GROUPREF_EXISTS:
            inner = max(_reach(av[1]), _reach(av[2]) if av[2] is not None else 0)
        else:
            inner = _width([(op, av)])[1]
        reach = max(reach, offset + inner)
        offset += _width([(op, av)])[1]
    return reach


def reach_of(pattern: re.Pattern[str]) -> int | None:
    """How many characters past its start `pattern.match` may read (lookaheads included), or None if unbounded."""
    try:
        parsed = sre_p.parse(pattern.pattern, pattern.flags)
        _GROUP_WIDTHS.append(parsed.state.groupwidths)
        tree = list(parsed)
        return max(_reach(tree), _width(tree)[1])
    except (_UnboundedError, re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
        return None
    finally:
        _GROUP_WIDTHS.clear()


def _class_of(op, av) -> tuple[str, ...] | None:  # type: ignore[no-untyped-def]
    """The characters one consuming item may match (a literal, a class of a few), or None."""
    if op is sre_c.LITERAL:
        return (chr(av),)
    if op is not sre_c.IN:
        return None
    items = class_chars(av, MAX_NEED_CHARS)
    return None if items is None else tuple(dict.fromkeys(items))


def class_chars(items: Iterable, limit: int) -> list[str] | None:  # type: ignore[type-arg]
    """The characters of a class's items (literals, ranges shorter than `limit`), or None for a
    category, a long range or a negation: too many characters to list."""
    chars: list[str] = []
    for op, av in items:
        if op is sre_c.LITERAL:
            chars.append(chr(av))
        elif op is sre_c.RANGE and av[1] - av[0] < limit:
            chars += [chr(c) for c in range(av[0], av[1] + 1)]
        else:
            return None
    return chars


def _best(needs: list[Need]) -> Need | None:
    """The need expected to leave the fewest windows: few characters in a narrow span."""
    few = [n for n in needs if n.size() <= MAX_NEED_CHARS]
    return min(few, key=lambda n: (n.size() * (n.hi - n.lo + MERGE_GAP), n.hi - n.lo), default=None)


def _needs(seq: Iterable) -> list[Need]:  # type: ignore[type-arg]
    """Every need of a parsed sequence, offsets counted from the sequence's start."""
    found: list[Need] = []
    lo = hi = 0
    for op, av in seq:
        inner: list[Need] = []
        if op is sre_c.ASSERT and av[0] == 1:
            inner = _needs(av[1])  # a positive lookahead: its characters must be there
        elif op in _CONSUMING:
            chars = _class_of(op, av)
            inner = [Need(chars, 0, 1)] if chars else []
        elif op is sre_c.SUBPATTERN:
            inner = _needs(av[-1])
            if av[1] & sre_c.SRE_FLAG_IGNORECASE:  # (?i:pm): every case variant may stand there
                inner = [Need(_case_variants(n.chars), n.lo, n.hi) for n in inner]
        elif op is sre_c.ATOMIC_GROUP:
            inner = _needs(av)
        elif op in _REPEATS and av[0] >= 1:
            inner = _needs(av[2])
        elif op is sre_c.BRANCH:
            inner = _either([_best(_needs(branch)) for branch in av[1]])
        elif op is sre_c.GROUPREF_EXISTS and av[2] is not None:
            inner = _either([_best(_needs(av[1])), _best(_needs(av[2]))])
        found += [Need(n.chars, lo + n.lo, hi + n.hi) for n in inner]
        a, b = _width([(op, av)])
        lo, hi = lo + a, hi + b
    return found


def _case_variants(chars: tuple[str, ...]) -> tuple[str, ...]:
    """`chars` with every character a case-insensitive match accepts for them (p → p P; k → k K K)."""
    out: list[str] = []
    for c in chars:
        out += [c, c.lower(), c.upper()]
        out += [chr(x) for x in _casefix._EXTRA_CASES.get(ord(c.lower()), ())]
    return tuple(dict.fromkeys(out))


def _either(options: list[Need | None]) -> list[Need]:
    """One need covering alternatives (each must have one): the union of their characters."""
    if not options or any(o is None for o in options):
        return []
    chars = tuple(dict.fromkeys(c for o in options for c in o.chars))  # type: ignore[union-attr]
    return [Need(chars, min(o.lo for o in options), max(o.hi for o in options))]  # type: ignore[union-attr]


def plan(pattern: re.Pattern[str]) -> Plan | None:
    """How to search `pattern` in windows, or None to search the whole text (see the module doc)."""
    if pattern.flags & re.IGNORECASE:
        return None  # case folding would need every case variant in the class: not worth it
    try:
        parsed = sre_p.parse(pattern.pattern, pattern.flags)
        _GROUP_WIDTHS.append(parsed.state.groupwidths)
        tree = list(parsed)
        if _width(tree)[0] == 0:
            return None  # may match the empty string: finditer's empty-match stepping is not copied
        reach = _reach(tree)
        need = _best(_needs(tree))
    except (_UnboundedError, re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
        return None
    finally:
        _GROUP_WIDTHS.clear()
    if need is None or reach > MAX_REACH:
        return None
    return Plan(need, reach)


def opens_with_literal(seq: list, flags: int = 0) -> bool:  # type: ignore[type-arg]
    """True when the regex engine skips ahead to a parsed pattern's start by its own quick scan.

    That is (as `re._compiler` decides): the pattern opens with a literal, a class, or an
    alternation whose every branch opens with a literal; no window and no fast start beats that.
    Under IGNORECASE any literal or class opening counts (the old reading, kept for those).
    """
    if not seq:
        return False
    op, av = seq[0]
    if op is sre_c.SUBPATTERN:
        return opens_with_literal(list(av[-1]), (flags | av[1]) & ~av[2])
    if op in (sre_c.LITERAL, sre_c.IN):
        return True
    if op is not sre_c.BRANCH:
        return False
    if flags & re.IGNORECASE:
        return all(opens_with_literal(list(branch), flags) for branch in av[1])
    return all(len(branch) and branch[0][0] is sre_c.LITERAL for branch in av[1])
