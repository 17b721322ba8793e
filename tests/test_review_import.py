"""Importing review sheets: every row checked, all or nothing, stale rows are conflicts, races stay clean."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.conftest import ROOT, make_claim
from tests.review_workspace import ZH_SENTENCES, ZH_TEXT, build_workspace, zh_article
from timeline.errors import InputError
from timeline.models import Review
from timeline.review.importing import attach, import_sheet, set_verdict
from timeline.review.sheet import sheet_rows, write_csv, write_xlsx
from timeline.store import Store


@pytest.fixture
def db(tmp_path) -> Path:
    return build_workspace(tmp_path / "t.db")


def export(db: Path, path: Path) -> Path:
    """Export the workspace's review sheet (CSV or XLSX by suffix)."""
    with Store(db) as store:
        rows = sheet_rows(store.claims(), store.articles())
    return (write_xlsx if path.suffix == ".xlsx" else write_csv)(rows, path)


def _find(rows: list[dict[str, str]], key: str) -> int:
    """Index of the one data row whose claim_text contains `key` (or whose claim_id is `key`)."""
    (index,) = [i for i, r in enumerate(rows) if key in r["claim_text"] or r["claim_id"] == key]
    return index


def edit_csv(path: Path, edits: dict[str, dict[str, str]], out: Path | None = None) -> Path:
    """Change cells of the rows found by claim text, as a spreadsheet would, and save as CSV."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for key, cells in edits.items():
        rows[_find(rows, key)].update(cells)
    out = out or path
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


def row_of(path: Path, key: str) -> int:
    """The spreadsheet row number (header = 1) of the claim whose text contains `key`."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return _find(list(csv.DictReader(handle)), key) + 2


def claim_id_of(db: Path, key: str) -> str:
    with Store(db) as store:
        (claim_id,) = [c.claim_id for c in store.claims() if key in c.claim_text]
    return claim_id


def state(db: Path) -> tuple[list, list]:
    """Everything an import may change: the reviews and the audit log."""
    with Store(db) as store:
        return store.reviews(), store.review_log()


def verdicts(db: Path) -> dict[str, tuple]:
    with Store(db) as store:
        return {
            c.claim_text: (c.review_status, c.review_note, c.evidence_url, c.reviewer) for c in store.claims()
        }


def run(db: Path, sheet: Path, **options):
    with Store(db) as store:
        return import_sheet(store, sheet, who="tester", **options)


def test_valid_edits_are_applied_and_logged(db, tmp_path):
    sheet = edit_csv(
        export(db, tmp_path / "r.csv"),
        {
            "2018年5月": {"review_status": "Disputed ", "review_note": "开放日期待核实", "reviewer": "ann"},
            "March 2019": {"review_status": "verified", "evidence_url": "https://example.org/bridge-2019"},
        },
    )
    report = run(db, sheet, reviewer="carol")
    assert report.clean and report.committed
    assert report.applied == sorted([row_of(sheet, "2018年5月"), row_of(sheet, "March 2019")])
    assert len(report.unchanged) == 5
    now = verdicts(db)
    assert now[ZH_SENTENCES[1]] == ("disputed", "开放日期待核实", None, "ann")
    bridge = now["The river bridge opened to traffic in March 2019."]
    assert bridge == ("verified", None, "https://example.org/bridge-2019", "carol")
    with Store(db) as store:
        log = [e for e in store.review_log() if e.action == "import"]
    assert sorted((e.who, e.source, e.old.status, e.new.status) for e in log) == [
        ("ann", "import r.csv", "unreviewed", "disputed"),
        ("carol", "import r.csv", "unreviewed", "verified"),
    ]


def test_invalid_rows_abort_with_row_and_column_and_change_nothing(db, tmp_path):
    sheet = export(db, tmp_path / "r.csv")
    rows = {
        key: row_of(sheet, key) for key in ("2015年", "2018年5月", "去年", "借阅证", "March 2019", "40,000")
    }
    edit_csv(
        sheet,
        {
            "2015年": {"review_status": "false"},  # a valid edit, not applied because of the others
            "2018年5月": {"review_status": "maybe"},
            "去年": {"evidence_url": "ftp://x"},
            "借阅证": {"claim_id": "clm-000000000000", "review_status": "verified"},
            "March 2019": {"review_note": "x" * 5000, "reviewer": "y" * 101},
            "40,000": {"claim_id": "not-an-id"},
        },
    )
    before = state(db)
    report = run(db, sheet)
    assert not report.committed
    assert [(p.row, p.column) for p in report.problems] == sorted(
        [
            (rows["2018年5月"], "review_status"),
            (rows["去年"], "evidence_url"),
            (rows["借阅证"], "claim_id"),
            (rows["March 2019"], "review_note"),
            (rows["March 2019"], "reviewer"),
            (rows["40,000"], "claim_id"),
        ]
    )
    messages = [str(p) for p in report.problems]
    assert f"row {rows['2018年5月']}, column review_status: 'maybe' is not one of unreviewed" in " ".join(
        messages
    )
    assert f"row {rows['借阅证']}, column claim_id: clm-000000000000 is not in this workspace" in " ".join(
        messages
    )
    assert f"row {rows['去年']}, column evidence_url: 'ftp://x' is not an http(s) URL" in " ".join(messages)
    assert state(db) == before
    partial = run(db, sheet, partial=True)
    assert partial.committed and partial.applied == [rows["2015年"]]
    assert verdicts(db)[ZH_SENTENCES[0]][0] == "false"


def test_unchanged_rows_and_a_second_import_are_no_ops(db, tmp_path):
    sheet = export(db, tmp_path / "r.csv")
    before = state(db)
    report = run(db, sheet)
    assert report.clean and not report.committed and len(report.unchanged) == 7
    assert state(db) == before
    edit_csv(sheet, {"去年": {"review_status": "verified"}})
    assert run(db, sheet).applied == [row_of(sheet, "去年")]
    after = state(db)
    again = run(db, sheet)
    assert again.clean and again.applied == [] and state(db) == after


def test_dry_run_reports_and_changes_nothing(db, tmp_path):
    sheet = edit_csv(export(db, tmp_path / "r.csv"), {"去年": {"review_status": "verified"}})
    before = state(db)
    report = run(db, sheet, dry_run=True)
    assert report.applied == [row_of(sheet, "去年")] and not report.committed
    assert state(db) == before


def test_someone_elses_change_since_the_export_is_a_conflict(db, tmp_path):
    sheet = edit_csv(
        export(db, tmp_path / "r.csv"), {"2015年": {"review_status": "false", "reviewer": "ann"}}
    )
    claim_id = claim_id_of(db, "2015年")
    with Store(db) as store:  # bob changes his verdict after ann exported
        set_verdict(store, claim_id, note="见2015年档案", who="bob")
    before = state(db)
    report = run(db, sheet)
    assert not report.committed and [c.kind for c in report.conflicts] == ["review_changed"]
    assert "changed by bob" in str(report.conflicts[0])
    assert str(report.conflicts[0]).startswith(f"row {row_of(sheet, '2015年')}, {claim_id}:")
    assert state(db) == before
    forced = run(db, sheet, force=True)
    assert forced.forced == [row_of(sheet, "2015年")] and forced.committed
    assert verdicts(db)[ZH_SENTENCES[0]] == ("false", "档案可查", None, "ann")
    with Store(db) as store:
        last = store.review_log(claim_id)[-1]
    assert (last.action, last.forced, last.old.note, last.new.status) == (
        "import",
        True,
        "见2015年档案",
        "false",
    )


def test_a_claim_whose_text_changed_since_the_export_is_a_conflict(db, tmp_path):
    sheet = edit_csv(export(db, tmp_path / "r.csv"), {"2018年5月": {"review_status": "false"}})
    # re-extraction with another segmentation: the claim becomes a shorter clause
    article = zh_article()
    with Store(db) as store:
        store.set_review(
            Review(claim_id=claim_id_of(db, "2018年5月"), review_status="disputed", reviewer="ann")
        )
        store.save(article, [make_claim(article, ZH_SENTENCES[0]), make_claim(article, "图书馆正式开放，")])
    report = run(db, sheet)
    row = row_of(sheet, "2018年5月")
    (conflict,) = [c for c in report.conflicts if c.row == row]
    assert conflict.kind == "claim_changed" and "图书馆正式开放" in conflict.message
    assert not report.committed
    forced = run(db, sheet, force=True)
    assert row in forced.forced
    assert verdicts(db)["图书馆正式开放，"][0] == "false"


def test_a_claim_gone_since_the_export_is_a_conflict(db, tmp_path):
    sheet = edit_csv(export(db, tmp_path / "r.csv"), {"2015年": {"review_note": "补充说明"}})
    old_id = claim_id_of(db, "2015年")
    article = zh_article()
    with Store(db) as store:
        store.save(article, [make_claim(article, ZH_SENTENCES[2])])  # the 2015 claim is gone
        assert [r.claim_id for r in store.orphan_reviews()] == [old_id]
    report = run(db, sheet)
    assert [c.kind for c in report.conflicts] == ["orphan"]
    assert run(db, sheet, force=True).forced == [row_of(sheet, "2015年")]
    with Store(db) as store:
        assert [(r.review_status, r.review_note) for r in store.orphan_reviews()] == [
            ("verified", "补充说明")
        ]
        # the next extraction that has a claim for the quote picks the orphan up again
        store.save(
            article, [make_claim(article, ZH_SENTENCES[2]), make_claim(article, "新图书馆在河东区开工建设。")]
        )
        assert store.orphan_reviews() == []
    assert verdicts(db)["新图书馆在河东区开工建设。"][:2] == ("verified", "补充说明")


def test_attach_by_hand(db):
    article = zh_article()
    old_id = claim_id_of(db, "2015年")
    target = claim_id_of(db, "cycle lane")
    with Store(db) as store:
        store.save(article, [make_claim(article, ZH_SENTENCES[2])])
        attach(store, old_id, target, who="ann")
        assert store.orphan_reviews() == []
        merged = {c.claim_id: c for c in store.claims()}[target]
        assert (merged.review_status, merged.reviewer) == ("verified", "bob")
        last = store.review_log(target)[-1]
        assert (last.action, last.old_claim_id, last.who) == ("attach", old_id, "ann")
        with pytest.raises(InputError, match="not an orphan"):
            attach(store, target, old_id, who="ann")


def test_xlsx_round_trip(db, tmp_path):
    path = export(db, tmp_path / "r.xlsx")
    book = load_workbook(path)
    sheet = book["review"]
    header = [c.value for c in sheet[1]]
    (row,) = [r for r in range(2, sheet.max_row + 1) if "去年" in sheet.cell(row=r, column=6).value]
    assert header[5] == "claim_text"
    sheet.cell(row=row, column=header.index("review_status") + 1, value="unverifiable")
    sheet.cell(row=row, column=header.index("review_note") + 1, value="核实中")
    book.save(path)
    assert run(db, path, reviewer="ann").applied == [row]
    assert verdicts(db)[ZH_SENTENCES[2]] == ("unverifiable", "核实中", None, "ann")


def test_set_verdict_checks_and_keeps_what_is_not_given(db):
    with Store(db) as store:
        claim_id = store.claims()[0].claim_id
        assert set_verdict(store, claim_id, status="disputed", who="ann").note == "档案可查"
        assert set_verdict(store, claim_id, status="disputed", who="ann") is None
        assert set_verdict(store, claim_id, note="", who="ann").note is None
        with pytest.raises(InputError, match="evidence_url"):
            set_verdict(store, claim_id, evidence="ftp://x", who="ann")
        with pytest.raises(InputError, match="no such claim"):
            set_verdict(store, "clm-000000000000", status="false", who="ann")


def overlapping_sheets(db: Path, tmp_path: Path) -> tuple[Path, Path]:
    """Two sheets from one export: a verifies 去年 and 借阅证, b marks 借阅证 and cycle lane false."""
    base = export(db, tmp_path / "base.csv")
    a = edit_csv(
        base,
        {"去年": {"review_status": "verified"}, "借阅证": {"review_status": "verified"}},
        tmp_path / "a.csv",
    )
    b = edit_csv(
        base,
        {"借阅证": {"review_status": "false"}, "cycle lane": {"review_status": "false"}},
        tmp_path / "b.csv",
    )
    return a, b


def _race(db: Path, sheets: list[Path]) -> list:
    start = threading.Barrier(len(sheets))
    results: list = [None] * len(sheets)

    def work(i: int) -> None:
        with Store(db) as store:
            start.wait()
            results[i] = import_sheet(store, sheets[i], who=f"user{i}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(sheets))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results


@pytest.mark.parametrize("attempt", range(3))
def test_racing_imports_on_the_same_rows_one_wins_the_other_fails_cleanly(db, tmp_path, attempt):
    a, b = overlapping_sheets(db, tmp_path)
    before = verdicts(db)
    results = _race(db, [a, b])
    assert sorted(r.committed for r in results) == [False, True]
    winner = 0 if results[0].committed else 1
    loser = results[1 - winner]
    assert [c.kind for c in loser.conflicts] == ["review_changed"]
    assert loser.applied == [] or not loser.committed
    won = {0: {"去年": "verified", "借阅证": "verified"}, 1: {"借阅证": "false", "cycle lane": "false"}}[
        winner
    ]
    expected = {text: (next((s for k, s in won.items() if k in text), v[0])) for text, v in before.items()}
    assert {text: v[0] for text, v in verdicts(db).items()} == expected
    with Store(db) as store:
        sources = {e.source for e in store.review_log() if e.action == "import"}
    assert sources == {f"import {'ab'[winner]}.csv"}


def test_racing_imports_on_different_rows_both_finish(db, tmp_path):
    base = export(db, tmp_path / "base.csv")
    a = edit_csv(base, {"去年": {"review_status": "verified"}}, tmp_path / "a.csv")
    b = edit_csv(base, {"cycle lane": {"review_status": "false"}}, tmp_path / "b.csv")
    results = _race(db, [a, b])
    assert all(r.committed and r.clean for r in results)
    now = verdicts(db)
    assert now[ZH_SENTENCES[2]][0] == "verified"
    assert now["In 2021 the city added a cycle lane to the bridge."][0] == "false"


def test_the_audit_trail_lists_every_change(db, tmp_path):
    sheet = edit_csv(
        export(db, tmp_path / "r.csv"), {"去年": {"review_status": "disputed", "reviewer": "ann"}}
    )
    claim_id = claim_id_of(db, "去年")
    run(db, sheet)
    article = zh_article()
    with Store(db) as store:
        set_verdict(store, claim_id, status="false", evidence="https://example.org/e", who="bob")
        store.save(article, [make_claim(article, "去年，馆方又新增了两个分馆。=今年起，")])
        log = store.review_log()
        history = store.review_log(claim_id)  # follows the review to its new claim
    assert [(e.action, e.who, e.source) for e in log] == [
        ("set", "bob", "api"),
        ("import", "ann", "import r.csv"),
        ("set", "bob", "review set"),
        ("move", None, "re-extraction"),
        ("claim_changed", None, "re-extraction"),  # its new claim quotes more than was judged
        ("orphan", None, "re-extraction"),  # bob's 2015 verdict lost its claim
    ]
    assert [(e.action, e.old.status, e.new.status, e.who) for e in history] == [
        ("import", "unreviewed", "disputed", "ann"),
        ("set", "disputed", "false", "bob"),
        ("move", "false", "false", None),
        ("claim_changed", "false", "false", None),
    ]
    assert history[1].new.evidence == "https://example.org/e"
    assert history[2].old_claim_id == claim_id


def test_two_processes_importing_at_once_leave_one_whole_result(db, tmp_path):
    """Two fact-checkers run `timeline review import` at the same moment on the same rows."""
    a, b = overlapping_sheets(db, tmp_path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TIMELINE_DB": str(db)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "timeline", "review", "import", str(sheet)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for sheet in (a, b)
    ]
    outcomes = [(p.wait(timeout=60), p.stderr.read()) for p in procs]
    for p in procs:
        p.stdout.close()
        p.stderr.close()
    assert sorted(code for code, _ in outcomes) == [0, 1], outcomes
    winner = 0 if outcomes[0][0] == 0 else 1
    assert "conflict:" in outcomes[1 - winner][1] and "Traceback" not in outcomes[1 - winner][1]
    now = {text[:4]: v[0] for text, v in verdicts(db).items()}
    if winner == 0:
        assert (now["去年，馆"], now["=今年起"], now["In 2"]) == ("verified", "verified", "unreviewed")
    else:
        assert (now["去年，馆"], now["=今年起"], now["In 2"]) == ("unreviewed", "false", "false")


def test_a_stale_row_follows_its_unreviewed_claim_into_an_edited_article(db, tmp_path):
    # a sheet exported yesterday; since then the source file gained a line, so every claim id changed
    sheet = edit_csv(
        export(db, tmp_path / "r.csv"),
        {"去年": {"review_status": "verified"}, "2018年5月": {"review_status": "false"}},
    )
    old_last_year, old_may = claim_id_of(db, "去年"), claim_id_of(db, "2018年5月")
    edited = zh_article("编者按：本文有更新。" + ZH_TEXT.replace("2018年5月", "2018年6月"))
    new_sentences = [s.replace("2018年5月", "2018年6月") for s in ZH_SENTENCES]
    with Store(db) as store:
        store.save(edited, [make_claim(edited, s) for s in new_sentences])
    report = run(db, sheet)
    new_last_year = claim_id_of(db, "去年")
    # the same quote and date under a new id takes the verdict; an edited quote is a conflict naming its claim
    assert report.followed == [(row_of(sheet, "去年"), old_last_year, new_last_year)]
    (conflict,) = report.conflicts
    assert conflict.claim_id == old_may and conflict.kind == "claim_changed"
    assert claim_id_of(db, "2018年6月") in conflict.message and not report.problems
    partial = run(db, sheet, partial=True)
    assert partial.committed and verdicts(db)["去年，馆方又新增了两个分馆。"][0] == "verified"
    assert verdicts(db)["2018年6月，图书馆正式开放，首批藏书120万册。"][0] == "unreviewed"


def test_a_row_whose_article_was_removed_says_how_to_find_its_claim(db, tmp_path):
    sheet = edit_csv(export(db, tmp_path / "r.csv"), {"去年": {"review_status": "verified"}})
    with Store(db) as store:
        store.db.execute("DELETE FROM articles WHERE source_path = 'library.txt'")
    (problem,) = run(db, sheet).problems
    assert problem.column == "claim_id" and "no claim holds its quote now" in problem.message
    assert "`timeline show`" in problem.message


def test_a_sheet_rearranged_and_resaved_by_another_program_imports_exactly_its_edits(db, tmp_path):
    """Columns moved, rows sorted, one deleted, a column added, a date and a number typed, saved plain."""
    from datetime import datetime

    from openpyxl import Workbook

    book = load_workbook(export(db, tmp_path / "r.xlsx"))
    table = [list(row) for row in book["review"].iter_rows(values_only=True)]
    header, rows = table[0], table[1:]
    col = {name: i for i, name in enumerate(header)}
    by_text = {row[col["claim_text"]]: row for row in rows}
    opened = by_text["2018年5月，图书馆正式开放，首批藏书120万册。"]
    opened[col["review_status"]], opened[col["review_note"]] = "Disputed", datetime(2018, 6, 1)
    cars = by_text["About 40,000 cars crossed it in the first week."]
    cars[col["review_status"]], cars[col["review_note"]] = "unverifiable", 40000.0
    cars[col["reviewed_at"]] = datetime(2024, 5, 1, 10, 0)  # typed into a stamp column: ignored
    rows = [r for r in rows if r is not by_text["去年，馆方又新增了两个分馆。"]]
    rows.sort(key=lambda r: r[col["claim_text"]], reverse=True)
    order = [
        "review_note",
        "review_status",
        *[h for h in header if h not in ("review_note", "review_status")],
    ]
    plain = Workbook()
    sheet = plain.active
    sheet.title = "Sheet1"
    sheet.append([*order, "my remarks"])
    for row in rows:
        sheet.append([*(row[col[h]] for h in order), "call back" if row is cars else None])
    plain.save(tmp_path / "resaved.xlsx")
    before = verdicts(db)
    report = run(db, tmp_path / "resaved.xlsx")
    assert report.clean and report.committed and len(report.applied) == 2
    after = verdicts(db)
    assert after["2018年5月，图书馆正式开放，首批藏书120万册。"][:2] == ("disputed", "2018-06-01")
    assert after["About 40,000 cars crossed it in the first week."][:2] == ("unverifiable", "40000")
    assert {k: v for k, v in after.items() if v != before[k]}.keys() == {
        "2018年5月，图书馆正式开放，首批藏书120万册。",
        "About 40,000 cars crossed it in the first week.",
    }
