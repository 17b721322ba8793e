"""Rules and the matcher: the language-independent core of every grammar.

A grammar is a tuple of `Rule(name, pattern, build)` records. The matcher runs each rule's
compiled pattern over the text, lets `build` turn each match into a `TimeSpec` (or reject it
by returning None), and keeps the longest candidates, leftmost first, never overlapping.
"""

from __future__ import annotations

import bisect
import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use to find first characters
import re._parser as sre_p
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from timeline.temporal.scan import SharedScan, opens_with_literal
from timeline.temporal.spec import TimeSpec

Build = Callable[[re.Match[str], str], "TimeSpec | None"]
"""A rule's production: the match and the whole text (for context checks) → spec or None."""


@dataclass(frozen=True, slots=True)
class Rule:
    """A named grammar rule. The name is stored on every mention it produces."""

    name: str
    pattern: re.Pattern[str]
    build: Build
    priority: int = 0  # breaks ties between candidates of equal length (higher wins)


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


_CATEGORY_CLASS = {
    sre_c.CATEGORY_DIGIT: r"\d",
    sre_c.CATEGORY_NOT_DIGIT: r"\D",
    sre_c.CATEGORY_SPACE: r"\s",
    sre_c.CATEGORY_NOT_SPACE: r"\S",
    sre_c.CATEGORY_WORD: r"\w",
    sre_c.CATEGORY_NOT_WORD: r"\W",
}


class _UnboundedError(Exception):
    """The first character of a pattern cannot be bounded (., a negated class, a back-reference)."""


def first_chars(pattern: re.Pattern[str]) -> str | None:
    """Return a character-class body every match of `pattern` starts with, or None if unbounded.

    Read from the stdlib's parse tree: literals, classes, alternations, optional pieces
    (which add what follows) and zero-width assertions (which add nothing). A pattern that can
    match the empty string, or starts with something unbounded, gets None.
    """
    try:
        tree = sre_p.parse(pattern.pattern, pattern.flags)
        items: list[str] = []
        if _first(list(tree), items):  # nullable: may match empty
            return None
    except (_UnboundedError, re.error, TypeError, ValueError):
        return None
    if pattern.flags & re.IGNORECASE:
        items += [ch.swapcase() for ch in items if len(ch) == 1 or (len(ch) == 3 and ch[1] == "-")]
    return "".join(dict.fromkeys(items))


def _first(seq: list, out: list[str]) -> bool:  # type: ignore[type-arg]
    """Add the first characters of `seq` to `out`; return True when `seq` can match empty."""
    return all(_first_item(op, av, out) for op, av in seq)


def _first_item(op, av, out: list[str]) -> bool:  # type: ignore[no-untyped-def]
    """Add the first characters of one parse item; return True when it can match empty."""
    if op is sre_c.LITERAL:
        out.append(re.escape(chr(av)))
        return False
    if op is sre_c.IN:
        for sub_op, sub_av in av:
            if sub_op is sre_c.LITERAL:
                out.append(re.escape(chr(sub_av)))
            elif sub_op is sre_c.RANGE:
                out.append(f"{re.escape(chr(sub_av[0]))}-{re.escape(chr(sub_av[1]))}")
            elif sub_op is sre_c.CATEGORY and sub_av in _CATEGORY_CLASS:
                out.append(_CATEGORY_CLASS[sub_av])
            else:
                raise _UnboundedError
        return False
    if op is sre_c.SUBPATTERN:
        return _first(list(av[-1]), out)
    if op is sre_c.BRANCH:
        return any([_first(list(alt_), out) for alt_ in av[1]])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        nullable = _first(list(av[2]), out)
        return nullable or av[0] == 0
    if op is sre_c.ATOMIC_GROUP:
        return _first(list(av), out)
    if op is sre_c.GROUPREF_EXISTS:
        yes = _first(list(av[1]), out)
        no = _first(list(av[2]), out) if av[2] is not None else True
        return yes or no
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
        return True  # zero-width
    raise _UnboundedError


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
        tree = list(sre_p.parse(pattern.pattern, pattern.flags))
    except re.error:
        return False
    return not opens_with_literal(tree)


def candidates(text: str, rules: Sequence[Rule]) -> list[Candidate]:
    """Run every rule over `text` and return all accepted matches (overlapping).

    All rules share one `scan.SharedScan` of the text: a plain pattern is searched only around
    the rare characters it needs (see `timeline.temporal.scan`); a grammar's own scanner object
    (zh_patterns.NearTrigger) takes part by setting `takes_shared_scan` and accepting the shared
    scan as `finditer(text, shared)`.
    """
    found: list[Candidate] = []
    shared = SharedScan(text)
    for rule in rules:
        pattern = rule.pattern
        if isinstance(pattern, re.Pattern):
            matches: Iterable[re.Match[str]] = shared.finditer(pattern, scanner(pattern))
        elif getattr(pattern, "takes_shared_scan", False):
            matches = pattern.finditer(text, shared)  # type: ignore[call-arg]
        else:
            matches = pattern.finditer(text)
        for match in matches:
            if match.end() <= match.start():
                continue
            spec = rule.build(match, text)
            if spec is not None:
                found.append(Candidate(match.start(), match.end(), spec, rule.name, rule.priority))
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
