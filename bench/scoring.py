"""Shared scorer for ../shared/benchmarks (conventions of its README), used by the bench scripts.

documents: strict = identical offsets; relaxed = overlapping spans matched one to one (greedy by
overlap); value = a relaxed match whose value equals the gold value (or one of its `alt_values`).
phrases: accuracy = the whole phrase's value equals the gold `timex_value`.

Values are compared two ways, either being enough: the value strings as written (our EDTF
`value` or TIMEX3 `timex3` against the gold string), or the calendar interval both denote
(`FROM/TO` with TO exclusive, a point = its whole unit), so "2013-02-10/2013-02-12" and a
mention covering 10 and 11 February agree. Durations also compare by length where the length is
exact: a week is seven days (P4W = P28D); years, months, days and hours are never converted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from timeline.models import TimeMention

Key = tuple[object, ...]

_POINT = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})(?:T(?P<h>\d{2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?)?)?"
    r"|-W(?P<w>\d{2})|-Q(?P<q>[1-4])|-H(?P<half>[12]))?$"
)


_DURATION = re.compile(
    r"^P(?:(?P<Y>[\d.]+)Y)?(?:(?P<M>[\d.]+)M)?(?:(?P<W>[\d.]+)W)?(?:(?P<D>[\d.]+)D)?"
    r"(?:T(?:(?P<H>[\d.]+)H)?(?:(?P<MI>[\d.]+)M)?(?:(?P<S>[\d.]+)S)?)?$"
)


def duration_key(text: str) -> Key | None:
    """An ISO 8601 duration as its exact length: weeks become days, nothing else is converted."""
    m = _DURATION.match(text.strip().upper())
    if not m or text.strip().upper() in ("P", "PT"):
        return None
    amount = {k: float(v) if v else 0.0 for k, v in m.groupdict().items()}
    return (
        "dur",
        amount["Y"],
        amount["M"],
        amount["D"] + 7 * amount["W"],
        amount["H"],
        amount["MI"],
        amount["S"],
    )


def load_jsonl(path: Path) -> list[dict]:
    """Read a JSON-lines file into dicts."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def point_interval(text: str) -> tuple[datetime, datetime] | None:
    """A TIMEX-style point ("2013", "2013-02-12T15", "2013-W07") → [start, end) or None."""
    m = _POINT.match(text.strip().rstrip("~"))
    if not m:
        return None
    try:
        return _interval(m)
    except ValueError:  # 2月30日 and the like: no calendar interval
        return None


def _interval(m: re.Match[str]) -> tuple[datetime, datetime]:
    y = int(m["y"])
    if m["w"]:
        start = datetime.combine(date.fromisocalendar(y, int(m["w"]), 1), datetime.min.time())
        return start, start + timedelta(days=7)
    if m["q"]:
        q = int(m["q"])
        return datetime(y, 3 * q - 2, 1), _add_months(datetime(y, 3 * q - 2, 1), 3)
    if m["half"]:
        h = int(m["half"])
        return datetime(y, 6 * h - 5, 1), _add_months(datetime(y, 6 * h - 5, 1), 6)
    if not m["m"]:
        return datetime(y, 1, 1), datetime(y + 1, 1, 1)
    month = int(m["m"])
    if not m["d"]:
        return datetime(y, month, 1), _add_months(datetime(y, month, 1), 1)
    day = datetime(y, month, int(m["d"]))
    if not m["h"]:
        return day, day + timedelta(days=1)
    hour = int(m["h"])
    start = (
        day + timedelta(days=1) if hour == 24 else day.replace(hour=hour)
    )  # T24: the midnight ending the day
    if not m["mi"]:
        return start, start + timedelta(hours=1)
    start = start.replace(minute=int(m["mi"]))
    if not m["s"]:
        return start, start + timedelta(minutes=1)
    start = start.replace(second=int(m["s"]))
    return start, start + timedelta(seconds=1)


def gold_keys(value: str | None) -> set[Key]:
    """Keys a gold value may be matched by: its string and, when it is calendar, its interval."""
    if not value:
        return set()
    keys: set[Key] = {("str", value.upper())}
    length = duration_key(value)
    if length is not None:
        keys.add(length)
    if "/" in value:
        left, right = value.split("/", 1)
        a = point_interval(left) if left != ".." else None
        b = point_interval(right) if right != ".." else None
        if (a or left == "..") and (b or right == ".."):
            keys.add(("iv", a[0] if a else None, b[0] if b else None))
    else:
        iv = point_interval(value)
        if iv:
            keys.add(("iv", *iv))
    return keys


def mention_keys(m: TimeMention) -> set[Key]:
    """Keys a predicted mention offers: its value and TIMEX3 strings and its interval."""
    keys: set[Key] = {("str", s.upper()) for s in (m.value, m.timex3) if s}
    lengths = {duration_key(m.timex3)} if m.type == "DURATION" and m.timex3 else set()
    keys |= {k for k in lengths if k is not None}
    if m.value and "/" in m.value:
        left, right = m.value.split("/", 1)
        a = point_interval(left) if left != ".." else None
        b = point_interval(right) if right != ".." else None
        if a or b:
            keys.add(("iv", a[0] if a else None, b[1] if b else None))
            if not m.rule.startswith(
                "holiday"
            ):  # a written range may mean its TO exclusive; a feast has no TO
                keys.add(("iv", a[0] if a else None, b[0] if b else None))
    if m.date_start is not None and m.precision is not None and m.qualifier not in ("since", "after"):
        start = m.date_start if isinstance(m.date_start, datetime) else _midnight(m.date_start)
        if m.precision in ("hour", "minute", "second"):
            iv = point_interval(m.value.split("/")[0]) if m.value else None
            if iv and m.date_end is not None and "/" in (m.value or ""):
                end_iv = point_interval(m.value.split("/")[1])
                keys.add(("iv", iv[0], end_iv[1] if end_iv else None))
            elif iv:
                keys.add(("iv", *iv))
        elif m.date_end is not None:
            keys.add(("iv", start, _midnight(m.date_end) + timedelta(days=1)))
    return keys


@dataclass
class DocScore:
    """Counts of one document benchmark."""

    gold: int = 0
    pred: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0

    def f1(self, hits: int) -> float:
        """F1 of `hits` against the gold and predicted counts."""
        if not hits:
            return 0.0
        p, r = hits / self.pred, hits / self.gold
        return 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | int]:
        """Counts and the three F1 scores, rounded."""
        return {
            "gold": self.gold,
            "pred": self.pred,
            "strict_f1": round(self.f1(self.strict), 4),
            "relaxed_f1": round(self.f1(self.relaxed), 4),
            "value_f1": round(self.f1(self.value), 4),
        }


Tagger = Callable[[dict], Sequence[TimeMention]]


def score_documents(docs: Iterable[dict], tagger: Tagger) -> DocScore:
    """Score a documents-shaped benchmark; `tagger(doc)` returns the mentions of `doc["text"]`."""
    score = DocScore()
    for doc in docs:
        golds = doc["timex"]
        preds = list(tagger(doc))
        score.gold += len(golds)
        score.pred += len(preds)
        pairs = sorted(
            (
                (-_overlap((g["start"], g["end"]), (p.start, p.end)), gi, pi)
                for gi, g in enumerate(golds)
                for pi, p in enumerate(preds)
                if _overlap((g["start"], g["end"]), (p.start, p.end)) > 0
            ),
        )
        used_g: set[int] = set()
        used_p: set[int] = set()
        for _, gi, pi in pairs:
            if gi in used_g or pi in used_p:
                continue
            used_g.add(gi)
            used_p.add(pi)
            g, p = golds[gi], preds[pi]
            score.relaxed += 1
            score.strict += (g["start"], g["end"]) == (p.start, p.end)
            wanted = set().union(*(gold_keys(v) for v in [g.get("value"), *g.get("alt_values", [])]))
            score.value += bool(wanted & mention_keys(p))
    return score


def phrase_correct(mentions: Sequence[TimeMention], gold_value: str | None, text: str) -> bool:
    """A phrase is right when its main mention (the longest) has the gold value."""
    if gold_value is None:
        return not any(m.type in ("DATE", "TIME") for m in mentions)
    if not mentions:
        return False
    main = max(mentions, key=lambda m: (m.end - m.start, -m.start))
    return bool(gold_keys(gold_value) & mention_keys(main))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _midnight(d: date) -> datetime:
    return datetime(d.year, d.month, d.day)


def _add_months(d: datetime, n: int) -> datetime:
    index = d.year * 12 + d.month - 1 + n
    return d.replace(year=index // 12, month=index % 12 + 1)
