"""Rules and the matcher: the language-independent core of every grammar.

A grammar is a tuple of `Rule(name, pattern, build)` records. The matcher runs each rule's
compiled pattern over the text, lets `build` turn each match into a `TimeSpec` (or reject it
by returning None), and keeps the longest candidates, leftmost first, never overlapping.
"""

from __future__ import annotations

import bisect
import re
import re._parser as sre_p  # the stdlib's own regex parser: read-only use
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from timeline.temporal.faststart import first_chars
from timeline.temporal.prefixscan import PrefixIndex
from timeline.temporal.scan import SharedScan
from timeline.temporal.scan_plan import opens_with_literal
from timeline.temporal.spec import TimeSpec, fast_slots

Build = Callable[[re.Match[str], str], "TimeSpec | None"]
"""A rule's production: the match and the whole text (for context checks) → spec or None."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A named grammar rule. The name is stored on every mention it produces."""

    name: str
    pattern: re.Pattern[str]
    build: Build
    priority: int = 0  # breaks ties between candidates of equal length (higher wins)


@fast_slots
@dataclass(frozen=True, slots=True)
class Candidate:
    """A rule's match that survived its own `build`: a span and what it means."""

    start: int
    end: int
    spec: TimeSpec
    rule: str
    priority: int = 0


def alt(words: Iterable[str], *, escape: bool = True) -> str:
    """Join words into a non-capturing alternation that prefers the longest; refuse an empty list.

    Escaped word lists are laid out as a prefix tree (上(?:个月|月)), which matches the same
    strings with the same longest-first preference but lets the regex engine reject a position
    after one character instead of trying every word. An empty group would match everywhere,
    so it is an error here rather than a silent bug.
    """
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not items:
        raise ValueError("alt() needs at least one non-empty word")
    if not escape:
        return "(?:" + "|".join(items) + ")"
    return _trie(items)


def _trie(words: list[str]) -> str:
    """Regex for a set of non-empty literal words, as a prefix tree, longest continuation first."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    branches = []
    for first, rests in by_first.items():
        tails = sorted({r for r in rests if r}, key=lambda w: (-len(w), w))
        if not tails:
            branches.append((1, re.escape(first)))
            continue
        inner = _trie(tails)
        optional = "?" if "" in rests else ""
        branches.append((1 + max(len(t) for t in tails), f"{re.escape(first)}{inner}{optional}"))
    branches.sort(key=lambda b: -b[0])
    if len(branches) == 1:
        return "(?:" + branches[0][1] + ")"
    return "(?:" + "|".join(b for _, b in branches) + ")"


_SCANNERS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
"""id(pattern) → (pattern, scanner). By identity: hashing or comparing a compiled pattern walks its
whole compiled program, which for the long grammar patterns cost more than some searches."""
_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")


def scanner(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead on its possible first characters (same matches, found faster).

    The regex engine then rejects most positions with one class test instead of trying every
    alternative of a long pattern. Patterns whose first character is unbounded are used as is.
    """
    if not isinstance(pattern, re.Pattern):  # a grammar's own scanner (e.g. en_scan.Windowed)
        return pattern
    entry = _SCANNERS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry[1]
    chars = first_chars(pattern) if _starts_loosely(pattern) else None
    found = pattern
    if chars:
        flags = _LEADING_FLAGS.match(pattern.pattern)
        head = flags.group() if flags else ""
        try:
            found = re.compile(f"{head}(?=[{chars}])(?:{pattern.pattern[len(head) :]})", pattern.flags)
        except re.error:  # keep the rule's own pattern rather than fail
            found = pattern
    _SCANNERS[id(pattern)] = (pattern, found)
    return found


def _starts_loosely(pattern: re.Pattern[str]) -> bool:
    """True unless the pattern opens with a literal, a class or an alternation of literals.

    For those the regex engine already skips ahead by its own first-character scan; for
    anything else (optional pieces, assertions, groups) a lookahead guard pays off.
    """
    try:
        tree = sre_p.parse(pattern.pattern, pattern.flags)
    except re.error:
        return False
    return not opens_with_literal(list(tree), tree.state.flags)


_INDEXES: dict[int, tuple[Sequence[Rule], PrefixIndex, tuple[_Route, ...]]] = {}
"""id(rules) → (rules, their prefix index, their routes), for grammars' rule tuples (kept, so the id stays theirs)."""

_Route = tuple[Rule, int, "re.Pattern[str] | None"]
"""How `candidates` searches one rule: (rule, `_BY_SHARED_SCAN` / `_BY_ITS_SCANNER` / `_ON_ITS_OWN`,
the rule's `scanner` for a plain pattern)."""
_BY_SHARED_SCAN, _BY_ITS_SCANNER, _ON_ITS_OWN = 0, 1, 2


def _prefix_index(rules: Sequence[Rule]) -> PrefixIndex:
    """The prefix index (`prefixscan`) of a grammar's word lists, worked out once per rule tuple."""
    return _plan(rules)[0]


def _plan(rules: Sequence[Rule]) -> tuple[PrefixIndex, tuple[_Route, ...]]:
    """The prefix index of `rules` and how each rule is searched, worked out once per rule tuple."""
    entry = _INDEXES.get(id(rules))
    if entry is not None and entry[0] is rules:
        return entry[1], entry[2]
    patterns: list[re.Pattern[str]] = []
    routes: list[_Route] = []
    for rule in rules:
        if isinstance(rule.pattern, re.Pattern):
            patterns.append(rule.pattern)
            routes.append((rule, _BY_SHARED_SCAN, scanner(rule.pattern)))
        elif getattr(rule.pattern, "takes_shared_scan", False):
            routes.append((rule, _BY_ITS_SCANNER, None))
        else:
            routes.append((rule, _ON_ITS_OWN, None))
        patterns += getattr(rule.pattern, "shared_patterns", ())  # what a scanner asks the shared scan for
    # every pattern whose openings can be listed: one search for all of them beats one walk each
    index = PrefixIndex(patterns)
    if isinstance(rules, tuple):  # a list may change: only immutable rule sets are remembered
        _INDEXES[id(rules)] = (rules, index, tuple(routes))
    return index, tuple(routes)


def candidates(text: str, rules: Sequence[Rule]) -> list[Candidate]:
    """Run every rule over `text` and return all accepted matches (overlapping).

    All rules share one `scan.SharedScan` of the text: a plain pattern is searched only around
    the rare characters it needs, by a fast start, or with the other word lists in one prefix
    search (see `timeline.temporal.scan`); a grammar's own scanner object (zh_patterns.NearTrigger)
    takes part by setting `takes_shared_scan`, accepting the shared scan as `finditer(text, shared)`
    and listing the patterns it will ask it for as `shared_patterns`.
    """
    found: list[Candidate] = []
    index, routes = _plan(rules)
    shared = SharedScan(text, index)
    for rule, route, search in routes:
        pattern = rule.pattern
        if route == _BY_SHARED_SCAN:
            matches: Iterable[re.Match[str]] = shared.finditer(pattern, search)
        elif route == _BY_ITS_SCANNER:
            matches = pattern.finditer(text, shared)  # type: ignore[call-arg]
        else:
            matches = pattern.finditer(text)
        # every match first, then their builds: the search and the builders each run while their
        # code is still warm (the regex engine and the Python builders evict each other's caches)
        build = rule.build
        for match in list(matches):
            start, end = match.span()
            if end <= start:
                continue
            spec = build(match, text)
            if spec is not None:
                found.append(Candidate(start, end, spec, rule.name, rule.priority))
    return found


def select(found: Iterable[Candidate]) -> list[Candidate]:
    """Keep the longest candidates (then higher priority, then leftmost) without overlaps, in text order."""
    ordered = sorted(found, key=lambda c: (-(c.end - c.start), -c.priority, c.start))
    starts: list[int] = []  # sorted starts of the taken spans; spans never overlap
    ends: list[int] = []
    taken: list[Candidate] = []
    for cand in ordered:
        i = bisect.bisect_right(starts, cand.start)
        if i > 0 and ends[i - 1] > cand.start:  # the span starting before overlaps
            continue
        if i < len(starts) and starts[i] < cand.end:  # the span starting after overlaps
            continue
        starts.insert(i, cand.start)
        ends.insert(i, cand.end)
        taken.append(cand)
    return sorted(taken, key=lambda c: c.start)


def match(text: str, rules: Sequence[Rule]) -> list[Candidate]:
    """Return the selected, non-overlapping candidates of `rules` over `text`, in text order."""
    return select(candidates(text, rules))
