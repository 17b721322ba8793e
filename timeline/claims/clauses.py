"""Sentences → clauses: one clause per dated fact (zh: ；/：, a new time, a new action after ，; en: ;)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.claims.events import word_pattern
from timeline.models import TimeMention
from timeline.segment import STRONG_BREAKS, Piece, Span, paragraphs, pieces, sentences

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
_COMPARED_EN = re.compile(
    r"\b(?:from|than|compared (?:with|to)|versus|vs\.?)\s+"
    r"(?:[$€£]?[\d.,]+%?(?:\s+(?:percent|per cent|points?|cents?|million|billion))?\s+|(?:a|the|its)\s+)?"
    r"(?:(?:late|early)\s+)?(?:in|on)?\s*$",
    re.IGNORECASE,
)
_RANGE_NEXT = re.compile(r"\s*(?:to|through|until|till|-|–)\s", re.IGNORECASE)
_COMPARED_ZH = re.compile(r"(?:较|比|相比|与|和|同)\s*$")
_COMPARED_ZH_AFTER = re.compile(r"(?:同期)?(?:相比|比较|相较)?")
_FROM_ZH = re.compile(r"(?:由|从)\s*$")
_FROM_ZH_AFTER = re.compile(r"的[^，。；]{0,12}?(?:降|升|增|减|涨|跌|回落|提高)")
"""由昨天的20℃降到今天的8℃: the starting value's date is a comparison base."""
_DATELINE = re.compile(r"(?:电|讯)(?:[\s（()）]|$)")
"""新华社北京2月29日电 / 长江网10月4日讯: the dispatch line, not an event's date."""
_INSIDE_WORD = re.compile(r"[出体实表展]现在$|第一时$|第一时间$|(?:已经|已|早已|都|就|会)过去$")
"""出现在 / 体现在 hold 现在 but mean 'appear in'; 第一时间 is 'at once', not one o'clock; 已经过去
is 'has passed', not 'the past' (tagger false positives guarded here)."""
_EVERY = re.compile(
    r"每天|每日|每晚|每周|每个|每逢|每当|\bevery\b|\beach (?:day|night|morning)\b|\bdaily\b", re.IGNORECASE
)
"""每天上午9时: a clock time under an 'every' word repeats; it dates no single event."""
_EN_IDIOM = re.compile(
    r"(?:every|just) now and (?:again|then)|now and (?:again|then)|(?:in )?the (?:near |distant )?future\b",
    re.IGNORECASE,
)
"""'every now and again', 'in the future': idioms holding a time word that date nothing."""
_SOMEDAY = frozenset({"日后", "今后", "将来", "往后", "日後", "今後", "將來", "往後"})
"""日后 / 今后 alone: 'some day from now on', an open future no one can check against a calendar."""
_HOW_LONG = re.compile(r"in (?:under|less than|fewer than|about|around|roughly|over|more than|just)\s", re.I)
"""'top up in under thirty minutes': how long something takes, not a time from now."""
_GAME_CLOCK = re.compile(
    r"\b(?:period|quarter|half|overtime|inning|power play|shootout|stoppage time)\b", re.IGNORECASE
)
"""'scored at 7:14 of the first period': a game clock, not a time of day."""
_GAME_QUARTER = re.compile(r"(?:the )?(?:first|second|third|fourth|final|1st|2nd|3rd|4th) quarter", re.I)
_GAME_SCORE = re.compile(
    r"\b(?:halftime|half-time|touchdowns?|field goals?|scor(?:ed|ing)|\d{1,3}-\d{1,3} (?:lead|win|loss|bulge))\b",
    re.I,
)
_BARE_CLOCK = re.compile(r"\d{1,2}:\d{2}")
_CLOCK_ONLY = re.compile(r"[日号]|day|\d{4}|[A-Z][a-z]{2}", re.IGNORECASE)
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
_NAMED_DAY = re.compile(
    r"(?:Black|Cyber|Good|Super|Ash|Holy|Easter)\s+(?:Friday|Monday|Tuesday|Sunday|Thursday|Wednesday)$"
)
"""Black Friday, Cyber Monday: named days, not the last Friday before publication."""
_BARE_YEAR = re.compile(r"(?:1[89]|20)\d{2}")
_DETERMINERS = frozenset("a an the his her its their our my your this that these those whose".split())  # noqa: SIM905
_YEAR_LEADS = frozenset(
    "in since by from until through before after during of to at on and or early late mid".split()  # noqa: SIM905
)
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
    has_fact: bool = False


@cache
def _pattern(table: str, lang: str) -> re.Pattern[str]:
    return word_pattern(getattr(lex, table)["en" if lang == "en" else "zh"])


def has_fact_verb(text: str, lang: str) -> bool:
    """True when `text` holds a verb that heads a reportable action (签订, 组织, signed)."""
    return _pattern("FACT_VERBS", lang).search(text) is not None


def is_dating(mention: TimeMention, text: str) -> bool:
    """A mention that can date a claim: DATE/TIME with a calendar value, not used attributively."""
    if mention.type not in ("DATE", "TIME") or not (mention.date_start or mention.date_end):
        return False
    if _ATTRIBUTIVE.match(text[mention.start : mention.end + 1]):
        return False
    if _DATELINE.match(text, mention.end) or _INSIDE_WORD.search(
        text, max(0, mention.start - 2), mention.end
    ):
        return False
    if _NAMED_DAY.search(text, max(0, mention.start - 8), mention.end) or _attributive_year(mention, text):
        return False
    if _repeating_clock_time(mention, text) or _game_clock(mention, text):
        return False
    if mention.text.isascii() and (_in_idiom(mention, text) or _HOW_LONG.match(mention.text)):
        return False
    if mention.text in _SOMEDAY:
        return False
    return not is_comparison_base(mention, text)


_SENTENCE_SPLIT = re.compile(r"[。！？!?\n]|\.\s")


def _repeating_clock_time(mention: TimeMention, text: str) -> bool:
    """'每天上午9时至10时…，21时…': a bare clock time after an 'every' word in the same sentence."""
    if mention.precision not in ("hour", "minute") or _CLOCK_ONLY.search(mention.text):
        return False
    before = text[max(0, mention.start - 40) : mention.start]
    before = _SENTENCE_SPLIT.split(before)[-1]
    return _EVERY.search(before) is not None


def _in_idiom(mention: TimeMention, text: str) -> bool:
    """The mention lies inside an idiom such as 'now and again' or 'the future of'."""
    for m in _EN_IDIOM.finditer(text, max(0, mention.start - 12), mention.end + 12):
        if m.start() <= mention.start and mention.end <= m.end():
            return True
    return False


def _game_clock(mention: TimeMention, text: str) -> bool:
    """A bare 'm:ss' clock in a sentence about a game's periods (7:14 into the third period), or a
    game's quarter ('24 points in the third quarter'), not a time of day or a fiscal quarter."""
    if mention.precision == "quarter" and _GAME_QUARTER.fullmatch(mention.text):
        return _GAME_SCORE.search(text, max(0, mention.start - 80), mention.end + 80) is not None
    if mention.precision not in ("hour", "minute") or not _BARE_CLOCK.fullmatch(mention.text):
        return False
    return _GAME_CLOCK.search(text, max(0, mention.start - 80), mention.end + 80) is not None


def _attributive_year(mention: TimeMention, text: str) -> bool:
    """'a 2010 allegation', 'the 2016 MacBook', '2019's best', 'Euro 2020': a year that describes a
    noun or is part of a name, not the time of the clause's event."""
    if not _BARE_YEAR.fullmatch(mention.text):
        return False
    before = text[max(0, mention.start - 20) : mention.start]
    after = text[mention.end : mention.end + 3]
    if after.startswith(("'s", "’s")):
        return True
    word = re.search(r"([A-Za-z]+)\s+$", before)
    if not word:
        return False
    if word.group(1).lower() in _DETERMINERS:
        return True
    return word.group(1)[0].isupper() and word.group(1).lower() not in _YEAR_LEADS


def is_comparison_base(mention: TimeMention, text: str) -> bool:
    """'up 0.3 percent from 2017', '较去年同期': the date a figure is compared with, not the claim's date."""
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 12]
    if _COMPARED_EN.search(before) and not _RANGE_NEXT.match(after):
        return True
    if _FROM_ZH.search(before) and _FROM_ZH_AFTER.match(text, mention.end, mention.end + 20):
        return True
    return bool(_COMPARED_ZH.search(before)) and bool(_COMPARED_ZH_AFTER.match(after))


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
    out: list[Clause] = []
    sentence_no = 0
    for p_no, para in enumerate(paras if paras is not None else paragraphs(text)):
        lo, hi = bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)
        in_para = dated[lo:hi]
        if not in_para and not initial.search(para.text):
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
        period_seen = False
        for sent in sentences(para.text, lang):
            span = Span(para.start + sent.start, para.start + sent.end, sent.text)
            inside = dated[
                bisect.bisect_left(starts, span.start, lo, hi) : bisect.bisect_left(starts, span.end, lo, hi)
            ]
            asks = sent.text.rstrip("”’」』\"' ").endswith(("？", "?"))
            if (inside or period_seen or initial.search(sent.text)) and not asks:
                out.extend(_sentence_clauses(text, span, lang, inside, p_no, sentence_no))
            period_seen = period_seen or any(m.qualifier in PERIODS for m in inside)
            sentence_no += 1
    return out


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


def _is_caption(paragraph: str) -> bool:
    return bool(_CAPTION_START.match(paragraph) or _CAPTION_END.search(paragraph[-60:]))


_QUOTE = re.compile(r"“[^”\n]{2,}”|「[^」\n]{2,}」")


def _speakers_own_frame(mention: TimeMention, quotes: Sequence[tuple[int, int]]) -> bool:
    """“当时援藏干部来家里看我…”: inside a direct quote, a time told from the speaker's memory (当时,
    那时) belongs to the speaker's own frame; the narration's last date does not resolve it.
    Explicit, publication-anchored and vague dates (多年来) inside quotes still date."""
    if mention.anchor != "narrative":
        return False
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
    fact_verbs = _pattern("FACT_VERBS", lang)
    connectives = _openings("CONNECTIVES", lang)
    clauses: list[Clause] = []
    current: Clause | None = None
    states_more = False  # `current` holds more than its dates (it keeps doing so as it grows)
    previous_attributes = False
    starts = [m.start for m in mentions]  # sorted: the sentence's slice of the sorted dated mentions
    for piece in parts:
        own = list(mentions[bisect.bisect_left(starts, piece.start) : bisect.bisect_left(starts, piece.end)])
        piece_fact = fact_verbs.search(piece.text) is not None
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
    if first is None or first.precision not in ("hour", "minute") or _CLOCK_ONLY.search(first.text):
        return False
    return any(m.precision == "day" or _CLOCK_ONLY.search(m.text) for m in current.mentions)


def _has_subject_and_verb(text: str, piece: Piece, own: Sequence[TimeMention]) -> bool:
    """A piece of the form 'subject + date + fact verb' (中央气象台25日发布…)."""
    lead = text[piece.start : own[0].start]
    return bool(_ZH_SUBJECT_BEFORE.match(lead)) and has_fact_verb(text[own[0].end : piece.end], "zh")


_TWO_WORD_CHARS = re.compile(r"[\w\u4e00-\u9fff]{2}")


def _only_dates(text: str, clause: Clause) -> bool:
    """'- 2019年09月07日': a clause that is nothing but its dates states no fact."""
    kept, pos = [], clause.start
    for m in sorted(clause.mentions, key=lambda m: m.start):
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
