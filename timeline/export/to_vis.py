"""vis-timeline items and groups: a point for day precision, a range with an exclusive end otherwise.

Dates are local-midnight strings without an offset (`2017-09-01T00:00:00`), which vis and moment
read as local time, so nothing shifts by a day west of UTC. A month-precision claim is the range
2017-09-01 → 2017-10-01 (exclusive end). Open-ended and vague claims are points with a
`className` saying so. `content` and `title` are HTML-escaped; keep vis's xss sanitiser on
(research/ecosystem.md §2.1, Recommendation 13).
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from html import escape
from pathlib import Path
from typing import Any

from timeline.export.atomic import write_bytes
from timeline.export.labels import FINE_PRECISIONS, display_date, event_title, headline, shape, span
from timeline.models import Claim, Timeline, sort_key

SUFFIX = ".vis.json"


def local(value: date | datetime) -> str:
    """A local wall-clock string without an offset: `2017-09-01T00:00:00`."""
    if isinstance(value, datetime):
        return value.replace(tzinfo=None, microsecond=0).isoformat()
    return f"{value.isoformat()}T00:00:00"


def item(claim: Claim) -> dict[str, Any] | None:
    """One claim as a vis-timeline item, or None when it has no date."""
    where = span(claim)
    if where.kind == "undated":
        return None
    precision = claim.date_precision or "day"
    classes = [f"precision-{precision}", f"qualifier-{claim.date_qualifier}", f"kind-{shape(claim)}"]
    label = display_date(claim)
    tooltip = f"“{claim.claim_text}” — {claim.source_title or claim.source_outlet or claim.source_url or ''} ({label})"
    entry: dict[str, Any] = {
        "id": claim.claim_id,
        "group": claim.event_type,
        "content": escape(headline(claim, 40)),
        "title": escape(tooltip),
        "className": " ".join(classes),
    }
    if where.kind in ("vague", "open") or (where.kind == "point" and precision in FINE_PRECISIONS):
        when = where.start if where.start is not None else where.end
        assert when is not None
        entry |= {"type": "point", "start": local(when)}
    else:
        assert where.start is not None and where.end is not None
        start = where.start.date() if isinstance(where.start, datetime) else where.start
        entry |= {"type": "range", "start": local(start), "end": local(where.end + timedelta(days=1))}
    return entry


def document(timeline: Timeline) -> dict[str, Any]:
    """`{items, groups}` ready for `new vis.Timeline(el, items, groups)`."""
    items = [i for i in (item(c) for c in sorted(timeline.claims, key=sort_key)) if i is not None]
    used = sorted({i["group"] for i in items})
    groups = [{"id": g, "content": escape(event_title(g)), "order": n} for n, g in enumerate(used)]
    return {"items": items, "groups": groups}


def warnings(timeline: Timeline) -> list[str]:
    """Undated claims cannot be drawn; say how many were left out."""
    skipped = len(timeline.claims) - len(document(timeline)["items"])
    return [f"vis: {skipped} undated claim(s) left out (nothing to place them at)"] if skipped else []


def write(timeline: Timeline, path: Path) -> Path:
    """Write `{items, groups}` as JSON."""
    text = json.dumps(document(timeline), ensure_ascii=False, indent=2)
    return write_bytes(path, (text + "\n").encode("utf-8"))
