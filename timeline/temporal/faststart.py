"""Fast start: a pattern that opens with a lookaround is searched with the regex engine's quick loop.

Python's regex engine skips to a possible match start in a tight C loop only when a pattern opens
with a literal or a character class. A grammar pattern that opens with a lookbehind, a key guard
(`zh_patterns.keyed`) or an optional group is instead entered at every position of the text,
which for a long Chinese article was most of a rule's time. `fast_program(pattern)` writes
the same search as

    [F](?<=(?=PATTERN)[F])

where F is every character a match may start with (`first_chars`): the engine's quick loop
finds the next F, and the one-character lookbehind runs the whole pattern from there. Python's
parser refuses that text when the pattern holds a conditional group such as `qualified`'s
(?(q_to)…) (a lookbehind may not name groups), although the lookbehind is one character wide
whatever it holds, so the program is assembled from the parse trees as `re.compile` assembles
its own. `fast_matches` then re-runs the pattern with `pattern.match` at each start it finds,
which gives the very match objects, in the very order, of `pattern.finditer(text)`.

Nothing to declare: a pattern takes part when its first characters are bounded, it cannot
match the empty string and it is case-sensitive; any other is searched as it is.
"""

from __future__ import annotations

import re
import re._compiler as sre_compiler  # the stdlib's regex compiler, used as re.compile uses it
import re._constants as sre_c  # the stdlib's own regex parser
import re._parser as sre_p
from collections.abc import Iterator

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


def last_chars(pattern: re.Pattern[str]) -> str | None:
    """Return a character-class body every match of `pattern` ends with, or None if unbounded.

    `first_chars` read from the end: a trailing optional piece adds what comes before it.
    """
    try:
        items: list[str] = []
        if _first(list(sre_p.parse(pattern.pattern, pattern.flags)), items, backwards=True):
            return None
    except (_UnboundedError, re.error, TypeError, ValueError):
        return None
    if pattern.flags & re.IGNORECASE:
        return None
    return "".join(dict.fromkeys(items))


def _first(seq: list, out: list[str], backwards: bool = False) -> bool:  # type: ignore[type-arg]
    """Add the first (or last) characters of `seq` to `out`; return True when `seq` can match empty."""
    return all(_first_item(op, av, out, backwards) for op, av in (reversed(seq) if backwards else seq))


def _first_item(op, av, out: list[str], backwards: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Add the first (or last) characters of one parse item; return True when it can match empty."""
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
        return _first(list(av[-1]), out, backwards)
    if op is sre_c.BRANCH:
        return any([_first(list(alt_), out, backwards) for alt_ in av[1]])
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        nullable = _first(list(av[2]), out, backwards)
        return nullable or av[0] == 0
    if op is sre_c.ATOMIC_GROUP:
        return _first(list(av), out, backwards)
    if op is sre_c.GROUPREF_EXISTS:
        yes = _first(list(av[1]), out, backwards)
        no = _first(list(av[2]), out, backwards) if av[2] is not None else True
        return yes or no
    if op in (sre_c.ASSERT, sre_c.ASSERT_NOT, sre_c.AT):
        return True  # zero-width
    raise _UnboundedError


_PROGRAMS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
"""id(pattern) → (pattern, its fast-start program or None), by identity (hashing walks the program)."""


def fast_program(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The fast-start search of `pattern` (see the module doc), or None when it cannot have one."""
    entry = _PROGRAMS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _PROGRAMS[id(pattern)] = (pattern, _build(pattern))
    return entry[1]


def _build(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Assemble [F](?<=(?=PATTERN)[F]) from the parse trees, or None."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    chars = first_chars(pattern)
    if not chars:
        return None
    try:
        tree = sre_p.parse(pattern.pattern, pattern.flags)
        if tree.state.flags & (re.IGNORECASE | re.LOCALE) or tree.getwidth()[0] == 0:
            return None
        first = sre_p.parse(f"[{chars}]", pattern.flags).data[0]
        here = sre_p.SubPattern(tree.state, [(sre_c.ASSERT, (1, tree)), first])
        top = sre_p.SubPattern(tree.state, [first, (sre_c.ASSERT, (-1, here))])
        return sre_compiler.compile(top, pattern.flags)
    except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
        return None


def fast_matches(
    program: re.Pattern[str], pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, pos, endpos)` yields, its starts found by `program = fast_program(pattern)`."""
    search, match = program.search, pattern.match
    at, end = pos, len(text) if endpos is None else endpos
    while (hit := search(text, at, end)) is not None:
        found = match(text, hit.start(), end)
        if found is None:  # cannot happen (the program ran this very pattern there); stay correct
            at = hit.start() + 1
            continue
        yield found
        at = found.end()
