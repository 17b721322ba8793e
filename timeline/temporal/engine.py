"""Rules and the matcher: the language-independent core of every grammar.

A grammar is a tuple of `Rule(name, pattern, build)` records. The matcher runs each rule's
compiled pattern over the text, lets `build` turn each match into a `TimeSpec` (or reject it
by returning None), and keeps the longest candidates, leftmost first, never overlapping.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

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
    """Join words into a non-capturing alternation, longest first; refuse an empty list.

    An empty group would match everywhere, so it is an error here rather than a silent bug.
    """
    items = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not items:
        raise ValueError("alt() needs at least one non-empty word")
    return "(?:" + "|".join(re.escape(w) if escape else w for w in items) + ")"


def candidates(text: str, rules: Sequence[Rule]) -> list[Candidate]:
    """Run every rule over `text` and return all accepted matches (overlapping)."""
    found: list[Candidate] = []
    for rule in rules:
        for match in rule.pattern.finditer(text):
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
