"""Check every row of a review sheet before anything is applied; each problem names row and column."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from timeline.review.sheet import STATUSES, SheetRow
from timeline.review.stamps import Verdict

MAX_NOTE = 4000
MAX_URL = 2048
MAX_REVIEWER = 100
CLAIM_ID = re.compile(r"^clm-[0-9a-f]{12}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$")  # the rule of models.Review.evidence_url


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a row cannot be applied: its spreadsheet row, the column and what to do."""

    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}, column {self.column}: {self.message}"


@dataclass(frozen=True, slots=True)
class Edit:
    """A well-formed sheet row: the verdict as written and the stamps it was exported with."""

    row: int
    claim_id: str
    verdict: Verdict
    claim_version: str
    review_version: str


def check_status(value: str) -> str | None:
    """The review status spelled as stored (case and spaces forgiven), or None when not allowed."""
    status = value.strip().lower() or "unreviewed"
    return status if status in STATUSES else None


def url_problem(value: str) -> str | None:
    """Why `value` is not a well-formed http(s) URL, or None when it is."""
    if len(value) > MAX_URL:
        return f"the URL is {len(value)} characters long; at most {MAX_URL}"
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https"):
        return f"{value[:60]!r} is not an http(s) URL; paste the full address starting with https://"
    if not parts.netloc or not _URL.match(value):
        return f"{value[:60]!r} is not a well-formed URL (no host, or spaces); paste the full address"
    return None


def verdict_problems(verdict: Verdict) -> list[tuple[str, str]]:
    """(column, message) for every field of a verdict that cannot be stored."""
    problems = []
    if verdict.status not in STATUSES:
        problems.append(("review_status", f"{verdict.status!r} is not one of {', '.join(STATUSES)}"))
    if verdict.evidence and (reason := url_problem(verdict.evidence)):
        problems.append(("evidence_url", reason))
    if verdict.note and len(verdict.note) > MAX_NOTE:
        problems.append(
            ("review_note", f"the note is {len(verdict.note)} characters long; at most {MAX_NOTE}")
        )
    if verdict.reviewer and len(verdict.reviewer) > MAX_REVIEWER:
        problems.append(
            ("reviewer", f"the name is {len(verdict.reviewer)} characters long; at most {MAX_REVIEWER}")
        )
    return problems


def check_rows(rows: Sequence[SheetRow]) -> tuple[list[Edit], list[Problem]]:
    """Well-formed edits and the problems of every other row (claim ids are checked against the store later)."""
    edits: list[Edit] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for row in rows:
        cells = row.cells
        found: list[Problem] = []
        claim_id = cells.get("claim_id", "")
        if not CLAIM_ID.match(claim_id):
            found.append(
                Problem(row.number, "claim_id", f"{claim_id[:40]!r} is not a claim id (clm- and 12 hex)")
            )
        elif claim_id in seen:
            found.append(Problem(row.number, "claim_id", f"{claim_id} is already on row {seen[claim_id]}"))
        else:
            seen[claim_id] = row.number
        raw_status = cells.get("review_status", "")
        status = check_status(raw_status)
        verdict = Verdict(
            status or raw_status,  # type: ignore[arg-type]
            cells.get("review_note") or None,
            cells.get("evidence_url") or None,
            cells.get("reviewer") or None,
        )
        found += [Problem(row.number, column, message) for column, message in verdict_problems(verdict)]
        for stamp in ("claim_version", "review_version"):
            if not cells.get(stamp):
                found.append(
                    Problem(row.number, stamp, "empty; keep the stamps `timeline review export` wrote")
                )
        if found:
            problems += found
            continue
        edits.append(Edit(row.number, claim_id, verdict, cells["claim_version"], cells["review_version"]))
    return edits, problems
