"""The shared scan: a rule's pattern is searched only around the rare characters it needs.

How a rule takes part (nothing to declare: it is read from the rule's compiled pattern):

1. `plan_of(pattern)` (`scan_plan.plan`, worked out once per pattern) reads the stdlib's parse
   tree of the pattern and looks for a *need*: a small set of characters one of which every
   match must hold at a bounded distance from where it starts (年 in a year range, / in 3/3/2015, the : of a clock time, the key characters of
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
import re._parser as sre_p
from collections.abc import Iterator

from timeline.temporal.faststart import fast_matches, fast_program, first_chars, starting_by
from timeline.temporal.prefixscan import PrefixIndex, rematch
from timeline.temporal.scan_plan import MERGE_GAP, Plan, opens_with_literal, plan

WINDOW_COST = 25
"""What one windowed search costs beyond its characters, in characters of a whole-text search
(set by timing the Chinese grammar over the seed and ../shared/corpus/news)."""
FAST_START_SHARE = 0.3
"""A pattern with a fast start (`faststart`) is searched in windows only when they would cover less
than this share of the text (a fast start costs about a third of a lookahead-guarded search)."""


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
        found = entry[1]
        if found is not None and entry[2] is not None and first_chars(pattern) == _one_char(found.need.chars):
            # it needs only the one character it opens with: the fast program's literal search
            # finds that as quickly as `str.find`, without a window per occurrence
            entry = (pattern, None, entry[2])
        _PLANS[id(pattern)] = entry
    return entry


def _one_char(chars: tuple[str, ...]) -> str | None:
    """The class body `first_chars` writes for a need of one character, or None for more."""
    return re.escape(chars[0]) if len(chars) == 1 else None


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
        if program is not None:  # the fast program, tried only where a match may start inside the windows
            return _windowed_starts(program, pattern, text, windows, reach)
        return _windowed(search, text, windows, reach)


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


def _windowed_starts(
    program: re.Pattern[str], pattern: re.Pattern[str], text: str, windows: list[tuple[int, int]], reach: int
) -> Iterator[re.Match[str]]:
    """`_windowed` for a pattern with a fast program: no start past a window's last one is tried."""
    size = len(text)
    done = 0
    for first, last in windows:
        pos = max(first, done)
        if pos > last:
            continue
        # one character past the reach: \b and $ look at the character after the last one read
        for found in starting_by(program, pattern, text, pos, last, min(size, last + reach + 1)):
            done = found.end()
            yield found
