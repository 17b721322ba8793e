"""Property: export a sheet, edit random rows, import, and the workspace holds exactly the edits."""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from tests.review_workspace import build_workspace
from timeline.review.importing import import_sheet
from timeline.review.sheet import COLUMNS, STATUSES, neutralise, sheet_rows, write_csv, write_xlsx
from timeline.review.stamps import Verdict
from timeline.store import Store

CLAIMS = 7

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp")),
    max_size=30,
).map(str.strip)
_note = st.one_of(
    st.none(), _text.filter(bool), st.sampled_from(["=1+1", "+86 10", "-5%", "@home", "'quoted"])
)
_url = st.one_of(
    st.none(), st.from_regex(r"https?://[a-z]{1,8}\.(org|cn|com)(/[a-z0-9_-]{0,12}){0,2}", fullmatch=True)
)
_verdict = st.builds(
    Verdict,
    status=st.sampled_from(STATUSES),
    note=_note,
    evidence=_url,
    reviewer=st.sampled_from(["ann", "王芳", "bob", "o'neil"]),
)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    return build_workspace(tmp_path_factory.mktemp("roundtrip") / "template.db")


def _write_edits(path: Path, edits: dict[int, Verdict]) -> None:
    cells = {"review_status": 0, "review_note": 1, "evidence_url": 2, "reviewer": 3}
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        sheet = book["review"]
        for index, verdict in edits.items():
            for name, field in cells.items():
                cell = sheet.cell(row=index + 2, column=COLUMNS.index(name) + 1)
                cell.value = verdict[field] or None
                if cell.value:
                    cell.data_type = "s"  # typed text, as a spreadsheet keeps it: never a formula
        book.save(path)
        return
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    for index, verdict in edits.items():
        for name, field in cells.items():
            rows[index + 1][COLUMNS.index(name)] = neutralise(verdict[field] or "")
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(rows)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    edits=st.dictionaries(st.integers(0, CLAIMS - 1), _verdict, max_size=CLAIMS),
    suffix=st.sampled_from([".csv", ".xlsx"]),
)
def test_import_holds_exactly_the_edits(template, edits, suffix):
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "t.db"
        shutil.copy(template, db)
        with Store(db) as store:
            rows = sheet_rows(store.claims(), store.articles())
            before = {
                c.claim_id: Verdict(c.review_status, c.review_note, c.evidence_url, c.reviewer)
                for c in store.claims()
            }
            sheet = (write_xlsx if suffix == ".xlsx" else write_csv)(rows, Path(folder) / f"review{suffix}")
            _write_edits(sheet, edits)
            report = import_sheet(store, sheet, who="tester")
            assert report.clean, (report.problems, report.conflicts)
            after = {
                c.claim_id: Verdict(c.review_status, c.review_note, c.evidence_url, c.reviewer)
                for c in store.claims()
            }
            expected = dict(before)
            for index, verdict in edits.items():
                expected[rows[index]["claim_id"]] = verdict
            assert after == expected
            changed = {cid for cid in expected if expected[cid] != before[cid]}
            logged = {e.claim_id for e in store.review_log() if e.action == "import"}
            assert logged == changed
