"""The workspace: one SQLite file with articles, claims, reviews and the review audit log.

Re-extracting an article replaces its claims in one transaction. Reviews are keyed by
claim_id and never deleted by extraction: a review whose claim disappeared moves to the new
claim that covers its quote (timeline.review.migrate), else stays as an orphan
(`Store.orphan_reviews`). Every change of a review is appended to `review_log`.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from timeline.errors import StoreError
from timeline.models import Article, ArticleSummary, Claim, Review, Timeline, sort_key
from timeline.review import migrate, records
from timeline.review.stamps import Verdict
from timeline.version import EXTRACTOR_VERSION

DEFAULT_DB = "timeline.db"
ENV_DB = "TIMELINE_DB"

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    article_id   TEXT PRIMARY KEY,
    source_path  TEXT,
    data         TEXT NOT NULL            -- the Article record as JSON (text included)
);
CREATE INDEX IF NOT EXISTS articles_source ON articles(source_path);
CREATE TABLE IF NOT EXISTS claims (
    claim_id     TEXT PRIMARY KEY,
    article_id   TEXT NOT NULL REFERENCES articles(article_id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    data         TEXT NOT NULL            -- the Claim record as JSON, review fields unset
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
"""
# The reviews and review_log tables are defined in timeline/review/records.py.


def default_path() -> Path:
    """The workspace file: $TIMELINE_DB, else ./timeline.db."""
    return Path(os.environ.get(ENV_DB) or DEFAULT_DB)


def _unusable(path: Path, exc: sqlite3.DatabaseError) -> str:
    """Why a workspace cannot be opened, and the fix: a read-only place differs from a damaged file."""
    folder = path.parent
    if isinstance(exc, sqlite3.OperationalError) and not folder.is_dir():
        return (
            f"{path}: the folder {folder} does not exist; create it (mkdir -p {folder}) or pass another --db"
        )
    if isinstance(exc, sqlite3.OperationalError) and not os.access(folder, os.W_OK):
        if path.is_file():
            return (
                f"{path}: the workspace's folder is read-only (SQLite writes a journal beside the file); "
                f"copy the file to a folder you can write and pass it with --db"
            )
        return f"{path}: cannot create a workspace here (the folder is read-only); pass --db in a folder you can write"
    if isinstance(exc, sqlite3.OperationalError) and path.is_file() and not os.access(path, os.W_OK):
        return (
            f"{path}: the workspace file is read-only; make it writable (chmod u+w) or copy it and pass --db"
        )
    return f"{path}: not a usable workspace ({exc}); pass another --db"


def _reader(path: Path) -> sqlite3.Connection | None:
    """A read-only connection to a workspace in a place this user cannot write, else None.

    SQLite cannot keep its WAL index there, so the file is opened immutable: right while nobody
    writes it, which a read-only place ensures. A `-wal` file beside it holds saves the file
    lacks: then there is no reader (the copy is incomplete).
    """
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        return None
    try:
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True, isolation_level=None)
        db.execute("SELECT COUNT(*) FROM articles").fetchone()
    except sqlite3.DatabaseError:
        return None
    return db


def _failed_write(path: Path, exc: sqlite3.DatabaseError) -> str:
    """Why a write to the workspace failed (nothing of it was kept), and the fix."""
    reason = str(exc)
    if "full" in reason:
        return f"{path}: the disk is full ({reason}); free some space, or pass --db on another disk"
    if "readonly" in reason or "read-only" in reason:
        return f"{path}: the workspace became read-only ({reason}); make it writable (chmod u+w) or pass another --db"
    return f"{path}: the workspace could not be written ({reason}); check the disk, or pass another --db"


class Store:
    """A workspace database. Use as a context manager, or call `close()`."""

    def __init__(self, path: str | Path | None = None, *, timeout: float = 30.0, create: bool = True) -> None:
        self.path = Path(path) if path is not None else default_path()
        if not create and not self.path.is_file():  # a mistyped --db must not become a new empty workspace
            raise StoreError(
                f"{self.path}: no workspace here; run `timeline extract PATH...` first, or pass --db / TIMELINE_DB"
            )
        self.read_only: str | None = None
        """Why the workspace is open for reading only (a read-only share), else None."""
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            records.create(self.db)
        except sqlite3.DatabaseError as exc:
            reason = _unusable(self.path, exc)
            self.db = _reader(self.path) if not create and "read-only" in reason else None
            if self.db is None:
                raise StoreError(reason) from None
            self.read_only = reason

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the database connection."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Run a block in one IMMEDIATE transaction: all of it lands, or none of it.

        Writers queue for up to `timeout` seconds; then a StoreError says the workspace is busy.
        """
        if self.read_only:  # show, export and review export read it; a change cannot be saved
            raise StoreError(self.read_only)
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(
                f"{self.path}: the workspace is busy ({exc}): another import or extraction is writing; "
                "try again when it has finished"
            ) from None
        try:
            yield self.db
            self.db.execute("COMMIT")
        except sqlite3.DatabaseError as exc:  # the disk filled up, or the file went bad under us
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise StoreError(_failed_write(self.path, exc)) from None
        except BaseException:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            raise

    # -- articles and claims -------------------------------------------------------------------

    def save(self, article: Article, claims: Sequence[Claim]) -> migrate.Followed:
        """Store an article and replace its claims atomically; reviews follow their claims.

        An older version of the same source file (different text) is replaced too. A review
        whose claim disappeared moves to the new claim covering its quote, else stays an orphan;
        the result says which reviews moved, changed under their verdict or were orphaned.
        """
        with self.transaction() as db:
            replaced: list[str] = []
            if article.source_path:
                replaced = [
                    aid
                    for (aid,) in db.execute(
                        "SELECT article_id FROM articles WHERE source_path = ? AND article_id != ?",
                        (article.source_path, article.article_id),
                    )
                ]
            old = migrate.old_claims(db, [article.article_id, *replaced])
            db.executemany("DELETE FROM articles WHERE article_id = ?", [(aid,) for aid in replaced])
            db.execute(
                "INSERT INTO articles(article_id, source_path, data) VALUES (?, ?, ?) "
                "ON CONFLICT(article_id) DO UPDATE SET source_path = excluded.source_path, data = excluded.data",
                (article.article_id, article.source_path, article.model_dump_json()),
            )
            db.execute("DELETE FROM claims WHERE article_id = ?", (article.article_id,))
            db.executemany(
                "INSERT OR REPLACE INTO claims(claim_id, article_id, position, data) VALUES (?, ?, ?, ?)",
                [(c.claim_id, c.article_id, i, c.model_dump_json()) for i, c in enumerate(claims)],
            )
            return migrate.follow(db, article, claims, old, replaced)

    def articles(self) -> list[Article]:
        """Every stored article, ordered by id."""
        rows = self.db.execute("SELECT data FROM articles ORDER BY article_id")
        return [Article.model_validate_json(data) for (data,) in rows]

    def claims(self, *, reviews: bool = True) -> list[Claim]:
        """Every stored claim in timeline order, with its review merged in when `reviews`."""
        rows = self.db.execute("SELECT data FROM claims")
        claims = [Claim.model_validate_json(data) for (data,) in rows]
        if reviews:
            by_id = {r.claim_id: r for r in self.reviews()}
            claims = [_with_review(c, by_id.get(c.claim_id)) for c in claims]
        return sorted(claims, key=sort_key)

    def timeline(self, article_ids: Collection[str] | None = None) -> Timeline:
        """The workspace as one `Timeline` document: every article, or only those in `article_ids`."""
        articles = [
            ArticleSummary.model_validate(a.model_dump(exclude={"retrieved_at", "encoding"}))
            for a in self.articles()
            if article_ids is None or a.article_id in article_ids
        ]
        claims = [c for c in self.claims() if article_ids is None or c.article_id in article_ids]
        return Timeline(generator=EXTRACTOR_VERSION, articles=articles, claims=claims)

    def counts(self) -> tuple[int, int]:
        """How many articles and claims the workspace holds."""
        (articles,) = self.db.execute("SELECT COUNT(*) FROM articles").fetchone()
        (claims,) = self.db.execute("SELECT COUNT(*) FROM claims").fetchone()
        return articles, claims

    # -- reviews ---------------------------------------------------------------------------------

    def set_review(self, review: Review, *, who: str | None = None, source: str = "api") -> bool:
        """Set the review of one claim and log the change; False when it was already so."""
        verdict = Verdict(review.review_status, review.review_note, review.evidence_url, review.reviewer)
        with self.transaction() as db:
            return records.write_verdict(
                db,
                review.claim_id,
                verdict,
                action="set",
                source=source,
                who=who or review.reviewer,
                reviewed_at=review.reviewed_at.isoformat() if review.reviewed_at else None,
                claim_text=review.claim_text,
            )

    def reviews(self) -> list[Review]:
        """Every stored review, ordered by claim id."""
        return [
            Review(
                claim_id=r.claim_id,
                review_status=r.verdict.status,
                review_note=r.verdict.note,
                evidence_url=r.verdict.evidence,
                reviewer=r.verdict.reviewer,
                reviewed_at=r.reviewed_at,  # type: ignore[arg-type]
                claim_text=r.claim_text,
            )
            for r in records.read_reviews(self.db)
        ]

    def orphan_reviews(self) -> list[Review]:
        """Reviews whose claim no longer exists (kept, never deleted)."""
        known = {cid for (cid,) in self.db.execute("SELECT claim_id FROM claims")}
        return [r for r in self.reviews() if r.claim_id not in known]

    def review_log(self, claim_id: str | None = None) -> list[records.LogEntry]:
        """The append-only audit trail: every change, or the history of one claim's review."""
        return records.log_entries(self.db, claim_id)


def _with_review(claim: Claim, review: Review | None) -> Claim:
    if review is None:
        return claim
    return claim.model_copy(update=review.model_dump(exclude={"claim_id", "claim_text"}))
