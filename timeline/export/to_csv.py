"""CSV for people: UTF-8 with BOM, RFC 4180, CRLF, formula injection neutralised (unless raw)."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path
from typing import Any

from timeline.export.atomic import write_bytes
from timeline.export.table import COLUMNS, NESTED, nested_json, rows
from timeline.models import Timeline

SUFFIX = ".csv"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")
"""OWASP: a cell starting with one of these is read as a formula by spreadsheets."""


def neutralise(value: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe."""
    return "'" + value if value.startswith(FORMULA_START) else value


def cell(value: Any, *, raw: bool) -> str:
    """Render one value: empty for null, ISO for dates, JSON for nested lists."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return nested_json(value)
    if isinstance(value, float):
        return repr(round(value, 6))
    text = str(value)
    return text if raw else neutralise(text)


def write(timeline: Timeline, path: Path, *, raw: bool = False) -> Path:
    """Write the claims as CSV; `raw=True` keeps text cells exactly as extracted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for row in rows(timeline):
        writer.writerow([cell(row[name], raw=raw or name in NESTED) for name in COLUMNS])
    return write_bytes(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
