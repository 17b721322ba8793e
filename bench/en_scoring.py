"""Scorers for the English benchmarks (TempEval-3 documents, Duckling phrases), per ../shared/benchmarks/README.md.

strict = identical offsets; relaxed = overlapping spans matched one to one (left to right);
value = a relaxed match whose TIMEX3 value equals the gold value. Phrases: the mention that
covers the whole phrase must give the gold TIMEX-style value (intervals with an exclusive end).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from timeline.models import TimeMention

BENCHMARKS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"


@dataclass
class Tally:
    """Counts of gold, predicted and matched spans for one run."""

    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    misses: list[str] = field(default_factory=list)

    def f1(self, hits: int) -> float:
        """F1 of `hits` against the predicted and gold counts."""
        if not hits:
            return 0.0
        p, r = hits / self.predicted, hits / self.gold
        return 2 * p * r / (p + r)

    def scores(self) -> dict[str, float]:
        """Strict, relaxed and value F1, rounded to 3 places."""
        return {k: round(self.f1(getattr(self, k)), 3) for k in ("strict", "relaxed", "value")}


def load_jsonl(name: str) -> list[dict]:
    """Read one benchmark file by name."""
    with (BENCHMARKS / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def score_document(
    tally: Tally, gold: Sequence[dict], predicted: Sequence[tuple[int, int, str | None]], doc_id: str = ""
) -> None:
    """Add one document's spans (start, end, value) to `tally`."""
    tally.gold += len(gold)
    tally.predicted += len(predicted)
    gold_spans = {(g["start"], g["end"]) for g in gold}
    tally.strict += sum(1 for s, e, _ in predicted if (s, e) in gold_spans)
    used: set[int] = set()
    for s, e, value in predicted:
        for i, g in enumerate(gold):
            if i not in used and s < g["end"] and g["start"] < e:
                used.add(i)
                tally.relaxed += 1
                if value is not None and value == g["value"]:
                    tally.value += 1
                else:
                    tally.misses.append(f"{doc_id}\tVALUE\t{g['text']!r}\t{g['value']}\tgot {value}")
                break
        else:
            tally.misses.append(f"{doc_id}\tFALSE\t({s},{e})\t{value}")
    for i, g in enumerate(gold):
        if i not in used:
            tally.misses.append(f"{doc_id}\tMISSED\t{g['text']!r}\t{g['type']}\t{g['value']}")


def mention_spans(mentions: Iterable[TimeMention]) -> list[tuple[int, int, str | None]]:
    """(start, end, timex3) of each mention."""
    return [(m.start, m.end, m.timex3) for m in mentions]


# -- phrases -------------------------------------------------------------------------------------


def phrase_value(m: TimeMention) -> str | None:
    """A mention's value in the Duckling TIMEX-style convention (intervals end exclusive)."""
    if m.type in ("DURATION", "SET"):
        return m.timex3
    if m.value and m.value.startswith("../"):  # "until 2 pm", "through 2014": open at the start
        return m.value
    if m.date_start is None:
        return m.timex3
    if m.qualifier in ("early", "mid", "late") and m.date_end is not None and m.precision != "day":
        return _part_interval(m.date_start, m.date_end)  # "early March": the days its part covers
    if m.precision in ("week", "quarter", "half", "season"):
        if m.precision == "week" and m.value and _is_closed(m.value) and m.date_end is not None:
            return f"{m.date_start.isoformat()}/{_after(m.date_end.isoformat())}"  # weeks: their days
        return m.timex3
    daypart = _daypart_interval(m)
    if daypart is not None:
        return daypart
    if m.value is not None and _is_closed(m.value) and m.date_end is not None:
        first, last = m.value.split("/")  # type: ignore[union-attr]
        if first.endswith(":00") and last.endswith(":00") and "T" in first:  # "3-4 p.m.": hour grain
            first, last = first[:-3], last[:-3]
        return f"{first}/{_after(last)}"
    if m.value and m.value.endswith("/.."):
        return m.value
    if m.value and m.qualifier in OPEN_QUALIFIERS:  # "after 2 pm": Duckling's open interval from 2 pm
        return OPEN_QUALIFIERS[m.qualifier].format(m.value.rstrip("~"))
    return m.value.rstrip("~") if m.value else m.timex3


def _is_closed(value: str) -> bool:
    """A value written as a closed interval (2021/2023, 2013-W05/2013-W06)."""
    return value.count("/") == 1 and ".." not in value


OPEN_QUALIFIERS = {"after": "{}/..", "before": "../{}"}
"""Our qualifiers that Duckling writes as an open interval (the point stays our value)."""


def same_at_gold_precision(got: str | None, want: str | None) -> bool:
    """True when `got` equals `want` up to zero minutes/seconds (T15:00 is T15, T04:45 is T04:45:00)."""
    if got is None or want is None:
        return False
    got_sides, want_sides = got.split("/"), want.split("/")
    return len(got_sides) == len(want_sides) and all(map(_same_stamp, got_sides, want_sides))


def _same_stamp(got: str, want: str) -> bool:
    """One side of a value: equal up to zero minutes/seconds."""
    got, want = _midnight(got), _midnight(want)
    if got == want:
        return True
    short, long = sorted((got, want), key=len)
    return long.startswith(short) and "T" in short and set(long[len(short) :]) <= set(":0")


_T24 = re.compile(r"(\d{4}-\d{2}-\d{2})T24(?::00)*")


def _midnight(stamp: str) -> str:
    """ISO 8601's end-of-day midnight (T24, TimeML's "midnight") as the next day's T00."""
    return _T24.sub(lambda m: f"{date.fromisoformat(m.group(1)) + timedelta(days=1)}T00", stamp)


DAYPART_HOURS = {"MO": (0, 12), "AF": (12, 19), "EV": (18, 24), "NI": (18, 24)}
"""Duckling's hours for a TIMEX3 part of day (its convention; TimeML leaves them unspecified)."""


def _daypart_interval(m: TimeMention) -> str | None:
    """A day with a TIMEX3 part of day ("tonight": 2013-02-12TNI) as Duckling's hour interval."""
    if m.timex3 is None or m.value is None or m.precision != "day":
        return None
    found = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(MO|AF|EV|NI)", m.timex3)
    if found is None or found.group(1) != m.value:
        return None
    day = datetime.fromisoformat(found.group(1))
    first, last = DAYPART_HOURS[found.group(2)]
    if m.qualifier == "late":
        first = last - 3
    start, end = day + timedelta(hours=first), day + timedelta(hours=last)
    return f"{start:%Y-%m-%dT%H}/{end:%Y-%m-%dT%H}"


def _part_interval(first: date, last: date) -> str:
    """The days of an early/mid/late part as an exclusive interval, in months when it is whole months."""
    after = last + timedelta(days=1)
    if first.day == 1 and after.day == 1:
        return f"{first:%Y-%m}/{after:%Y-%m}"
    return f"{first.isoformat()}/{after.isoformat()}"


def _after(stamp: str) -> str:
    """The next unit after an EDTF point at its own precision (exclusive interval end)."""
    if "T" in stamp:
        day, clock = stamp.split("T")
        if ":" in clock:
            hh, mm = (int(x) for x in clock.split(":")[:2])
            moved = datetime.fromisoformat(day) + timedelta(hours=hh, minutes=mm + 1)
            return moved.strftime("%Y-%m-%dT%H:%M")
        moved = datetime.fromisoformat(day) + timedelta(hours=int(clock) + 1)
        return moved.strftime("%Y-%m-%dT%H")
    parts = stamp.split("-")
    if len(parts) == 3 and parts[2].isdigit():
        return (date.fromisoformat(stamp) + timedelta(days=1)).isoformat()
    if len(parts) == 2 and parts[1].isdigit():
        y, mo = int(parts[0]), int(parts[1])
        return f"{y + mo // 12}-{mo % 12 + 1:02d}"
    if len(parts) == 1 and parts[0].isdigit():
        return str(int(parts[0]) + 1)
    return stamp
