"""TimelineJS3 JSON: one slide per dated claim, date parts by precision, a title slide.

Rules (research/ecosystem.md §1, Recommendation 11): date parts only down to the claim's
precision (a year-only claim is `{year}`), `display_date` from `labels.display_date`, `end_date`
only for real ranges, `unique_id` = claim_id (Chinese headlines slugify to nothing), `group` =
event type, headline and text HTML-escaped with only our own `<blockquote>`, `<p>` and `<a>`.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import Any

from timeline.export.atomic import write_bytes
from timeline.export.labels import Grain, display_date, headline, safe_url, span
from timeline.models import Claim, Timeline, sort_key

SUFFIX = ".timelinejs.json"
MAX_EVENTS = 200
"""Above this many slides TimelineJS gets slow; Knight Lab means it for narratives."""

_PARTS: tuple[Grain, ...] = ("year", "month", "day", "hour", "minute", "second")


def date_object(value: date | datetime, grain: Grain) -> dict[str, int]:
    """A TimelineJS date object with the parts down to `grain` and no finer (never an invented day)."""
    day = value.date() if isinstance(value, datetime) else value
    parts: dict[str, int] = {"year": day.year, "month": day.month, "day": day.day}
    if isinstance(value, datetime):
        parts |= {"hour": value.hour, "minute": value.minute, "second": value.second}
    keep = _PARTS[: _PARTS.index(grain) + 1]
    return {part: parts[part] for part in keep if part in parts}  # a day has no hour to invent


def source_line(claim: Claim) -> str:
    """`title, outlet, 2024-04-24` as escaped HTML, linked to the source when it is an http(s) URL."""
    bits = [claim.source_title, claim.source_outlet]
    if claim.source_published_at is not None:
        bits.append(claim.source_published_at.date().isoformat())
    text = escape(", ".join(b for b in bits if b) or (claim.source_url or "source"))
    url = safe_url(claim.source_url)
    return f'<a href="{escape(url)}">{text}</a>' if url else text


def slide_text(claim: Claim) -> str:
    """The slide body: the quote, who said it, the verbatim date phrase and the source, all escaped."""
    parts = [f"<blockquote>{escape(claim.claim_text)}</blockquote>"]
    said = ", ".join(escape(s) for s in (claim.speaker, claim.speaker_role) if s)
    if said:
        parts.append(f"<p>— {said}</p>")
    if claim.date_text:
        parts.append(f"<p>Date as written / 原文日期: {escape(claim.date_text)}</p>")
    parts.append(f"<p>{source_line(claim)}</p>")
    return "".join(parts)


def event(claim: Claim) -> dict[str, Any] | None:
    """One claim as a TimelineJS slide, or None when it has no date to place it at."""
    where = span(claim)
    if where.kind == "undated":
        return None
    slide: dict[str, Any] = {"unique_id": claim.claim_id}
    if where.start is None:  # vague (近年来): placed at its reference day, labelled as vague
        assert where.end is not None
        slide["start_date"] = date_object(where.end, "day")
    else:
        slide["start_date"] = date_object(where.start, where.start_grain)
        if where.kind == "range" and where.end is not None:
            end = date_object(where.end, where.end_grain)
            if end != slide["start_date"]:
                slide["end_date"] = end
    slide["display_date"] = escape(display_date(claim))
    slide["text"] = {"headline": escape(headline(claim)), "text": slide_text(claim)}
    slide["group"] = claim.event_type
    return slide


def title_slide(timeline: Timeline, placed: int) -> dict[str, Any]:
    """The first slide: what the timeline is and where its claims come from."""
    outlets = sorted({a.outlet for a in timeline.articles if a.outlet})
    body = f"<p>{placed} dated claim(s) from {len(timeline.articles)} article(s) / 共{placed}条声明</p>"
    if outlets:
        body += f"<p>{escape(', '.join(outlets))}</p>"
    return {"text": {"headline": "Claims timeline / 声明时间线", "text": body}}


def document(timeline: Timeline) -> dict[str, Any]:
    """The whole TimelineJS configuration object."""
    events = [e for e in (event(c) for c in sorted(timeline.claims, key=sort_key)) if e is not None]
    return {"title": title_slide(timeline, len(events)), "events": events, "scale": "human"}


def warnings(timeline: Timeline) -> list[str]:
    """What a reporter should know before opening the file in TimelineJS."""
    doc = document(timeline)
    notes = []
    skipped = len(timeline.claims) - len(doc["events"])
    if skipped:
        notes.append(f"TimelineJS: {skipped} undated claim(s) left out (nothing to place them at)")
    if not doc["events"]:
        notes.append("TimelineJS: no dated claims, and TimelineJS shows nothing without at least one event")
    if len(doc["events"]) > MAX_EVENTS:
        notes.append(
            f"TimelineJS: {len(doc['events'])} events; above {MAX_EVENTS} it gets slow and hard to read, "
            "so export a subset (one article or one event type) for a story"
        )
    return notes


def write(timeline: Timeline, path: Path) -> Path:
    """Write the TimelineJS3 JSON file (load it with `new TL.Timeline(id, url, {language: "zh-cn"})`)."""
    text = json.dumps(document(timeline), ensure_ascii=False, indent=2)
    return write_bytes(path, (text + "\n").encode("utf-8"))
