"""The shared scan: a rule's pattern is searched only around the rare characters it needs.

How a rule takes part (nothing to declare: it is read from the rule's compiled pattern):

1. `plan_of(pattern)` reads the stdlib's parse tree of the pattern and looks for a *need*: a
   small set of characters one of which every match must hold at a bounded distance from where
   it starts (年 in a year range, / in 3/3/2015, the : of a clock time, the key characters of
   a lookahead guard such as `zh_patterns.keyed` writes). It also bounds the *reach*: how far
   past its start the regex engine may read, lookaheads included.
2. `SharedScan(text)` is made once per text and shared by all rules: each needed character is
   looked up in the text once (with `str.find`, far quicker than a regex pass), for every rule
   that needs it.
3. `SharedScan.finditer(pattern)` runs the pattern only in the windows around those hits
   (`pos` = the earliest possible start, `endpos` = the latest start plus the reach) and yields
   exactly what `pattern.finditer(text)` yields: a match can only start inside a window, for
   such a start the engine reads nothing past `endpos`, lookbehinds still see the text before
   `pos`, and windows are walked left to right with `finditer`'s rule of going on after the
   end of the last match. When the hits are so many that the windows would cover most of the
   text, it is one plain search.
4. A pattern searched over the whole text (no need, or needs so common that windows would
   cover much of it) gets a *fast start* when it opens with a lookaround or an optional piece
   (`faststart.fast_program`): the regex engine's quick first-character loop finds where it may
   start and the pattern runs only there. One that opens with a literal, a class or an
   alternation of literals is left as it is: the engine already skips to it.
5. Before all that: patterns whose every match opens with one of a bounded list of
   two-character strings (word lists such as 如今, 春节…; 19 or 20 of a compact date) share
   one search of all their openings (`prefixscan`; the engine gives `SharedScan` the index
   of its rules), and each runs only where one of its own openings stands.

A pattern without a need or a fast start (case-insensitive; an unbounded start such as `.`;
a match that may be empty) is searched over the whole text as before, so every rule stays
correct and a new rule gets the speed-up when its pattern allows it.
"""

from __future__ import annotations

import re
import re._casefix as _casefix  # the stdlib's extra case-folding pairs (ſ, K): read-only use
import re._constants as sre_c  # the stdlib's own regex parser: read-only use
import re._parser as sre_p
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from timeline.temporal.faststart import fast_matches, fast_program
from timeline.temporal.prefixscan import PrefixIndex, rematch

_CONSUMING = (sre_c.LITERAL, sre_c.NOT_LITERAL, sre_c.IN, sre_c.ANY)
_REPEATS = (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT)
MAX_REACH = 400
"""Patterns that may read further than this from their start are searched over the whole text."""
MAX_NEED_CHARS = 8
"""A need of more characters than this is too common to be worth looking up."""
MERGE_GAP = 12
"""Windows closer than this are searched in one call (fewer calls; the engine skips the gap fast)."""
WINDOW_COST = 25
"""What one windowed search costs beyond its characters, in characters of a whole-text search
(set by timing the Chinese grammar over the seed and ../shared/corpus/news)."""
FAST_START_SHARE = 0.3
"""A pattern with a fast start (`faststart`) is searched in windows only when they would cover less
than this share of the text (a fast start costs about a third of a lookahead-guarded search)."""


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
    items: list[str] = []
    for sub_op, sub_av in av:
        if sub_op is sre_c.LITERAL:
            items.append(chr(sub_av))
        elif sub_op is sre_c.RANGE and sub_av[1] - sub_av[0] < MAX_NEED_CHARS:
            items += [chr(c) for c in range(sub_av[0], sub_av[1] + 1)]
        else:  # a category, a long range, NEGATE: too many characters to look up
            return None
    return tuple(dict.fromkeys(items))


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


_PLANS: dict[int, tuple[re.Pattern[str], Plan | None, re.Pattern[str] | None]] = {}


def _entry(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], Plan | None, re.Pattern[str] | None]:
    """(pattern, its plan, its fast-start program), worked out once per pattern."""
    entry = _PLANS.get(id(pattern))  # by identity: hashing a compiled pattern hashes its whole program
    if entry is None or entry[0] is not pattern:
        try:
            tree = sre_p.parse(pattern.pattern, pattern.flags)
            fast = opens_with_literal(list(tree), tree.state.flags)
        except re.error:
            fast = True
        # a pattern opening with a literal or class: the regex engine already skips to it
        entry = (pattern, None, None) if fast else (pattern, plan(pattern), fast_program(pattern))
        _PLANS[id(pattern)] = entry
    return entry


def plan_of(pattern: re.Pattern[str]) -> Plan | None:
    """`plan(pattern)`, worked out once per pattern (None too for patterns the engine already skips fast)."""
    return _entry(pattern)[1]


def whole_text(pattern: re.Pattern[str], search: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of `pattern.finditer(text)` over the whole text: by fast start when it has one."""
    program = _entry(pattern)[2]
    if program is None:
        return search.finditer(text)
    return fast_matches(program, pattern, text)


class SharedScan:
    """Where the needed characters occur in one text, each looked up once (when first asked for)."""

    __slots__ = ("by_char", "hits", "openings", "prefix_index", "text")

    def __init__(self, text: str, prefix_index: PrefixIndex | None = None) -> None:
        self.text = text
        self.by_char: dict[str, list[int]] = {}
        self.hits: dict[tuple[str, ...], list[int]] = {}
        self.prefix_index = prefix_index  # the grammar's word-list patterns, searched together
        self.openings: list[list[int]] | None = None

    def positions(self, chars: tuple[str, ...]) -> list[int]:
        """Sorted offsets of every character of `chars` in the text."""
        found = self.hits.get(chars)
        if found is None:
            found = []
            for ch in chars:
                at = self.by_char.get(ch)
                if at is None:
                    at = self.by_char[ch] = _offsets(self.text, ch)
                found += at
            if len(chars) > 1:
                found.sort()
            self.hits[chars] = found
        return found

    def finditer(
        self, pattern: re.Pattern[str], search: re.Pattern[str] | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text)`, searched (with `search`, an equivalent pattern) in windows."""
        search = search or pattern
        text = self.text
        index = self.prefix_index
        slot = index.slot(pattern) if index is not None else None
        if slot is not None:  # a word list: one search for the openings of all of them
            if self.openings is None:
                self.openings = index.starts(text)  # type: ignore[union-attr]
            return rematch(pattern, text, self.openings[slot])
        _, found, program = _entry(pattern)
        if found is None:
            return whole_text(pattern, search, text)
        need = found.need
        hits = self.positions(need.chars)
        lo, hi, reach = need.lo, need.hi, found.reach
        budget = len(text) * (1 if program is None else FAST_START_SHARE)
        if len(hits) * (hi - lo + reach + WINDOW_COST) > budget:  # one search is cheaper than the windows
            return whole_text(pattern, search, text)
        windows: list[tuple[int, int]] = []
        window_start = window_end = -1
        for hit in hits:
            first, last = hit - hi + 1, hit - lo
            if first <= window_end + MERGE_GAP and window_end >= 0:
                window_end = last
                continue
            if window_end >= 0:
                windows.append((window_start, window_end))
            window_start, window_end = max(first, 0), last
        if window_end >= 0:
            windows.append((window_start, window_end))
        return _windowed(program or search, text, windows, reach)  # the fast program skips inside windows too


def _offsets(text: str, ch: str) -> list[int]:
    """Every offset of one character in `text`."""
    found: list[int] = []
    at = text.find(ch)
    while at >= 0:
        found.append(at)
        at = text.find(ch, at + 1)
    return found


def _windowed(
    search: re.Pattern[str], text: str, windows: list[tuple[int, int]], reach: int
) -> Iterator[re.Match[str]]:
    """Yield the matches starting in the windows, walked in order as `finditer` walks the text."""
    size = len(text)
    done = 0
    for first, last in windows:
        pos = max(first, done)
        if pos > last:
            continue
        # one character past the reach: \b and $ look at the character after the last one read
        for found in search.finditer(text, pos, min(size, last + reach + 1)):
            if found.start() > last:
                break
            done = found.end()
            yield found
