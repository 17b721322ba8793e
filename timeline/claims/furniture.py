"""Page furniture around the story: metadata lines, captions, headings, the dispatch line, the sign-off,
teasers of other articles, a repeated title."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.models import TimeMention
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
        if teaser or (wanted_title and _repeats_title(para.text, wanted_title)):
            continue
        kept.append(para)
    return kept


def _repeats_title(line: str, title: str) -> bool:
    """A heading line (no closing stop) that says the title again; a sentence never counts."""
    return bool(title) and not line.rstrip(_CLOSERS).endswith(_STOPS) and _plain(line) == title


_NOT_WORD = re.compile(r"[\s\W_]+")


def _plain(line: str) -> str:
    return _NOT_WORD.sub("", line).lower()


PAGE_LINE = re.compile(
    r"[(（【\[]?\s*(?:发布时间|发布日期|发表时间|更新时间|发稿时间|来源|作者|编辑|责编|责任编辑|"
    r"版权声明|Published|Updated|Posted|Last updated|Source|By)\s*[:：]",
    re.IGNORECASE,
)
"""A page line of metadata (publication stamp, source, editor, copyright)."""
PAGE_STAMP = re.compile(
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
    r"(?:(?:记者|通[讯信]员|\s)[\u4e00-\u9fff·]{2,4}\s+[摄图][)）]?|(?:记者|通[讯信]员)[\u4e00-\u9fff·]{2,4}摄[)）]?|供图"
    r"|\((?:AP|AFP|Reuters|Getty)[^)]*(?:Photo|Images)[^)]*\)|contributed to this report\.?)$",
    re.IGNORECASE,
)
"""Photo captions and credits (…记者 贾天勇 摄, (AP Photo/…)), source notes and share or sign-up
lines: page furniture, not the story."""
DATELINE_LEAD = re.compile(
    r"^(?:[^，。\n]{0,24}?\d{1,2}月\d{1,2}日(?:电|讯)\s*(?:[（(][^）)\n]{0,30}[）)])?\s*|综合消息[，,]\s*"
    r"|[^，。\s]{1,20}讯(?:\s*[（(][^）)\n]{0,30}[）)]\s*|\s+)"
    r"|[（(][^，。（()）\n]{0,30}?\d{1,2}日(?:电|讯)[）)]\s*|[【\[][^】\]\n]{1,12}[】\]]\s*(?=\S)"
    r"|[A-Z][A-Z .’'-]{1,40}(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][A-Za-z.]+)?)?\s*\([A-Za-z .]{2,20}\)\s*[—–-]{1,2}\s*)"
)
"""新华社北京2月29日电（记者…）/ SAN FRANCISCO (AP) — : the dispatch line that opens a story."""


_SENTENCE_FINAL = tuple('。！？!?….；;：:”"’」』)）')
HEADING_CHARS = 35
_SOURCE_TAG = re.compile(r"^[【\[][^】\]]{1,12}[】\]]")
"""【某某网】 before a roundup's item heading: the source's name, not part of the heading."""
HEADING_WORDS = 14


def is_heading(para: Span, in_para: Sequence[TimeMention], lang: str) -> bool:
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


def is_caption(paragraph: str) -> bool:
    """A photo caption, credit, source note or share line (page furniture, not the story)."""
    if _CAPTION_START.match(paragraph):
        return True
    return paragraph[-1:] in _CAPTION_LAST and _CAPTION_END.search(paragraph[-60:]) is not None


_EN_STAMP_REST = re.compile(
    r"(?:[\s|,·•/()\-–—]+|(?-i:[A-Z]{2,5})\b|(?:GMT|UTC)[+-]?\d{0,4}\b|(?:Last\s+)?Updated\b|Published\b|Posted\b"
    r"|on\b|at\b)*"
    r"(?:\b[Bb]y\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von|al))*)?[\s|,·•.]*",
    re.IGNORECASE,
)
STAMP_CHARS = 120
"""'November 20, 2019 - 11:28 AMT', '5:45 AM PST 11/19/2019 by Jane Roe': a line no longer than this
that holds only its dates, a time zone and a byline is the page's stamp, not the story."""


def is_en_stamp(paragraph: Span, mentions: Sequence[TimeMention]) -> bool:
    """An English line that is nothing but a date or clock stamp, a time zone and perhaps a byline."""
    if len(paragraph.text) > STAMP_CHARS:
        return False
    inside = sorted(
        (m for m in mentions if paragraph.start <= m.start and m.end <= paragraph.end), key=lambda m: m.start
    )
    if not inside:
        return False
    rest, pos = [], paragraph.start
    for m in inside:
        rest.append(paragraph.text[pos - paragraph.start : m.start - paragraph.start])
        pos = max(pos, m.end)
    rest.append(paragraph.text[pos - paragraph.start :])
    return _EN_STAMP_REST.fullmatch(" ".join(rest)) is not None
