"""Sentences → clauses: one clause per dated fact (zh: ；/：, a new time, a new action after ，; en: ;)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from timeline.claims.clause_join import Clause, sentence_clauses
from timeline.claims.dating import is_dating, without_event_names
from timeline.claims.furniture import (
    DATELINE_LEAD,
    PAGE_LINE,
    PAGE_STAMP,
    is_caption,
    is_en_stamp,
    is_heading,
)
from timeline.claims.lexicon_match import required_chars, table_pattern
from timeline.models import TimeMention
from timeline.segment import Span, built, paragraphs, sentences, statement_before_question

PERIODS = frozenset({"since", "recent"})
"""Qualifiers of a period: later sentences of the paragraph may inherit such a date."""
_REPORTED_QUESTION = re.compile(r"被问到|被问及|问及|被問到|被問及|問及|\bwas asked\b|\bwere asked\b")
"""3月5日，在发布会上被问到为什么…？: a question the story reports, told as a dated event."""
BREAKDOWN = re.compile(r"^(?:其中|Of (?:these|those|them|the total)\b)", re.IGNORECASE)
"""1-10月，投资完成246亿元。其中工业投资…: a sentence opening with 其中 / 'of these' breaks down the
previous sentence's figure, so it keeps that sentence's date."""


def split_clauses(
    text: str,
    lang: str,
    mentions: Sequence[TimeMention],
    paras: Sequence[Span] | None = None,
    quotes: Sequence[tuple[int, int]] | None = None,
) -> list[Clause]:
    """Cut the article into clauses (paragraph by paragraph, sentence by sentence).

    Only sentences that can give a claim are cut: those with a dated mention, those after a
    period's date in the same paragraph (they may inherit it), and those with 最初 / initially.
    `quotes` are the text's `direct_quotes` when the caller already has them.
    """
    quotes = direct_quotes(text) if quotes is None else quotes
    dated = sorted(
        (m for m in mentions if is_dating(m, text) and not _speakers_own_frame(m, quotes)),
        key=lambda m: m.start,
    )
    starts = [m.start for m in dated]
    if quotes:
        dated = [m for m in dated if not _quoted_day_of_an_earlier_speech(m, text, quotes, dated, starts)]
        starts = [m.start for m in dated]
    by_start = sorted(mentions, key=lambda m: m.start)  # a paragraph's own, found by bisection: linear time
    all_starts = [m.start for m in by_start]
    initial = table_pattern("INITIAL_WORDS", lang)
    initial_marks = required_chars("INITIAL_WORDS", lang)

    def has_initial(piece: str) -> bool:
        if initial_marks is not None:
            for mark in initial_marks:
                if mark in piece:
                    break
            else:
                return False
        return initial.search(piece) is not None

    out: list[Clause] = []
    sentence_no = 0
    for p_no, para in enumerate(paras if paras is not None else paragraphs(text)):
        lo, hi = bisect.bisect_left(starts, para.start), bisect.bisect_left(starts, para.end)
        in_para = dated[lo:hi]
        if not in_para and not has_initial(para.text):
            continue  # nothing here can be dated: no mention to own or inherit, no 最初
        if PAGE_LINE.match(para.text) or is_caption(para.text) or is_heading(para, in_para, lang):
            continue
        own = by_start[bisect.bisect_left(all_starts, para.start) : bisect.bisect_left(all_starts, para.end)]
        if lang == "en" and in_para and is_en_stamp(para, own):
            continue  # 'November 20, 2019 - 11:28 AMT': the page's stamp line  # 发布时间: 2024-04-24 09:21:00 来源: …: the page's metadata, not the story
        stamp = PAGE_STAMP.match(para.text)
        if stamp and (stamp["seconds"] or stamp["byline"]):
            if stamp["byline"] and stamp["byline"][0] not in "【[":
                continue
            para = Span(
                para.start + stamp.end(0) - len(stamp["byline"]),
                para.end,
                para.text[stamp.end(0) - len(stamp["byline"]) :],
            )
        lead = DATELINE_LEAD.match(para.text)
        if lead and lead.end() < len(para.text):
            para = Span(para.start + lead.end(), para.end, para.text[lead.end() :])
        period_seen = previous_dated = False
        for sent in sentences(para.text, lang):
            span = built(Span, (para.start + sent.start, para.start + sent.end, sent.text))
            inside = dated[
                bisect.bisect_left(starts, span.start, lo, hi) : bisect.bisect_left(starts, span.end, lo, hi)
            ]
            if len(inside) > 1 and lang != "en":
                inside = without_event_names(inside, text)
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
            # 'Sign up for our newsletter today': the page's own call to the reader, not a fact
            promotes = lang == "en" and _PROMOTION.match(sent.text) is not None
            breakdown = previous_dated and BREAKDOWN.match(sent.text) is not None
            if (inside or period_seen or breakdown or has_initial(sent.text)) and not asks and not promotes:
                out.extend(sentence_clauses(text, span, lang, inside, p_no, sentence_no))
            if inside and not period_seen:
                period_seen = any(m.qualifier in PERIODS for m in inside)
            previous_dated = bool(inside)
            sentence_no += 1
    return out


_PROMOTION = re.compile(
    r"(?:Sign\s+up|Subscribe|Click|Tap|Register|Download|Join\s+us|Follow\s+us|Read\s+(?:on|more)|"
    r"Listen\s+(?:to|live|again|back)|Watch\s+(?:live|more|the\s+(?:full|video))|"
    r"You\s+can\s+(?:view|read|watch|listen\s+to|find|see)\b(?=[^.!?\n]*\bhere\b))\b"
)
"""A sentence that opens by asking the reader to sign up, subscribe, click, read on, listen or look
elsewhere ('You can view our June open thread here'): the page's furniture."""

_LEAD_SLACK = 2
"""How far into a question sentence its date may start and still lead a report before the question."""

_QUOTE = re.compile(r"“[^”\n]{2,}”|「[^」\n]{2,}」")


def direct_quotes(text: str) -> list[tuple[int, int]]:
    """The spans of the text's direct quotes (“…”, 「…」 of at least two characters), in text order."""
    return [(q.start(), q.end()) for q in _QUOTE.finditer(text)]


_SPOKEN_DAYS = ("今天", "明天", "昨天", "后天", "前天", "今日", "明日", "昨日", "後天")


def _speakers_own_frame(mention: TimeMention, quotes: Sequence[tuple[int, int]]) -> bool:
    """“当时援藏干部来家里看我…”: inside a direct quote, a time told from the speaker's memory (当时,
    那时) belongs to the speaker's own frame; the narration's last date does not resolve it.
    Explicit, publication-anchored and vague dates (多年来) inside quotes still date."""
    if mention.anchor != "narrative" or mention.text.startswith(_SPOKEN_DAYS):
        return False  # 明天 in “明天来上班” was counted from the day the quote was spoken
    i = bisect.bisect_left(quotes, (mention.start, -1)) - 1  # quotes never nest: only the one before
    return i >= 0 and quotes[i][0] < mention.start < quotes[i][1]


_QUOTED_NOW = frozenset({"today", "now", "right now", "tonight", "今天", "今日"})


def _quoted_day_of_an_earlier_speech(
    mention: TimeMention,
    text: str,
    quotes: Sequence[tuple[int, int]],
    dated: Sequence[TimeMention],
    starts: Sequence[int],
) -> bool:
    """'“…,” Ng said in a speech last week. “… the conditions we face today.”': a quote that goes on
    a speech the paragraph dated before `today` speaks from that day; the publication day it was
    read as dates nothing."""
    if mention.text.lower() not in _QUOTED_NOW or mention.date_start is None:
        return False
    i = bisect.bisect_left(quotes, (mention.start, -1)) - 1
    if i < 1 or not quotes[i][0] < mention.start < quotes[i][1]:
        return False
    between = (quotes[i - 1][1], quotes[i][0])
    if "\n" in text[between[0] : between[1]]:
        return False  # the earlier quote and its attribution stand in another paragraph
    lo, hi = bisect.bisect_left(starts, between[0]), bisect.bisect_left(starts, between[1])
    return any(m.date_end is not None and m.date_end < mention.date_start for m in dated[lo:hi])
