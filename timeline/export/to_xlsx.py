"""Excel workbook: typed date cells, frozen header, autofilter, widths, and a bilingual `fields` sheet.

Written with xlsxwriter with `strings_to_formulas/urls/numbers` off, so every text cell stays a
text cell (`=1+2`, `007`, `https://…` included) and no apostrophe is needed; calendar days are
real date cells, instants are UTC date-times (research/ecosystem.md §4, Recommendation 9).
"""

from __future__ import annotations

import typing
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import xlsxwriter

from timeline.export.atomic import write_with
from timeline.export.dictionary import dictionary
from timeline.export.table import COLUMNS, NESTED, SCHEMA, nested_json, rows
from timeline.models import ReviewStatus, Timeline

SUFFIX = ".xlsx"
FIXED_CREATED = datetime(2000, 1, 1)
"""Workbook creation time stamped into the file: fixed, so the same input gives the same bytes."""
MAX_CELL = 32_767
"""Excel's limit on characters in one cell."""

_WIDTHS = {"date": 12, "datetime": 20, "number": 10, "text": 18}
_WIDE_TEXT = {"claim_text": 60, "headline": 36, "quote_prefix": 24, "quote_suffix": 24, "source_title": 30}


def column_kind(name: str) -> str:
    """How a column is written: date, datetime (UTC), number or text."""
    kind = SCHEMA.field(name).type
    if kind == pa.date32():
        return "date"
    if pa.types.is_timestamp(kind):
        return "datetime"
    if pa.types.is_integer(kind) or pa.types.is_floating(kind):
        return "number"
    return "text"


def _write_cell(sheet: Any, r: int, c: int, value: Any, kind: str, formats: dict[str, Any]) -> None:
    if value is None:
        return
    if kind == "date" and isinstance(value, date) and value.year >= 1900:
        sheet.write_datetime(r, c, datetime(value.year, value.month, value.day), formats["date"])
    elif kind == "datetime" and isinstance(value, datetime) and value.year >= 1900:
        sheet.write_datetime(r, c, value.astimezone(UTC).replace(tzinfo=None), formats["datetime"])
    elif kind == "number" and isinstance(value, int | float):
        sheet.write_number(r, c, value)
    else:
        text = nested_json(value) if isinstance(value, list) else str(value)
        if isinstance(value, date):
            text = value.isoformat()  # before 1900: Excel has no such dates, keep the ISO text
        sheet.write_string(r, c, text[:MAX_CELL], formats["text"])


def _claims_sheet(book: Any, timeline: Timeline, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet("claims")
    kinds = {name: column_kind(name) for name in COLUMNS}
    for c, name in enumerate(COLUMNS):
        sheet.write_string(0, c, name, formats["header"])
        width = _WIDE_TEXT.get(name, _WIDTHS[kinds[name]])
        sheet.set_column(c, c, max(width, len(name) + 2))
    data = rows(timeline)
    for r, row in enumerate(data, start=1):
        for c, name in enumerate(COLUMNS):
            _write_cell(sheet, r, c, row[name], kinds[name], formats)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, max(len(data), 1), len(COLUMNS) - 1)
    status = COLUMNS.index("review_status")
    choices = list(typing.get_args(ReviewStatus))
    sheet.data_validation(  # a fact-checker editing the sheet picks a status from the list
        1, status, max(len(data), 1), status, {"validate": "list", "source": choices}
    )


def _fields_sheet(book: Any, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet("fields")
    header = ("column", "title_en", "title_zh", "type", "description")
    for c, name in enumerate(header):
        sheet.write_string(0, c, name, formats["header"])
    for r, words in enumerate(dictionary(), start=1):
        kind = column_kind(words.name)
        kind = "JSON text" if words.name in NESTED else "date-time (UTC)" if kind == "datetime" else kind
        for c, value in enumerate((words.name, words.title_en, words.title_zh, kind, words.description)):
            sheet.write_string(r, c, value, formats["text"])
    for c, width in enumerate((20, 22, 16, 16, 80)):
        sheet.set_column(c, c, width)
    sheet.freeze_panes(1, 0)


def warnings(timeline: Timeline) -> list[str]:
    """Cells cut at Excel's limit: which claims, and where their whole text is."""
    long = [
        claim.claim_id
        for claim in timeline.claims
        if any(isinstance(v, str) and len(v) > MAX_CELL for v in claim.model_dump().values())
    ]
    if not long:
        return []
    named = ", ".join(long[:3]) + (", …" if len(long) > 3 else "")
    return [
        f"xlsx: {len(long)} claim(s) have text longer than Excel's {MAX_CELL:,}-character cell limit "
        f"({named}), cut in the workbook; the CSV, JSON and Parquet exports keep it whole"
    ]


def write(timeline: Timeline, path: Path) -> Path:
    """Write the claims to an .xlsx workbook with sheets `claims` and `fields`."""

    def fill(tmp: Path) -> None:
        options = {"strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False}
        book = xlsxwriter.Workbook(str(tmp), options)
        book.set_properties({"title": "timeline claims", "created": FIXED_CREATED})
        formats = {
            "header": book.add_format({"bold": True, "bg_color": "#E8EEF4", "border": 1}),
            "date": book.add_format({"num_format": "yyyy-mm-dd"}),
            "datetime": book.add_format({"num_format": 'yyyy-mm-dd hh:mm:ss "UTC"'}),
            "text": book.add_format({}),
        }
        _claims_sheet(book, timeline, formats)
        _fields_sheet(book, formats)
        book.close()

    return write_with(path, fill)
