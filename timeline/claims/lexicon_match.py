"""Lexicon tables as patterns for yes/no tests: does a piece of text hold a fact verb, a connective?"""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use to read plain characters
import re._parser as sre_p
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.claims.events import case_sensitive, lowered, word_pattern
from timeline.temporal.engine import alt


@cache
def table_pattern(table: str, lang: str) -> re.Pattern[str]:
    """A lexicon table's words as one pattern, for yes/no tests only (which word matched is not
    used): a list of plain words becomes a prefix tree, which the engine skips through fastest."""
    words = getattr(lex, table)["en" if lang == "en" else "zh"]
    if words and all(re.escape(w) == w for w in words):
        return re.compile(alt(words), re.IGNORECASE)
    return word_pattern(words)


@cache
def required_chars(table: str, lang: str) -> tuple[str, ...] | None:
    """Characters one of which every match of a table's pattern holds (最初, 起初, …之初 all hold 初):
    text without any of them cannot match, so the pattern need not run. None when some word holds
    no caseless plain character of its own (then nothing can be ruled out this way)."""
    words = getattr(lex, table)["en" if lang == "en" else "zh"]
    needed = []
    for word in words:
        try:
            items = list(sre_p.parse(word))
        except re.error:
            return None
        chars = {chr(av) for op, av in items if op is sre_c.LITERAL and chr(av).lower() == chr(av).upper()}
        if not chars:
            return None
        needed.append(chars)
    chosen: list[str] = []
    while needed:  # greedily, the character most words share
        best = max(sorted({c for chars in needed for c in chars}), key=lambda c: sum(c in n for n in needed))
        chosen.append(best)
        needed = [n for n in needed if best not in n]
    return tuple(chosen)


@cache
def _cased(table: str, lang: str) -> re.Pattern[str] | None:
    """An English table's pattern without re.IGNORECASE, for `lowered` text (None for Chinese)."""
    return case_sensitive(table_pattern(table, lang)) if lang == "en" else None


def has_word(table: str, text: str, lang: str) -> bool:
    """True when `text` holds a word of the lexicon table; English searched in its `lowered` copy."""
    if lang != "en":
        return table_pattern(table, lang).search(text) is not None
    cased = _cased(table, lang)
    low = lowered(text) if cased is not None else None
    if cased is not None and low is not None:
        return cased.search(low) is not None
    return table_pattern(table, lang).search(text) is not None


def has_fact_verb(text: str, lang: str) -> bool:
    """True when `text` holds a verb that heads a reportable action (签订, 组织, signed)."""
    return has_word("FACT_VERBS", text, lang)


@cache
def openings(table: str, lang: str) -> tuple[str, ...]:
    """The words of a lexicon table, for `str.startswith` (CONNECTIVES: 并, 同时, and)."""
    return tuple(getattr(lex, table)["en" if lang == "en" else "zh"])


def pattern_width(pattern: re.Pattern[str]) -> tuple[int, int | None]:
    """The shortest and longest text a pattern can match (None for the longest when unbounded)."""
    low, high = sre_p.parse(pattern.pattern, pattern.flags).getwidth()
    return low, (None if high >= sre_c.MAXREPEAT else high)
