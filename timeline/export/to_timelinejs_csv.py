"""TimelineJS3 spreadsheet CSV: the Google Sheets template's 19 headers, one title row, no blank rows.

It pastes into Knight Lab's Google template and also loads directly as a `.csv` source in
TimelineJS ≥ 3.9.11 (research/ecosystem.md §1.2, Recommendation 12). Slides are the same as in
`to_timelinejs` (one source of truth); cells a spreadsheet would run as a formula start with an
HTML entity instead (`&#61;` for `=`), which TimelineJS shows as the character itself.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from timeline.export.atomic import write_bytes
from timeline.export.to_timelinejs import document
from timeline.models import Timeline

SUFFIX = ".timelinejs.csv"
HEADERS = (
    "Year",
    "Month",
    "Day",
    "Time",
    "End Year",
    "End Month",
    "End Day",
    "End Time",
    "Display Date",
    "Headline",
    "Text",
    "Media",
    "Media Credit",
    "Media Caption",
    "Media Thumbnail",
    "Alt Text",
    "Type",
    "Group",
    "Background",
)
"""Row 1 of the TimelineJS Google Sheets template, exactly (its parser reads these names)."""

_ENTITIES = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;"}


def html_cell(value: str) -> str:
    """An HTML cell a spreadsheet cannot run: leading whitespace dropped, a formula sign as an entity."""
    text = value.lstrip("\t\r\n ")
    return _ENTITIES[text[0]] + text[1:] if text and text[0] in _ENTITIES else text


def _time(parts: dict[str, int]) -> str:
    if "hour" not in parts:
        return ""
    text = f"{parts['hour']}:{parts.get('minute', 0):02d}"
    return text + (f":{parts['second']:02d}" if "second" in parts else "")


def _date_cells(parts: dict[str, int] | None) -> list[str]:
    if not parts:
        return ["", "", "", ""]
    return [str(parts["year"]), str(parts.get("month", "")), str(parts.get("day", "")), _time(parts)]


def row(slide: dict[str, Any], *, kind: str = "") -> list[str]:
    """One slide as a template row."""
    text = slide.get("text", {})
    cells = {
        "Display Date": html_cell(slide.get("display_date", "")),
        "Headline": html_cell(text.get("headline", "")),
        "Text": html_cell(text.get("text", "")),
        "Type": kind,
        "Group": html_cell(slide.get("group", "")),
    }
    dates = _date_cells(slide.get("start_date")) + _date_cells(slide.get("end_date"))
    return dates + [cells.get(header, "") for header in HEADERS[8:]]


def write(timeline: Timeline, path: Path) -> Path:
    """Write the TimelineJS spreadsheet CSV (UTF-8 with BOM, CRLF, a title row first)."""
    doc = document(timeline)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(HEADERS)
    writer.writerow(row(doc["title"], kind="title"))
    for slide in doc["events"]:
        writer.writerow(row(slide))
    return write_bytes(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
