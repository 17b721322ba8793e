"""The opening guard: a lookahead on a pattern's first two characters that changes none of its matches."""

from __future__ import annotations

import random
import re

from timeline.temporal import zh
from timeline.temporal.opening_guard import opening_guard

PATTERNS = [
    r"(?:到|直到)?[ \t]?(?<!\d)(?:\d{4}年|[一二三]月|今天)",
    r"(?P<a>x)?(?(a)y|z)w?",
    r"[^ab]c|\bd",
    r"(?:ab)*c",
    r"(?>a|ab)c",
    r"q",
]


def test_guard_keeps_every_match() -> None:
    """Guarded or not, a pattern finds the same matches (random texts over its own alphabet)."""
    rng = random.Random(7)
    alphabet = "到直 \t20一二三月年今天abcdqwxyz"
    for source in PATTERNS:
        guard = opening_guard(source)
        assert guard, source
        plain, guarded = re.compile(source), re.compile(guard + f"(?:{source})")
        for _ in range(4000):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
            assert [m.span() for m in plain.finditer(text)] == [m.span() for m in guarded.finditer(text)]


def test_guard_rejects_positions_no_match_can_open_at() -> None:
    """到 followed by what no date opens with is rejected by the guard alone."""
    guard = re.compile(opening_guard(PATTERNS[0]))
    assert not guard.match("到了")
    assert guard.match("到 2024年") and guard.match("到今天") and not guard.match("今晚")


def test_no_guard_when_openings_are_unbounded() -> None:
    """A back-reference, case folding or a possibly empty match: no guard rather than a wrong one."""
    assert opening_guard(r"(a)\1") == ""
    assert opening_guard(r"(?i:pm)") == ""
    assert opening_guard("am", re.IGNORECASE) == ""
    assert opening_guard(r"a?") == ""


def test_calendar_rule_finds_what_it_finds_without_the_guard() -> None:
    """The calendar rule (guarded) and its pattern without the guard agree on a dated paragraph."""
    rule = zh.RULES[0].pattern
    bare = re.compile(rule.pattern.replace(opening_guard_of(rule.pattern), "", 1))
    assert bare.pattern != rule.pattern
    text = "到了2023年2月16日凌晨1时许，截至3月28日，今年以来一批干部到岗；这是8月的事，到本周五结束。"
    assert [m.span() for m in rule.finditer(text)] == [m.span() for m in bare.finditer(text)]
    assert len(list(rule.finditer(text))) >= 4


def opening_guard_of(source: str) -> str:
    """The opening guard written into a keyed pattern (the lookahead after the key guards)."""
    start = source.index("(?=[")
    start = source.index("(?=[", start + 1)  # the first lookahead is the key guard
    depth = 0
    for end in range(start, len(source)):
        if source[end] == "(" and source[end - 1] != "\\":
            depth += 1
        elif source[end] == ")" and source[end - 1] != "\\":
            depth -= 1
            if depth == 0:
                return source[start : end + 1]
    raise AssertionError("no guard")
