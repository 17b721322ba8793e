"""XLSX read back with openpyxl: typed dates, no formula cells, frozen header, filter, fields sheet."""

from __future__ import annotations

from datetime import datetime

import openpyxl
from export_samples import empty_timeline, sample_timeline

from timeline.export import to_xlsx
from timeline.export.table import COLUMNS


def _book(tmp_path, timeline=None):
    path = to_xlsx.write(timeline or sample_timeline(), tmp_path / "t.xlsx")
    return openpyxl.load_workbook(path)


def test_header_is_the_canonical_columns_frozen_and_filtered(tmp_path):
    sheet = _book(tmp_path)["claims"]
    assert tuple(c.value for c in sheet[1]) == COLUMNS
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
    assert sheet.column_dimensions["C"].width >= 40  # claim_text is wide
    (rule,) = sheet.data_validations.dataValidation
    assert rule.type == "list" and "unverifiable" in rule.formula1


def test_dates_are_typed_and_strings_stay_strings(tmp_path):
    sheet = _book(tmp_path)["claims"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c for c in r), strict=True)) for r in sheet.iter_rows(min_row=2)]
    assert len(rows) == len(sample_timeline().claims)
    starts = [r["date_start"] for r in rows if r["date_start"].value is not None]
    assert starts and all(c.is_date and isinstance(c.value, datetime) for c in starts)
    assert all(c.number_format == "yyyy-mm-dd" for c in starts)
    published = [r["source_published_at"] for r in rows]
    assert all(c.is_date for c in published)
    assert datetime(2024, 4, 24, 1, 21) in [c.value for c in published]  # 09:21 +08:00 in UTC
    texts = {r["claim_text"].value: r["claim_text"] for r in rows}
    ledger = next(c for t, c in texts.items() if t.startswith("=1+2"))
    assert ledger.data_type == "s"
    assert next(c for t, c in texts.items() if t.startswith("-5%")).data_type == "s"
    urls = [r["source_url"] for r in rows]
    assert all(c.data_type == "s" and c.hyperlink is None for c in urls)
    assert isinstance(rows[0]["confidence"].value, float)


def test_no_formula_cell_anywhere(tmp_path):
    book = _book(tmp_path)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert not [c.coordinate for c in row if c.data_type == "f"]


def test_fields_sheet_has_english_and_chinese_titles(tmp_path):
    sheet = _book(tmp_path)["fields"]
    rows = [[c.value for c in r] for r in sheet.iter_rows()]
    assert rows[0] == ["column", "title_en", "title_zh", "type", "description"]
    assert [r[0] for r in rows[1:]] == list(COLUMNS)
    by_name = {r[0]: r for r in rows[1:]}
    assert by_name["claim_text"][2] == "声明原文"
    assert by_name["date_start"][3] == "date"


def test_zero_claims_and_determinism(tmp_path):
    empty = _book(tmp_path, empty_timeline())["claims"]
    assert empty.max_row == 1
    a = to_xlsx.write(sample_timeline(), tmp_path / "a.xlsx").read_bytes()
    b = to_xlsx.write(sample_timeline(), tmp_path / "b.xlsx").read_bytes()
    assert a == b


def test_text_past_the_excel_cell_limit_is_cut_and_warned_about(tmp_path):
    sample = sample_timeline()
    first = sample.claims[0]
    long = first.model_copy(update={"claim_text": "很长的句子" * 7000})  # 35,000 characters, no stop
    timeline = sample.model_copy(update={"claims": [long, *sample.claims[1:]]})
    assert to_xlsx.warnings(sample) == []
    assert to_xlsx.warnings(timeline) == [
        f"xlsx: 1 claim(s) have text longer than Excel's 32,767-character cell limit ({first.claim_id}), "
        "cut in the workbook; the CSV, JSON and Parquet exports keep it whole"
    ]
    sheet = _book(tmp_path, timeline)["claims"]
    texts = [len(c.value or "") for c in sheet["C"]]
    assert max(texts) == to_xlsx.MAX_CELL
