"""Claims from different sources about the same event whose dates or figures disagree.

Two claims are about the same event when they come from different articles, have the same event
type, name at least one common entity (when both name any), say enough (`MIN_CONTENT`), share the
other numbers they hold (a 30-year bond is not a 10-year note), and read alike once their dates
and figures are masked (rapidfuzz token-sort ratio ≥ `min_similarity`).
They disagree when they wrote their dates differently and the date intervals cannot overlap even
allowing for each one's precision and qualifier, or, when their dates agree, when figures with the
same unit cannot be equal within their stated precision.
Same-event claims are grouped (connected components); a group with a disagreement is a conflict.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from timeline.models import Claim, Quantity, sort_key

DEFAULT_MIN_SIMILARITY = 75
MIN_CONTENT = 6
"""Claims saying less than this (Han characters + other words, dates and figures masked) never match."""
COLUMNS = (
    "conflict_group",
    "disagreement",
    "claim_id",
    "article_id",
    "source_title",
    "source_outlet",
    "event_type",
    "date_label",
    "date_edtf",
    "date_start",
    "date_end",
    "date_precision",
    "date_qualifier",
    "quantities",
    "entities",
    "claim_text",
    "review_status",
)
"""Columns of the conflicts table."""

_UNIT_DAYS = {
    "decade": 3653,
    "year": 366,
    "half": 183,
    "quarter": 92,
    "season": 92,
    "month": 31,
    "tenday": 10,
    "week": 7,
}
"""How far an approximate date may stray: one unit of its precision (a day for finer grains)."""

_NUMBER = re.compile(r"\d+(?:\.(\d+))?")
_DIGITS = re.compile(r"\d+")
_CHUNK = 2000

Interval = tuple[float | None, float | None]


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def date_interval(claim: Claim) -> tuple[date | None, date | None] | None:
    """The days a claim's date can mean (None ends are open), or None when it has no date."""
    start, end = _day(claim.date_start), claim.date_end
    if start is None and end is None:
        return None
    qualifier = claim.date_qualifier
    if qualifier in ("before", "until", "recent"):
        start = None
    if qualifier in ("since", "after"):
        end = None
    if qualifier == "approximate":
        slack = timedelta(days=_UNIT_DAYS.get(claim.date_precision or "", 1))
        start = start - slack if start else None
        end = end + slack if end else None
    return start, end


def dates_disagree(a: Claim, b: Claim) -> bool:
    """True when both claims are dated, wrote their dates differently, and no day fits both.

    The same words (今年, June 14, now) resolved to different days only mean the articles were
    published on different days: the sources do not disagree.
    """
    x, y = date_interval(a), date_interval(b)
    if x is None or y is None or _same_expression(a, b):
        return False
    return _apart(x, y)


def _apart(x: tuple[Any, Any], y: tuple[Any, Any]) -> bool:
    (x_lo, x_hi), (y_lo, y_hi) = x, y
    return (x_hi is not None and y_lo is not None and x_hi < y_lo) or (
        y_hi is not None and x_lo is not None and y_hi < x_lo
    )


def figure_interval(quantity: Quantity) -> Interval:
    """The values a stated figure can mean: ± half its last digit, widened by about/more/less."""
    low, high = quantity.value, quantity.value_max if quantity.value_max is not None else quantity.value
    match = _NUMBER.search(quantity.text)
    if match and float(match.group(0)):
        step = 10.0 ** -len(match.group(1) or "")
        half = 0.5 * step * abs(quantity.value / float(match.group(0)))
    else:  # written in words (三千): a round number is only as precise as its last non-zero digit
        whole = abs(int(quantity.value))
        zeros = len(str(whole)) - len(str(whole).rstrip("0")) if whole else 0
        half = 0.5 * 10.0**zeros if zeros else 0.0
    if quantity.approx == "about":
        half = max(half, 0.1 * abs(quantity.value))
    lo: float | None = low - half
    hi: float | None = high + half
    if quantity.approx == "more_than":
        hi = None
    if quantity.approx == "less_than":
        lo = None
    return lo, hi


def figures_disagree(a: Claim, b: Claim) -> bool:
    """True when a unit both claims state the same number of times has values that cannot match."""
    by_unit_a, by_unit_b = _by_unit(a.quantities), _by_unit(b.quantities)
    for unit in by_unit_a.keys() & by_unit_b.keys():
        xs, ys = by_unit_a[unit], by_unit_b[unit]
        if len(xs) != len(ys):
            continue  # which figure answers which is ambiguous
        xs = sorted(xs, key=lambda q: q.value)
        ys = sorted(ys, key=lambda q: q.value)
        if any(_apart(figure_interval(x), figure_interval(y)) for x, y in zip(xs, ys, strict=True)):
            return True
    return False


def _by_unit(quantities: Sequence[Quantity]) -> dict[str, list[Quantity]]:
    out: dict[str, list[Quantity]] = defaultdict(list)
    for q in quantities:
        if math.isfinite(q.value):
            out[(q.unit or "").casefold()].append(q)
    return out


def masked_text(claim: Claim) -> str:
    """The claim's words without its date, figures and punctuation, case-folded."""
    text = claim.claim_text
    for part in [claim.date_text or "", *(q.text for q in claim.quantities)]:
        if part:
            text = text.replace(part, " ")
    kept = (ch if unicodedata.category(ch)[0] in "LMN" else " " for ch in text.casefold())
    return " ".join("".join(kept).split())


def content_size(masked: str) -> int:
    """How much a masked text says: one per Han, kana or Hangul character, one per other word."""
    size = 0
    for word in masked.split():
        wide = sum(1 for ch in word if unicodedata.east_asian_width(ch) == "W")
        size += wide + (1 if len(word) > wide else 0)
    return size


def _same_expression(a: Claim, b: Claim) -> bool:
    """True when both sources wrote the same time expression (any difference is our anchoring)."""
    if not a.date_text or not b.date_text:
        return False
    return _letters(a.date_text) == _letters(b.date_text)


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if unicodedata.category(ch)[0] in "LN")


def _entities(claim: Claim) -> set[str]:
    return {e.text.casefold().strip() for e in claim.entities}


def same_event_pairs(claims: Sequence[Claim], min_similarity: int) -> list[tuple[int, int]]:
    """Index pairs of claims from different articles that are about the same event."""
    from rapidfuzz import fuzz, process

    pairs: list[tuple[int, int]] = []
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        blocks[claim.event_type].append(i)
    for members in blocks.values():
        texts = [masked_text(claims[i]) for i in members]
        sizes = [content_size(t) for t in texts]
        numbers = [frozenset(_DIGITS.findall(t)) for t in texts]
        for top in range(0, len(members), _CHUNK):
            scores = process.cdist(
                texts[top : top + _CHUNK],
                texts,
                scorer=fuzz.token_sort_ratio,
                score_cutoff=min_similarity,
                workers=1,
            )
            for row, col in zip(*scores.nonzero(), strict=True):
                i, j = members[top + int(row)], members[int(col)]
                if i >= j or claims[i].article_id == claims[j].article_id:
                    continue
                if min(sizes[top + int(row)], sizes[int(col)]) < MIN_CONTENT:
                    continue  # a bare byline or "p.m." says too little to be an event
                a, b = _entities(claims[i]), _entities(claims[j])
                if a and b and not a & b:
                    continue
                x, y = numbers[top + int(row)], numbers[int(col)]
                if x and y and x != y:
                    continue  # other numbers name other things: a 30-year bond, a 13-inch laptop, Line 2
                pairs.append((i, j))
    return pairs


def find_conflicts(
    claims: Sequence[Claim], *, min_similarity: int = DEFAULT_MIN_SIMILARITY
) -> list[dict[str, Any]]:
    """The conflicts table: every claim of every same-event group that holds a disagreement."""
    claims = sorted(claims, key=sort_key)
    parent = list(range(len(claims)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    kinds: dict[int, set[str]] = defaultdict(set)
    for i, j in same_event_pairs(claims, min_similarity):
        parent[root(i)] = root(j)
        found = set()
        if dates_disagree(claims[i], claims[j]):
            found.add("date")
        elif figures_disagree(claims[i], claims[j]):
            found.add("figure")
        kinds[i] |= found
        kinds[j] |= found
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(claims)):
        groups[root(i)].append(i)
    rows: list[dict[str, Any]] = []
    for members in groups.values():
        if len(members) < 2 or not any(kinds[i] for i in members):
            continue
        ids = sorted(claims[i].claim_id for i in members)
        group = "cg-" + hashlib.sha256(" ".join(ids).encode()).hexdigest()[:8]
        rows += [_row(group, claims[i], kinds[i]) for i in members]
    return sorted(rows, key=lambda r: (r["conflict_group"], r["date_start"] or "", r["claim_id"]))


def _row(group: str, claim: Claim, kinds: set[str]) -> dict[str, Any]:
    start = _day(claim.date_start)
    return {
        "conflict_group": group,
        "disagreement": "+".join(sorted(kinds)),
        "claim_id": claim.claim_id,
        "article_id": claim.article_id,
        "source_title": claim.source_title or "",
        "source_outlet": claim.source_outlet or "",
        "event_type": claim.event_type,
        "date_label": claim.date_label or claim.date_text or "",
        "date_edtf": claim.date_edtf or "",
        "date_start": start.isoformat() if start else "",
        "date_end": claim.date_end.isoformat() if claim.date_end else "",
        "date_precision": claim.date_precision or "",
        "date_qualifier": claim.date_qualifier,
        "quantities": "; ".join(q.text for q in claim.quantities),
        "entities": "; ".join(e.text for e in claim.entities),
        "claim_text": claim.claim_text,
        "review_status": claim.review_status,
    }
