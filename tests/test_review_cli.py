"""The review commands end to end: export, import (exit codes, messages), set, attach, log, show --orphans."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from tests.conftest import make_claim
from tests.review_workspace import ZH_SENTENCES, build_workspace, zh_article
from tests.test_review_import import claim_id_of, edit_csv, row_of
from timeline.cli import cli
from timeline.store import Store


@pytest.fixture
def db(tmp_path):
    return build_workspace(tmp_path / "t.db")


def invoke(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_export_filters_and_formats(db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("review", "export", "--db", str(db))
    assert result.exit_code == 0 and "wrote 7 claim(s) to exports/review.xlsx" in result.stderr
    assert (tmp_path / "exports" / "review.xlsx").read_bytes().startswith(b"PK")
    todo = invoke("review", "export", "--db", str(db), "--status", "unreviewed", "--out", "todo.csv")
    assert "wrote 6 claim(s) to todo.csv" in todo.stderr
    assert (tmp_path / "todo.csv").read_bytes().startswith("\ufeffclaim_id,".encode())
    one = invoke("review", "export", "--db", str(db), "--article", "bridge.txt", "--out", "b.csv")
    assert "wrote 3 claim(s)" in one.stderr
    bad = invoke("review", "export", "--db", str(db), "--article", "nope.txt")
    assert (
        bad.exit_code == 1 and "--article nope.txt: no article with this id, path or file name" in bad.stderr
    )


def test_export_takes_an_article_by_the_file_name_show_lists(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "bridge.txt").write_text(
        "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工。2021年5月，大桥通车。\n", encoding="utf-8"
    )
    invoke("extract", "desk", "--db", "w.db")
    assert " bridge.txt " in invoke("show", "--db", "w.db").stdout  # the `source` column
    for name in ("bridge.txt", "desk/bridge.txt", "./desk/bridge.txt"):
        one = invoke("review", "export", "--db", "w.db", "--article", name, "--out", "one.csv")
        assert one.exit_code == 0 and "wrote 2 claim(s) to one.csv" in one.stderr, name


def test_import_reports_every_bad_row_and_exits_1(db, tmp_path):
    sheet = tmp_path / "r.csv"
    invoke("review", "export", "--db", str(db), "--out", str(sheet))
    edit_csv(sheet, {"去年": {"review_status": "maybe"}, "cycle lane": {"evidence_url": "ftp://x"}})
    result = invoke("review", "import", str(sheet), "--db", str(db))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert (
        f"error: {sheet} row {row_of(sheet, '去年')}, column review_status: 'maybe' is not one of"
        in lines[0] + lines[1]
    )
    assert "nothing applied" in lines[-1] and "Traceback" not in result.output
    edit_csv(sheet, {"去年": {"review_status": "verified"}, "cycle lane": {"evidence_url": ""}})
    dry = invoke("review", "import", str(sheet), "--db", str(db), "--dry-run")
    assert dry.exit_code == 0 and "would apply 1 row(s)" in dry.stderr and "dry run" in dry.stderr
    ok = invoke("review", "import", str(sheet), "--db", str(db), "--reviewer", "ann")
    assert ok.exit_code == 0 and "applied 1 row(s)" in ok.stderr
    missing = invoke("review", "import", str(tmp_path / "none.csv"), "--db", str(db))
    assert missing.exit_code == 1 and "none.csv: no such file" in missing.stderr


def test_conflict_exit_code_and_force(db, tmp_path):
    sheet = tmp_path / "r.csv"
    invoke("review", "export", "--db", str(db), "--out", str(sheet))
    edit_csv(sheet, {"2015年": {"review_status": "false"}})
    invoke(
        "review", "set", claim_id_of(db, "2015年"), "--note", "later", "--reviewer", "bob", "--db", str(db)
    )
    result = invoke("review", "import", str(sheet), "--db", str(db))
    assert result.exit_code == 1 and "conflict:" in result.stderr and "changed by bob" in result.stderr
    forced = invoke("review", "import", str(sheet), "--db", str(db), "--force")
    assert forced.exit_code == 0 and "1 forced" in forced.stderr
    log = invoke("review", "log", claim_id_of(db, "2015年"), "--db", str(db), "--format", "jsonl")
    entries = [json.loads(line) for line in log.stdout.splitlines()]
    assert [e["action"] for e in entries] == ["set", "set", "import (forced)"]
    assert entries[-1]["change"].startswith("verified → false")


def test_set_and_log(db):
    claim_id = claim_id_of(db, "cycle lane")
    result = invoke(
        "review",
        "set",
        claim_id,
        "--status",
        "Disputed",
        "--evidence",
        "https://example.org/lane",
        "--db",
        str(db),
    )
    assert result.exit_code == 0 and f"{claim_id}: disputed" in result.stderr
    assert "unchanged" in invoke("review", "set", claim_id, "--status", "disputed", "--db", str(db)).stderr
    bad = invoke("review", "set", claim_id, "--evidence", "www.example.org", "--db", str(db))
    assert bad.exit_code == 1 and "evidence_url" in bad.stderr and "Traceback" not in bad.output
    unknown = invoke("review", "set", "clm-000000000000", "--status", "false", "--db", str(db))
    assert unknown.exit_code == 1 and "no such claim" in unknown.stderr
    assert invoke("review", "set", claim_id, "--db", str(db)).exit_code == 2
    table = invoke("review", "log", "--db", str(db))
    assert table.exit_code == 0 and "2 change(s)" in table.stderr
    assert "unreviewed → disputed" in table.stdout
    as_csv = invoke("review", "log", "--db", str(db), "--format", "csv")
    assert as_csv.stdout.startswith("log_id,at,who,action,claim_id,old_claim_id,change,source")


def test_orphans_are_listed_and_reattached(db):
    article = zh_article()
    old_id = claim_id_of(db, "2015年")
    with Store(db) as store:
        store.save(article, [make_claim(article, ZH_SENTENCES[2])])
    shown = invoke("show", "--orphans", "--db", str(db))
    assert old_id in shown.stdout and "1 orphaned review(s)" in shown.stderr
    target = claim_id_of(db, "去年")
    result = invoke("review", "attach", old_id, target, "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "0 orphaned review(s)" in invoke("show", "--orphans", "--db", str(db)).stderr
    again = invoke("review", "attach", old_id, target, "--db", str(db))
    assert again.exit_code == 1 and "not an orphan" in again.stderr


def test_quiet_is_accepted_wherever_a_summary_is_printed(db, tmp_path, monkeypatch):
    """`-q` works on the review commands and `conflicts` as on `extract` and `export`: errors only."""
    monkeypatch.chdir(tmp_path)
    claim = claim_id_of(db, ZH_SENTENCES[0])
    for args in (
        ("review", "export", "--out", "r.csv"),
        ("review", "import", "r.csv"),
        ("review", "set", claim, "--status", "verified"),
        ("conflicts",),
    ):
        result = invoke(*args, "--db", str(db), "-q")
        assert result.exit_code == 0, (args, result.output)
        assert result.stderr == "", args
    bad = invoke("review", "set", "clm-000000000000", "--status", "verified", "--db", str(db), "-q")
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ")


def test_import_notes_rows_that_followed_their_claim_to_a_new_id(db, tmp_path):
    from tests.review_workspace import ZH_TEXT, sentence_claims

    invoke("review", "export", "--db", str(db), "--out", str(tmp_path / "r.csv"))
    sheet = edit_csv(tmp_path / "r.csv", {"去年": {"review_status": "verified"}})
    old = claim_id_of(db, "去年")
    edited = zh_article("编者按：本文有更新。" + ZH_TEXT)
    with Store(db) as store:
        store.save(edited, sentence_claims(edited, ZH_SENTENCES))
    new = claim_id_of(db, "去年")
    row = row_of(sheet, "去年")
    dry = invoke("review", "import", str(sheet), "--db", str(db), "--dry-run")
    note = (
        f"note: {sheet}: 1 edited row(s) name claims that re-extraction renamed; the claim now holding the "
        f"same quote and date would take the verdict (row {row}: {old} → {new})"
    )
    assert dry.exit_code == 0 and note in dry.stderr.splitlines()
    done = invoke("review", "import", str(sheet), "--db", str(db))
    assert done.exit_code == 0 and note.replace("would take", "takes") in done.stderr.splitlines()
