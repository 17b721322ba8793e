"""Chinese event words (事发, 案发, 通报, 立案…) that a narrative day or shift counts from (see events.py)."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.temporal.engine import alt
from timeline.temporal.events import sentence_bounds
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_read import read_int
from timeline.temporal.zh_vocab import COUNT, DAYPART, FUZZY_COUNT

EVENT_WORDS = (
    "事发",
    "事發",
    "案发",
    "案發",
    "发案",
    "發案",
    "出事",
    "事故",
    "通报",
    "通報",
    "报案",
    "報案",
    "报警",
    "報警",
    "立案",
    "协议",
    "協議",
    "签约",
    "簽約",
    "签署",
    "簽署",
    "宣判",
    "开庭",
    "開庭",
    "失联",
    "失聯",
    "失踪",
    "失蹤",
    "走失",
)
"""Nouns and verbs of news narratives whose date later days are counted from."""

HAPPENED = ("发生", "發生")
"""The verb a dating sentence uses for an incident (事故发生在3月2日) when it does not say 事发."""

GONE = ("失联", "失聯", "失踪", "失蹤", "走失", "消失")
"""Words for a person going missing: the sentence dating one dates the others (8月2日…消失 → 失联第三天)."""

_ALSO = {
    **{w: HAPPENED for w in ("事发", "事發", "案发", "案發", "发案", "發案", "出事", "事故")},
    **{w: tuple(g for g in GONE if g != w) for w in GONE[:-1]},
}

_COUNTED = r"(?:[后後]|之[后後]|以[后後])?的?"
_WORD = alt(EVENT_WORDS)
_BEFORE = re.compile(rf"(?P<w>{_WORD}){_COUNTED}$")
_LEADS = re.compile(rf"(?P<w>{_WORD})")
_COUNTS_FROM = re.compile(
    rf"{_COUNTED}(?:第|次日|翌日|[后後]|(?:已|已经|已經)?(?:{COUNT}|{FUZZY_COUNT}){{1,2}}[多余餘]?[个個]?(?:天|日|月|年|周|週|小时|小時))"
)
"""After an event word: the text counts days from it (事发第三天, 事发40多天), not a sentence that dates it."""

Builder = Callable[[re.Match[str], str], TimeSpec | None]


def event_spots(text: str, word: str) -> str:
    """Offsets (comma-separated, ascending) where `text` names the event `word` without counting days from it
    (nor in a sentence that counts them: 失联第十一天，…离奇消失… dates a later day, not the event)."""
    names = (word, *_ALSO.get(word, ()))
    spots = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            if not _COUNTS_FROM.match(text, start + len(name)) and not (
                word in GONE and _counts_in_sentence(text, start, names)
            ):
                spots.append(start)
            start = text.find(name, start + 1)
    return ",".join(str(s) for s in sorted(spots))


def _counts_in_sentence(text: str, pos: int, names: tuple[str, ...]) -> bool:
    """True when the sentence holding `pos` counts days from one of `names` (失联第十一天)."""
    lo, hi = sentence_bounds(text, pos)
    for name in names:
        at = text.find(name, lo, hi)
        while at >= 0:
            if _COUNTS_FROM.match(text, at + len(name)):
                return True
            at = text.find(name, at + 1, hi)
    return False


def evented(builder: Builder) -> Builder:
    """Wrap a builder: a narrative point right after (or starting with) an event word counts from that event."""

    def build(m: re.Match[str], text: str) -> TimeSpec | None:
        spec = builder(m, text)
        if spec is None or spec.start is None or spec.start.rel_base != "narrative":
            return spec
        word = _LEADS.match(text, m.start()) or _BEFORE.search(text, max(0, m.start() - 6), m.start())
        if word is None:
            return spec
        return spec.with_(extra={**spec.extra, "event_at": event_spots(text, word.group("w"))})

    return build


def nth_day_of_event(m: re.Match[str], text: str) -> TimeSpec | None:
    """失联第十四天, 失踪的第三晚: day N of an event, counted from the date a sentence of the article gives
    the event (day 1 is that date); left unanchored when no sentence dates it."""
    n = read_int(m.group("n"))
    if not n or n < 1:
        return None
    daypart = DAYPART.get(m.group("dp") or "") or ("EV" if m.group("u") in ("晚", "夜") else None)
    start = Point(rel_unit="day", rel_offset=n - 1, rel_base="narrative", daypart=daypart)
    return TimeSpec(
        "point", start=start, extra={"event_at": event_spots(text, m.group("w")), "event_only": "1"}
    )
