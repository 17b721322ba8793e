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
        if i is None or not ATTRIBUTION_END.search(text, max(clause.start, clause.end - 12), clause.end):
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
