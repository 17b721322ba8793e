"""The reviews table and its append-only audit log (SQL over one open workspace connection).

Every change of a review goes through `write_verdict` or `move_review`, and each appends one
row to `review_log`: who, when, old → new, the action and where it came from (a file, a command).
Triggers make the log append-only: UPDATE and DELETE on it abort.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

from timeline.review.stamps import NO_VERDICT, Verdict

SCHEMA = """
CREATE TABLE IF NOT EXISTS reviews (
    claim_id      TEXT PRIMARY KEY,       -- no foreign key: a review outlives its claim
    review_status TEXT NOT NULL,
    review_note   TEXT,
    evidence_url  TEXT,
    reviewer      TEXT,
    reviewed_at   TEXT,
    claim_text    TEXT                    -- the quote the review was made on
);
CREATE TABLE IF NOT EXISTS review_log (
    log_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TEXT NOT NULL,          -- UTC instant of the change
    who           TEXT,
    action        TEXT NOT NULL,          -- set, import, attach, move, orphan
    forced        INTEGER NOT NULL DEFAULT 0,
    source        TEXT NOT NULL,          -- the sheet file or the command
    claim_id      TEXT NOT NULL,
    old_claim_id  TEXT,                   -- moves and attaches: where the review came from
    old_status    TEXT, new_status   TEXT,
    old_note      TEXT, new_note     TEXT,
    old_evidence  TEXT, new_evidence TEXT,
    old_reviewer  TEXT, new_reviewer TEXT
);
CREATE INDEX IF NOT EXISTS review_log_claim ON review_log(claim_id);
CREATE TABLE IF NOT EXISTS claim_successors (
    old_claim_id  TEXT PRIMARY KEY,       -- a claim that re-extraction removed (reviewed or not)
    claim_id      TEXT NOT NULL,          -- the claim that now holds its quote
    at            TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS review_log_old_claim ON review_log(old_claim_id);
CREATE TRIGGER IF NOT EXISTS review_log_no_update BEFORE UPDATE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS review_log_no_delete BEFORE DELETE ON review_log
BEGIN SELECT RAISE(ABORT, 'review_log is append-only'); END;
"""

_SPAN_COLUMNS = {"article_id": "TEXT", "char_start": "INTEGER", "char_end": "INTEGER"}
"""Where the review's claim sits (kept for orphans, so a later extraction can re-attach them)."""


def create(db: sqlite3.Connection) -> None:
    """Create the review tables, adding the span columns to a workspace made by an older version."""
    db.executescript(SCHEMA)
    have = {row[1] for row in db.execute("PRAGMA table_info(reviews)")}
    for name, kind in _SPAN_COLUMNS.items():
        if name not in have:
            db.execute(f"ALTER TABLE reviews ADD COLUMN {name} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS reviews_article ON reviews(article_id)")


@dataclass(frozen=True, slots=True)
class StoredReview:
    """A review row: its verdict, when it was made, and where its claim sits."""

    claim_id: str
    verdict: Verdict
    reviewed_at: str | None
    claim_text: str | None
    article_id: str | None
    char_start: int | None
    char_end: int | None


@dataclass(frozen=True, slots=True)
class LogEntry:
    """One change in the audit log."""

    log_id: int
    at: str
    who: str | None
    action: str
    forced: bool
    source: str
    claim_id: str
    old_claim_id: str | None
    old: Verdict | None
    new: Verdict | None


_REVIEW_SELECT = (
    "SELECT claim_id, review_status, review_note, evidence_url, reviewer, reviewed_at, claim_text, "
    "article_id, char_start, char_end FROM reviews"
)


def _stored(row: tuple) -> StoredReview:
    return StoredReview(
        row[0], Verdict(row[1], row[2], row[3], row[4]), row[5], row[6], row[7], row[8], row[9]
    )


def read_review(db: sqlite3.Connection, claim_id: str) -> StoredReview | None:
    """The stored review of a claim id, or None."""
    row = db.execute(_REVIEW_SELECT + " WHERE claim_id = ?", (claim_id,)).fetchone()
    return _stored(row) if row else None


def read_reviews(db: sqlite3.Connection, where: str = "", params: tuple = ()) -> list[StoredReview]:
    """Stored reviews matching an optional SQL condition, ordered by claim id."""
    sql = _REVIEW_SELECT + (f" WHERE {where}" if where else "") + " ORDER BY claim_id"
    return [_stored(row) for row in db.execute(sql, params)]


def claim_span(db: sqlite3.Connection, claim_id: str) -> tuple[str, int, int, str] | None:
    """(article_id, char_start, char_end, claim_text) of a stored claim, or None when it is gone."""
    return db.execute(
        "SELECT article_id, json_extract(data, '$.char_start'), json_extract(data, '$.char_end'), "
        "json_extract(data, '$.claim_text') FROM claims WHERE claim_id = ?",
        (claim_id,),
    ).fetchone()


def now() -> str:
    """The current UTC instant in ISO form (reviews record when a human acted)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def write_verdict(
    db: sqlite3.Connection,
    claim_id: str,
    verdict: Verdict,
    *,
    action: str,
    source: str,
    who: str | None,
    forced: bool = False,
    reviewed_at: str | None = None,
    claim_text: str | None = None,
) -> bool:
    """Set the verdict of a claim and log the change; False (and nothing written) when unchanged."""
    old = read_review(db, claim_id)
    before = old.verdict if old else NO_VERDICT
    if before == verdict:
        return False
    span = claim_span(db, claim_id)
    article_id, start, end, text = span if span else (None, None, None, None)
    if old is not None and span is None:  # an orphan keeps where it was last seen
        article_id, start, end = old.article_id, old.char_start, old.char_end
    quote = claim_text or (old.claim_text if old else None) or text
    db.execute(
        "INSERT OR REPLACE INTO reviews(claim_id, review_status, review_note, evidence_url, reviewer, "
        "reviewed_at, claim_text, article_id, char_start, char_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (claim_id, *verdict, reviewed_at or now(), quote, article_id, start, end),
    )
    append_log(db, claim_id, before, verdict, action=action, source=source, who=who, forced=forced)
    return True


def move_review(
    db: sqlite3.Connection,
    old_id: str,
    new_id: str,
    span: tuple[str, int, int],
    *,
    action: str,
    source: str,
    who: str | None,
) -> None:
    """Re-key a review to another claim (re-extraction or a manual attach) and log the move."""
    review = read_review(db, old_id)
    if review is None:
        return
    db.execute(
        "UPDATE reviews SET claim_id = ?, article_id = ?, char_start = ?, char_end = ? WHERE claim_id = ?",
        (new_id, *span, old_id),
    )
    append_log(
        db, new_id, review.verdict, review.verdict, action=action, source=source, who=who, old_claim_id=old_id
    )


def append_log(
    db: sqlite3.Connection,
    claim_id: str,
    old: Verdict | None,
    new: Verdict | None,
    *,
    action: str,
    source: str,
    who: str | None,
    forced: bool = False,
    old_claim_id: str | None = None,
) -> None:
    """Append one entry to the audit log."""
    o = old or Verdict(None, None, None, None)  # type: ignore[arg-type]
    n = new or Verdict(None, None, None, None)  # type: ignore[arg-type]
    db.execute(
        "INSERT INTO review_log(at, who, action, forced, source, claim_id, old_claim_id, "
        "old_status, new_status, old_note, new_note, old_evidence, new_evidence, old_reviewer, new_reviewer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            now(),
            who,
            action,
            int(forced),
            source,
            claim_id,
            old_claim_id,
            o.status,
            n.status,
            o.note,
            n.note,
            o.evidence,
            n.evidence,
            o.reviewer,
            n.reviewer,
        ),
    )


def history_ids(db: sqlite3.Connection, claim_id: str) -> set[str]:
    """A claim id and every id its review had before (through moves and attaches)."""
    ids = {claim_id}
    frontier = [claim_id]
    while frontier:
        current = frontier.pop()
        for (older,) in db.execute(
            "SELECT old_claim_id FROM review_log WHERE claim_id = ? AND old_claim_id IS NOT NULL", (current,)
        ):
            if older not in ids:
                ids.add(older)
                frontier.append(older)
    return ids


def current_id(db: sqlite3.Connection, claim_id: str) -> str:
    """Where the review once keyed by `claim_id` lives now (following moves), else `claim_id`."""
    seen = {claim_id}
    while True:
        row = db.execute(
            "SELECT claim_id FROM review_log WHERE old_claim_id = ? AND action IN ('move', 'attach') "
            "ORDER BY log_id DESC LIMIT 1",
            (claim_id,),
        ).fetchone()
        if row is None or row[0] in seen:
            return claim_id
        claim_id = row[0]
        seen.add(claim_id)


def add_successor(db: sqlite3.Connection, old_id: str, new_id: str) -> None:
    """Record that re-extraction replaced claim `old_id` by `new_id` (the claim now holding its quote)."""
    db.execute(
        "INSERT OR REPLACE INTO claim_successors(old_claim_id, claim_id, at) VALUES (?, ?, ?)",
        (old_id, new_id, now()),
    )


def successor(db: sqlite3.Connection, claim_id: str) -> str | None:
    """The stored claim that a removed claim's quote lives on in (through several re-extractions), or None."""
    seen = {claim_id}
    current = claim_id
    while True:
        row = db.execute(
            "SELECT claim_id FROM claim_successors WHERE old_claim_id = ?", (current,)
        ).fetchone()
        if row is None or row[0] in seen:
            break
        current = row[0]
        seen.add(current)
    if current == claim_id:
        return None
    return current if claim_span(db, current) is not None else None


def log_entries(db: sqlite3.Connection, claim_id: str | None = None) -> list[LogEntry]:
    """The audit log in order, all of it or the history of one claim's review."""
    sql = (
        "SELECT log_id, at, who, action, forced, source, claim_id, old_claim_id, old_status, new_status, "
        "old_note, new_note, old_evidence, new_evidence, old_reviewer, new_reviewer FROM review_log"
    )
    params: tuple = ()
    if claim_id is not None:
        ids = sorted(history_ids(db, current_id(db, claim_id)))
        marks = ", ".join("?" * len(ids))
        sql += f" WHERE claim_id IN ({marks}) OR old_claim_id IN ({marks})"
        params = (*ids, *ids)
    entries = []
    for r in db.execute(sql + " ORDER BY log_id", params):
        old = Verdict(r[8], r[10], r[12], r[14]) if r[8] is not None else None
        new = Verdict(r[9], r[11], r[13], r[15]) if r[9] is not None else None
        entries.append(LogEntry(r[0], r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], old, new))
    return entries
