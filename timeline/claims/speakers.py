"""Who the article says made a statement: attribution verbs, quotes, role kept apart from name.

zh: …说/表示/介绍/告诉记者/称/认为/指出, 据…介绍/统计, with “…” before or after; en: said, told,
according to, testified, a statement from. The reporter's own narration has no speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline.claims.attribution import Attribution, quote_spans
from timeline.claims.lexicon_match import pattern_width
from timeline.claims.speakers_en import en_attributions, split_en_role

__all__ = ["Attribution", "attributions", "split_role"]

_ZH_VERBS = r"(?:介绍说|表示|介绍|告诉记者|对记者说|向记者介绍|说道|说(?<![来而]说)|称|认为|指出|坦言|透露|强调|回忆|解释|提醒|建议|证实|预测)"
"""Attribution verbs; 说 (not 来说, 而说) tests what stands before it once read, so every verb opens
with a plain character and the engine only stops at those."""
_ZH_WHO = r"(?P<who>[\u4e00-\u9fff（）()·A-Za-z0-9]{2,30}?)"
_ZH_VERB = re.compile(_ZH_VERBS)
_ZH_WHO_BACK = re.compile(r"(?P<who>[\u4e00-\u9fff（）()·A-Za-z0-9《》]{2,30}?)(?:[\u4e00-\u9fff]{1,3}地)?$")
"""The speaker just before an attribution verb (an adverb such as 激动地 left out)."""
_ZH_QUOTED_NAME = re.compile(r"“([\u4e00-\u9fff·]{2,6})”$")
_SENTENCE_STOP = re.compile(r"[。！？!?]")
_LEAD = re.compile(r"[，,：:\s]*")
_ZH_PUBLISHED = (
    r"[\u4e00-\u9fff·]{2,16}?)(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?(?:今天|今日|昨天|昨日|日前|近日)?"
    r"(?:发布|公布|发表)的[^，。；]{1,60}?显示"
)
_ZH_ACCORDING = re.compile(
    r"据(?:(?P<who>[\u4e00-\u9fff（）()·《》]{2,30}?)(?:\d{1,2}月\d{1,2}日|此前|日前|近日|今天|今日|昨天|刚刚|最新)?"
    r"(?:介绍|透露|统计|通报|消息|报道)"
    rf"|(?P<pub>{_ZH_PUBLISHED})|根据(?P<publisher>{_ZH_PUBLISHED}"
)
"""据新流财经此前报道 / 根据亿欧智库2018年11月发布的《报告》显示: the source named in the lead (each
branch opens with 据 or 根据, so the engine only stops at those)."""
_ZH_ROLE_END = re.compile(
    r"^(?P<role>.*(?:长|员|警官|检察官|法官|外交官|主任|医师|学生|书记|记者|专家|教授|医生|院士|经理|主席|总裁|民警|辅警|干部|"
    r"队长|警长|局长|科长|处长|负责人|发言人|律师|老师|村民|居民|市民|工作人员|法医|工程师|"
    r"总监|董事|委员|代表|组长|站长|所长|检察官|法官|护士|患者|家属|网友|司机|师傅))"
    r"(?P<name>[\u4e00-\u9fff·]{2,5})$"
)
_ZH_TITLED = re.compile(r"[\u4e00-\u9fff](?:警官|医生|老师|主任|局长|书记|校长|院长|先生|女士|师傅)$")
"""冯警官, 王医生: a surname with a title is how the article names the person."""
_ZH_PRONOUN = re.compile(r"(他|她|其)(?:还|也|又|则|并|同时|随后|再次|进一步|曾|当时|此前|最后|接着|坦言)*")
"""他还表示, 其称, 她进一步指出: a pronoun (and adverbs) in the speaker's place."""
_ZH_PRONOUN_ALONE = re.compile(r"(?<![\u4e00-\u9fff])(?P<who>[他她其])$")
_ZH_NOT_SPEAKER = re.compile(
    r"^(?:我|他|她|其|我们|他们|她们|有关|相关|专家|记者|也|还|都|并|这|那|不|可以|应该|大家|温馨|特别|友情|郑重)"
)
_ZH_VERBISH = re.compile(r"[了着过在的是将把被让使从对向与和为]")


def split_role(who: str, lang: str) -> tuple[str, str | None]:
    """Split 拉萨市刑警支队副支队长唐欣 → (唐欣, 拉萨市刑警支队副支队长); en likewise."""
    who = who.strip()
    if lang == "en":
        return split_en_role(who)
    m = _ZH_ROLE_END.match(who)
    if m and m.group("role"):
        return m.group("name"), m.group("role")
    titled = _ZH_TITLED.search(who)
    if titled and titled.start() > 0:
        return titled.group(), who[: titled.start()]
    return who, None


_ZH_TRAILING = re.compile(
    r"(?:(?:向|对|跟|给|接受)[\u4e00-\u9fff《》]{1,10}?(?:记者|新闻|采访|报)?|此前|曾经|曾|也|还|均|都|"
    r"近日|日前|不久前|前不久|最近|近来|昨日|昨天|今天|今日|昨晚|今晚|今早|当晚|当日|刚刚|当天|随后|威胁|警告|宣布|发表声明|回应|答复|(?<=[\u4e00-\u9fff]{2})于|采访时|周[一二三四五六日天]|星期[一二三四五六日天]|\d{1,2}月\d{1,2}日|\d{1,2}日|通报|回忆|发文|刊文|撰文|公开|再次|进一步|同时|在接受采访时|接受采访时|受访时|受访"
    # 董事长晚间受访时说, 发言人今（28）日指出: the time of the saying, not part of the speaker
    r"|上午|下午|中午|晚间|晚上|稍早|早前|早些时候|[今昨明前][（(]\d{1,2}[)）]日"
    # 监管机构8日发布一份报告称, 市卫健委发布通报称: the document the body put out, not part of its name
    r"|(?:发布|公布|发出)了?(?:一[份则篇项条])?(?:[\u4e00-\u9fff]{0,6}?(?:报告|通报|公告|声明|通告|通知|文章|消息))?)$"
)
_ZH_REJECT = re.compile(
    r"虽然|但是|因为|所以|如果|已经|[在了着过把被将就几个]|报道$|消息$|讯息$|信息$|资讯$|数据$|结果$|显示$|通知$|公告$|文件$"
)


_ZH_CLAUSE_CUT = re.compile(r"[，,。；;：:“”\"「」、！？]")
_ZH_LEAD_WORD = re.compile(r"^(?:随后|此外|同时|对此|其中|但|而|并|也|据)")
_ZH_LEAD_TIME = re.compile(
    r"^(?:(?:此前|之前|日前|近日|早前)(?:曾经|曾)?有?|(?:曾经|曾)有)(?=[\u4e00-\u9fff]{2})"
)
"""此前曾有运营商称: the time of the saying and 'there was', not part of the speaker."""
_ZH_LEAD_DATE = re.compile(r"^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:[上下]午|晚间?|早上)?")
"""5月28日拉布威胁称: the date before the speaker."""
_ZH_PSEUDONYM = re.compile(r"[（(]化名[)）]")
_ZH_ADDRESSED = re.compile(r"(?:向|对|跟|给)[\u4e00-\u9fff]{1,8}")


def _zh_clean(who: str) -> str | None:
    """Trim a candidate speaker to the name (and role) before the attribution verb, or reject it."""
    who = _ZH_CLAUSE_CUT.split(who)[-1]
    who = _ZH_LEAD_TIME.sub("", _ZH_LEAD_WORD.sub("", who))
    if who[:1].isdecimal():  # every _ZH_LEAD_DATE match opens with a digit
        who = _ZH_LEAD_DATE.sub("", who)
    if "化名" in who:
        who = _ZH_PSEUDONYM.sub("", who)
    who = who.lstrip("（()）·")
    for _ in range(3):
        trimmed = _without_trailing(who)
        if trimmed == who or len(trimmed) < 2:
            break
        who = trimmed
    if not _TWO_HAN.search(who) or _ZH_NOT_SPEAKER.match(who) or _ZH_REJECT.search(who):
        return None
    return who


_TWO_HAN = re.compile(r"[\u4e00-\u9fff][^\u4e00-\u9fff]*[\u4e00-\u9fff]")
"""At least two Chinese characters: what a speaker's name needs."""
_ZH_TRAILING_LONGEST = pattern_width(_ZH_TRAILING)[1]
"""The longest _ZH_TRAILING match (None if unbounded): it ends the text (or stands before a last line
break), so it starts no further back."""


def _without_trailing(who: str) -> str:
    """`_ZH_TRAILING.sub("", who)`, searched only over the end of `who` where a match can start
    (its lookbehind still reads what stands before). Every match ends the text, so there is one."""
    if _ZH_TRAILING_LONGEST is None:
        return _ZH_TRAILING.sub("", who)
    m = _ZH_TRAILING.search(
        who, max(0, len(who) - _ZH_TRAILING_LONGEST - 1)
    )  # `$` may stand before a last \n
    return who if m is None else who[: m.start()] + who[m.end() :]


def _zh_who_back(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """_ZH_WHO_BACK.search(text, lo, hi), started where it can first match: every character of a match
    is one of its speaker's characters, so the search starts after the last other one before `hi`
    (or before a closing line break, where its $ also matches); some times faster on long windows."""
    top = hi - 1 if text.endswith("\n", lo, hi) else hi
    first = top
    while first > lo:
        c = text[first - 1]
        if not ("\u4e00" <= c <= "\u9fff" or c in "（）()·《》" or (c.isascii() and c.isalnum())):
            break
        first -= 1
    return _ZH_WHO_BACK.search(text, first, hi)


def attributions(text: str, start: int, end: int, lang: str) -> list[Attribution]:
    """Return the speakers of one paragraph `text[start:end]` and the spans they cover."""
    return en_attributions(text, start, end) if lang == "en" else _zh_attributions(text, start, end)


def _zh_attributions(text: str, start: int, end: int) -> list[Attribution]:
    out: list[Attribution] = []
    quotes = quote_spans(text, start, end, "zh")
    speakers_at: list[int] = []  # where each speaker's name starts
    for m in _ZH_VERB.finditer(text, start, end):
        if quotes and any(a < m.start() < b for a, b in quotes):
            continue
        back = _zh_who_back(text, max(start, m.start() - 32), m.start())
        if back is None or len(back.group("who")) < 2:
            back = _ZH_PRONOUN_ALONE.search(text, max(start, m.start() - 1), m.start())  # 。她说
            if back is None:
                continue
        raw = back.group("who")
        named = _ZH_QUOTED_NAME.search(text, max(start, back.start() - 10), back.start())
        if named and _ZH_ADDRESSED.fullmatch(raw):
            raw = named.group(1)  # “陆主任”向徐阿婆强调: the quoted name speaks, the other is addressed
        who = _zh_clean(raw)
        pronoun = _ZH_PRONOUN.fullmatch(_ZH_CLAUSE_CUT.split(raw)[-1]) if who is None else None
        if who is None and pronoun is None:
            continue
        name, role = split_role(who, "zh") if who is not None else (pronoun.group(1), None)  # type: ignore[union-attr]
        speakers_at.append(back.start())
        for span in _zh_reported_spans(text, quotes, back.start(), m.end(), end):
            out.append(Attribution(name, role, *span, pronoun=pronoun is not None))
    # '港府早前表示，新例…实施；劳工处昨日指出，…': what one says ends where the next speaker is named
    for i, a in enumerate(out):
        cut = min((s for s in speakers_at if a.start < s < a.end), default=a.end)
        if cut != a.end:  # (an attribution no later name cuts stays as it is)
            out[i] = replace(a, end=cut)
    for m in _ZH_ACCORDING.finditer(text, start, end):
        source = _zh_clean(m.group("who") or m.group("pub") or m.group("publisher"))
        if source is None:
            continue
        name, role = split_role(source, "zh")
        stop = _sentence_end(text, m.end(), end)
        out.append(Attribution(name, role, m.end(), stop, m.start(), source=True))
    return out


def _sentence_end(text: str, pos: int, limit: int) -> int:
    m = _SENTENCE_STOP.search(text, pos, limit)
    return m.end() if m else limit


def _zh_reported_spans(
    text: str, quotes: list[tuple[int, int]], who_start: int, verb_end: int, limit: int
) -> list[tuple[int, int]]:
    """The quote just before the attribution, and the quote or clause just after it."""
    spans = [q for q in quotes if q[1] <= who_start and not text[q[1] : who_start].strip(" ，,。")][-1:]
    lead = _LEAD.match(text, verb_end, limit)
    pos = lead.end() if lead else verb_end
    after = [q for q in quotes if q[0] == pos]
    if after:
        spans.append(after[0])
    elif lead and lead.group().strip():
        spans.append((pos, _sentence_end(text, pos, limit)))
    return spans
