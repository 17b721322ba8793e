"""Datelines (新华社北京2月29日电, 长江网10月4日讯): the date a report was filed, marked by its rule name.

The claims stage tells a dateline from a dated claim by the rule name (it contains "dateline").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.temporal import zh_vocab as vocab
from timeline.temporal.scan import SharedScan
from timeline.temporal.spec import Point, TimeSpec
from timeline.temporal.zh_read import read_int

RULE_NAME = "dateline (新华社北京2月29日电, 长江网10月4日讯)"
HEADER_RULE_NAME = "publication header (发布时间: 2024-04-24 09:21:00)"

PATTERN = re.compile(
    rf"(?<![\d{vocab.CN_DIGIT}])(?:(?P<y>(?:19|20)\d\d)年)?(?P<m>{vocab.NUM_1_12})月(?P<d>{vocab.NUM_1_31})[日号號]"
    r"(?=[电電讯訊])"
)

HEADER_LABELS = (
    "发布时间",
    "發佈時間",
    "發布時間",
    "发表时间",
    "發表時間",
    "发布日期",
    "發佈日期",
    "更新时间",
    "更新時間",
)
_LABEL = re.compile(rf"(?:{'|'.join(HEADER_LABELS)})[:：] ?")


class AfterLabel:
    """A scanner: `date` matched only right after a publication-time label (发布时间：), label left out.

    The labels are found through the engine's shared scan when one is given (`takes_shared_scan`):
    the two header rules then share one search, itself shared with the other word lists.
    """

    __slots__ = ("date",)
    takes_shared_scan = True
    shared_patterns = (_LABEL,)

    def __init__(self, date: re.Pattern[str]) -> None:
        self.date = date

    def finditer(self, text: str, shared: SharedScan | None = None) -> Iterator[re.Match[str]]:
        """Matches of the date pattern that start where a label ends."""
        labels = shared.finditer(_LABEL) if shared is not None else _LABEL.finditer(text)
        for label in labels:
            found = self.date.match(text, label.end())
            if found is not None:
                yield found


def header_pattern(date_pattern: str) -> AfterLabel:
    """`date_pattern` right after a publication-time label (发布时间：)."""
    return AfterLabel(re.compile(date_pattern))


_LEAD = re.compile(r"[\u4e00-\u9fff·・ 　]{2,24}")
_OUTLET = re.compile(r"[社网網报報台端闻聞]")


def dateline(m: re.Match[str], text: str) -> TimeSpec | None:
    """A month and day right before 电/讯 at the head of a line, after an outlet and a place."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    lead = text[line_start : m.start()].lstrip()
    if not _LEAD.fullmatch(lead) or not _OUTLET.search(lead):
        return None
    month, day = read_int(m.group("m")), read_int(m.group("d"))
    if month is None or day is None:
        return None
    year = int(m.group("y")) if m.group("y") else None
    return TimeSpec("point", start=Point(year=year, month=month, day=day))
