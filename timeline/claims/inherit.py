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

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from timeline.claims import events_lexicon as lex
from timeline.claims.clauses import Clause, has_fact_verb
from timeline.claims.events import evaluation_marker, trigger
from timeline.models import TimeMention

PERIOD_QUALIFIERS = frozenset({"since", "recent"})
VAGUE_QUALIFIERS = frozenset({"recent", "as_of"})
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
    """The clause's date: its first dated mention, unless that one only dates the statement (said Tuesday)."""
    if len(clause.mentions) > 1:
        first = clause.mentions[0]
        if _SPEECH_BEFORE.search(text[clause.start : first.start]):
            return clause.mentions[1]
    return clause.mentions[0]


EVALUATION_WINDOW = 40
"""An evaluation marker this close to a clause's start (or its date) makes the clause evaluative;
one further on is a closing flourish (…作出了重要贡献) on a factual clause."""


def _evaluates(body: str, lang: str, offset: int = 0) -> bool:
    window = body[offset : offset + EVALUATION_WINDOW] if lang != "en" else body
    return evaluation_marker(window, lang) is not None


def states_fact(body: str, lang: str, has_figures: bool) -> bool:
    """An undated clause worth a row: a fact verb or a figure, and no evaluation."""
    if _evaluates(body, lang):
        return False
    return has_fact_verb(body, lang) or has_figures


def only_evaluates(body: str, mention: TimeMention, offset: int, lang: str, has_figures: bool) -> bool:
    """A vaguely dated clause that praises or sums up rather than reports (不断创新援藏机制)."""
    if mention.qualifier not in VAGUE_QUALIFIERS or has_figures:
        return False
    if _evaluates(body, lang, max(0, offset)):
        return True
    return mention.qualifier == "recent" and trigger(body, lang) is None


def _initial_word(body: str, lang: str) -> re.Match[str] | None:
    words = lex.INITIAL_WORDS["en" if lang == "en" else "zh"]
    return re.search("|".join(f"(?:{w})" for w in words), body, re.IGNORECASE)


def choose(text: str, lang: str, clauses: Sequence[Clause], figures: Sequence[bool]) -> list[DatedClause]:
    """Pick the clauses that are claims and the mention dating each (see the module docstring)."""
    out: list[DatedClause] = []
    carry: TimeMention | None = None
    carry_at: tuple[int, int] = (-1, -1)
    last_explicit: TimeMention | None = None
    previous: TimeMention | None = None
    for clause, has_figures in zip(clauses, figures, strict=True):
        body = text[clause.start : clause.end]
        if clause.paragraph != carry_at[0]:
            carry = None
        if clause.mentions:
            mention = _after_previous(primary_mention(clause, text), previous)
            if not only_evaluates(body, mention, mention.end - clause.start, lang, has_figures):
                out.append(DatedClause(clause, mention, inherited=False))
                previous = mention
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
        if carry is None or not states_fact(body, lang, has_figures):
            continue
        same_sentence = carry_at[1] == clause.sentence
        if same_sentence or carry.qualifier in PERIOD_QUALIFIERS:
            out.append(DatedClause(clause, carry, inherited=True))
    return out


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
