"""A dated attribution ('9月19日，市场消息称，') and the undated words it reports make one claim.

The clause splitter cuts after an attribution verb (the speaker is not part of what was said);
left alone, the dated claim would be the bare '9月19日，市场消息称' and what was said either a
second row inheriting the same date or no row at all. A fact-checker needs the statement whole:
the dated attribution takes in the undated clauses of its sentence that follow it, up to the
first clause with a date of its own (which stays a claim of its own).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.claims.clause_join import ATTRIBUTION_END, Clause

_SEMICOLON = re.compile(r"[；;]")
_ACCORDING = re.compile(
    r"[据據][^，。；,]{1,30}?(?:通报|通報|报道|報道|消息|介绍|介紹|统计|統計|披露|公告)[，,]"
)
"""据市教育局此前通报，…: a source named up front frames what follows as a statement does."""


@dataclass(frozen=True, slots=True)
class Statement:
    """A dated attribution clause grown over what it reports; `said_from` is where the words said start."""

    clause: Clause
    said_from: int


def statements(text: str, clauses: Sequence[Clause], dated: Sequence[Clause]) -> dict[int, Statement]:
    """For each dated clause (by id) that ends in an attribution verb and is followed in its sentence
    by undated clauses: the clause grown to hold them. Clauses taken in are listed in no other."""
    position = {id(c): i for i, c in enumerate(clauses)}
    out: dict[int, Statement] = {}
    for clause in dated:
        i = position.get(id(clause))
        if i is None or not (
            ATTRIBUTION_END.search(text, max(clause.start, clause.end - 12), clause.end)
            or _ACCORDING.match(text, clause.start, clause.end)
        ):
            continue
        end = clause.end
        for follower in clauses[i + 1 :]:
            if (
                follower.paragraph != clause.paragraph
                or follower.sentence != clause.sentence
                or follower.mentions
            ):
                break
            if _SEMICOLON.search(text, end, follower.start) or ATTRIBUTION_END.search(
                text, max(follower.start, follower.end - 12), follower.end
            ):
                break  # '…表示，全市已接种…；局长林美玲指出': another statement starts
            end = follower.end
        if end == clause.end:
            continue
        grown = Clause(clause.start, end, clause.paragraph, clause.sentence, clause.mentions)
        out[id(clause)] = Statement(grown, clause.end)
    return out


_VAGUE = frozenset({"before", "recent"})
"""此前 / 近日 / 日前: when an attribution was made, told no more precisely than 'before publication'."""
_FRAME_END = re.compile(r"显示[：:，,]?$")
"""根据…发布的《报告》显示: a document's finding is framed like a speaker's words."""


def frames(text: str, clauses: Sequence[Clause], dated: Sequence[Clause]) -> dict[int, int]:
    """'区卫健委此前通报称，患儿于5月3日转院…': an attribution dated only vaguely (此前, 近日) whose
    sentence goes on with a clause of its own date frames that clause, and is no claim of its own
    (an attribution with a date of its own, '11月12日，市教育局通报称', is the news of that day and
    stays one). Returns, for each framed clause (by id), where its claim starts (the frame's
    start); each frame's own id maps to -1 (drop it)."""
    position = {id(c): i for i, c in enumerate(clauses)}
    chosen = {id(c) for c in dated}
    out: dict[int, int] = {}
    for clause in dated:
        i = position.get(id(clause))
        if i is None or i + 1 >= len(clauses) or id(clause) in out:
            continue
        if any(m.qualifier not in _VAGUE for m in clause.mentions):
            continue
        tail = max(clause.start, clause.end - 12)
        if not (ATTRIBUTION_END.search(text, tail, clause.end) or _FRAME_END.search(text, tail, clause.end)):
            continue
        follower = clauses[i + 1]
        if (
            id(follower) not in chosen
            or not follower.mentions
            or follower.paragraph != clause.paragraph
            or follower.sentence != clause.sentence
            or _SEMICOLON.search(text, clause.end, follower.start)
        ):
            continue
        out[id(clause)] = -1
        out[id(follower)] = clause.start
    return out
