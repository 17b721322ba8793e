"""Review sheets: one row per claim with its context, the editable verdict and version stamps.

Written as XLSX (a status drop-down, only the editable columns unlocked, xlsxwriter) or CSV
(UTF-8 with BOM, formula injection neutralised), and read back from either (openpyxl, csv).
Rows are numbered as a spreadsheet shows them: the header is row 1.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path

from timeline.errors import InputError
from timeline.export.atomic import write_bytes, write_with
from timeline.export.to_csv import FORMULA_START
from timeline.ingest.decode import decode_bytes
from timeline.models import Article, Claim, ReviewStatus
from timeline.review.stamps import Verdict, claim_version, review_version

STATUSES: tuple[str, ...] = ReviewStatus.__args__  # type: ignore[attr-defined]

CONTEXT_COLUMNS = (
    "claim_id",
    "source_title",
    "source_outlet",
    "date_label",
    "date_edtf",
    "claim_text",
    "context",
    "quantities",
    "speaker",
    "source_url",
)
EDITABLE = ("review_status", "review_note", "evidence_url", "reviewer")
STAMP_COLUMNS = ("reviewed_at", "claim_version", "review_version")
COLUMNS = CONTEXT_COLUMNS + EDITABLE + STAMP_COLUMNS
"""Sheet column order: context (locked), the verdict (editable), stamps (locked)."""

REQUIRED = ("claim_id", *EDITABLE, "claim_version", "review_version")
"""Columns an imported sheet must have; the others are context for the reader."""

FIXED_CREATED = datetime(2000, 1, 1)
"""XLSX document date: fixed, so the same workspace gives the same bytes."""

COLUMN_NOTES: dict[str, tuple[str, str]] = {
    "claim_id": (
        "Stable id of the claim; keep it: the import finds the claim by it.",
        "声明编号；导入时据此找到声明，请勿修改。",
    ),
    "source_title": ("Title of the source article.", "来源文章标题。"),
    "source_outlet": ("Outlet that published the article.", "发布媒体。"),
    "date_label": ("The claim's date as read.", "声明的日期。"),
    "date_edtf": ("The same date in EDTF (2017-09, 2023/.. for 'since 2023').", "同一日期的 EDTF 写法。"),
    "claim_text": ("The claim, verbatim from the article.", "声明原文。"),
    "context": ("The claim in its article text, marked 【…】.", "上下文，声明以【】标出。"),
    "quantities": ("Figures stated in the claim.", "声明中的数字。"),
    "speaker": (
        "Who the article says made the claim; empty for the reporter's narration.",
        "说话人；记者叙述则为空。",
    ),
    "source_url": ("Link to the source article.", "来源链接。"),
    "review_status": (
        "Your verdict: unreviewed, verified, disputed, false or unverifiable (edit).",
        "核查结论（可编辑）。",
    ),
    "review_note": ("Your note, at most 4000 characters (edit).", "核查说明，最多4000字（可编辑）。"),
    "evidence_url": (
        "Link to the evidence, starting with http:// or https:// (edit).",
        "证据链接（可编辑）。",
    ),
    "reviewer": (
        "Who reviewed it; left empty, the import fills in --reviewer or your login name (edit).",
        "核查人；留空则取 --reviewer 或登录名（可编辑）。",
    ),
    "reviewed_at": (
        "When the review last changed (UTC); set by the import.",
        "最近修改时间（UTC），自动填写。",
    ),
    "claim_version": (
        "Stamp of the quote and date as exported; leave it: the import sees by it whether the claim changed since.",
        "声明版本戳，请勿修改：导入时据此判断声明是否已变。",
    ),
    "review_version": (
        "Stamp of the review as exported; leave it: the import sees by it whether someone else changed the review since.",
        "核查版本戳，请勿修改：导入时据此判断他人是否已改。",
    ),
}
"""What each sheet column means (the `columns` sheet of the XLSX), in English and Chinese."""

_WIDTHS = {"claim_text": 60, "context": 60, "review_note": 40, "evidence_url": 30, "source_title": 24}


@dataclass(frozen=True, slots=True)
class SheetRow:
    """One data row read back from a sheet: its spreadsheet row number and its cells by column."""

    number: int
    cells: dict[str, str]


def sheet_rows(claims: Sequence[Claim], articles: Sequence[Article]) -> list[dict[str, str]]:
    """The review sheet's rows, one per claim (claims carry their merged review)."""
    by_id = {a.article_id: a for a in articles}
    out = []
    for c in claims:
        article = by_id.get(c.article_id)
        verdict = Verdict(c.review_status, c.review_note, c.evidence_url, c.reviewer)
        out.append(
            {
                "claim_id": c.claim_id,
                "source_title": c.source_title or (article.title if article else None) or "",
                "source_outlet": c.source_outlet or (article.outlet if article else None) or "",
                "date_label": c.date_label or c.date_text or "",
                "date_edtf": c.date_edtf or "",
                "claim_text": c.claim_text,
                "context": f"{c.quote_prefix}【{c.claim_text}】{c.quote_suffix}",
                "quantities": "; ".join(q.text for q in c.quantities),
                "speaker": c.speaker or "",
                "source_url": c.source_url or (article.url if article else None) or "",
                "review_status": c.review_status,
                "review_note": c.review_note or "",
                "evidence_url": c.evidence_url or "",
                "reviewer": c.reviewer or "",
                "reviewed_at": c.reviewed_at.isoformat() if c.reviewed_at else "",
                "claim_version": claim_version(c),
                "review_version": review_version(verdict),
            }
        )
    return out


# -- writing ---------------------------------------------------------------------------------


def neutralise(value: str) -> str:
    """Prefix a CSV cell a spreadsheet would run as a formula (or one starting with ') with '."""
    return "'" + value if value.startswith((*FORMULA_START, "'")) else value


def unneutralise(value: str) -> str:
    """Undo `neutralise` on a cell read back from CSV."""
    return value[1:] if value.startswith("'") and value[1:].startswith((*FORMULA_START, "'")) else value


def write_csv(rows: Sequence[dict[str, str]], path: Path) -> Path:
    """Write a review sheet as CSV (UTF-8 with BOM, CRLF), atomically."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([neutralise(row[name]) for name in COLUMNS])
    return write_bytes(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))


def write_xlsx(rows: Sequence[dict[str, str]], path: Path) -> Path:
    """Write a review sheet as XLSX: status drop-down, only the verdict columns unlocked, atomically."""
    import xlsxwriter

    def fill(tmp: Path) -> None:
        book = xlsxwriter.Workbook(str(tmp), {"strings_to_formulas": False, "strings_to_urls": False})
        book.set_properties({"created": FIXED_CREATED, "title": "timeline review sheet"})
        sheet = book.add_worksheet("review")
        header = book.add_format({"bold": True, "locked": True, "bg_color": "#DDDDDD"})
        locked = book.add_format({"locked": True, "text_wrap": True, "valign": "top"})
        editable = book.add_format(
            {"locked": False, "text_wrap": True, "valign": "top", "bg_color": "#FFF8DC"}
        )
        for col, name in enumerate(COLUMNS):
            sheet.set_column(col, col, _WIDTHS.get(name, 16), editable if name in EDITABLE else locked)
            sheet.write_string(0, col, name, header)
        for r, row in enumerate(rows, start=1):
            for col, name in enumerate(COLUMNS):
                sheet.write_string(r, col, row[name], editable if name in EDITABLE else locked)
        last = max(len(rows), 1) + 1000  # room for the drop-down below the data too
        status_col = COLUMNS.index("review_status")
        sheet.data_validation(
            1,
            status_col,
            last,
            status_col,
            {
                "validate": "list",
                "source": list(STATUSES),
                "error_title": "review_status",
                "error_message": "Choose one of: " + ", ".join(STATUSES),
            },
        )
        sheet.freeze_panes(1, 1)
        sheet.autofilter(0, 0, len(rows), len(COLUMNS) - 1)
        sheet.protect("", {"autofilter": True, "sort": True, "format_columns": True, "format_rows": True})
        about = book.add_worksheet("columns")
        for col, (name, width) in enumerate((("column", 16), ("editable", 9), ("meaning", 70), ("说明", 40))):
            about.set_column(col, col, width)
            about.write_string(0, col, name, header)
        for r, name in enumerate(COLUMNS, start=1):
            english, chinese = COLUMN_NOTES[name]
            about.write_string(r, 0, name)
            about.write_string(r, 1, "yes" if name in EDITABLE else "no")
            about.write_string(r, 2, english)
            about.write_string(r, 3, chinese)
        book.close()

    return write_with(path, fill)


# -- reading ---------------------------------------------------------------------------------


def read_sheet(path: Path) -> list[SheetRow]:
    """Read a review sheet (.xlsx or .csv) into rows keyed by column name; blank rows are skipped."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file; pass the sheet written by `timeline review export`")
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise InputError(f"{path}: {suffix or 'no suffix'} is not a review sheet; save it as .xlsx or .csv")
    if suffix in (".xlsx", ".xlsm"):
        table = _xlsx_table(path)
        neutralised = False
    else:
        table = _csv_table(path)
        neutralised = True
    if not table:
        raise InputError(f"{path}: the sheet is empty; export one with `timeline review export`")
    header = [str(h or "").strip() for h in table[0]]
    missing = [name for name in REQUIRED if name not in header]
    if missing and "char_start" in header:  # the CSV of `timeline export`, not a review sheet
        raise InputError(
            f"{path}: this is a `timeline export` file, not a review sheet; write one with "
            "`timeline review export`, edit it and import that"
        )
    if missing:
        raise InputError(
            f"{path}: row 1 lacks column(s) {', '.join(missing)}; keep the header of `timeline review export`"
        )
    rows = []
    for number, values in enumerate(table[1:], start=2):
        cells = {}
        for name, value in zip(header, values, strict=False):
            text = _cell_text(value)
            cells[name] = unneutralise(text) if neutralised else text
        if any(cells.values()):
            rows.append(SheetRow(number, cells))
    return rows


def _cell_text(value: object) -> str:
    """A cell as the text its reviewer typed: a spreadsheet turns `2024-05-12` into a date cell and
    `12345` into a number, which come back as `2024-05-12` and `12345` (not `2024-05-12 00:00:00`, `12345.0`)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _csv_table(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        # Excel's plain "CSV" is the system code page: GBK in China, Big5 in Taiwan, UTF-16 "Unicode text"
        try:
            text, _ = decode_bytes(data, path)
        except InputError:
            raise InputError(
                f"{path}: not UTF-8 at byte {exc.start}, nor clearly GB18030 or Big5; save the sheet as CSV UTF-8"
            ) from None
    try:
        return list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error as exc:
        raise InputError(f"{path}: not a readable CSV ({exc}); save the sheet as CSV UTF-8") from None


def _xlsx_table(path: Path) -> list[list[object]]:
    from openpyxl import load_workbook

    try:
        # data_only=False: a cell a reviewer typed as "=..." comes back as its text, never as a lost value
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise InputError(f"{path}: not a readable XLSX workbook ({exc}); save it again as .xlsx") from None
    try:
        sheet = book["review"] if "review" in book.sheetnames else book.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _delimiter(text: str) -> str:
    """`,` unless the header row is split by `;` or tab, as Excel saves CSV in many locales."""
    first = text.split("\n", 1)[0]
    for candidate in (",", ";", "\t"):
        if "claim_id" in (cell.strip().strip('"') for cell in first.split(candidate)):
            return candidate
    return ","
