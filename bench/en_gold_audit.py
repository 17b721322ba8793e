"""Sort the TempEval-3 value misses (tag(..., timeml=True) against the gold TIMEX3 values) into
TimeBank conventions that DESIGN §4 deliberately does not follow, and the rest.

Run from the worktree root:
    PYTHONPATH=$PWD /work/venv-deps/bin/python bench/en_gold_audit.py [--set train|platinum] [--show CATEGORY]
    PYTHONPATH=$PWD /work/venv-deps/bin/python bench/en_gold_audit.py --show spans   # span misses, by kind

A value miss is a relaxed match whose TIMEX3 value differs from the gold one. Each rule below looks
only at the gold value, its text, the document date and our value; none knows a document. The
categories are conventions (the gold says less, or says it another way), not errors of either side:
"other" holds our real errors and the cases where the gold is plainly right or plainly wrong.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from en_scoring import load_jsonl

from timeline.temporal import tag
from timeline.temporal.en_vocab import number_value

FILES = {"train": "tempeval3-train-tbaq.jsonl", "platinum": "tempeval3-platinum.jsonl"}
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNSPECIFIED_TAIL = re.compile(r"(?:-(?:XX|WXX|QX|X))+$")
_DAYPART = re.compile(r"T(?:MO|AF|EV|NI)$")
_COMPARISON = re.compile(r"(?i)\byear[\s-](?:ago|earlier)|\blast\s+year|\bthe\s+(?:year-ago|year-earlier)\b")


def category(text: str, gold_type: str, gold: str, ours: str | None, dct: date) -> str:
    """The convention that explains a value miss, else "other"."""
    if ours is None:
        return "other"
    core = _UNSPECIFIED_TAIL.sub("", gold)
    if core != gold and ours.startswith(core):
        return "gold leaves a field unspecified (1989-WXX, 1949-XX, 1988-QX)"
    if re.fullmatch(r"\d{3}X", gold) and ours == gold[:3]:
        return "decade written 199X (TimeML: 199)"
    if re.fullmatch(r"\d{2}XX", gold) and ours == gold[:2]:
        return "century written 19XX (TimeML: 19)"
    week = re.fullmatch(r"(\d{4}-W)(\d)", gold)
    if week and ours == f"{week.group(1)}0{week.group(2)}":
        return "ISO week number not zero-padded (2000-W7)"
    if _DAYPART.sub("", ours) == _DAYPART.sub("", gold) and ours != gold:
        return "part of day dropped or named otherwise (TNI / TEV / none)"
    if (
        gold_type == "DURATION"
        and re.search(r"(?i)\b(?:ago|earlier|later)\b", text)
        and not re.match(r"P(?:T|X|\d)", ours)
    ):
        return "'X ago / earlier' typed as a DURATION"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}", gold) and ours == gold + ":00":
        return "clock hour written without minutes (T17 / T17:00)"
    named = [i for i, name in enumerate(WEEKDAY_NAMES) if name in text.lower()]
    if named and re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T\w+)?", gold):
        day = date.fromisoformat(gold[:10])
        if day.weekday() != named[0] or abs((day - dct).days) > 7:
            return "weekday not the one nearest the document date (or not that weekday)"
    if _COMPARISON.search(text) and gold[:4] == ours[:4]:
        return "year-ago comparison at another grain (year / quarter / day)"
    if (
        gold == "PAST_REF"
        and re.fullmatch(r"PX[A-Z]+", ours)
        and re.search(r"(?i)\brecent|\b(?:last|past)\b", text)
    ):
        return "a recent span written PAST_REF or PXY (the gold does both)"
    if re.fullmatch(r"PX[A-Z]+", gold) and ours == "FUTURE_REF":
        return "a coming span written FUTURE_REF or PXW (the gold does both)"
    if (
        re.fullmatch(r"PX[A-Z]+", ours)
        and gold_type == "DATE"
        and re.fullmatch(r"(?i)days|weeks|months|years", text)
    ):
        return "'in the weeks before' an event: a length of unknown count typed as the DATE it falls in"
    if (
        gold.startswith("PX")
        and ours.startswith("PX")
        and _UNIT_YEARS.get(gold[2:]) == _UNIT_YEARS.get(ours[2:], -1)
    ):
        return "a vague span of decades or centuries in another unit (PXY / PXDE / PXCE)"
    if (
        ours == "P1Q"
        and re.fullmatch(r"\d{4}-Q[1-4X]", gold)
        and re.fullmatch(r"(?i)(?:the\s+)?quarter", text)
    ):
        return "'the quarter ended Sept. 30': the length P1Q (as 'the year ended' P1Y) or the quarter"
    if _months(gold) is not None and _months(gold) == _months(ours):
        return "the same length in other units (P9M / P3Q, P1Y / P12M)"
    counts = re.fullmatch(r"P(\d+)([YMWD])", gold), re.fullmatch(r"P(\d+)([YMWD])", ours)
    if (
        all(counts)
        and counts[0].group(2) == counts[1].group(2)
        and _number_in(text) == int(counts[1].group(1))
    ):
        return "gold duration count differs from the words"
    return "other"


_UNIT_YEARS = {
    "Y": "vague years",
    "DE": "vague years",
    "CE": "vague years",
    "E": "vague years",
    "C": "vague years",
}
"""Vague year-scale units ("decades", "centuries"): both sides say 'some long stretch of years'."""
_MONTHS_PER = {"Y": 12, "Q": 3, "M": 1}


def _months(value: str | None) -> int | None:
    """A duration of whole years, quarters or months as a count of months (P3Q → 9), else None."""
    found = re.fullmatch(r"P(\d+)([YQM])", value or "")
    return int(found.group(1)) * _MONTHS_PER[found.group(2)] if found else None


def _number_in(text: str) -> int | None:
    """The first count written in `text` (3, three), read by the grammar's own number reader."""
    found = re.search(r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", text.lower())
    value = number_value(found.group(0)) if found else None
    return int(value) if value is not None else None


def audit(name: str) -> tuple[Counter[str], list[tuple[str, str]], int]:
    """Categories of the value misses in one file, the misses themselves, and the relaxed-match count."""
    counts: Counter[str] = Counter()
    misses: list[tuple[str, str]] = []
    relaxed = 0
    for doc in load_jsonl(name):
        dct = date.fromisoformat(doc["dct"])
        mentions = tag(doc["text"], reference=dct, lang="en", timeml=True)
        used: set[int] = set()
        for m in mentions:
            for i, g in enumerate(doc["timex"]):
                if i in used or not (m.start < g["end"] and g["start"] < m.end):
                    continue
                used.add(i)
                relaxed += 1
                if m.timex3 != g["value"]:
                    kind = category(g["text"], g["type"], g["value"], m.timex3, dct)
                    counts[kind] += 1
                    misses.append((kind, f"{doc['id']}\t{g['text']!r}\tgold {g['value']}\tours {m.timex3}"))
                break
    return counts, misses, relaxed


SPAN_KINDS = ("missed", "extra", "ours longer", "ours shorter", "shifted")
"""How a mention and the gold disagree on a span: none of ours overlaps the gold, none of the gold
overlaps ours, or they overlap with other offsets (ours covers the gold's, the gold covers ours, neither)."""


def span_kind(ours: tuple[int, int] | None, gold: tuple[int, int] | None) -> str:
    """The SPAN_KINDS entry for one unmatched or mismatched pair of spans."""
    if ours is None:
        return "missed"
    if gold is None:
        return "extra"
    if ours[0] <= gold[0] and gold[1] <= ours[1]:
        return "ours longer"
    if gold[0] <= ours[0] and ours[1] <= gold[1]:
        return "ours shorter"
    return "shifted"


def span_misses(name: str) -> list[tuple[str, str]]:
    """Every span disagreement in one file as (kind, line), matched one to one as the relaxed scorer does."""
    rows: list[tuple[str, str]] = []
    for doc in load_jsonl(name):
        text, gold = doc["text"], doc["timex"]
        mentions = tag(text, reference=date.fromisoformat(doc["dct"]), lang="en", timeml=True)
        used: set[int] = set()
        for m in mentions:
            pair = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used and m.start < g["end"] and g["start"] < m.end
                ),
                None,
            )
            if pair is None:
                kind, gold_part = "extra", ""
            else:
                used.add(pair)
                g = gold[pair]
                if (m.start, m.end) == (g["start"], g["end"]):
                    continue
                kind = span_kind((m.start, m.end), (g["start"], g["end"]))
                gold_part = f"\tgold {g['text']!r} {g['type']} {g['value']}"
            context = text[max(0, m.start - 40) : m.end + 40].replace("\n", " ")
            rows.append((kind, f"{doc['id']}\tours {m.text!r} {m.timex3}{gold_part}\t…{context}…"))
        for i, g in enumerate(gold):
            if i not in used:
                context = text[max(0, g["start"] - 40) : g["end"] + 40].replace("\n", " ")
                rows.append(
                    ("missed", f"{doc['id']}\tgold {g['text']!r} {g['type']} {g['value']}\t…{context}…")
                )
    return rows


def show_spans(name: str) -> None:
    """Print the span disagreements grouped by kind, each group sorted by its text."""
    rows = span_misses(name)
    counts = Counter(kind for kind, _ in rows)
    print(f"{name}: {len(rows)} span disagreements")
    for kind in SPAN_KINDS:
        print(f"{counts[kind]:5d}  {kind}")
    for kind in SPAN_KINDS:
        print(f"\n== {kind}")
        print(
            "\n".join(sorted((line for k, line in rows if k == kind), key=lambda x: x.split("\t")[1].lower()))
        )


def main() -> None:
    """Print the categories with their counts (and the misses of one category when asked)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", choices=sorted(FILES), default="train")
    parser.add_argument(
        "--show", help='print the misses of the categories starting with this text ("spans": span misses)'
    )
    args = parser.parse_args()
    if args.show == "spans":
        show_spans(FILES[args.set])
        return
    counts, misses, relaxed = audit(FILES[args.set])
    total = sum(counts.values())
    print(f"{args.set}: {relaxed} relaxed matches, {total} with another value")
    for kind, n in counts.most_common():
        print(f"{n:5d}  {kind}")
    if args.show:
        print("\n".join(line for kind, line in misses if kind.startswith(args.show)))


if __name__ == "__main__":
    main()
