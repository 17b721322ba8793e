"""Sentences and clauses with character offsets (zh and en rules)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article: `text == article_text[start:end]`."""

    start: int
    end: int
    text: str


_ZH_END = re.compile(r"[^。！？!?\n]*(?:[。！？!?]+[”’」』]?|\n|$)")
_EN_END = re.compile(
    r"[^.!?\n]*(?:(?<!\b[A-Z])(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)[.!?]+[\"”’)]*(?=\s|$)|\n|$)"
)


def sentences(text: str, lang: str) -> list[Span]:
    """Split `text` into sentences, trimmed of surrounding white space, with offsets."""
    pattern = _EN_END if lang == "en" else _ZH_END
    spans: list[Span] = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append(Span(start, end, text[start:end]))
    return spans
