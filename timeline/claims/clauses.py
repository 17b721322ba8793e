"""Sentences → clauses: one clause per dated fact (zh: ；/：, a new time, a new action after ，; en: ;)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.models import TimeMention
from timeline.segment import STRONG_BREAKS, Piece, Span, paragraphs, pieces, sentences

_TIME_LEAD = 5
"""A piece whose first dated mention starts within this many characters 'starts with a time'."""
_ZH_LEAD_WORDS = re.compile(
    r"^(?:特别是|尤其是|而|但|就在|自从|自|从|到|至|在|于|截至|截止|直到|早在|是|也|并|同时|)"
)
_EN_COORD = re.compile(r"^(?:and|but|while|whereas|then)\b", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(
    r"(?:说|表示|介绍|告诉记者|对记者说|称|指出|透露|强调|\bsaid|\bsays|\btold [a-z]+)[：:，,]?$"
)
_ADVERBIAL = re.compile(r"^(?:在|于|当|自|从|经过|随着).{0,20}(?:后|时|前|中|之际|以来|期间|第.天|之初)$")
"""在立案后的第二天: a time adverbial; a fact verb inside it does not make the clause complete."""
_ATTRIBUTIVE = re.compile(r"^(?:当前|目前|如今|现在|现阶段|当下|今年|本月)的")


@dataclass
class Clause:
    """A clause of a sentence: its span, dated mentions, and where it sits in the article."""

    start: int
    end: int
    paragraph: int
    sentence: int
    mentions: list[TimeMention] = field(default_factory=list)
    lead_in: bool = False
    core: list[str] = field(default_factory=list)


@cache
def _pattern(table: str, lang: str) -> re.Pattern[str]:
    words = getattr(lex, table)["en" if lang == "en" else "zh"]
    return re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE)


def has_fact_verb(text: str, lang: str) -> bool:
    """True when `text` holds a verb that heads a reportable action (签订, 组织, signed)."""
    return _pattern("FACT_VERBS", lang).search(text) is not None


def is_dating(mention: TimeMention, text: str) -> bool:
    """A mention that can date a claim: DATE/TIME with a calendar value, not used attributively."""
    if mention.type not in ("DATE", "TIME") or not (mention.date_start or mention.date_end):
        return False
    return not _ATTRIBUTIVE.match(text[mention.start : mention.end + 1])


def split_clauses(text: str, lang: str, mentions: Sequence[TimeMention]) -> list[Clause]:
    """Cut the article into clauses (paragraph by paragraph, sentence by sentence)."""
    dated = [m for m in mentions if is_dating(m, text)]
    out: list[Clause] = []
    sentence_no = 0
    for p_no, para in enumerate(paragraphs(text)):
        for sent in sentences(para.text, lang):
            span = Span(para.start + sent.start, para.start + sent.end, sent.text)
            inside = [m for m in dated if span.start <= m.start < span.end]
            out.extend(_sentence_clauses(text, span, lang, inside, p_no, sentence_no))
            sentence_no += 1
    return out


def _starts_with_time(text: str, piece: Piece, mentions: Sequence[TimeMention], lang: str) -> bool:
    first = next((m for m in mentions if piece.start <= m.start < piece.end), None)
    if first is None:
        return False
    lead = text[piece.start : first.start]
    if lang == "en":
        return len(lead.split()) <= 2
    return len(lead) <= _TIME_LEAD and bool(_ZH_LEAD_WORDS.fullmatch(lead))


def _opens_with(text: str, table: str, lang: str) -> bool:
    words = getattr(lex, table)["en" if lang == "en" else "zh"]
    return any(text.lower().startswith(w) for w in words)


def _sentence_clauses(
    text: str, sent: Span, lang: str, mentions: Sequence[TimeMention], p_no: int, s_no: int
) -> list[Clause]:
    parts = pieces(text, sent, lang)
    clauses: list[Clause] = []
    current: Clause | None = None
    previous: Piece | None = None
    for piece in parts:
        own = [m for m in mentions if piece.start <= m.start < piece.end]
        new = current is None or piece.opener in STRONG_BREAKS
        if previous is not None and _ATTRIBUTION_END.search(previous.text):
            new = True  # 唐欣介绍，“…”: the attribution is not part of what was said
        previous = piece
        if not new and current is not None:
            if lang == "en":
                new = bool(own) and bool(current.mentions) and bool(_EN_COORD.match(piece.text))
            elif _starts_with_time(text, piece, mentions, lang) and not current.lead_in:
                new = True
            elif not _opens_with(piece.text, "CONNECTIVES", lang) and not current.lead_in:
                body = "，".join(current.core)
                new = has_fact_verb(body, lang) and has_fact_verb(piece.text, lang)
        if new or current is None:
            current = Clause(piece.start, piece.end, p_no, s_no, list(own))
            current.lead_in = _is_since_lead(text, piece, own)
            clauses.append(current)
        else:
            current.end = piece.end
            current.mentions.extend(own)
        if not _ADVERBIAL.match(piece.text):
            current.core.append(piece.text)
            if current.lead_in and piece.start > current.start:
                current.lead_in = False
    for clause in clauses:
        clause.end = _trim_end(text, clause.start, clause.end)
    return clauses


def _is_since_lead(text: str, piece: Piece, own: Sequence[TimeMention]) -> bool:
    """A '自2017年9月…以来' piece: it opens the clause that follows rather than ending one."""
    return (
        bool(own)
        and piece.text.rstrip().endswith(("以来", "来"))
        and ("自" in piece.text or "从" in piece.text)
    )


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in "。！？!?…，,；;：: \u3000":
        end -= 1
    return end
