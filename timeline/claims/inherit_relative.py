"""A clause chosen as a claim (DatedClause), and the second dated facts a clause holds: a relative clause
or aside with its own written date ('…Meetup, which it acquired in 2017') and a day that names an
event ('arrested in April for a March 21 phone call')."""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.claims.clause_join import Clause
from timeline.models import TimeMention
from timeline.temporal.en_common import IRREGULAR_PAST


@dataclass(frozen=True, slots=True)
class DatedClause:
    """A clause chosen as a claim, the mention that dates it and whether the date was inherited."""

    clause: Clause
    mention: TimeMention
    inherited: bool


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
