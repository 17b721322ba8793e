"""Page furniture around the story: the sign-off line, teasers of other articles, a repeated title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.segment import Span

_SIGN_OFF = re.compile(
    r"^[(（【\[]?\s*(?:责任编辑|责编|编辑|采写|撰稿|校对|审核|值班编辑|本文来源|原标题|"
    r"(?:Reporting|Writing|Editing|Additional reporting|Compiled|Edited) by\b|Originally published (?:on|in|at)\b|"
    r"More AP\b|Email [A-Z][\w.]+(?: [A-Z][\w.]+)? at\b|Follow (?:us|him|her|me|[A-Z]\w+ [A-Z]\w+) (?:on|at)\b|"
    r".{2,80}? contributed (?:reporting|to this (?:report|story|article))\b)",
    re.IGNORECASE,
)
"""责任编辑：… / Reporting by …; Editing by …: the sign-off that closes the story."""
_BIO_FOLLOW = re.compile(r"[.!?)]\s+Follow (?:us|him|her|me|them) (?:on|at)\b")
_BIO_CHARS = 400
"""'Jane Roe's book … is out now. Follow her on Twitter @…': the writer's bio that closes the page."""
_STOPS = tuple("。！？!?.；;…")
_CLOSERS = "”’」』\"')）] "
_SIGN_OFF_FROM = 0.5
"""Only a sign-off in the second half of the text ends the story (some pages open with 编辑：…)."""
_TEASER_END = re.compile(r"(?:[^…]…|\w\.\.\.)\Z")
"""'…46人因参…': a paragraph cut off mid-word by a single ellipsis is a teaser of another page
(a writer's own ellipsis in Chinese is ……)."""


def story_paragraphs(paras: Sequence[Span], text: str, title: str | None) -> list[Span]:
    """The paragraphs of the story: stop at a sign-off line in the second half, drop teasers and
    paragraphs that only repeat the title."""
    kept: list[Span] = []
    wanted_title = _plain(title) if title and len(paras) > 1 else ""
    for para in paras:
        if para.start >= len(text) * _SIGN_OFF_FROM and (
            _SIGN_OFF.match(para.text) or (len(para.text) <= _BIO_CHARS and _BIO_FOLLOW.search(para.text))
        ):
            break
        teaser = para.text.endswith(("…", "...")) and _TEASER_END.search(para.text, len(para.text) - 4)
        if teaser or _repeats_title(para.text, wanted_title):
            continue
        kept.append(para)
    return kept


def _repeats_title(line: str, title: str) -> bool:
    """A heading line (no closing stop) that says the title again; a sentence never counts."""
    return bool(title) and not line.rstrip(_CLOSERS).endswith(_STOPS) and _plain(line) == title


_NOT_WORD = re.compile(r"[\s\W_]+")


def _plain(line: str) -> str:
    return _NOT_WORD.sub("", line).lower()
