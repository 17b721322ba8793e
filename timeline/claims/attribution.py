"""An attribution record (who is reported to say what, and where) and the quotes of a paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

_QUOTES = {
    "zh": re.compile(r"“[^”]*”|「[^」]*」|\"[^\"]*\""),
    "en": re.compile(r"“[^”]*”|\"[^\"]*\""),
}


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker found in the text: name, role, and the span of what they are reported to say."""

    speaker: str
    role: str | None
    start: int
    end: int
    cue: int = -1
    """Where the attribution itself starts (据…报道, the name before 说) when it leads the span."""
    source: bool = False
    """Named by 据… / according to …: often a body or a document, so not taken for a person."""
    pronoun: bool = False
    """他还表示 / 其称: `speaker` is the pronoun; claims/pronouns.py names the person it stands for."""


def quote_spans(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """The spans of the quotations in `text[start:end]` (“…”, 「…」 in Chinese, "…")."""
    pattern = _QUOTES["en" if lang == "en" else "zh"]
    return [(m.start(), m.end()) for m in pattern.finditer(text, start, end)]
