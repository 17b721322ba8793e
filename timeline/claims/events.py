"""Event type of a clause from the lexicon in `events_lexicon`, with the rule that fired."""

from __future__ import annotations

import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use to read word openings
import re._parser as sre_p
from collections.abc import Iterator
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.temporal.en_common import REPORTING, TENSE_WORDS
from timeline.temporal.engine import alt

_SYSTEM_AFTER = re.compile(r".{0,15}?(?:机制|制度|体系|模式|\bmechanism\b|\bsystem\b|\bframework\b)")
"""创建…调解机制 / set up a … mechanism: founding a system of rules is a policy, not an institution."""


_ISSUES_DOCUMENT = re.compile(
    r"(?:印发|发布|公布|下发|出台|颁布)[了的]?《[^《》]{1,60}?"
    r"(?:(?P<rule>通知|意见|办法|规定|条例|方案|规划|细则|决定|纲要|指南|标准|法|政策|措施)|"
    r"(?P<figures>报告|白皮书|蓝皮书|公报|统计|指数|榜单|名单))》"
)
"""印发《…通知》, 发布《…报告》: issuing a rule is a policy, publishing a report or figures a statistic,
whatever the title's words (疫情, 事件) would say. (Traditional text reaches here simplified.)"""
_TITLE = re.compile(r"《[^《》\n]{1,60}》")
"""A title in book brackets: its words name a document, a show or a report, not the clause's event."""


def _issued_document(text: str) -> tuple[str, str] | None:
    """(event_type, rule) when the clause issues a titled document (印发《…意见》, 发布《…报告》)."""
    if "《" not in text:
        return None
    m = _ISSUES_DOCUMENT.search(text)
    if m is None:
        return None
    kind, word = ("policy", m.group("rule")) if m.group("rule") else ("statistic", m.group("figures"))
    return kind, f"issues a document:{m.group()[:2]}《…{word}》"


def _without_titles(text: str) -> str:
    """`text` with every 《title》's words blanked (same length, so offsets hold)."""
    if "《" not in text:
        return text
    return _TITLE.sub(lambda m: "《" + "　" * (len(m.group()) - 2) + "》", text)


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


_CASE_ODD = ("ſ", "ı")
"""Letters that match s and i under re.IGNORECASE but lower-case to themselves."""


def lowered(text: str) -> str | None:
    """`text` lower-cased character for character, in which a case-sensitive search for lower-case
    words finds what re.IGNORECASE finds in `text` (at the same offsets), only faster: the engine
    skips ahead on its own. None where that does not hold (İ lowers to two characters; ſ, ı)."""
    low = text.lower()
    if text.isascii():
        return low  # ASCII lowers letter for letter and holds neither odd letter
    if len(low) != len(text) or _CASE_ODD[0] in low or _CASE_ODD[1] in low:
        return None
    return low


def case_sensitive(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without re.IGNORECASE, for `lowered` text; None when it holds any upper-case letter
    (other than in an escape such as \\S, the class range A-Za-z or a group's (?P<) that lower-cased
    text could never match."""
    rest = re.sub(r"\\.|A-Za-z|\(\?P<", "", pattern.pattern)
    if rest != rest.lower() or not pattern.flags & re.IGNORECASE:
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


@cache
def _english(kind: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """An English word list's pattern (planned, evaluation, triggers) and its `case_sensitive` twin."""
    pattern = _triggers("en") if kind == "triggers" else _compiled(kind, "en")
    return pattern, case_sensitive(pattern)


def _finditer(kind: str, text: str, lang: str) -> Iterator[re.Match[str]]:
    """The matches of a word list in `text`; English searched case-sensitively in `lowered` text
    where it can (the same offsets and groups: take the matched words from `text`)."""
    if lang != "en":
        return (_triggers("zh") if kind == "triggers" else _compiled(kind, "zh")).finditer(text)
    pattern, cased = _english(kind)
    low = lowered(text) if cased is not None else None
    return cased.finditer(low) if cased is not None and low is not None else pattern.finditer(text)


def _first(kind: str, text: str, lang: str) -> str | None:
    if lang != "en":
        m = _compiled(kind, "zh").search(text)
        return m.group() if m else None
    m = next(_finditer(kind, text, lang), None)
    return text[m.start() : m.end()] if m else None


def planned_marker(text: str, lang: str) -> str | None:
    """Return the planning or forecast word in `text` (计划, 预计, plans to, will), else None."""
    return _first("planned", text, lang)


def planned_marker_end(text: str, lang: str) -> int | None:
    """Where the last planning or forecast word in `text` ends, else None."""
    end = None
    for m in _finditer("planned", text, lang):
        end = m.end()
    return end


def evaluation_marker(text: str, lang: str) -> str | None:
    """Return an evaluation marker in `text` (不断, 彰显, historic), else None."""
    return _first("evaluation", text, lang)


def trigger(text: str, lang: str) -> tuple[str, str] | None:
    """Return (event_type, trigger word): the earliest trigger of a specific type (incident,
    appointment, agreement, founding, meeting, training), else the first general type
    (policy, project, service, statistic) in lexicon order."""
    general: dict[str, str] = {}
    for m in _finditer("triggers", text, lang):
        kind, word = m.lastgroup or "", text[m.start() : m.end()]
        if kind in lex.STRONG_TYPES:
            return kind, word
        general.setdefault(kind, word)
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
    if lang != "en":
        issued = _issued_document(text)
        if issued is not None:
            return issued
        text = _without_titles(text)
    hit = trigger(text, lang)
    if hit is not None and hit[0] == "founding" and _SYSTEM_AFTER.match(text, text.find(hit[1])):
        return "policy", f"lexicon:policy:{hit[1]}…机制"
    if hit is not None:
        return hit[0], f"lexicon:{hit[0]}:{hit[1]}"
    if quantities:
        return "statistic", "quantities:1"
    return "other", "default"


def told_before_plan(body: str, date_text: str, at: int, looks_back: bool) -> bool:
    """'The merger, which became final Tuesday, will create …', 'Earlier this year, Ames told a paper the band
    will tour': with no plan word before it, a date that looks back (`looks_back`) or sits beside a past verb
    that tells (not 'said', which may report the plan) dates something done; the later plan word plans
    something else (English only)."""
    if planned_marker_end(body[:at], "en") is not None:
        return False
    if looks_back:
        return True
    after = at + len(date_text)
    near = [
        t
        for t in TENSE_WORDS.finditer(body, max(0, at - 30), after + 30)
        if t.end() <= at or t.start() >= after
    ]
    before = [t for t in near if t.end() <= at]
    first = before[-1] if before else (near[0] if near else None)
    return first is not None and first.group("past") is not None and first.group(0).lower() not in REPORTING
