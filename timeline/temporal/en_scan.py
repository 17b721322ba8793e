"""Fast scanning for the English rules: each pattern is searched only near the words it needs.

Running ~40 case-insensitive patterns over every position of an article is slow in Python's
`re`; instead the text is split into words once, and each rule's pattern runs only in windows
around its trigger words (a month name, a digit, a unit word, ...). Matches are the same as a
full scan as long as a match starts at most `BEFORE` characters before its trigger and ends at
most `AFTER` characters after it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from timeline.temporal.en_scan_words import FEAST_NAMES, WORD, WORDS, names_a_feast
from timeline.temporal.faststart import branch_program

__all__ = ["FEAST_NAMES", "WORDS", "Windowed", "word_index"]

BEFORE = 56
AFTER = 64
DIGIT = "#"
"""The trigger category of every word that contains a digit."""

_CASED = frozenset({"may"})
_DIGIT_NEXT = re.compile(r"\.?\s*\d")


@lru_cache(maxsize=8)
def word_index(text: str) -> dict[str, list[tuple[int, int]]]:
    """Category → (start, end) of every trigger word of that category in `text`."""
    index: dict[str, list[tuple[int, int]]] = {}
    for m in WORD.finditer(text):
        word = m.group()
        if word[0].isdigit():
            span = m.span()
            for category in _digit_categories(word, text, span[1]):
                index.setdefault(category, []).append(span)
            continue
        lower = word.lower()
        if lower in _CASED and word[0].islower() and not _DIGIT_NEXT.match(text, m.end()):
            continue  # the verb "may" triggers nothing unless capitalised or before a number
        if lower in ("year", "years") and (
            text[m.end() : m.end() + 1] in ("'", "’", "s")
            or text[m.end() : m.end() + 4].lower() in (" day", " eve")
        ):
            index.setdefault("holiday", []).append(m.span())  # "New Year's Day"
        for category in _LOOKUP.get(lower, ()):
            if category == "holiday" and not names_a_feast(lower, text, m.start()):
                continue
            index.setdefault(category, []).append(m.span())
    return index


_LOOKUP: dict[str, tuple[str, ...]] = {}
for _category, _words in WORDS.items():
    for _word in _words:
        _LOOKUP[_word] = (*_LOOKUP.get(_word, ()), _category)


YEAR4, SLASHED, CLOCK, ORDINAL, DECADE2, QUARTER = "#year", "#/", "#:", "#th", "#0s", "#q"
_CLOCK_AFTER = re.compile(
    r"(?i)\.[0-5]\d(?:\s?[ap]\.?\s?m\b|\s+(?:[ECMP][SD]T|GMT|UTC|BST|CET|local\s+time|(?-i:IST|AE[SD]T|AC[SD]T|AWST|NZ[SD]T|SGT|HKT|JST|KST|PKT|SAST|CEST|EES?T))\b)|:\d|\s*hrs\b|(?:(?<=[01]\d[0-5]\d)|(?<=2[0-3][0-5]\d)|(?<=[:.][0-5]\d))\s*hours\b|\s?[ap]\.?\s?m\b|\s*o'?\s?clock|h(?:\d{2})?\b|[ap]\b"
)


def _digit_categories(word: str, text: str, end: int) -> list[str]:
    """The finer categories of a number: a possible year, a slashed date part, a clock time, an ordinal."""
    found = [DIGIT]
    nxt = text[end : end + 1]
    if len(word) == 4 and "1500" <= word <= "2099":
        found.append(YEAR4)
    if len(word) in (2, 4) and word.endswith("0") and nxt in ("s", "'"):
        found.append(DECADE2)
    if nxt in ("/", ".", "-") and text[end + 1 : end + 2].isdigit():
        found.append(SLASHED)
    if len(word) <= 4 and _CLOCK_AFTER.match(text, end):
        found.append(CLOCK)
    if nxt in ("s", "t", "n", "r") and text[end : end + 2].lower() in ("st", "nd", "rd", "th"):
        found.append(ORDINAL)
    if len(word) == 1 and end >= 2 and text[end - 2] in "Qq":
        found.append(QUARTER)
    return found


_UNLIKE = re.compile("[\u0130\u0131\u017f]")
"""The characters that (?i) matches to an ASCII letter while str.lower() writes them otherwise (İ, ı, ſ)."""


def _lowers_alike(text: str) -> bool:
    """True when text.lower() holds an ASCII letter wherever a (?i) pattern would match one."""
    return text.isascii() or _UNLIKE.search(text) is None


class Windowed:
    """A compiled pattern whose `finditer` only searches near its trigger words (see module doc)."""

    __slots__ = ("after", "before", "gate", "pattern", "program", "triggers")

    def __init__(
        self,
        pattern: re.Pattern[str],
        triggers: Iterable[str],
        before: int = BEFORE,
        after: int = AFTER,
        gate: re.Pattern[str] | None = None,
    ) -> None:
        self.pattern = pattern
        self.gate = gate  # lower case, what every match holds: a window without it is skipped
        self.program = branch_program(pattern)  # the same matches, run quicker (faststart.optional_as_branch)
        self.triggers = tuple(triggers)
        self.before, self.after = before, after

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches of the pattern in the windows around this rule's trigger words, in order."""
        index = word_index(text)
        spans = index.get(self.triggers)  # type: ignore[call-overload]
        if spans is None:  # the trigger words of several categories, in text order (once per text)
            if len(self.triggers) == 1:
                spans = index.get(self.triggers[0], [])
            else:
                spans = sorted(span for category in self.triggers for span in index.get(category, ()))
            index[self.triggers] = spans  # type: ignore[index]
        n = len(text)
        lo = hi = -1
        for start, end in spans:
            w_lo, w_hi = max(0, start - self.before), min(n, end + self.after)
            if w_lo <= hi:
                hi = max(hi, w_hi)
                continue
            if hi > lo:
                yield from self._search(text, lo, hi)
            lo, hi = w_lo, w_hi
        if hi > lo:
            yield from self._search(text, lo, hi)

    def _search(self, text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
        while hi < len(text) and (
            text[hi].isalnum() or text[hi] in ".'"
        ):  # never cut a word or an abbreviation
            hi += 1
        while lo > 0 and text[lo - 1].isalnum():
            lo -= 1
        if self.gate is not None:  # (a case-sensitive search of a lower-case copy: far quicker than (?i))
            window = text[lo:hi]
            if _lowers_alike(window) and self.gate.search(window.lower()) is None:
                return iter(())
        return self.program.finditer(text, lo, hi)
