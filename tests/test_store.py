"""The workspace: claims replaced atomically, reviews kept, moved with their claim, or orphaned."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import make_claim
from tests.review_workspace import (
    ZH_SENTENCES,
    ZH_TEXT,
    build_workspace,
    sentence_claims,
    zh_article,
    zh_claims,
)
from timeline.errors import StoreError
from timeline.models import Article, Review
from timeline.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(build_workspace(tmp_path / "t.db")) as opened:
        yield opened


def _review(store: Store, claim_id: str) -> Review | None:
    return next((r for r in store.reviews() if r.claim_id == claim_id), None)


def test_save_claims_timeline_and_articles(store):
    assert sorted(a.title for a in store.articles()) == ["Five years of the bridge", "图书馆十年"]
    claims = store.claims()
    assert len(claims) == 7
    assert next(c.claim_text for c in claims) == ZH_SENTENCES[0]  # 2015 sorts first
    verified = [c for c in claims if c.review_status == "verified"]
    assert [c.claim_text for c in verified] == [ZH_SENTENCES[0]]
    assert verified[0].reviewer == "bob" and verified[0].reviewed_at is not None
    assert all(c.review_status == "unreviewed" for c in store.claims(reviews=False))
    assert len(store.timeline().claims) == 7


def test_saving_the_same_extraction_again_changes_nothing(store):
    before = (store.claims(), store.reviews(), store.review_log())
    article = zh_article()
    store.save(article, zh_claims(article))
    assert (store.claims(), store.reviews(), store.review_log()) == before


def test_set_review_logs_every_change_and_skips_no_ops(store):
    claim = store.claims()[2]
    assert store.set_review(Review(claim_id=claim.claim_id, review_status="disputed", reviewer="ann"))
    assert not store.set_review(Review(claim_id=claim.claim_id, review_status="disputed", reviewer="ann"))
    log = store.review_log(claim.claim_id)
    assert [(e.action, e.old.status, e.new.status, e.who) for e in log] == [
        ("set", "unreviewed", "disputed", "ann")
    ]


def test_review_survives_resegmentation_by_moving_to_the_covering_claim(store):
    article = zh_article()
    reviewed = sentence_claims(article, ZH_SENTENCES)[1]  # "2018年5月，图书馆正式开放，首批藏书120万册。"
    store.set_review(
        Review(claim_id=reviewed.claim_id, review_status="false", reviewer="ann", review_note="n")
    )
    # a new grammar cuts clauses instead of sentences, and joins the first two sentences
    joined = ZH_SENTENCES[0] + ZH_SENTENCES[1]
    clauses = [joined, "去年，馆方又新增了两个分馆。", "=今年起，", "借阅证全部改为电子证。"]
    store.save(article, [make_claim(article, q) for q in clauses])
    ids = {c.claim_text: c.claim_id for c in store.claims()}
    # both old quotes are covered by the joined claim: the longer one wins, the other is an orphan
    moved = _review(store, ids[joined])
    assert moved is not None
    assert moved.review_status == "false" and moved.review_note == "n"
    orphans = store.orphan_reviews()
    assert [(o.review_status, o.reviewer) for o in orphans] == [("verified", "bob")]
    actions = [(e.action, e.old_claim_id) for e in store.review_log()]
    assert ("move", reviewed.claim_id) in actions
    assert ("orphan", None) in actions


def test_review_moves_to_the_claim_overlapping_it_most(store):
    article = zh_article()
    old = sentence_claims(article, ZH_SENTENCES)[3]  # "=今年起，借阅证全部改为电子证。"
    store.set_review(Review(claim_id=old.claim_id, review_status="unverifiable", reviewer="ann"))
    # the new segmentation straddles the old quote: most of it lands in the second piece
    text = ZH_TEXT
    cut = text.index("借阅证")
    pieces = [
        make_claim(article, text[text.index("去年") : cut]),  # …分馆。=今年起，
        make_claim(article, text[cut:]),
    ]
    store.save(article, pieces)
    assert _review(store, pieces[1].claim_id).review_status == "unverifiable"
    assert _review(store, old.claim_id) is None


def test_review_without_any_claim_stays_orphan_and_returns_later(store):
    article = zh_article()
    old = sentence_claims(article, ZH_SENTENCES)[2]
    store.set_review(Review(claim_id=old.claim_id, review_status="disputed", reviewer="ann"))
    store.save(article, [make_claim(article, ZH_SENTENCES[0])])  # the grammar lost the claim
    assert old.claim_id in {r.claim_id for r in store.orphan_reviews()}
    store.save(article, [make_claim(article, ZH_SENTENCES[0]), make_claim(article, "馆方又新增了两个分馆。")])
    back = {c.claim_text: c for c in store.claims()}["馆方又新增了两个分馆。"]
    assert back.review_status == "disputed"
    assert store.orphan_reviews() == []


def test_review_follows_its_quote_into_an_edited_source_file(store):
    article = zh_article()
    old = sentence_claims(article, ZH_SENTENCES)[1]
    store.set_review(Review(claim_id=old.claim_id, review_status="verified", reviewer="ann"))
    edited = zh_article("【更新】" + ZH_TEXT)  # same source_path, new text, new article id
    store.save(edited, sentence_claims(edited, ZH_SENTENCES))
    assert {a.article_id for a in store.articles()} >= {edited.article_id}
    assert article.article_id not in {a.article_id for a in store.articles()}
    moved = {c.claim_text: c for c in store.claims()}[ZH_SENTENCES[1]]
    assert moved.article_id == edited.article_id
    assert moved.review_status == "verified" and moved.reviewer == "ann"


def test_review_log_is_append_only(store):
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("DELETE FROM review_log")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.db.execute("UPDATE review_log SET who = 'mallory'")


def test_a_workspace_from_before_the_review_log_is_upgraded(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.executescript(
        "CREATE TABLE reviews (claim_id TEXT PRIMARY KEY, review_status TEXT NOT NULL, review_note TEXT, "
        "evidence_url TEXT, reviewer TEXT, reviewed_at TEXT, claim_text TEXT);"
        "INSERT INTO reviews VALUES ('clm-0123456789ab', 'verified', NULL, NULL, 'bob', NULL, 'x');"
    )
    db.commit()
    db.close()
    with Store(path) as store:
        assert [r.review_status for r in store.orphan_reviews()] == ["verified"]
        store.set_review(Review(claim_id="clm-0123456789ab", review_status="false"))
        assert [e.new.status for e in store.review_log()] == ["false"]


def test_a_busy_workspace_fails_cleanly(tmp_path):
    path = build_workspace(tmp_path / "t.db")
    with Store(path) as holder, Store(path, timeout=0.05) as other:
        with holder.transaction(), pytest.raises(StoreError, match="busy"):
            other.set_review(Review(claim_id=other.claims()[0].claim_id, review_status="false"))
        assert [r.review_status for r in other.reviews()] == ["verified"]


def test_not_a_workspace(tmp_path):
    bad = tmp_path / "x.db"
    bad.write_bytes(b"not sqlite at all, just bytes" * 100)
    with pytest.raises(StoreError, match="not a usable workspace"):
        Store(bad)


def test_article_record_round_trips(store):
    assert all(isinstance(a, Article) and a.text for a in store.articles())


def test_a_changed_date_under_a_review_is_logged_for_a_recheck(tmp_path):
    from datetime import date

    from tests.conftest import make_article, make_claim
    from timeline.models import Review
    from timeline.store import Store

    article = make_article()
    quote = "2016年，研究所成立。"
    before = make_claim(
        article, quote, date_edtf="2016", date_start=date(2016, 1, 1), date_end=date(2016, 12, 31)
    )
    after = make_claim(
        article, quote, date_edtf="2015", date_start=date(2015, 1, 1), date_end=date(2015, 12, 31)
    )
    with Store(tmp_path / "w.db") as store:
        store.save(article, [before])
        store.set_review(Review(claim_id=before.claim_id, review_status="verified", reviewer="ann"))
        store.save(article, [before])  # unchanged: nothing to re-check
        assert [e.action for e in store.review_log(before.claim_id)].count("claim_changed") == 0
        store.save(article, [after])
        entries = store.review_log(before.claim_id)
        assert [e.action for e in entries].count("claim_changed") == 1
        assert store.claims()[0].review_status == "verified"  # kept, never silently dropped


def test_a_read_only_folder_gets_a_fix_not_a_sqlite_message(tmp_path, monkeypatch):
    """A workspace on a read-only share: say so and how to go on (chmod does not bind root, so fake it)."""
    existing = tmp_path / "shared.db"
    Store(existing).close()

    def refuse(*args, **kwargs):
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", refuse)
    monkeypatch.setattr("timeline.store.os.access", lambda path, mode: False)
    with pytest.raises(
        StoreError, match=r"shared\.db: the workspace's folder is read-only .*pass it with --db"
    ):
        Store(existing, create=False)
    with pytest.raises(
        StoreError, match=r"new\.db: cannot create a workspace here \(the folder is read-only\)"
    ):
        Store(tmp_path / "new.db")
    monkeypatch.setattr("timeline.store.os.access", lambda path, mode: str(path) != str(existing))
    with pytest.raises(StoreError, match=r"shared\.db: the workspace file is read-only; make it writable"):
        Store(existing, create=False)


def test_a_damaged_workspace_still_says_pass_another_db(tmp_path):
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"not a database at all, just some bytes" * 100)
    with pytest.raises(StoreError, match=r"damaged\.db: not a usable workspace \(.*\); pass another --db"):
        Store(damaged, create=False)


def test_a_workspace_in_a_folder_that_does_not_exist_says_so(tmp_path):
    missing = tmp_path / "nowhere" / "w.db"
    with pytest.raises(StoreError) as caught:
        Store(missing)
    folder = tmp_path / "nowhere"
    assert str(caught.value) == (
        f"{missing}: the folder {folder} does not exist; create it (mkdir -p {folder}) or pass another --db"
    )


def test_a_full_disk_keeps_what_was_saved_and_says_so(tmp_path):
    path = tmp_path / "w.db"
    with Store(path) as store:
        store.save(zh_article(), zh_claims(zh_article()))
        (pages,) = store.db.execute("PRAGMA page_count").fetchone()
        store.db.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own 'database or disk is full'
        big = Article.build("2020年，项目启动。" * 20_000, lang="zh", source_path="big.txt")
        with pytest.raises(
            StoreError, match=r"w\.db: the disk is full \(database or disk is full\); free some"
        ):
            store.save(big, [make_claim(big, "2020年，项目启动。")])
        assert not store.db.in_transaction
        assert [a.source_path for a in store.articles()] == ["library.txt"] and len(store.claims()) == 4


def _read_only_place(monkeypatch):
    """As on a read-only share: SQLite cannot open the file for writing, only through a read-only URI."""
    connect = sqlite3.connect

    def writable_refused(database, *args, **kwargs):
        if not kwargs.get("uri"):
            raise sqlite3.OperationalError("unable to open database file")
        return connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", writable_refused)
    monkeypatch.setattr("timeline.store.os.access", lambda path, mode: False)


def test_a_workspace_on_a_read_only_share_is_read_and_a_change_says_why_not(tmp_path, monkeypatch):
    """show, export and review export only read: they work; a save names the read-only place and the fix."""
    from tests.conftest import make_article

    path = tmp_path / "shared.db"
    article = make_article()
    with Store(path) as store:
        store.save(article, [make_claim(article, "2016年，研究所成立。")])
    _read_only_place(monkeypatch)
    with Store(path, create=False) as store:
        assert store.counts() == (1, 1) and store.read_only
        with pytest.raises(StoreError, match=r"shared\.db: the workspace's folder is read-only"):
            store.save(article, [])
    with pytest.raises(StoreError, match=r"the workspace's folder is read-only"):
        Store(path)  # extract: it would write


def test_a_read_only_workspace_with_unsaved_wal_pages_is_not_read_stale(tmp_path, monkeypatch):
    """A `-wal` beside the file holds saves the file lacks: reading the file alone would show old data."""
    path = tmp_path / "shared.db"
    Store(path).close()
    (tmp_path / "shared.db-wal").write_bytes(b"\x00" * 64)
    _read_only_place(monkeypatch)
    with pytest.raises(StoreError, match=r"the workspace's folder is read-only"):
        Store(path, create=False)
