"""Terminal tables for the CLI: claims and mentions as aligned columns (wide CJK characters count twice)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import click

from timeline.models import Claim, TimeMention

MAX_COLUMN = 60


def claim_rows(claims: list[Claim]) -> list[dict[str, str]]:
    """One display row per claim: date, precision, qualifier, event type, source, the quote (cut), id."""
    return [
        {
            "date": c.date_label if c.date_edtf is None else c.date_edtf,
            "precision": c.date_precision or "",
            "qualifier": c.date_qualifier,
            "event": c.event_type,
            "source": source_name(c),
            "claim": c.claim_text.replace("\n", " ")[:MAX_COLUMN],
            "claim_id": c.claim_id,
        }
        for c in claims
    ]


SOURCE_WIDTH = 24


def source_name(claim: Claim) -> str:
    """Where a claim comes from, short: its file's name (a feed record's `#N` kept), else the outlet."""
    name = Path(claim.source_path).name if claim.source_path else claim.source_outlet or "<stdin>"
    return name if len(name) <= SOURCE_WIDTH else name[: SOURCE_WIDTH - 1] + "…"


def mention_rows(mentions: list[TimeMention]) -> list[dict[str, str]]:
    """One display row per time mention, every field as text."""
    return [
        {k: str(v) if v is not None else "" for k, v in json.loads(m.model_dump_json()).items()}
        for m in mentions
    ]


def print_table(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> None:
    """Print `rows` as aligned columns under a header line (nothing for no rows)."""
    if not rows:
        return
    widths = {c: min(MAX_COLUMN, max(width(c), *(width(str(r.get(c) or "")) for r in rows))) for c in columns}
    click.echo("  ".join(_pad(c, widths[c]) for c in columns))
    for row in rows:
        click.echo("  ".join(_pad(str(row.get(c) or ""), widths[c]) for c in columns))


def width(text: str) -> int:
    """Terminal columns `text` takes: wide and full-width characters count twice."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _pad(text: str, size: int) -> str:
    while width(text) > size:
        text = text[:-1]
    return text + " " * (size - width(text))
