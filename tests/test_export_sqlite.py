"""The Datasette database: tables, indexes, trigram full-text search, metadata.json beside it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

from export_samples import empty_timeline, sample_timeline

from timeline.export import to_sqlite
from timeline.export.table import COLUMNS


def _db(tmp_path, timeline=None):
    path = to_sqlite.write(timeline or sample_timeline(), tmp_path / "claims.sqlite")
    return path, closing(sqlite3.connect(path))


def test_tables_columns_and_rows(tmp_path):
    _, db = _db(tmp_path)
    with db as db:
        columns = [r[1] for r in db.execute("PRAGMA table_info(claims)")]
        assert tuple(columns) == COLUMNS
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 11
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == 3
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        first = db.execute(
            "SELECT date_start, date_year, entities FROM claims WHERE date_sort IS NOT NULL ORDER BY date_sort LIMIT 1"
        ).fetchone()
        assert first[0] == "2010-01-01" and first[1] == 2010
        joined = db.execute(
            "SELECT a.title FROM claims c JOIN articles a USING (article_id) WHERE c.date_edtf = '2017-09'"
        ).fetchone()[0]
        assert joined == "示例市图书馆的十年（测试稿）"
        indexes = {r[1] for r in db.execute("PRAGMA index_list(claims)")}
        assert {"idx_claims_date_sort", "idx_claims_speaker", "idx_claims_date_year"} <= indexes


def test_full_text_search_finds_chinese_substrings(tmp_path):
    _, db = _db(tmp_path)
    with db as db:
        hits = db.execute(
            "SELECT c.claim_id FROM claims_fts JOIN claims c ON c.rowid = claims_fts.rowid "
            "WHERE claims_fts MATCH ?",
            ('"借阅量"',),
        ).fetchall()
        assert len(hits) == 1
        assert (
            db.execute("SELECT count(*) FROM claims_fts WHERE claims_fts MATCH 'ledger'").fetchone()[0] == 1
        )


def test_metadata_json_for_datasette(tmp_path):
    path, _ = _db(tmp_path)
    meta = json.loads(to_sqlite.metadata_path(path).read_text("utf-8"))
    table = meta["databases"]["claims"]["tables"]["claims"]
    assert set(table["columns"]) == set(COLUMNS)
    assert table["sort"] == "date_sort" and "event_type" in table["facets"]
    assert table["fts_table"] == "claims_fts"


def test_zero_claims_and_determinism(tmp_path):
    _, db = _db(tmp_path, empty_timeline())
    with db as db:
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0
    a = to_sqlite.write(sample_timeline(), tmp_path / "a" / "t.sqlite").read_bytes()
    b = to_sqlite.write(sample_timeline(), tmp_path / "b" / "t.sqlite").read_bytes()
    assert a == b
