"""Corpus-as-test support (Duckling's habit): expected values → surface forms, plus negatives.

Each grammar has `<lang>_corpus.py` beside it with `LANG`, `REFERENCE`, `EXAMPLES` (a list of
`(Expect, [surface strings])`) and `NEGATIVE` (strings that must yield no DATE/TIME mention).
`check_example` / `check_negative` return None when the grammar behaves, else a message.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from timeline.temporal import tag


@dataclass(frozen=True, slots=True)
class Expect:
    """What one surface form must resolve to. Fields left as None are not checked."""

    value: str | None
    precision: str | None = None
    qualifier: str | None = None
    type: str = "DATE"
    timex: str | None = None
    start: str | None = None
    end: str | None = None
    prefer: Literal["past", "future"] = "past"


def check_example(text: str, expect: Expect, *, lang: str, reference: datetime | date) -> str | None:
    """Return None when `text` gives exactly one mention over all of it with the expected value."""
    mentions = tag(text, reference=reference, lang=lang, prefer=expect.prefer)
    if not mentions:
        return f"empty result on {text!r}"
    whole = [m for m in mentions if m.start == 0 and m.end == len(text)]
    if not whole:
        spans = ", ".join(repr(m.text) for m in mentions)
        return f"don't fully match {text!r}: found {spans}"
    m = whole[0]
    got = {
        "value": m.value,
        "precision": m.precision,
        "qualifier": m.qualifier,
        "type": m.type,
        "timex": m.timex3,
        "start": _iso(m.date_start),
        "end": _iso(m.date_end),
    }
    for key, want in (
        ("value", expect.value),
        ("precision", expect.precision),
        ("qualifier", expect.qualifier),
        ("type", expect.type),
        ("timex", expect.timex),
        ("start", expect.start),
        ("end", expect.end),
    ):
        if want is not None and got[key] != want:
            return f"wrong {key} on {text!r}: got {got[key]!r}, want {want!r} (rule {m.rule!r})"
    return None


def check_negative(text: str, *, lang: str, reference: datetime | date) -> str | None:
    """Return None when `text` yields no DATE or TIME mention."""
    dates = [m for m in tag(text, reference=reference, lang=lang) if m.type in ("DATE", "TIME")]
    if dates:
        return f"negative {text!r} tagged as {', '.join(f'{m.text!r}={m.value}' for m in dates)}"
    return None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None
