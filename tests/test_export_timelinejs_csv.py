"""TimelineJS spreadsheet CSV: the template's exact headers, one title row, no blank rows, no formulas."""

from __future__ import annotations

import csv

from export_samples import assert_golden, empty_timeline, sample_timeline

from timeline.export import to_timelinejs_csv
from timeline.export.to_csv import FORMULA_START


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_matches_golden_file(tmp_path):
    path = to_timelinejs_csv.write(sample_timeline(), tmp_path / "t.csv")
    assert_golden(path, "timeline.timelinejs.csv")


def test_headers_title_row_and_no_blank_rows(tmp_path):
    rows = _rows(to_timelinejs_csv.write(sample_timeline(), tmp_path / "t.csv"))
    assert tuple(rows[0]) == to_timelinejs_csv.HEADERS
    assert len(rows[0]) == 19 and "Alt Text" in rows[0]
    types = [r[rows[0].index("Type")] for r in rows[1:]]
    assert types.count("title") == 1 and types[0] == "title"
    assert all(any(cell for cell in r) for r in rows)
    assert len(rows) == 1 + 1 + 10  # header, title, ten dated claims


def test_ranges_and_times_in_their_columns(tmp_path):
    rows = _rows(to_timelinejs_csv.write(sample_timeline(), tmp_path / "t.csv"))
    header = rows[0]
    by_date = {r[header.index("Display Date")]: dict(zip(header, r, strict=True)) for r in rows[2:]}
    quarter = by_date["2024年第一季度"]
    assert (quarter["Year"], quarter["Month"], quarter["End Year"], quarter["End Month"]) == (
        "2024",
        "1",
        "2024",
        "3",
    )
    assert by_date["约2023年2月16日1时"]["Time"] == "1:00"
    assert by_date["2016年"]["Month"] == "" and by_date["2016年"]["End Year"] == ""


def test_no_cell_starts_like_a_formula(tmp_path):
    rows = _rows(to_timelinejs_csv.write(sample_timeline(), tmp_path / "t.csv"))
    cells = [cell for r in rows for cell in r]
    assert not [c for c in cells if c.startswith(FORMULA_START)]
    assert any(c.startswith("&#61;1+2") for c in cells)  # shown as "=1+2" by TimelineJS


def test_zero_claims_gives_header_and_title(tmp_path):
    rows = _rows(to_timelinejs_csv.write(empty_timeline(), tmp_path / "t.csv"))
    assert len(rows) == 2 and rows[1][16] == "title"
