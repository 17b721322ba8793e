"""Sentences → clauses: one clause per dated fact (zh: ；/：, a new time, a new action after ，; en: ;)."""

from __future__ import annotations

import bisect
import re
import re._constants as sre_c  # the stdlib's own regex parser: read-only use to read plain characters
import re._parser as sre_p
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.claims.dating import CLOCK_ONLY, is_dating
from timeline.claims.events import case_sensitive, lowered, word_pattern
from timeline.models import TimeMention
from timeline.segment import (
    STRONG_BREAKS,
    Piece,
    Span,
    paragraphs,
    pieces,
    sentences,
    statement_before_question,
)
from timeline.temporal.engine import alt

PERIODS = frozenset({"since", "recent"})
"""Qualifiers of a period: later sentences of the paragraph may inherit such a date."""
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
_ADVERBIAL = re.compile(r"^(?:在|于|当|自|从|经过|随着).{0,20}(?:后|时|前|中|之际|以来|期间|第.天|之初)$")
"""在立案后的第二天: a time adverbial; a fact verb inside it does not make the clause complete."""
_REPORTED_QUESTION = re.compile(r"被问到|被问及|问及|被問到|被問及|問及|\bwas asked\b|\bwere asked\b")
"""3月5日，在发布会上被问到为什么…？: a question the story reports, told as a dated event."""
BREAKDOWN = re.compile(r"^(?:其中|Of (?:these|those|them|the total)\b)", re.IGNORECASE)
"""1-10月，投资完成246亿元。其中工业投资…: a sentence opening with 其中 / 'of these' breaks down the
previous sentence's figure, so it keeps that sentence's date."""
_PAGE_LINE = re.compile(
    r"[(（【\[]?\s*(?:发布时间|发布日期|发表时间|更新时间|发稿时间|来源|作者|编辑|责编|责任编辑|"
    r"版权声明|Published|Updated|Posted|Last updated|Source|By)\s*[:：]",
    re.IGNORECASE,
)
"""A page line of metadata (publication stamp, source, editor, copyright)."""
_PAGE_STAMP = re.compile(
    r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}(?P<seconds>:\d{2})?\s*"
    r"(?P<byline>(?:来源|作者|编辑|发布|字号|阅读|浏览|[【\[]\s*文)?)"
)
"""'2019-09-26 12:11来源：…' / '2019-09-07 09:27:48 【文/…】 …': the page's own time stamp heading a
paragraph (it carries seconds or a byline follows), not the time of what the paragraph reports."""
_CAPTION_START = re.compile(
    r"(?:资料图|图为|图片来源|图源|配图|本文图片|\((?:Graphic|Chart|Video|Factbox|Interactive)s?\s*[:：-]|"
    r"\(?(?:AP |AFP |Reuters )?Photo\b|FILE\s*[-–—]|All times local|"
    r"Copyright|©|Share (?:this|on)|Click to|Sign up|[(（]?(?:资料)?来源[:：]|"
    r"(?:Correction|Clarification|Editor['’]s note|Update)(?: added| appended)?"
    r"(?:\s+(?:on\s+)?[A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?)?\s*[:,—–-]|Updated (?:at|on)\b|"
    r"This (?:story|article|report|post) (?:was|has been) (?:updated|corrected)\b|更正[:：])",
    re.IGNORECASE,
)
_CAPTION_END = re.compile(
    r"(?:(?:记者|通讯员|\s)[\u4e00-\u9fff·]{2,4}\s+[摄图][)）]?|(?:记者|通讯员)[\u4e00-\u9fff·]{2,4}摄[)）]?|供图"
    r"|\((?:AP|AFP|Reuters|Getty)[^)]*(?:Photo|Images)[^)]*\)|contributed to this report\.?)$",
    re.IGNORECASE,
)
"""Photo captions and credits (…记者 贾天勇 摄, (AP Photo/…)), source notes and share or sign-up
lines: page furniture, not the story."""
_DATELINE_LEAD = re.compile(
    r"^(?:[^，。\n]{0,24}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*|综合消息[，,]\s*"
    r"|[^，。\s]{1,20}讯(?:\s*[（(][^）)\n]{0,30}[）)]\s*|\s+)"
    r"|[（(][^，。（()）\n]{0,30}?\d{1,2}日(?:电|讯)[）)]\s*|[【\[][^】\]\n]{1,12}[】\]]\s*(?=\S)"
    r"|[A-Z][A-Z .’'-]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*\([A-Za-z .]{2,20}\)\s*[—–-]{1,2}\s*)"
)
"""新华社北京2月29日电（记者…）/ SAN FRANCISCO (AP) — : the dispatch line that opens a story."""


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
    has_fact: bool = False


@cache
def _pattern(table: str, lang: str) -> re.Pattern[str]:
    """A lexicon table's words as one pattern, for yes/no tests only (which word matched is not
    used): a list of plain words becomes a prefix tree, which the engine skips through fastest."""
    words = getattr(lex, table)["en" if lang == "en" else "zh"]
    if words and all(re.escape(w) == w for w in words):
        return re.compile(alt(words), re.IGNORECASE)
    return word_pattern(words)


@cache
def _required_chars(table: str, lang: str) -> tuple[str, ...] | None:
    """Characters one of which every match of a table's pattern holds (最初, 起初, …之初 all hold 初):
    text without any of them cannot match, so the pattern need not run. None when some word holds
    no caseless plain character of its own (then nothing can be ruled out this way)."""
    words = getattr(lex, table)["en" if lang == "en" else "zh"]
    needed = []
    for word in words:
        try:
            items = list(sre_p.parse(word))
        except re.error:
            return None
        chars = {chr(av) for op, av in items if op is sre_c.LITERAL and chr(av).lower() == chr(av).upper()}
        if not chars:
            return None
        needed.append(chars)
    chosen: list[str] = []
    while needed:  # greedily, the character most words share
        best = max(sorted({c for chars in needed for c in chars}), key=lambda c: sum(c in n for n in needed))
        chosen.append(best)
        needed = [n for n in needed if best not in n]
    return tuple(chosen)


@cache
def _cased(table: str, lang: str) -> re.Pattern[str] | None:
    """An English table's pattern without re.IGNORECASE, for `lowered` text (None for Chinese)."""
    return case_sensitive(_pattern(table, lang)) if lang == "en" else None


def _has_word(table: str, text: str, lang: str) -> bool:
    """True when `text` holds a word of the lexicon table; English searched in its `lowered` copy."""
    cased = _cased(table, lang)
    low = lowered(text) if cased is not None else None
    if cased is not None and low is not None:
        return cased.search(low) is not None
    return _pattern(table, lang).search(text) is not None


def has_fact_verb(text: str, lang: str) -> bool:
    """True when `text` holds a verb that heads a reportable action (签订, 组织, signed)."""
    return _has_word("FACT_VERBS", text, lang)


def split_clauses(
    text: str, lang: str, mentions: Sequence[TimeMention], paras: Sequence[Span] | None = None
) -> list[Clause]:
    """Cut the article into clauses (paragraph by paragraph, sentence by sentence).

    Only sentences that can give a claim are cut: those with a dated mention, those after a
    period's date in the same paragraph (they may inherit it), and those with 最初 / initially.
    """
    quotes = [(q.start(), q.end()) for q in _QUOTE.finditer(text)]
    dated = sorted(
        (m for m in mentions if is_dating(m, text) and not _speakers_own_frame(m, quotes)),
        key=lambda m: m.start,
    )
    starts = [m.start for m in dated]
    initial = _pattern("INITIAL_WORDS", lang)
    initial_marks = _required_chars("INITIAL_WORDS", lang)

    def has_initial(piece: str) -> bool:
        if initial_marks is not None and not any(c in piece for c in initial_marks):
            return False
        return initial.search(piece) is not None

    out: list[Clause] = []
    sentence_no = 0
    for p_no, para in enumerate(paras if paras is not None else paragraphs(text)):
        lo, hi = bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)
        in_para = dated[lo:hi]
        if not in_para and not has_initial(para.text):
            continue  # nothing here can be dated: no mention to own or inherit, no 最初
        if _PAGE_LINE.match(para.text) or _is_caption(para.text) or _is_heading(para, in_para, lang):
            continue  # 发布时间: 2024-04-24 09:21:00 来源: …: the page's metadata, not the story
        stamp = _PAGE_STAMP.match(para.text)
        if stamp and (stamp["seconds"] or stamp["byline"]):
            if stamp["byline"] and stamp["byline"][0] not in "【[":
                continue
            para = Span(
                para.start + stamp.end(0) - len(stamp["byline"]),
                para.end,
                para.text[stamp.end(0) - len(stamp["byline"]) :],
            )
        lead = _DATELINE_LEAD.match(para.text)
        if lead and lead.end() < len(para.text):
            para = Span(para.start + lead.end(), para.end, para.text[lead.end() :])
        period_seen = previous_dated = False
        for sent in sentences(para.text, lang):
            span = Span(para.start + sent.start, para.start + sent.end, sent.text)
            inside = dated[
                bisect.bisect_left(starts, span.start, lo, hi) : bisect.bisect_left(starts, span.end, lo, hi)
            ]
            asks = sent.text.rstrip("”’」』\"' ").endswith(("？", "?")) and not _REPORTED_QUESTION.search(
                sent.text
            )
            if asks and inside and lang != "en" and inside[0].start - span.start <= _LEAD_SLACK:
                told = statement_before_question(sent.text)
                if told and text.startswith(("，", ","), inside[0].end):
                    asks = (
                        False  # 近日，一张截图在网上流传，…，难道不是恶搞吗？: the report before the question
                    )
                    span = Span(span.start, span.start + told, sent.text[:told])
                    inside = [m for m in inside if m.start < span.end]
            breakdown = previous_dated and BREAKDOWN.match(sent.text) is not None
            if (inside or period_seen or breakdown or has_initial(sent.text)) and not asks:
                out.extend(_sentence_clauses(text, span, lang, inside, p_no, sentence_no))
            period_seen = period_seen or any(m.qualifier in PERIODS for m in inside)
            previous_dated = bool(inside)
            sentence_no += 1
    return out


_LEAD_SLACK = 2
"""How far into a question sentence its date may start and still lead a report before the question."""
_SENTENCE_FINAL = tuple('。！？!?….；;：:”"’」』)）')
HEADING_CHARS = 35
_SOURCE_TAG = re.compile(r"^[【\[][^】\]]{1,12}[】\]]")
"""【某某网】 before a roundup's item heading: the source's name, not part of the heading."""
HEADING_WORDS = 14


def _is_heading(para: Span, in_para: Sequence[TimeMention], lang: str) -> bool:
    """A short line without closing punctuation is a section title that repeats the story ('北京“冰冻周”
    开启 本周最低气温持续在冰点以下'); a line that opens with its date is a timeline entry and stays."""
    if para.text.endswith(_SENTENCE_FINAL) or any(m.start == para.start for m in in_para):
        return False
    if lang == "en":
        return len(para.text.split()) <= HEADING_WORDS
    return len(_SOURCE_TAG.sub("", para.text, count=1)) <= HEADING_CHARS


_CAPTION_LAST = frozenset("摄图)）tT.\n")
"""The characters a _CAPTION_END match can end a paragraph with (摄, 供图, a closing bracket,
'… this report.'; or a final line break, which `$` steps over): others need no search."""


def _is_caption(paragraph: str) -> bool:
    if _CAPTION_START.match(paragraph):
        return True
    return paragraph[-1:] in _CAPTION_LAST and _CAPTION_END.search(paragraph[-60:]) is not None


_QUOTE = re.compile(r"“[^”\n]{2,}”|「[^」\n]{2,}」")


_SPOKEN_DAYS = ("今天", "明天", "昨天", "后天", "前天", "今日", "明日", "昨日", "後天")


def _speakers_own_frame(mention: TimeMention, quotes: Sequence[tuple[int, int]]) -> bool:
    """“当时援藏干部来家里看我…”: inside a direct quote, a time told from the speaker's memory (当时,
    那时) belongs to the speaker's own frame; the narration's last date does not resolve it.
    Explicit, publication-anchored and vague dates (多年来) inside quotes still date."""
    if mention.anchor != "narrative" or mention.text.startswith(_SPOKEN_DAYS):
        return False  # 明天 in “明天来上班” was counted from the day the quote was spoken
    i = bisect.bisect_left(quotes, (mention.start, -1)) - 1  # quotes never nest: only the one before
    return i >= 0 and quotes[i][0] < mention.start < quotes[i][1]


def _starts_with_time(text: str, piece: Piece, own: Sequence[TimeMention], lang: str) -> bool:
    """The piece's first dated mention (`own`: the piece's mentions in text order) opens it."""
    if not own:
        return False
    lead = text[piece.start : own[0].start]
    if lang == "en":
        return len(lead.split()) <= 2
    return len(lead) <= _TIME_LEAD and bool(_ZH_LEAD_WORDS.fullmatch(lead))


@cache
def _openings(table: str, lang: str) -> tuple[str, ...]:
    """The words of a lexicon table, for `str.startswith` (CONNECTIVES: 并, 同时, and)."""
    return tuple(getattr(lex, table)["en" if lang == "en" else "zh"])


def _sentence_clauses(
    text: str, sent: Span, lang: str, mentions: Sequence[TimeMention], p_no: int, s_no: int
) -> list[Clause]:
    parts = pieces(text, sent, lang)
    if lang == "en":
        parts = [part for piece in parts for part in _en_coordinated(text, piece, mentions)]
    connectives = _openings("CONNECTIVES", lang)
    clauses: list[Clause] = []
    current: Clause | None = None
    states_more = False  # `current` holds more than its dates (it keeps doing so as it grows)
    previous_attributes = False
    starts = [m.start for m in mentions]  # sorted: the sentence's slice of the sorted dated mentions
    for piece in parts:
        own = list(mentions[bisect.bisect_left(starts, piece.start) : bisect.bisect_left(starts, piece.end)])
        piece_fact = _has_word("FACT_VERBS", piece.text, lang)
        new = current is None or piece.opener in STRONG_BREAKS
        if previous_attributes:
            new = True  # 唐欣介绍，“…”: the attribution is not part of what was said
        previous_attributes = ATTRIBUTION_END.search(piece.text[-12:]) is not None
        if not new and current is not None and not states_more:
            states_more = not _only_dates(text, current)
        if not new and current is not None and not states_more:
            pass  # '11月18日，当时接诊的医生回忆…': a bare date piece opens the clause that follows
        elif not new and current is not None:
            if lang == "en":
                new = (
                    bool(own)
                    and bool(current.mentions)
                    and bool(
                        _EN_COORD.match(piece.text)
                        or piece.opener in ("and", "but")
                        or (_EN_SEQUEL.match(piece.text) and len(piece.text.split()) >= _EN_SEQUEL_WORDS)
                    )
                )
            elif _starts_with_time(text, piece, own, lang) and not current.lead_in:
                new = not _clock_continues(own, current)
            elif own and current.mentions and not current.lead_in and _has_subject_and_verb(text, piece, own):
                new = True  # …南下，中央气象台25日继续发布预警: a new subject with its own date
            elif not piece.text.lower().startswith(connectives) and not current.lead_in:
                new = current.has_fact and piece_fact
        if new or current is None:
            current = Clause(piece.start, piece.end, p_no, s_no, list(own))
            current.lead_in = _is_since_lead(text, piece, own)
            clauses.append(current)
            states_more = False
        else:
            current.end = piece.end
            current.mentions.extend(own)
        if not _ADVERBIAL.match(piece.text):
            current.core.append(piece.text)
            current.has_fact = current.has_fact or piece_fact
            if current.lead_in and piece.start > current.start:
                current.lead_in = False
    for clause in clauses:
        clause.end = _trim_end(text, clause.start, clause.end)
    return [c for c in clauses if not _only_dates(text, c)]


_EN_AND = re.compile(r"\s(and|but)\s+(?=\S)")
_EN_FINITE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|could|should|may|might|\w{3,}ed)\b")


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
        if left and right and _EN_FINITE.search(opening) and len(tail.split()) >= 3:
            return [
                Piece(piece.start, cut, text[piece.start : cut], piece.opener),
                *_en_coordinated(text, Piece(resume, piece.end, tail, m.group(1)), mentions),
            ]
    return [piece]


_ZH_SUBJECT_BEFORE = re.compile(r"^[\u4e00-\u9fff《》“”A-Za-z]{2,14}$")


def _clock_continues(own: Sequence[TimeMention], current: Clause) -> bool:
    """'24日，北京大风，午后14时气温仅4℃': a bare clock time goes on with the day already named."""
    first = own[0] if own else None
    if first is None or first.precision not in ("hour", "minute") or CLOCK_ONLY.search(first.text):
        return False
    return any(m.precision == "day" or CLOCK_ONLY.search(m.text) for m in current.mentions)


def _has_subject_and_verb(text: str, piece: Piece, own: Sequence[TimeMention]) -> bool:
    """A piece of the form 'subject + date + fact verb' (中央气象台25日发布…), or 'subject + 于 + date +
    predicate' (而英国政府于5月18日将其列入…): 于 ties the date to the piece's own subject."""
    lead = text[piece.start : own[0].start]
    if not _ZH_SUBJECT_BEFORE.match(lead):
        return False
    rest = text[own[0].end : piece.end]
    if has_fact_verb(rest, "zh"):
        return True
    return len(lead) >= 3 and lead[-1] in "于於" and len(rest) >= 4 and not _REPORTS.match(lead)


_REPORTS = re.compile(r"(?:称|稱|声称|聲稱|说|說|表示|指出|透露|介绍|介紹|告诉|告訴)")
"""称查到她于2009年…: what someone said happened is part of their statement, not a clause of its own."""


_TWO_WORD_CHARS = re.compile(r"[\w\u4e00-\u9fff]{2}")


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
    return not _TWO_WORD_CHARS.search("".join(kept))


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
