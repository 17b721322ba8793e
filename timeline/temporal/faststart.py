"""Fast start: a pattern that opens with a lookaround is searched with the regex engine's quick loop.

Python's regex engine skips to a possible match start in a tight C loop only when a pattern opens
with a literal or a character class: `re._compiler` writes that class into the compiled
program's optimisation header. A grammar pattern that opens with a lookbehind, a key guard
(`zh_patterns.keyed`) or an optional piece gets no such header and is entered at every position
of the text, which for a long Chinese article was most of a rule's time. `fast_program(pattern)`
compiles the very same pattern again, as `re.compile` does (parse tree → `re._compiler` →
`_sre.compile`), but with a header that names every character a match may start with
(`first_chars`): one literal or a class. The result has the same text, groups and matches;
the engine merely tries it only where one of those characters stands, so `fast_matches` is
its own `finditer`. Its greedy optional pieces are written as alternations on the way
(`optional_as_branch`: same matches, run quicker by the engine).

Nothing to declare: a pattern takes part when its first characters are bounded, it cannot
match the empty string and it is case-sensitive; any other is searched as it is.
"""

from __future__ import annotations

import _sre  # the regex engine itself: compiles the code re._compiler writes, as re.compile does
import re
import re._compiler as sre_compiler  # the stdlib's regex compiler, used as re.compile uses it
import re._constants as sre_c  # the stdlib's own regex parser
import re._parser as sre_p
from collections.abc import Iterator

from timeline.temporal.regex_openings import class_parts


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
        items = _both_cases(items)
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


def _both_cases(items: list[str]) -> list[str]:
    """`items` and the other case of each character or range among them (for a case-blind match)."""
    return items + [ch.swapcase() for ch in items if len(ch) == 1 or (len(ch) == 3 and ch[1] == "-")]


def _first(seq: list, out: list[str], backwards: bool = False) -> bool:  # type: ignore[type-arg]
    """Add the first (or last) characters of `seq` to `out`; return True when `seq` can match empty."""
    return all(_first_item(op, av, out, backwards) for op, av in (reversed(seq) if backwards else seq))


def _first_item(op, av, out: list[str], backwards: bool = False) -> bool:  # type: ignore[no-untyped-def]
    """Add the first (or last) characters of one parse item; return True when it can match empty."""
    if op is sre_c.LITERAL:
        out.append(re.escape(chr(av)))
        return False
    if op is sre_c.IN:
        parts = class_parts(av)
        if parts is None:
            raise _UnboundedError
        out += parts
        return False
    if op is sre_c.SUBPATTERN:
        if not av[1] & re.IGNORECASE:
            return _first(list(av[-1]), out, backwards)
        inner: list[str] = []  # (?i:am): both cases of every first character
        nullable = _first(list(av[-1]), inner, backwards)
        out += _both_cases(inner)
        return nullable
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
    """The pattern compiled again with its first characters in its optimisation header, or None."""
    if pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    chars = first_chars(pattern)
    if not chars:
        return None
    try:
        tree = sre_p.parse(pattern.pattern, pattern.flags)
        flags = tree.state.flags | pattern.flags
        if flags & (re.IGNORECASE | re.LOCALE) or tree.getwidth()[0] == 0:
            return None
        width = tree.getwidth()
        optional_as_branch(tree)
        first = sre_p.parse(f"[{chars}]", pattern.flags).data[0]
        if (
            first[0] is sre_c.LITERAL
        ):  # one first character: a literal prefix the pattern's code does not skip
            opening = sre_p.SubPattern(tree.state, [first])
            items = [
                (sre_c.SUBPATTERN, (0, 0, 0, opening)),
                (sre_c.ASSERT, (1, sre_p.SubPattern(tree.state))),
            ]
        else:
            items = [first]
        header = sre_p.SubPattern(tree.state, items)
        header.width = width  # the header's lengths are the pattern's own (SubPattern caches them)
        code: list[int] = []
        sre_compiler._compile_info(code, header, flags)
        if code[2] not in (sre_c.SRE_INFO_CHARSET, sre_c.SRE_INFO_PREFIX) or (
            code[2] == sre_c.SRE_INFO_PREFIX and code[6] != 0  # the prefix must not be skipped in matching
        ):
            return None
        sre_compiler._compile(code, tree.data, flags)
        code.append(sre_c.SUCCESS)
        program = _program(pattern, tree, flags, code)
    except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
        return None
    if program.groups != pattern.groups or program.groupindex != pattern.groupindex:
        return None
    return program


def optional_as_branch(seq: sre_p.SubPattern | list) -> None:  # type: ignore[type-arg]
    """Rewrite, in place, every greedy optional piece `(?:X)?` whose X is not one character into `(?:X|)`.

    Both try X first, then nothing, and backtrack in the same order, so they match the same text
    with the same groups; but the engine runs `?` on a long piece through its general repeat (a
    context pushed and popped at every position tried), while an alternation whose branches open
    with literals is skipped at once. A grammar pattern is full of optional qualifier words and
    groups, so the fast program of a long pattern runs about a tenth quicker. One-character pieces
    (`[ \t]?`) keep the engine's own single-character repeat; lookbehinds are left as written.
    """
    data = seq.data if isinstance(seq, sre_p.SubPattern) else seq
    for index, (op, av) in enumerate(data):
        if op is sre_c.MAX_REPEAT:
            low, high, body = av
            optional_as_branch(body)
            if low == 0 and high == 1 and not sre_compiler._simple(body):
                data[index] = (sre_c.BRANCH, (None, [body, sre_p.SubPattern(body.state)]))
        elif op in (sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
            optional_as_branch(av[2])
        elif op is sre_c.SUBPATTERN:
            optional_as_branch(av[-1])
        elif op is sre_c.ATOMIC_GROUP:
            optional_as_branch(av)
        elif op is sre_c.BRANCH:
            for branch in av[1]:
                optional_as_branch(branch)
        elif op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and av[0] == 1:  # lookaheads only
            optional_as_branch(av[1])
        elif op is sre_c.GROUPREF_EXISTS:
            optional_as_branch(av[1])
            if av[2] is not None:
                optional_as_branch(av[2])


_OPTIONAL_PROGRAMS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}
"""id(pattern) → (pattern, the same pattern with its optional pieces as alternations), by identity."""


def branch_program(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` compiled again with its greedy optional pieces as alternations (`optional_as_branch`):
    same text, flags, groups and matches, quicker to run; `pattern` itself when that cannot be done."""
    entry = _OPTIONAL_PROGRAMS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _OPTIONAL_PROGRAMS[id(pattern)] = (pattern, _branch_program(pattern))
    return entry[1]


def _program(
    pattern: re.Pattern[str], tree: sre_p.SubPattern, flags: int, code: list[int]
) -> re.Pattern[str]:
    """The compiled regex of `code` (made from `tree`, the parse of `pattern`), with its group names."""
    names: list[str | None] = [None] * tree.state.groups
    for name, index in tree.state.groupdict.items():
        names[index] = name
    return _sre.compile(
        pattern.pattern, flags, code, tree.state.groups - 1, tree.state.groupdict, tuple(names)
    )


def _branch_program(pattern: re.Pattern[str]) -> re.Pattern[str]:
    try:
        tree = sre_p.parse(pattern.pattern, pattern.flags)
        optional_as_branch(tree)
        flags = tree.state.flags | pattern.flags
        program = _program(pattern, tree, flags, sre_compiler._code(tree, flags))
    except (re.error, RecursionError, TypeError, ValueError, AttributeError, IndexError):
        return pattern
    if (
        program.groups != pattern.groups
        or program.groupindex != pattern.groupindex
        or program.flags != pattern.flags
    ):
        return pattern
    return program


def fast_matches(
    program: re.Pattern[str], pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, pos, endpos)` yields: `program = fast_program(pattern)` is the
    same pattern with a quicker search, so its own matches (same groups, same spans) are those."""
    return program.finditer(text, pos, len(text) if endpos is None else endpos)


_OPENERS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None]] = {}
"""id(program) → (program, a one-character search for the characters its matches start with), by identity."""


def starting_by(
    program: re.Pattern[str], pattern: re.Pattern[str], text: str, pos: int, last: int, endpos: int
) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text, pos, endpos)` yields until its first match starting after `last`.

    `program = fast_program(pattern)`. A search would also try every possible start between `last`
    and `endpos` (the reach a window leaves for its last start) only to find a match it drops;
    here the program is tried (with `match`) only at the possible first characters up to `last`,
    found by a one-character search that stops there. Its matches are never empty (a pattern that
    may match the empty string has no fast program), so each next start is the last match's end.
    """
    entry = _OPENERS.get(id(program))
    if entry is None or entry[0] is not program:
        chars = first_chars(pattern)
        entry = _OPENERS[id(program)] = (program, re.compile(f"[{chars}]") if chars else None)
    opener = entry[1]
    if opener is None:  # not expected (a fast program has first characters): search as finditer does
        for found in program.finditer(text, pos, endpos):
            if found.start() > last:
                return
            yield found
        return
    next_start, match = opener.search, program.match
    while pos <= last:
        start = next_start(text, pos, last + 1)
        if start is None:
            return
        found = match(text, start.start(), endpos)
        if found is None:
            pos = start.start() + 1
            continue
        pos = found.end()
        yield found
