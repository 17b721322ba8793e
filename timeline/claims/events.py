"""Event type of a clause from the lexicon in `events_lexicon`, with the rule that fired."""

from __future__ import annotations

import re
from functools import cache

from timeline.claims import events_lexicon as lex


def _lang_key(lang: str) -> str:
    return "en" if lang == "en" else "zh"


@cache
def _compiled(kind: str, lang: str) -> re.Pattern[str]:
    table = {"planned": lex.PLANNED, "evaluation": lex.EVALUATION}[kind]
    return re.compile("|".join(f"(?:{p})" for p in table[lang]), re.IGNORECASE)


@cache
def _triggers(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    return [
        (kind, re.compile("|".join(f"(?:{p})" for p in lex.TRIGGERS[kind][lang]), re.IGNORECASE))
        for kind in lex.ORDER
    ]


def planned_marker(text: str, lang: str) -> str | None:
    """Return the planning or forecast word in `text` (计划, 预计, plans to, will), else None."""
    m = _compiled("planned", _lang_key(lang)).search(text)
    return m.group() if m else None


def evaluation_marker(text: str, lang: str) -> str | None:
    """Return an evaluation marker in `text` (不断, 彰显, historic), else None."""
    m = _compiled("evaluation", _lang_key(lang)).search(text)
    return m.group() if m else None


def trigger(text: str, lang: str) -> tuple[str, str] | None:
    """Return (event_type, trigger word): the earliest trigger of a specific type (incident,
    appointment, agreement, founding, meeting, training), else the first general type
    (policy, project, service, statistic) in lexicon order."""
    strong: list[tuple[int, str, str]] = []
    for kind, pattern in _triggers(_lang_key(lang)):
        m = pattern.search(text)
        if m and kind in lex.STRONG_TYPES:
            strong.append((m.start(), kind, m.group()))
        elif m and not strong:
            return kind, m.group()
    if strong:
        _, kind, word = min(strong)
        return kind, word
    return None


def classify(
    text: str, lang: str, *, planned: bool = False, quantities: int = 0, rate: bool = False
) -> tuple[str, str]:
    """Return (event_type, event_rule) for a clause.

    A planned clause is `plan`; a clause stating a percentage or rate is a `statistic`; otherwise
    the lexicon's trigger (see `trigger`); a clause of bare figures is a `statistic`; else `other`.
    """
    if planned:
        marker = planned_marker(text, lang) or "planned"
        return "plan", f"planned:{marker}"
    if rate:
        return "statistic", "rate or percentage"
    hit = trigger(text, lang)
    if hit is not None:
        return hit[0], f"lexicon:{hit[0]}:{hit[1]}"
    if quantities:
        return "statistic", "quantities:1"
    return "other", "default"
