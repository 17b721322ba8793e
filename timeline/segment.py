"""Paragraphs, sentences and clause pieces with character offsets (zh and en rules)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple


class Span(NamedTuple):
    """A piece of the article: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


class Piece(NamedTuple):
    """A clause piece of a sentence and the punctuation that opened it ('' for the first)."""

    start: int
    end: int
    text: str
    opener: str


built = tuple.__new__
"""`built(Span, (start, end, text))` is `Span(start, end, text)`, the same tuple, made without the
named tuple's own `__new__` (a Python function that costs twice as much): for loops that make one a piece."""


_ZH_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?…]+[”’」』\"]?|\n|$)")
_EN_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=\n)|[.!?]*[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|(?<=[a-z]{3}[.!?])(?<!\bwww.)(?=[A-Z][a-z]{2,}\s))"
)
"""A sentence's end: stops (and closing quotes) before white space and a capital, or a line break, or
a stop glued to the next sentence by a page that lost the space ('on Wednesday.The stabbing').
One class opens the pattern, so the engine only stops at those characters."""
_EN_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "jr",
        "sr",
        "no",
        "vs",
        "gov",
        "sen",
        "rep",
        "lt",
        "capt",
        "sgt",
        "gen",
        "col",
        "calif",
        "co",
        "inc",
        "corp",
        "ltd",
        "jan",
        "feb",
        "mar",
        "apr",
        "aug",
        "sept",
        "sep",
        "oct",
        "nov",
        "dec",
        "u.s",
        "u.k",
        "d.c",
        "a.m",
        "p.m",
        "approx",
        "dept",
        "univ",
        "ave",
        "blvd",
        "mt",
        "ft",
    ]
)
_EN_TITLES = frozenset("mr mrs ms dr st jr sr gov sen rep lt capt sgt gen col".split())  # noqa: SIM905
"""Abbreviations that always stand before a name (Dr. Smith), never at a sentence's end."""
_EN_STARTERS = frozenset(
    "the a an in on at it its he she they we this that these those there but and however after "  # noqa: SIM905
    "before when while since on meanwhile earlier later then also".split()
)
"""Words that open a sentence but never follow an initial ('Group D. The day before')."""


def _opens_sentence(text: str, pos: int) -> bool:
    word = re.match(r"\s+[\"“‘(]?([A-Za-z]+)\b", text[pos : pos + 30])
    return bool(word) and word.group(1)[0].isupper() and word.group(1).lower() in _EN_STARTERS


_ZH_PIECE_BREAK = re.compile(r"，|；|;|：|,(?<!\d,)|,(?!\d{3}(?!\d))|:(?<!\d:)|:(?!\d)")
"""Clause punctuation; an ASCII comma or colon breaks unless it sits in a number (1,200, 9:30). The
digit before it is tested once the mark is read, so every branch opens with the mark itself and the
engine only stops at those."""
_EN_PIECE_BREAK = re.compile(r";|:\s|,\s|\s[—–]\s|\s--\s")
STRONG_BREAKS = frozenset("；;：:")
"""Punctuation after which a new clause always starts (a comma only starts one by rule)."""


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    segment = text[start:end]
    body = segment.lstrip()
    start += len(segment) - len(body)
    return start, start + len(body.rstrip())


_LINE = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[Span]:
    """Split `text` at line breaks into non-blank paragraphs, trimmed, with offsets."""
    return _trimmed_spans(_LINE.finditer(text))


_RUN_ON = ("，", "、", ",")
"""A Chinese line that ends with one of these goes on in the next line (WeChat-style line breaks)."""


def story_lines(text: str, lang: str) -> list[Span]:
    """Paragraphs, with a Chinese line that ends in a comma joined to the line after it.

    WeChat pages break one sentence over several lines ('下周一，' / '高速将封闭施工。'); the
    date on the first line belongs to the clause on the next.
    """
    paras = paragraphs(text)
    if lang == "en":
        return paras
    out: list[Span] = []
    for para in paras:
        prev = out[-1] if out else None
        if prev is not None and prev.text.endswith(_RUN_ON) and not text[prev.end : para.start].strip():
            out[-1] = Span(prev.start, para.end, text[prev.start : para.end])
        else:
            out.append(para)
    return out


def _trimmed_spans(pieces: Iterable[re.Match[str]]) -> list[Span]:
    """Spans of the non-blank pieces (each a match of the text), trimmed of white space."""
    spans: list[Span] = []
    for m in pieces:
        start, piece = m.start(), m.group()
        body = piece.strip()
        if body:
            first = start + len(piece) - len(piece.lstrip())
            spans.append(built(Span, (first, first + len(body), body)))
    return spans


def _en_sentences(text: str) -> list[Span]:
    """English sentences: a stop before white space and a capital, not after an abbreviation."""
    spans: list[Span] = []
    pos = 0
    for m in _EN_BOUNDARY.finditer(text):
        if m.group() != "\n":
            word = _last_word(text, pos, m.start())
            token = word.lower().rstrip(".")
            before = m.start() - len(word) - 1
            initial = len(token) == 1 and token.isalpha() and not (before >= 0 and text[before].isdigit())
            abbreviated = token in _EN_ABBREVIATIONS or initial  # an initial (J. Doe), not 'the 2020s.'
            if abbreviated and (token in _EN_TITLES or not _opens_sentence(text, m.end())):
                continue
        start, end = _trimmed(text, pos, m.end())
        if end > start:
            spans.append(built(Span, (start, end, text[start:end])))
        pos = m.end()
    start, end = _trimmed(text, pos, len(text))
    if end > start:
        spans.append(Span(start, end, text[start:end]))
    return spans


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _last_word(text: str, start: int, end: int) -> str:
    """The run of letters and dots that ends text[start:end] ('' when none): an abbreviation test."""
    first = end
    while first > start and text[first - 1] in _WORD_CHARS:
        first -= 1
    return text[first:end]


def sentences(text: str, lang: str) -> list[Span]:
    """Split `text` into sentences, trimmed of surrounding white space, with offsets."""
    if lang == "en":
        return _bounded(_en_sentences(text))
    spans = _trimmed_spans(_ZH_END.finditer(text))
    if "\n" not in text:
        return spans if len(text) <= MAX_SENTENCE else _bounded(spans)
    out: list[Span] = []
    for span in spans:  # a line that ends in a comma goes on in the next one (see story_lines)
        prev = out[-1] if out else None
        if prev is not None and prev.text.endswith(_RUN_ON) and "\n" in text[prev.end : span.start]:
            out[-1] = Span(prev.start, span.end, text[prev.start : span.end])
        else:
            out.append(span)
    return _bounded(out)


MAX_SENTENCE = 1000
"""A run with no sentence stop longer than this (a page that lost its punctuation) is cut, at the
last space or comma before the limit, so that no claim quotes a whole megabyte."""
_SOFT_BREAKS = " ，,；;、\t"


def _bounded(spans: list[Span]) -> list[Span]:
    """`spans` with every span longer than MAX_SENTENCE cut into runs of at most that length."""
    if all(len(span.text) <= MAX_SENTENCE for span in spans):
        return spans
    out: list[Span] = []
    for span in spans:
        start, rest = span.start, span.text
        while len(rest) > MAX_SENTENCE:
            cut = max(rest.rfind(c, MAX_SENTENCE // 2, MAX_SENTENCE) for c in _SOFT_BREAKS) + 1
            cut = cut or MAX_SENTENCE
            head = rest[:cut].rstrip()
            if head:
                out.append(Span(start, start + len(head), head))
            tail = rest[cut:]
            start += cut + len(tail) - len(tail.lstrip())
            rest = tail.lstrip()
        if rest:
            out.append(Span(start, start + len(rest), rest))
    return out


def pieces(text: str, sentence: Span, lang: str) -> list[Piece]:
    """Split a sentence at clause punctuation (，；： / ; : ,) into pieces with offsets.

    Each piece's `opener` is the punctuation before it, so callers can tell a semicolon
    (always a new clause) from a comma (a new clause only when a new subject or time starts).
    """
    breaker = _EN_PIECE_BREAK if lang == "en" else _ZH_PIECE_BREAK
    out: list[Piece] = []
    pos, opener = sentence.start, ""
    for m in (*breaker.finditer(text, sentence.start, sentence.end), None):
        cut = m.start() if m is not None else sentence.end
        segment = text[pos:cut]
        opened = segment.lstrip()
        body = opened.rstrip().rstrip(_PIECE_END)
        if body:
            start = pos + len(segment) - len(opened)
            out.append(built(Piece, (start, start + len(body), body, opener)))
        if m is not None:
            pos, opener = m.end(), m.group().strip()
    return out


_PIECE_END = "。！？!?.…"
"""Closing stops left off a piece (a sentence's own end is not part of its last clause)."""


_QUESTION_WORD = re.compile(r"吗|呢|难道|是否|能否|为何|为什么|怎么|什么|如何|哪|谁|几时|多少")
_TOLD_PIECES = 3
"""A question sentence whose first pieces (at least this many, before the piece that asks) report
a dated event keeps those pieces as a statement."""


def statement_before_question(sentence: str) -> int:
    """Where the statement before a closing question ends (at a comma), or 0 when the question
    starts too early (今年能否保持增长？) for the sentence to report anything first."""
    asked = _QUESTION_WORD.search(sentence)
    if asked is None:
        return 0
    cut = max(sentence.rfind("，", 0, asked.start()), sentence.rfind(",", 0, asked.start()))
    if cut <= 0 or sentence.count("，", 0, cut) + sentence.count(",", 0, cut) < _TOLD_PIECES - 1:
        return 0
    return cut
