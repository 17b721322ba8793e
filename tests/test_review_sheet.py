"""Review sheets: context and stamps per claim, a protected XLSX with a drop-down, lossless CSV."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from tests.review_workspace import ZH_SENTENCES, build_workspace
from timeline.errors import InputError
from timeline.review.sheet import COLUMNS, EDITABLE, STATUSES, read_sheet, sheet_rows, write_csv, write_xlsx
from timeline.store import Store


@pytest.fixture
def rows(tmp_path):
    with Store(build_workspace(tmp_path / "t.db")) as store:
        return sheet_rows(store.claims(), store.articles())


def test_rows_carry_context_verdict_and_stamps(rows):
    first = rows[0]
    assert first["claim_text"] == ZH_SENTENCES[0]
    assert first["source_title"] == "图书馆十年" and first["source_outlet"] == "河东晚报"
    assert first["source_url"] == "https://example.org/library"
    assert "【" + ZH_SENTENCES[0] + "】" in first["context"]
    assert (first["review_status"], first["reviewer"], first["review_note"]) == (
        "verified",
        "bob",
        "档案可查",
    )
    assert first["claim_version"].startswith("c-") and len({r["claim_version"] for r in rows}) == len(rows)
    figure = next(r for r in rows if r["claim_text"] == ZH_SENTENCES[1])
    assert figure["quantities"] == "120万册"
    assert len({r["review_version"] for r in rows if r["review_status"] == "unreviewed"}) == 1


def test_xlsx_has_a_status_dropdown_and_only_editable_columns_unlocked(rows, tmp_path):
    path = write_xlsx(rows, tmp_path / "review.xlsx")
    sheet = load_workbook(path)["review"]
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    assert sheet.protection.sheet
    for col, name in enumerate(COLUMNS, start=1):
        assert sheet.cell(row=2, column=col).protection.locked == (name not in EDITABLE), name
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"' + ",".join(STATUSES) + '"'
    status_letter = sheet.cell(row=1, column=COLUMNS.index("review_status") + 1).column_letter
    assert str(validation.sqref).startswith(f"{status_letter}2:")
    assert sheet.freeze_panes == "B2"


def test_xlsx_explains_every_column_in_a_columns_sheet(rows, tmp_path):
    book = load_workbook(write_xlsx(rows, tmp_path / "review.xlsx"))
    assert book.sheetnames == ["review", "columns"]  # the review sheet stays the one an import reads
    table = list(book["columns"].iter_rows(values_only=True))
    assert table[0] == ("column", "editable", "meaning", "说明")
    assert [row[0] for row in table[1:]] == list(COLUMNS)
    assert {row[0] for row in table[1:] if row[1] == "yes"} == set(EDITABLE)
    stamps = {row[0]: row[2] for row in table[1:]}
    assert stamps["claim_version"].startswith("Stamp of the quote and date as exported; leave it")
    assert all(row[2] and row[3] for row in table[1:])


def test_xlsx_and_csv_are_deterministic(rows, tmp_path):
    for writer, suffix in ((write_xlsx, "xlsx"), (write_csv, "csv")):
        a = writer(rows, tmp_path / f"a.{suffix}").read_bytes()
        b = writer(rows, tmp_path / f"b.{suffix}").read_bytes()
        assert a == b, suffix


def test_both_formats_read_back_to_the_same_cells(rows, tmp_path):
    for writer, suffix in ((write_xlsx, "xlsx"), (write_csv, "csv")):
        back = read_sheet(writer(rows, tmp_path / f"r.{suffix}"))
        assert [r.number for r in back] == list(range(2, len(rows) + 2))
        assert [r.cells for r in back] == rows, suffix


def test_csv_neutralises_formulas_and_import_restores_them(rows, tmp_path):
    path = write_csv(rows, tmp_path / "r.csv")
    with path.open(encoding="utf-8-sig", newline="") as handle:
        raw = list(csv.DictReader(handle))
    formula = next(r for r in raw if "借阅证" in r["claim_text"])
    assert formula["claim_text"].startswith("'=")
    restored = next(r for r in read_sheet(path) if "借阅证" in r.cells["claim_text"])
    assert restored.cells["claim_text"] == ZH_SENTENCES[3]


def test_unreadable_sheets_name_the_file_and_the_fix(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_sheet(tmp_path / "missing.csv")
    headerless = tmp_path / "h.csv"
    headerless.write_text("claim_id,review_status\nclm-0123456789ab,verified\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"h\.csv: row 1 lacks column\(s\) review_note"):
        read_sheet(headerless)
    broken = tmp_path / "b.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InputError, match="not a readable XLSX"):
        read_sheet(broken)
    ods = tmp_path / "r.ods"
    ods.write_bytes(b"PK")
    with pytest.raises(InputError, match=r"r\.ods: \.ods is not a review sheet; save it as \.xlsx or \.csv"):
        read_sheet(ods)
    damaged = tmp_path / "d.csv"  # bytes no encoding reads (a Windows-1252 or GBK sheet is read)
    damaged.write_bytes(b"claim_id,note\n\x81\n\x8d\n\x90\n")
    with pytest.raises(InputError, match=r"d\.csv: not UTF-8 at byte 14, nor clearly GB18030 or Big5; save"):
        read_sheet(damaged)


def test_a_note_typed_like_a_formula_is_kept_as_text(rows, tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(rows, tmp_path / "r.xlsx")
    book = load_workbook(path)
    sheet = book["review"] if "review" in book.sheetnames else book.worksheets[0]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("review_note") + 1, value='=HYPERLINK("https://example.org","see")')
    book.save(path)
    table = read_sheet(path)
    assert any(str(r.cells.get("review_note", "")).startswith("=HYPERLINK") for r in table)


@pytest.mark.parametrize("delimiter", [";", "\t"])
def test_a_sheet_saved_with_semicolons_or_tabs_reads_the_same(rows, tmp_path, delimiter):
    """Excel saves "CSV" with `;` in many locales (and LibreOffice may use tabs)."""
    comma = read_sheet(write_csv(rows, tmp_path / "r.csv"))
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    with (tmp_path / "local.csv").open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(table)
    assert [r.cells for r in read_sheet(tmp_path / "local.csv")] == [r.cells for r in comma]


def test_a_timeline_export_passed_as_a_review_sheet_is_named_as_such(tmp_path):
    from timeline.export import to_csv
    from timeline.models import Timeline

    export = to_csv.write(Timeline(claims=[]), tmp_path / "timeline.csv")
    with pytest.raises(InputError) as caught:
        read_sheet(export)
    assert str(caught.value) == (
        f"{export}: this is a `timeline export` file, not a review sheet; write one with "
        "`timeline review export`, edit it and import that"
    )


@pytest.mark.parametrize(
    ("encoding", "delimiter", "name"),
    [("gb18030", ",", "gbk.csv"), ("big5", ",", "big5.csv"), ("utf-16", "\t", "unicode.txt")],
)
def test_a_sheet_saved_in_excels_local_encoding_reads_the_same(rows, tmp_path, encoding, delimiter, name):
    """Chinese Excel saves plain "CSV" as GBK (Big5 in Taiwan), "Unicode text" as UTF-16 with tabs."""
    for row in rows:
        row["review_note"] = "經查證屬實，見年報" if row["review_status"] == "verified" else ""
    utf8 = read_sheet(write_csv(rows, tmp_path / "r.csv"))
    with (tmp_path / "r.csv").open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    with (tmp_path / name).open("w", encoding=encoding, newline="", errors="replace") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(table)
    local = read_sheet(tmp_path / name)
    assert [r.cells["review_note"] for r in local] == [r.cells["review_note"] for r in utf8]
    assert [r.cells["claim_id"] for r in local] == [r.cells["claim_id"] for r in utf8]
