"""Which clauses become claims and with which date: own mention, inherited (narrative), or none.

- A clause with its own dated mention is a claim unless it only evaluates (不断创新…) under a
  vague date.
- An undated clause in the same sentence as a dated one inherits its date; in later sentences of
  the same paragraph only a period's date is inherited (2023年以来, 近年来: a list of what was done in
  it), never a point's (the next sentence of a story is not the same day).
- An undated clause must state a fact (a fact verb such as 签订/组织/signed, or a figure) to inherit.
- 最初 / initially takes the most recent explicit date before it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache

from timeline.claims import events_lexicon as lex
from timeline.claims.clause_join import ATTRIBUTION_END, Clause
from timeline.claims.clauses import BREAKDOWN, PERIODS, direct_quotes
from timeline.claims.dating_en import POSSESSIVE
from timeline.claims.events import evaluation_marker, planned_marker, trigger, word_pattern
from timeline.claims.lexicon_match import has_fact_verb
from timeline.models import TimeMention
from timeline.temporal.en_common import IRREGULAR_PAST

PERIOD_QUALIFIERS = PERIODS
_POINT_PRECISIONS = frozenset({"day", "hour", "minute", "second"})
"""(立案后)第二天开始: a period that starts on a day counted from the story is still a point in it;
a stretch such as 2023年以来 or 近年来 dates the sentences that follow it."""
VAGUE_QUALIFIERS = frozenset({"recent", "as_of"})
_IN_RELATIVE = re.compile(
    r"(?:,|\s[—–])\s+(?:who|which|whose|founded|established|built|opened|launched|created|formed|elected|appointed|born|"
    r"released|published|arrested|hired|acquired|signed|introduced|named)\b[^,]*$"
)
"""'the mayor, who took office in 2016, …' / 'the company, founded in 1998, …' / 'two hostages — who had
been held since 2016 — were freed Tuesday': a date that describes a noun, not the clause's event."""
_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|told (?:\w+ )?reporters|announced|testified)\s+(?:on\s+|late\s+)?$"
)


@dataclass(frozen=True, slots=True)
class DatedClause:
    """A clause chosen as a claim, the mention that dates it and whether the date was inherited."""

    clause: Clause
    mention: TimeMention
    inherited: bool


def primary_mention(clause: Clause, text: str) -> TimeMention:
    """The clause's date: its first dated mention, passing over one that only dates the statement
    (said Tuesday, 据…此前报道) or sits in a relative clause (the mayor, who took office in 2016, …)
    when another follows; a relative date glossed in brackets (今天（10月1日）) takes the gloss."""
    mentions = clause.mentions
    for i, mention in enumerate(mentions[:-1]):
        before = text[clause.start : mention.start]
        following = mentions[i + 1]
        if mention.anchor != "absolute" and _GLOSS.fullmatch(text[mention.end : following.start]):
            return following  # 事发当天（9月28日）: the bracketed date says which day
        if (
            mention.precision in _COARSE
            and _DESCRIBES_NEXT.match(text, mention.end)
            and following.precision == "day"
            and following.qualifier == "none"
            and following.anchor == "publication"
            and not _WRITTEN_DATE.match(following.text)  # 去年的销售额在3月5日: that day may be last year's
        ):
            continue  # 今年首个台风前天生成, 去年的冠军昨天退役: the year describes the noun, the day dates the event
        if _IN_RELATIVE.search(before) or (
            _SPEECH_BEFORE.search(before)
            and any(m.qualifier not in VAGUE_QUALIFIERS for m in mentions[i + 1 :])
        ):
            continue  # ('announced this week that the horse was recently found': only a vague date follows)
        if _ACCORDING_ZH.search(before) and _REPORTED_ZH.match(text, mention.end):
            continue
        if _ALSO_LEAD.match(before) and "," not in before and "," in text[mention.end : following.start]:
            continue  # 'In addition to its order Wednesday, it announced another on Monday': Monday dates it
        if (
            text.startswith(POSSESSIVE, mention.end)
            and following.precision in _POINT_PRECISIONS
            and not _SPEECH_BEFORE.search(text, max(clause.start, following.start - 40), following.start)
        ):
            continue  # 'weighed in on Thursday's fight on Monday': Thursday names the fight, Monday dates the clause
        return mention
    return mentions[-1]


_GLOSS = re.compile(r"\s*[（(]\s*")
_ALSO_LEAD = re.compile(
    r"\W*(?:In addition to|Besides|On top of|Apart from|Aside from|Along with|Unlike|Compared (?:with|to)|Like)\b"
)
"""A fronted phrase that sets another fact beside the clause's own: its date is not the clause's."""
_DESCRIBES_NEXT = re.compile(r"的|首[个個]|第[一二三四五六七八九十\d]{1,3}[个個场場次]|最")
"""今年首个 / 去年的 / 今年第一场: a year or month that describes the noun after it."""
_WRITTEN_DATE = re.compile(r"[\d０-９一二三四五六七八九十〇零廿卅]")
_COARSE = frozenset({"year", "half", "quarter", "month"})
_ACCORDING_ZH = re.compile(r"据[^，。；]{0,30}$")
_REPORTED_ZH = re.compile(r"[^，。；]{0,4}(?:报道|通报|介绍|透露|消息|称)")
"""据新流财经此前报道，…2016年…: 此前 dates the report, the later mention dates the fact."""
_OWN_TIME = re.compile(
    r"^[^，,]{0,6}(?:曾经|曾|此前|之前|以前|原先|原来|早年|当年)|的时候|\b(?:had|once|previously|earlier)\b"
)
"""…曾被改造为… / 在疫情最严重的时候: a clause with its own (undated) time frame inherits nothing."""


_DUTY = re.compile(r"(?:工作|事务|任务|职责|业务)$|\b(?:duties|responsibilities|work)$")
"""统筹和推进…工作: a clause that ends in an abstract 'work' describes a duty, not an event."""
EVALUATION_WINDOW = 40
"""An evaluation marker this close to a clause's start (or its date) makes the clause evaluative;
one further on is a closing flourish (…作出了重要贡献) on a factual clause."""


def _evaluates(body: str, lang: str, offset: int = 0) -> bool:
    window = body[offset : offset + EVALUATION_WINDOW] if lang != "en" else body
    return evaluation_marker(window, lang) is not None


def states_fact(body: str, lang: str, has_figures: Callable[[], bool]) -> bool:
    """An undated clause worth a row: a fact verb or a figure, and no evaluation anywhere in it
    (an inherited row must be a plain fact; praise makes it a summary, not a checkable event)."""
    if evaluation_marker(body, lang):
        return False
    if has_figures():
        return True
    return has_fact_verb(body, lang) and not _DUTY.search(body)


_DESCRIBES_NOUN = re.compile(r"[^，。；,;的]{0,8}的")


def only_evaluates(
    body: str, mention: TimeMention, offset: int, lang: str, has_figures: Callable[[], bool]
) -> bool:
    """A vaguely dated clause that praises or sums up rather than reports (不断创新援藏机制)."""
    if mention.qualifier not in VAGUE_QUALIFIERS or has_figures():
        return False
    if _evaluates(body, lang, max(0, offset)):
        return True
    present = mention.qualifier == "as_of" and mention.timex3 == "PRESENT_REF"
    if mention.qualifier == "recent" and mention.precision == "day" and lang != "en":
        # 近日，一张截图在网上流传: the recent days of a news lead report an event, unless they only
        # describe a noun (近日走红的姑娘, 前不久发布的手机)
        return _DESCRIBES_NOUN.match(body, max(0, offset)) is not None and trigger(body, lang) is None
    if present and lang != "en" and _DONE.search(body, max(0, offset)):
        return False  # 目前涉事运营商已向公安作出答复: a step taken by now is a fact as of publication
    return (mention.qualifier == "recent" or present) and trigger(body, lang) is None


_DONE = re.compile(r"已经?(?![是经无不没和与过]|成为)[\u4e00-\u9fff]")
"""已答复, 已应用于, 已被控制: a step done; not a state (已是, 已无法, 已成为, 已经过去, 已和…相当)."""


@cache
def _initial_pattern(lang: str) -> re.Pattern[str]:
    return word_pattern(lex.INITIAL_WORDS["en" if lang == "en" else "zh"])


def _initial_word(body: str, lang: str) -> re.Match[str] | None:
    return _initial_pattern(lang).search(body)


def choose(
    text: str,
    lang: str,
    clauses: Sequence[Clause],
    has_figures_of: Callable[[Clause], bool],
    reference: date | None = None,
    quotes: Sequence[tuple[int, int]] | None = None,
) -> list[DatedClause]:
    """Pick the clauses that are claims and the mention dating each (see the module docstring);
    `quotes` are the text's `direct_quotes` when the caller already has them."""
    out: list[DatedClause] = []
    carry: TimeMention | None = None
    carry_at: tuple[int, int] = (-1, -1)
    last_explicit: TimeMention | None = None
    previous: TimeMention | None = None
    statement_day: object = None
    today = _TodayTold(text, reference, quotes)
    for clause in clauses:
        body = text[clause.start : clause.end]
        if clause.paragraph != carry_at[0]:
            carry = None
        if clause.mentions:
            mention = _after_previous(primary_mention(clause, text), previous)
            if (
                _recalled(mention, statement_day)
                or _slipped_past_publication(mention, text, clause.start, clause.end, lang, reference)
                or today.only_quoted(mention)
            ):
                carry = None  # 11月18日，医生回忆说，当时…: 当时 is the recalled day, not the interview's
                continue
            if ATTRIBUTION_END.search(body[-12:]):
                statement_day = mention.date_start
            offset = mention.end - clause.start
            if mention.qualifier not in VAGUE_QUALIFIERS or not only_evaluates(
                body, mention, offset, lang, functools.partial(has_figures_of, clause)
            ):  # (only a vaguely dated clause can only evaluate)
                out.append(DatedClause(clause, mention, inherited=False))
                previous = mention
            if lang == "en" and len(clause.mentions) > 1:
                out.extend(relative_facts(clause, mention, text))
            carry, carry_at = mention, (clause.paragraph, clause.sentence)
            for m in clause.mentions:
                if m.anchor == "absolute" and m.date_start is not None:
                    last_explicit = m
            continue
        initial = _initial_word(body, lang)
        if initial and last_explicit is not None:
            start = clause.start + initial.start()
            mention = last_explicit.model_copy(
                update={
                    "text": initial.group(),
                    "start": start,
                    "end": start + len(initial.group()),
                    "anchor": "narrative",
                    "value": str(_year(last_explicit)),
                    "timex3": str(_year(last_explicit)),
                    "timex3_mod": "APPROX",
                    "date_start": date(_year(last_explicit), 1, 1),
                    "date_end": date(_year(last_explicit), 12, 31),
                    "precision": "year",
                    "qualifier": "approximate",
                    "rule": "claims: initial word takes the last explicit date",
                }
            )
            out.append(DatedClause(clause, mention, inherited=False))
            previous = mention
            continue
        if carry is None or not states_fact(body, lang, functools.partial(has_figures_of, clause)):
            continue
        if _OWN_TIME.search(body):
            continue
        same_sentence = carry_at[1] == clause.sentence
        breakdown = clause.sentence == carry_at[1] + 1 and BREAKDOWN.match(body) is not None
        period = carry.qualifier in PERIOD_QUALIFIERS and not _relative_day(carry) and lang != "en"
        if (
            same_sentence or breakdown or period
        ):  # an English 'recently' or 'since 2015' frames no next sentence
            out.append(DatedClause(clause, carry, inherited=True))
            if breakdown:  # the rest of the 其中 sentence is the same breakdown
                carry_at = (clause.paragraph, clause.sentence)
    return out


_RELATIVE_OPEN = re.compile(
    r"(?:,|\s[—–])\s+(?P<rel>(?:who|which|founded|established|built|opened|launched|created|formed|elected|"
    r"appointed|born|acquired|bought|introduced)\b)"
    r"|\s(?P<sub>(?:since|when|after|before)\s+(?:the|a|an|his|her|its|their|[A-Z]\w+)\b)"
)
"""', which it acquired in 2017' / ', founded in 1998' / ' since the war started in 2018': a clause
about another event, opened by a relative word, a participle or a time conjunction with a subject."""
_RELATIVE_CUT = re.compile(r"[,;—–()]")
_PAST_VERB = re.compile(rf"\b(?:(?-i:[a-z]){{2,}}ed|{IRREGULAR_PAST})\b")
_OWN_QUALIFIERS = frozenset({"none", "approximate", "early", "mid", "late"})


def relative_facts(clause: Clause, primary: TimeMention, text: str) -> list[DatedClause]:
    """'…layoffs at Meetup, which it acquired for $200 million in 2017': a relative clause (or a
    'founded in 1998' aside) with its own written date and a past verb states a dated fact of its
    own, beside the clause's main one."""
    out: list[DatedClause] = []
    for m in clause.mentions:
        if m is primary or m.date_start is None or m.qualifier not in _OWN_QUALIFIERS:
            continue
        if m.anchor != "absolute" and _named_event(m, text, clause.start) is None:
            continue
        named = _named_event(m, text, clause.start)
        if named is not None:  # 'arrested in April for a March 21 phone call': the call's own date
            cut = _RELATIVE_CUT.search(text, m.end, clause.end)
            own = Clause(named, cut.start() if cut else clause.end, clause.paragraph, clause.sentence, [m])
            out.append(DatedClause(own, m, inherited=False))
            continue
        opens = list(_RELATIVE_OPEN.finditer(text, clause.start, m.start))
        start = opens[-1].start(opens[-1].lastgroup or "rel") if opens else -1
        if start < 0 or _RELATIVE_CUT.search(text, start, m.start):
            continue
        cut = _RELATIVE_CUT.search(text, m.end, clause.end)
        end = cut.start() if cut else clause.end
        if _PAST_VERB.search(text, start, end):
            own = Clause(start, end, clause.paragraph, clause.sentence, [m])
            out.append(DatedClause(own, m, inherited=False))
    return out


_EVENT_DETERMINER = re.compile(r"(?:\b(?:a|an|the|his|her|its|their)|\b[A-Z][\w.-]*['’]s)\s+$")
_EVENT_NOUN = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:(?:phone\s+)?call|meeting|letter|speech|attack|vote|election|hearing|visit|summit|"
    r"interview|raid|crash|shooting|deadline|announcement|ruling|memo|email|conversation|rally|debate|"
    r"explosion|fire|storm|earthquake|referendum|decision)s?\b"
)


def _named_event(mention: TimeMention, text: str, lo: int) -> int | None:
    """Where 'a March 21 phone call' starts, when a written day names an event ('the July 10 meeting');
    None for other mentions."""
    if mention.precision != "day":
        return None
    lead = _EVENT_DETERMINER.search(text, max(lo, mention.start - 30), mention.start)
    if lead is None or not _EVENT_NOUN.match(text, mention.end):
        return None
    return lead.start()


def _relative_day(mention: TimeMention) -> bool:
    return mention.precision in _POINT_PRECISIONS and mention.anchor == "narrative"


_RECALL_WORDS = frozenset({"当时", "那时", "那时候", "彼时"})


_NARRATED_WORDS = _RECALL_WORDS | {"后来", "随后", "此后", "其后"}


class _TodayTold:
    """Whether the story itself (outside quotes) has told of the publication day so far: 当时 or 后来
    counted from a 今天 that only a speaker said (“我们今天唱来…”) dates nothing."""

    def __init__(self, text: str, reference: date | None, quotes: Sequence[tuple[int, int]] | None) -> None:
        self.text, self.reference = text, reference
        self.quotes = quotes  # read on first need when the caller has none
        self.told = False

    def _quoted(self, pos: int) -> bool:
        if self.quotes is None:
            self.quotes = direct_quotes(self.text)
        return any(a < pos < b for a, b in self.quotes)

    def only_quoted(self, mention: TimeMention) -> bool:
        """True for a narrated 当时/后来 on the publication day when only quotes named that day."""
        first = mention.date_start
        day = first.date() if isinstance(first, datetime) else first
        if self.reference is None or day != self.reference:
            return False
        if mention.anchor == "narrative" and mention.text in _NARRATED_WORDS:
            return not self.told
        if not self.told and not self._quoted(mention.start):
            self.told = True
        return False


def _recalled(mention: TimeMention, statement_day: object) -> bool:
    """当时 resolved to the day a statement was made: the speaker recalls an earlier, unnamed day."""
    return (
        mention.anchor == "narrative"
        and mention.text in _RECALL_WORDS
        and statement_day is not None
        and mention.date_start == statement_day
    )


COUNTED_FROM_EVENT = re.compile(
    r"后$|之后$|第[二三四五六七八九十两\d]+天|次日|翌日|\blater\b|\bafter\b", re.IGNORECASE
)
"""半年后 / 第二天 / days later: a day counted from an event in the story."""


_SENTENCE_STOP = re.compile(r"。|！|？|!|\?|\n|\.\s")
"""A sentence stop (each branch a plain character, so the engine only stops at those)."""


def _sentence_stop(text: str, pos: int) -> int:
    stop = _SENTENCE_STOP.search(text, pos)
    return stop.start() if stop else len(text)


def _slipped_past_publication(
    mention: TimeMention, text: str, start: int, end: int, lang: str, reference: date | None
) -> bool:
    """'接到报案后第二天…立案' / '解除封锁约半年后…': a day counted from an event in the story that
    resolved past the publication date in a clause with no plan word was counted from the wrong day;
    it dates nothing rather than a wrong day. The clause (text[start:end]) is read on to its
    sentence's end only when needed: in a text with no sentence stops that search is long."""
    first = mention.date_start
    if reference is None or first is None or not COUNTED_FROM_EVENT.search(mention.text):
        return False
    day = first.date() if isinstance(first, datetime) else first
    return day > reference and planned_marker(text[start : _sentence_stop(text, end)], lang) is None


def _year(mention: TimeMention) -> int:
    value = mention.date_start or mention.date_end
    assert value is not None
    return value.year if isinstance(value, (date, datetime)) else int(str(value)[:4])


def _after_previous(mention: TimeMention, previous: TimeMention | None) -> TimeMention:
    """随后 / 几天后 / later: after the previous claim's date, not after whatever date came last
    in the text (which may sit in reported speech or a side remark)."""
    if mention.qualifier != "after" or mention.anchor != "narrative" or previous is None:
        return mention
    start = previous.date_start or previous.date_end
    if start is None or previous.value is None:
        return mention
    day = start.date() if isinstance(start, datetime) else start
    base = previous.value.split("/")[0]
    return mention.model_copy(
        update={
            "date_start": day,
            "date_end": None,
            "value": f"{base}/..",
            "precision": previous.precision,
            "rule": f"{mention.rule}; claims: after the previous claim's date",
        }
    )
