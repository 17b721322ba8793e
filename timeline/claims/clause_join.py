"""A sentence's pieces → clauses: a new clause where a new time, subject or action starts (zh ，, en and)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from timeline.claims.dating import CLOCK_ONLY
from timeline.claims.lexicon_match import has_fact_verb, has_word, openings, table_pattern
from timeline.models import TimeMention
from timeline.segment import STRONG_BREAKS, Piece, Span, pieces

_TIME_LEAD = 5
"""A piece whose first dated mention starts within this many characters 'starts with a time'."""
_ZH_LEAD_WORDS = re.compile(
    r"(?:特别是|尤其是|而|但|就在|自从|自|从|到|至|在|于|截至|截止|直到|早在|是|也|并|同时|\s)*"
)
"""Words that may stand before a clause's opening time (并在2020年底…, 特别是自2017年…)."""
_EN_COORD = re.compile(r"^(?:and|but|while|whereas|then)\b", re.IGNORECASE)
_EN_SEQUEL = re.compile(r"^(?:followed by|before|after|only to|later)\b", re.IGNORECASE)
"""'…in February 2018, followed by steel in March 2018': a comma piece that tells the next event."""
_EN_SEQUEL_WORDS = 4
ATTRIBUTION_END = re.compile(
    r"(?:说|表示|介绍|告诉记者|对记者说|称|指出|透露|强调|回忆|s(?<!\w.)aid|s(?<!\w.)ays|t(?<!\w.)old [a-z]+)[：:，,]?$"
)
"""A piece that ends in an attribution (唐欣介绍, he said). An English verb's word start is tested
from its first letter, so every branch opens with a plain character the engine can skip to."""
_QUOTED = re.compile(r"“[^“”]+”[。！？，；]?")


def _same_fact_quoted(piece_text: str) -> bool:
    """'两家公司协商一致，“按照各自责任分担费用”': an undated piece that is one quotation from its first
    character to its last, not after an attribution, words the fact of the clause before it."""
    return piece_text[:1] == "“" and _QUOTED.fullmatch(piece_text) is not None


_ADVERBIAL = re.compile(r"^(?:在|于|当|自|从|经过|随着).{0,20}(?:后|时|前|中|之际|以来|期间|第.天|之初)$")
"""在立案后的第二天: a time adverbial; a fact verb inside it does not make the clause complete."""


@dataclass(slots=True)
class Clause:
    """A clause of a sentence: its span, dated mentions, and where it sits in the article."""

    start: int
    end: int
    paragraph: int
    sentence: int
    mentions: list[TimeMention] = field(default_factory=list)
    lead_in: bool = False
    has_fact: bool = False


def _starts_with_time(text: str, piece: Piece, own: Sequence[TimeMention], lang: str) -> bool:
    """The piece's first dated mention (`own`: the piece's mentions in text order) opens it."""
    if not own:
        return False
    lead = text[piece.start : own[0].start]
    if lang == "en":
        return len(lead.split()) <= 2
    return len(lead) <= _TIME_LEAD and bool(_ZH_LEAD_WORDS.fullmatch(lead))


_ADVERBIAL_FIRST = "在于当自从经随"
"""The characters every _ADVERBIAL match opens with: a piece opening otherwise needs no match."""


def sentence_clauses(
    text: str, sent: Span, lang: str, mentions: Sequence[TimeMention], p_no: int, s_no: int
) -> list[Clause]:
    """Join a sentence's pieces into clauses and keep those that state more than their dates."""
    en = lang == "en"
    parts = pieces(text, sent, lang)
    if en:
        parts = [part for piece in parts for part in _en_coordinated(text, piece, mentions)]
    elif mentions:
        parts = [part for piece in parts for part in _zh_dated_items(text, piece, mentions)]
    connectives = openings("CONNECTIVES", lang)
    fact_search = None if en else table_pattern("FACT_VERBS", lang).search  # English: its lowered copy
    clauses: list[Clause] = []
    said: list[bool] = []  # per clause: known to hold more than its dates (see below)
    current: Clause | None = None
    states_more = False  # `current` holds more than its dates (it keeps doing so as it grows)
    previous_attributes = False
    starts = [m.start for m in mentions]  # sorted: the sentence's slice of the sorted dated mentions
    for piece in parts:
        piece_text = piece.text
        own = (
            list(mentions[bisect.bisect_left(starts, piece.start) : bisect.bisect_left(starts, piece.end)])
            if starts
            else []
        )
        if fact_search is not None:
            piece_fact = fact_search(piece_text) is not None
        else:
            piece_fact = has_word("FACT_VERBS", piece_text, lang)
        new = current is None or piece.opener in STRONG_BREAKS
        if previous_attributes:
            new = True  # 唐欣介绍，“…”: the attribution is not part of what was said
        previous_attributes = ATTRIBUTION_END.search(piece_text[-12:]) is not None
        if not new and current is not None and not states_more:
            states_more = not _only_dates(text, current)
            said[-1] = states_more
        if not new and current is not None and not states_more:
            pass  # '11月18日，当时接诊的医生回忆…': a bare date piece opens the clause that follows
        elif not new and current is not None:
            if en:
                new = (
                    bool(own)
                    and bool(current.mentions)
                    and bool(
                        _EN_COORD.match(piece_text)
                        or piece.opener in _EN_JOINERS
                        or (_EN_SEQUEL.match(piece_text) and len(piece_text.split()) >= _EN_SEQUEL_WORDS)
                    )
                )
            elif (
                own and _dated_item(text, piece.end, own) and _dated_item(text, current.end, current.mentions)
            ):
                new = True  # 张某(2016年)，李某、赵某(2018年): a list of names, each with its year
            elif own and not current.lead_in and _starts_with_time(text, piece, own, lang):
                new = not _clock_continues(own, current)
            elif own and current.mentions and not current.lead_in and _has_subject_and_verb(text, piece, own):
                new = True  # …南下，中央气象台25日继续发布预警: a new subject with its own date
            elif own and current.mentions and _plan_opens(text, piece, own, current):
                new = True  # 25日发布预警，预计25日夜间…将有大风: the forecast is a fact of its own
            elif not current.lead_in and not (piece_text.lower() if en else piece_text).startswith(
                connectives
            ):
                # (Chinese connectives have no case to lower)
                new = (
                    current.has_fact and piece_fact and (en or bool(own) or not _same_fact_quoted(piece_text))
                )
        if new or current is None:
            current = Clause(
                piece.start, piece.end, p_no, s_no, own, bool(own) and _is_since_lead(piece_text)
            )
            clauses.append(current)
            said.append(False)
            states_more = False
        else:
            current.end = piece.end
            current.mentions.extend(own)
        if piece_text[:1] not in _ADVERBIAL_FIRST or not _ADVERBIAL.match(piece_text):
            current.has_fact = current.has_fact or piece_fact
            if current.lead_in and piece.start > current.start:
                current.lead_in = False
    for clause in clauses:
        clause.end = _trim_end(text, clause.start, clause.end)
    # a clause once found to hold more than its dates still does when grown (and trimmed of stops only)
    return [c for c, more in zip(clauses, said, strict=True) if more or not _only_dates(text, c)]


_EN_AND = re.compile(r"\s(and|but)\s+(?=\S)")
_EN_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|has|have|had|could|should|may|might|\w{3,}ed|"
    r"plans|expects|aims|hopes|intends|wants|says|vows|promises)\b"
)


_EN_AS = re.compile(
    r"\s(as|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|our|this|that|these|those|he|she|it|they|we"
    r"|[A-Z][a-z]+)\s)"
)
"""'will cut power Wednesday as the region faces a drought that has lasted since October': after a
date, 'as' / 'while' and a subject with its own verb and date open a second dated fact."""
_EN_PRESENT = re.compile(r"\b[a-z]{3,}s\b")
"""A present-tense verb after the subject ('the region faces')."""
_EN_JOINERS = ("and", "but", "as", "while", "whereas")


_EN_TO_VERB = re.compile(r"to\s+(?!the\b|a\b|an\b)[a-z]{3,}\s")
_EN_TO_VERB_IN = re.compile(r"\bto\s+(?!the\b|a\b|an\b)[a-z]{3,}\s")
"""'aims to land crews by 2024 and to build a base by 2028': two aims joined by 'and to', each with its date."""


def _en_coordinated(text: str, piece: Piece, mentions: Sequence[TimeMention]) -> list[Piece]:
    """'Rain fell on Tuesday and more was expected Wednesday': a coordinated clause with its own
    verb and its own date is a clause of its own (a date range's 'and' is inside one mention)."""
    inside = [m for m in mentions if piece.start <= m.start < piece.end]
    if len(inside) < 2:
        return [piece]
    for m in _EN_AND.finditer(text, piece.start, piece.end):
        cut, resume = m.start(), m.end()
        if any(x.start <= cut < x.end for x in inside):
            continue
        left = [x for x in inside if x.end <= cut]
        right = [x for x in inside if x.start >= resume]
        tail = text[resume : piece.end]
        opening = " ".join(text[resume : right[0].start].split()[:5]) if right else ""
        infinitives = _EN_TO_VERB.match(text, resume) and _EN_TO_VERB_IN.search(
            re.split(r"[.!?;\n]", text[max(0, cut - 150) : cut])[-1]
        )
        if left and right and (_EN_FINITE.search(opening) or infinitives) and len(tail.split()) >= 3:
            return [
                Piece(piece.start, cut, text[piece.start : cut], piece.opener),
                *_en_coordinated(text, Piece(resume, piece.end, tail, m.group(1)), mentions),
            ]
    for m in _EN_AS.finditer(text, piece.start, piece.end):
        cut, resume = m.start(), m.end()
        left = [x for x in inside if x.end <= cut]
        right = [x for x in inside if x.start >= resume]
        if not left or not right or text[left[-1].end : cut].strip(" ,"):
            continue  # only right after the first fact's date
        words = text[resume : right[0].start].split()[:6]
        verb_zone = " ".join(words[1:])
        if _EN_FINITE.search(verb_zone) or _EN_PRESENT.search(verb_zone):
            tail = text[resume : piece.end]
            return [
                Piece(piece.start, cut, text[piece.start : cut], piece.opener),
                *_en_coordinated(text, Piece(resume, piece.end, tail, m.group(1)), mentions),
            ]
    return [piece]


def _dated_item(text: str, end: int, mentions: Sequence[TimeMention]) -> bool:
    """Text ending at `end` in a bracketed date of `mentions` (…张某(2016年)): a dated list item."""
    if end < 2 or text[end - 1] not in ")）":
        return False
    last = mentions[-1] if mentions else None
    return last is not None and last.end == end - 1 and last.start > 0 and text[last.start - 1] in "(（"


def _zh_dated_items(text: str, piece: Piece, mentions: Sequence[TimeMention]) -> list[Piece]:
    """'张某(2016年)、王某(2017年)': names listed with their years in brackets, cut after each
    bracketed date that another date follows, so each year gets its own clause."""
    if ")、" not in piece.text and "）、" not in piece.text:
        return [piece]
    inside = [m for m in mentions if piece.start <= m.start < piece.end]
    out, pos, opener = [], piece.start, piece.opener
    for i, m in enumerate(inside[:-1]):
        cut = m.end + 1
        if text.startswith("、", cut) and _dated_item(text, cut, inside[: i + 1]):
            out.append(Piece(pos, cut, text[pos:cut], opener))
            pos, opener = cut + 1, "、"
    if not out:
        return [piece]
    out.append(Piece(pos, piece.end, text[pos : piece.end], opener))
    return out


_ZH_SUBJECT_BEFORE = re.compile(r"^[\u4e00-\u9fff《》“”A-Za-z]{2,14}$")


def _clock_continues(own: Sequence[TimeMention], current: Clause) -> bool:
    """'24日，北京大风，午后14时气温仅4℃': a bare clock time goes on with the day already named."""
    first = own[0] if own else None
    if first is None or first.precision not in ("hour", "minute") or CLOCK_ONLY.search(first.text):
        return False
    return any(m.precision == "day" or CLOCK_ONLY.search(m.text) for m in current.mentions)


_PLAN_LEAD = re.compile(r"(?P<word>预计|预期|计划|拟|有望|将)(?:将|要|会)?(?:于|在)?")
"""预计 / 计划于 / 将于 right before a piece's own date: a plan or forecast told after a done fact."""


def _plan_opens(text: str, piece: Piece, own: Sequence[TimeMention], current: Clause) -> bool:
    """A piece that opens with a plan word and then its own date (开工建设，预计2025年建成). A bare 将
    only after another plan (预计10月试运营，将于11月开港): after 发布公告，将于明年上市 it is what was announced."""
    lead = _PLAN_LEAD.match(text, piece.start, own[0].start)
    if lead is None or lead.end() != own[0].start:
        return False
    return lead["word"] != "将" or _PLANNED_BEFORE.search(text, current.start, current.end) is not None


_PLANNED_BEFORE = re.compile(r"预计|预期|计划|拟|有望|将(?:于|在|要|会)")
"""A plan already told in the clause (将 only with 于/在/要/会: not 将其 'takes it')."""


def _has_subject_and_verb(text: str, piece: Piece, own: Sequence[TimeMention]) -> bool:
    """A piece of the form 'subject + date + fact verb' (中央气象台25日发布…), or 'subject + 于 + date +
    predicate' (而英国政府于5月18日将其列入…): 于 ties the date to the piece's own subject."""
    lead = text[piece.start : own[0].start]
    rest = text[own[0].end : piece.end]
    if _ZH_SUBJECT_BEFORE.match(lead) and has_fact_verb(rest, "zh"):
        return True
    if not _ZH_SUBJECT_AT.match(lead) or _REPORTS.match(lead):
        return False
    return len(rest) >= (2 if lead.endswith("在") else 4) or len(lead) >= _LONG_SUBJECT  # 也在2016年拆除


_ZH_SUBJECT_AT = re.compile(
    r"^[\u4e00-\u9fff《》“”A-Za-z0-9]{2,24}(?:[于於]|(?<=[将將已就又还還也均都曾正再])在)$"
)
"""采用新平台的手机预计将于 / 签订时间则集中于: a subject (and its verb) tied to the piece's own date."""
_LONG_SUBJECT = 8
"""A lead this long holds its own verb (…则集中于2016年): the date may end the piece."""
_REPORTS = re.compile(r"(?:称|稱|声称|聲稱|说|說|表示|指出|透露|介绍|介紹|告诉|告訴)")
"""称查到她于2009年…: what someone said happened is part of their statement, not a clause of its own."""


_TWO_WORD_CHARS = re.compile(r"[\w\u4e00-\u9fff]{2}")
_ZONE = re.compile(r"(?:当地|北京|格林尼治|格林威治|美东|美国东部|日本|东京|香港|台北|莫斯科|伦敦)时间")
"""当地时间9月16日下午，…: the time zone a date is told in adds no fact to it."""


def _start_of(mention: TimeMention) -> int:
    return mention.start


def _only_dates(text: str, clause: Clause) -> bool:
    """'- 2019年09月07日': a clause that is nothing but its dates states no fact."""
    mentions = clause.mentions
    if not mentions:
        return not _TWO_WORD_CHARS.search(text, clause.start, clause.end)
    kept, pos = [], clause.start
    for m in sorted(mentions, key=_start_of) if len(mentions) > 1 else mentions:
        if m.start > pos:
            kept.append(text[pos : min(m.start, clause.end)])
        pos = max(pos, m.end)
    kept.append(text[pos : clause.end])
    rest = "".join(kept)
    return not _TWO_WORD_CHARS.search(_ZONE.sub("", rest) if "时间" in rest else rest)


def _is_since_lead(piece: str) -> bool:
    """A '自2017年9月…以来' piece (holding a date): it opens the clause that follows rather than ending one."""
    return piece.rstrip().endswith(("以来", "来")) and ("自" in piece or "从" in piece)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in "。！？!?…，,；;：: \u3000":
        end -= 1
    return end
