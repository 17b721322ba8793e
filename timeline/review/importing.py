"""Apply review sheets and single verdicts to a workspace, all or nothing, conflicts reported.

An import checks every row first, then, inside one write transaction, resolves each row against
the workspace. A row is a no-op when the sheet still holds what was exported (or what the
workspace already holds); it is a conflict when the claim's text changed since the export, when
someone else changed the review since the export, or when the claim is gone (an orphan review).
Invalid rows or conflicts stop the whole import unless `partial` (apply the rest) or `force`
(conflicts take the sheet's value, logged as forced). The transaction makes two imports racing
on one workspace run one after the other: the second sees the first's changes as conflicts.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from timeline.errors import InputError
from timeline.review.records import (
    LogEntry,
    claim_span,
    current_id,
    log_entries,
    move_review,
    read_review,
    successor,
    write_verdict,
)
from timeline.review.sheet import read_sheet
from timeline.review.stamps import NO_VERDICT, Verdict, claim_version_of, review_version
from timeline.review.validate import Edit, Problem, check_rows, check_status, verdict_problems
from timeline.store import Store


@dataclass(frozen=True, slots=True)
class Conflict:
    """A row whose base moved under it since the export; never applied silently."""

    row: int
    claim_id: str
    kind: str  # claim_changed, review_changed, orphan
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, {self.claim_id}: {self.message}"


@dataclass
class ImportReport:
    """What an import did, or on a dry run or a refusal would have done (`committed` tells which)."""

    source: str
    applied: list[int] = field(default_factory=list)
    forced: list[int] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)
    gone: list[int] = field(default_factory=list)
    """Rows nobody edited whose claim id is no longer in the workspace (skipped, harmless)."""
    followed: list[tuple[int, str, str]] = field(default_factory=list)
    """Edited rows applied to the claim that re-extraction put in place of theirs: (row, old id, new id)."""
    problems: list[Problem] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    dry_run: bool = False
    committed: bool = False
    """True when the rows in `applied` and `forced` were written (not a dry run, not refused)."""

    @property
    def clean(self) -> bool:
        """True when every row was valid and free of conflicts (or forced)."""
        return not self.problems and not self.conflicts


@dataclass(frozen=True, slots=True)
class _Target:
    claim_id: str
    claim_text: str | None  # None: the claim is gone (an orphan review)


def _claim_text(db: sqlite3.Connection, claim_id: str) -> str | None:
    span = claim_span(db, claim_id)
    return span[3] if span else None


def _version(db: sqlite3.Connection, claim_id: str) -> str | None:
    row = db.execute("SELECT data FROM claims WHERE claim_id = ?", (claim_id,)).fetchone()
    return claim_version_of(json.loads(row[0])) if row else None


def _resolve(db: sqlite3.Connection, claim_id: str, *, successors: bool = False) -> _Target | None:
    """Where a sheet's claim id points now: the claim (followed through moves), an orphan, or None.

    With `successors`, a claim that re-extraction removed (reviewed or not) points to the claim
    now holding its quote; the import's version check then tells a changed quote from the same one.
    """
    target = current_id(db, claim_id)
    text = _claim_text(db, target)
    if text is None and read_review(db, target) is None:
        later = successor(db, claim_id) if successors else None
        return _Target(later, _claim_text(db, later)) if later else None
    return _Target(target, text)


def _last_change(db: sqlite3.Connection, claim_id: str) -> LogEntry | None:
    changes = [e for e in log_entries(db, claim_id) if e.action in ("set", "import")]
    return changes[-1] if changes else None


def _conflict(db: sqlite3.Connection, edit: Edit, target: _Target, now: Verdict) -> Conflict | None:
    if target.claim_text is None:
        return Conflict(
            edit.row,
            edit.claim_id,
            "orphan",
            "the claim is gone since the export (re-extraction found no claim for its quote); "
            "re-attach the review with `timeline review attach`, or --force to update the orphan",
        )
    if _version(db, target.claim_id) != edit.claim_version:
        moved = f" (now {target.claim_id})" if target.claim_id != edit.claim_id else ""
        return Conflict(
            edit.row,
            edit.claim_id,
            "claim_changed",
            f"the claim's text or date changed since the export{moved}: now {target.claim_text[:60]!r}; "
            "check the verdict still holds, then --force",
        )
    if review_version(now) != edit.review_version:
        last = _last_change(db, target.claim_id)
        by = f" by {last.who or 'someone'} at {last.at}" if last else ""
        return Conflict(
            edit.row,
            edit.claim_id,
            "review_changed",
            f"the review was changed{by} since the export (now {now.status}"
            f"{', note ' + repr(now.note[:40]) if now.note else ''}); re-export, or --force to take the sheet's value",
        )
    return None


def import_sheet(
    store: Store,
    path: Path,
    *,
    reviewer: str | None = None,
    who: str | None = None,
    partial: bool = False,
    force: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """Validate a review sheet and apply it in one transaction (see the module docstring)."""
    path = Path(path)
    source = f"import {path.name}"
    report = ImportReport(source=str(path), dry_run=dry_run)
    if reviewer and (bad := verdict_problems(Verdict(reviewer=reviewer))):
        raise InputError(f"--reviewer: {bad[0][1]}")
    edits, report.problems = check_rows(read_sheet(path))
    with store.transaction() as db:
        planned: list[tuple[str, Verdict, bool]] = []
        claimed: dict[str, int] = {}
        for edit in edits:
            edited = review_version(edit.verdict) != edit.review_version
            target = _resolve(db, edit.claim_id, successors=True)
            if target is None and not edited:
                report.gone.append(edit.row)  # nothing to apply; its claim left with a re-extraction
                continue
            if not edited:
                report.unchanged.append(edit.row)
                continue
            if target is None:
                report.problems.append(
                    Problem(
                        edit.row,
                        "claim_id",
                        f"{edit.claim_id} is not in this workspace and no claim holds its quote now "
                        "(another --db, or its article was removed or rewritten); check --db, "
                        "or find the claim with `timeline show` and put its id in this row",
                    )
                )
                continue
            if target.claim_id in claimed:
                report.problems.append(
                    Problem(
                        edit.row,
                        "claim_id",
                        f"row {claimed[target.claim_id]} edits the same claim ({target.claim_id}, "
                        "merged by re-extraction); keep one of the two rows",
                    )
                )
                continue
            claimed[target.claim_id] = edit.row
            stored = read_review(db, target.claim_id)
            now = stored.verdict if stored else NO_VERDICT
            if _same(edit.verdict, now):
                report.unchanged.append(edit.row)
                continue
            wanted = edit.verdict._replace(reviewer=edit.verdict.reviewer or reviewer or who)
            conflict = _conflict(db, edit, target, now)
            if conflict and not force:
                report.conflicts.append(conflict)
                continue
            planned.append((target.claim_id, wanted, conflict is not None))
            (report.forced if conflict else report.applied).append(edit.row)
            if target.claim_id != current_id(db, edit.claim_id):
                report.followed.append((edit.row, edit.claim_id, target.claim_id))
        report.problems.sort(key=lambda p: (p.row, p.column))
        if dry_run or (not report.clean and not partial):
            return report
        for claim_id, wanted, forced in planned:
            write_verdict(
                db,
                claim_id,
                wanted,
                action="import",
                source=source,
                who=wanted.reviewer or who,
                forced=forced,
            )
        report.committed = bool(planned)
    return report


def _same(sheet: Verdict, now: Verdict) -> bool:
    """True when the sheet asks for what the workspace holds (an empty reviewer cell matches anyone)."""
    return sheet[:3] == now[:3] and (sheet.reviewer is None or sheet.reviewer == now.reviewer)


def set_verdict(
    store: Store,
    claim_id: str,
    *,
    status: str | None = None,
    note: str | None = None,
    evidence: str | None = None,
    reviewer: str | None = None,
    who: str | None = None,
) -> Verdict | None:
    """Change one claim's verdict (`timeline review set`): None keeps a field, "" clears it.

    Returns the new verdict, or None when the review already was so.
    """
    with store.transaction() as db:
        target = _resolve(db, claim_id)
        if target is None:
            raise InputError(f"{claim_id}: no such claim in this workspace; list them with `timeline show`")
        stored = read_review(db, target.claim_id)
        now = stored.verdict if stored else NO_VERDICT
        wanted = Verdict(
            (check_status(status) or status) if status is not None else now.status,  # type: ignore[arg-type]
            (note or None) if note is not None else now.note,
            (evidence or None) if evidence is not None else now.evidence,
            (reviewer or None) if reviewer is not None else (who or now.reviewer),
        )
        bad = verdict_problems(wanted)
        if bad:
            column, message = bad[0]
            raise InputError(f"{claim_id}: {column}: {message}")
        changed = write_verdict(
            db, target.claim_id, wanted, action="set", source="review set", who=wanted.reviewer or who
        )
    return wanted if changed else None


def attach(store: Store, orphan_id: str, claim_id: str, *, who: str | None) -> None:
    """Re-attach an orphan review to a current claim by hand (`timeline review attach`)."""
    with store.transaction() as db:
        orphan = read_review(db, orphan_id)
        if orphan is None or _claim_text(db, orphan_id) is not None:
            raise InputError(f"{orphan_id}: not an orphan review; list them with `timeline show --orphans`")
        text = _claim_text(db, claim_id)
        if text is None:
            raise InputError(f"{claim_id}: no such claim in this workspace; list them with `timeline show`")
        existing = read_review(db, claim_id)
        if existing is not None and existing.verdict != NO_VERDICT:
            raise InputError(
                f"{claim_id} already has a review ({existing.verdict.status}); "
                f"set it to unreviewed first if {orphan_id}'s verdict should replace it"
            )
        if existing is not None:
            db.execute("DELETE FROM reviews WHERE claim_id = ?", (claim_id,))
        article_id, start, end, _ = claim_span(db, claim_id)  # type: ignore[misc]
        move_review(
            db,
            orphan_id,
            claim_id,
            (article_id, start, end),
            action="attach",
            source="review attach",
            who=who,
        )
