"""Event type of a clause from the lexicon in `events_lexicon`, with the rule that fired."""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use to read word openings
import re._parser as sre_p
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.temporal.engine import alt

_SYSTEM_AFTER = re.compile(r".{0,15}?(?:机制|制度|体系|模式|\bmechanism\b|\bsystem\b|\bframework\b)")
"""创建…调解机制 / set up a … mechanism: founding a system of rules is a policy, not an institution."""


def _lang_key(lang: str) -> str:
    return "en" if lang == "en" else "zh"


def word_pattern(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """One regex for a word list; when every entry starts with a Chinese character, a leading
    lookahead on those characters lets the engine skip the other positions quickly."""
    if not words:
        return re.compile(r"(?!)")  # an empty list matches nothing
    body = "|".join(f"(?:{w})" for w in words)
    firsts = {_first_char(w) for w in words if w}
    if firsts and all(c is not None and "\u4e00" <= c <= "\u9fff" for c in firsts):
        body = f"(?=[{''.join(sorted(firsts))}])(?:{body})"
        return re.compile(body, re.IGNORECASE)
    return re.compile(_english_guards(list(words), body), re.IGNORECASE)


def _first_char(word: str) -> str | None:
    """The literal character a word pattern must read first, past any lookbehind that opens it
    ((?<!年度)计划 → 计); None when it opens with anything else (a class, a group)."""
    try:
        items = list(sre_p.parse(word))
    except re.error:
        return None
    for op, av in items:
        if op in (sre_c.ASSERT, sre_c.ASSERT_NOT) and av[0] == -1:
            continue  # a lookbehind reads no character of the word
        return chr(av) if op is sre_c.LITERAL else None
    return None


def _english_guards(words: list[str], body: str) -> str:
    """`body` tried only at word starts (when every word opens with \\b) and only where one of the
    words' literal openings stands (when they are plain letters): the same matches, found faster."""
    openings = _openings(words) if all(w[:1].isascii() for w in words) else None
    if openings is not None:
        body = f"(?={openings})(?:{body})"
    if all(w.startswith(r"\b") for w in words):
        body = f"(?<![A-Za-z0-9_])(?:{body})"  # English words: only try word starts
    return body


@cache
def _compiled(kind: str, lang: str) -> re.Pattern[str]:
    table = {"planned": lex.PLANNED, "evaluation": lex.EVALUATION}[kind]
    return word_pattern(table[lang])


@cache
def _triggers(lang: str) -> re.Pattern[str]:
    """All types' triggers in one pattern, one named group per type (a single pass per clause)."""
    groups = "|".join(f"(?P<{kind}>{word_pattern(lex.TRIGGERS[kind][lang]).pattern})" for kind in lex.ORDER)
    words = [w for kind in lex.ORDER for w in lex.TRIGGERS[kind][lang]]
    firsts = {w[0] for w in words}
    if all("\u4e00" <= c <= "\u9fff" for c in firsts):
        groups = f"(?=[{''.join(sorted(firsts))}])(?:{groups})"
    else:
        groups = _english_guards(words, groups)
    return re.compile(groups, re.IGNORECASE)


def _openings(words: list[str]) -> str | None:
    """A trie of the literal characters the words open with (\\bkill(?:ed)? → kill, \\bsworn in →
    sworn in): a lookahead on it lets the engine try the long alternation only where one of them
    stands. None when a word opens with anything but a literal character. (For Chinese words a
    class of first characters is quicker: the engine skips to those on its own.)"""
    found: list[str] = []
    for word in words:
        try:
            items = list(sre_p.parse(word, re.IGNORECASE))
        except re.error:
            return None
        opening = _literal_openings(items)
        if not opening:
            return None
        found += opening
    return alt(found) if found else None


def _literal_openings(items: list[tuple[object, object]]) -> list[str] | None:
    """The literal runs a parsed word can open with: one (kill) or, when it opens with a group of
    plain alternatives ((?:is|are|was|were) planned), one per alternative; None otherwise."""
    literal = []
    for op, av in items:
        if op is sre_c.AT and not literal:
            continue  # a leading \b reads no character
        if op is sre_c.BRANCH and not literal:
            runs = [_literal_openings(list(alternative)) for alternative in av[1]]  # type: ignore[index]
            return None if any(not r for r in runs) else [o for r in runs for o in r or ()]
        if op is not sre_c.LITERAL:
            break
        literal.append(chr(av))  # type: ignore[arg-type]
    return ["".join(literal)] if literal else None


def planned_marker(text: str, lang: str) -> str | None:
    """Return the planning or forecast word in `text` (计划, 预计, plans to, will), else None."""
    m = _compiled("planned", _lang_key(lang)).search(text)
    return m.group() if m else None


def planned_marker_end(text: str, lang: str) -> int | None:
    """Where the last planning or forecast word in `text` ends, else None."""
    end = None
    for m in _compiled("planned", _lang_key(lang)).finditer(text):
        end = m.end()
    return end


def evaluation_marker(text: str, lang: str) -> str | None:
    """Return an evaluation marker in `text` (不断, 彰显, historic), else None."""
    m = _compiled("evaluation", _lang_key(lang)).search(text)
    return m.group() if m else None


def trigger(text: str, lang: str) -> tuple[str, str] | None:
    """Return (event_type, trigger word): the earliest trigger of a specific type (incident,
    appointment, agreement, founding, meeting, training), else the first general type
    (policy, project, service, statistic) in lexicon order."""
    general: dict[str, str] = {}
    for m in _triggers(_lang_key(lang)).finditer(text):
        kind = m.lastgroup or ""
        if kind in lex.STRONG_TYPES:
            return kind, m.group()
        general.setdefault(kind, m.group())
    for kind in lex.ORDER:
        if kind in general:
            return kind, general[kind]
    return None


def classify(
    text: str, lang: str, *, planned: bool = False, quantities: int = 0, rate: bool = False
) -> tuple[str, str]:
    """Return (event_type, event_rule) for a clause.

    A planned clause is `plan`; a clause stating a percentage or rate is a `statistic`; otherwise
    the lexicon's trigger (see `trigger`); a clause of bare figures is a `statistic`; else `other`.
    """
    if planned:
        marker = planned_marker(text, lang) or "planned"
        return "plan", f"planned:{marker}"
    if rate:
        return "statistic", "rate or percentage"
    hit = trigger(text, lang)
    if hit is not None and hit[0] == "founding" and _SYSTEM_AFTER.match(text, text.find(hit[1])):
        return "policy", f"lexicon:policy:{hit[1]}…机制"
    if hit is not None:
        return hit[0], f"lexicon:{hit[0]}:{hit[1]}"
    if quantities:
        return "statistic", "quantities:1"
    return "other", "default"
