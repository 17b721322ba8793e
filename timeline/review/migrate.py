"""Reviews follow their claim through re-extraction.

When an article is re-segmented (a better grammar, other options) its claim ids change with their
spans. Each review of a claim that disappeared moves to the new claim whose quote covers the old
quote, else to the one that overlaps it most. A review that finds no claim (or whose best claim is
already reviewed) stays an orphan, keeps its place, and is tried again the next time its article
is extracted. When the article's text itself changed (an edited source file), the old quote is
looked up in the new text. Every removed claim, reviewed or not, leaves its successor (the claim
now holding its quote) in `claim_successors`, so a sheet exported before re-extraction still
finds its rows' claims on import.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from timeline.models import Article, Claim
from timeline.review.records import add_successor, append_log, move_review, read_reviews
from timeline.review.stamps import claim_version, claim_version_of

SOURCE = "re-extraction"


@dataclass(frozen=True, slots=True)
class OldClaim:
    """A claim as it was stored before the article was extracted again."""

    claim_id: str
    article_id: str
    start: int
    end: int
    text: str
    version: str  # the stamp of its quote and date (review.stamps.claim_version_of)


@dataclass(frozen=True, slots=True)
class Followed:
    """What saving an article did to reviews: the note `timeline extract` prints comes from it."""

    moved: tuple[str, ...] = ()
    """Claims that received a review from a claim re-extraction removed."""
    changed: tuple[str, ...] = ()
    """Reviewed claims whose quote or date is no longer what the reviewer judged."""
    orphaned: tuple[str, ...] = ()
    """Reviews this extraction left without a claim (`timeline show --orphans`)."""


@dataclass(frozen=True, slots=True)
class Placement:
    """Where a homeless review could go: the target claim, and how well it fits."""

    review_id: str
    target: str
    covers: bool
    overlap: int


def old_claims(db: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, OldClaim]:
    """The stored claims of some articles, before they are replaced."""
    marks = ", ".join("?" * len(article_ids))
    rows = db.execute(
        f"SELECT claim_id, article_id, data FROM claims WHERE article_id IN ({marks})", tuple(article_ids)
    )
    old = {}
    for claim_id, article_id, data in rows:
        fields = json.loads(data)
        old[claim_id] = OldClaim(
            claim_id,
            article_id,
            fields["char_start"],
            fields["char_end"],
            fields["claim_text"],
            claim_version_of(fields),
        )
    return old


def flag_changed(db: sqlite3.Connection, claims: Sequence[Claim], old: dict[str, OldClaim]) -> list[str]:
    """Log every reviewed claim whose quote or date re-extraction changed, so a verdict is re-checked.

    Returns their claim ids.
    """
    reviewed = {
        r.claim_id: r
        for r in read_reviews(
            db,
            "claim_id IN (SELECT value FROM json_each(?))",
            (json.dumps(sorted(c.claim_id for c in claims)),),
        )
    }
    flagged = []
    for claim in claims:
        was, review = old.get(claim.claim_id), reviewed.get(claim.claim_id)
        if was is not None and review is not None and was.version != claim_version(claim):
            flagged.append(claim.claim_id)
            append_log(
                db,
                claim.claim_id,
                review.verdict,
                review.verdict,
                action="claim_changed",
                source=SOURCE,
                who=None,
            )
    return flagged


def locate(quote: str, text: str, near: int | None) -> tuple[int, int] | None:
    """The occurrence of `quote` in `text` closest to offset `near`, or None."""
    if not quote:
        return None
    best: int | None = None
    at = text.find(quote)
    while at >= 0:
        if best is None or abs(at - (near or 0)) < abs(best - (near or 0)):
            best = at
        at = text.find(quote, at + 1)
    if best is not None:
        return best, best + len(quote)
    return _fuzzy_locate(quote, text)


FUZZY_MIN_SCORE = 90
"""How alike (0-100) an edited sentence must stay for a review to follow it."""


def _fuzzy_locate(quote: str, text: str) -> tuple[int, int] | None:
    """Where a lightly edited copy of `quote` stands in `text` (a word added or changed), or None."""
    if len(quote) < 8:  # too short to tell an edit from another sentence
        return None
    found = fuzz.partial_ratio_alignment(quote, text, score_cutoff=FUZZY_MIN_SCORE)
    if found is None or found.dest_end <= found.dest_start:
        return None
    return found.dest_start, found.dest_end


def best_claim(start: int, end: int, claims: Sequence[Claim]) -> tuple[Claim, bool, int] | None:
    """The claim covering [start, end) most tightly, else the one overlapping it most, else None."""
    covering = [c for c in claims if c.char_start <= start and end <= c.char_end]
    if covering:
        claim = min(covering, key=lambda c: (c.char_end - c.char_start, c.char_start, c.claim_id))
        return claim, True, end - start
    scored = [(min(end, c.char_end) - max(start, c.char_start), c) for c in claims]
    scored = [(overlap, c) for overlap, c in scored if overlap > 0]
    if not scored:
        return None
    overlap, claim = max(scored, key=lambda pair: (pair[0], -pair[1].char_start))
    return claim, False, overlap


def place(
    article: Article,
    claims: Sequence[Claim],
    where: tuple[str | None, int | None, int | None, str | None],
) -> tuple[Claim, bool, int] | None:
    """The new claim for a quote last seen at `where` (article id, start, end, quote), or None.

    In the same article text the old span is used; in an edited text the quote is looked up.
    """
    article_id, start, end, quote = where
    span = (
        (start, end) if article_id == article.article_id and start is not None and end is not None else None
    )
    span = span or locate(quote or "", article.text, start)
    return best_claim(*span, claims) if span else None


def follow(
    db: sqlite3.Connection,
    article: Article,
    claims: Sequence[Claim],
    old: dict[str, OldClaim],
    replaced: Sequence[str],
) -> Followed:
    """Move the reviews left without a claim by saving `article` (call inside the save transaction).

    Also records the successor of every claim that left, and returns what happened to reviews.
    """
    changed = flag_changed(db, claims, old)
    new_ids = {c.claim_id for c in claims}
    for was in old.values():
        if was.claim_id not in new_ids:
            found = place(article, claims, (was.article_id, was.start, was.end, was.text))
            if found:
                add_successor(db, was.claim_id, found[0].claim_id)
    articles = (article.article_id, *replaced)
    homeless = read_reviews(
        db,
        "(claim_id IN (SELECT value FROM json_each(?)) OR article_id IN (SELECT value FROM json_each(?))) "
        "AND claim_id NOT IN (SELECT claim_id FROM claims)",
        (json.dumps(sorted(old)), json.dumps(articles)),
    )
    if not homeless:
        return Followed(changed=tuple(changed))
    occupied = {
        r.claim_id
        for r in read_reviews(
            db, "claim_id IN (SELECT claim_id FROM claims WHERE article_id = ?)", (article.article_id,)
        )
    }
    placements: list[Placement] = []
    for review in homeless:
        was = old.get(review.claim_id)
        where = (
            (was.article_id, was.start, was.end, was.text)
            if was
            else (review.article_id, review.char_start, review.char_end, review.claim_text)
        )
        found = place(article, claims, where)
        if found:
            placements.append(Placement(review.claim_id, found[0].claim_id, found[1], found[2]))
    by_id = {c.claim_id: c for c in claims}
    judged = {r.claim_id: r.claim_text for r in homeless}
    moved: set[str] = set()
    received: list[str] = []
    for p in sorted(placements, key=lambda p: (not p.covers, -p.overlap, p.review_id)):
        if p.target in occupied:
            continue
        target = by_id[p.target]
        move_review(
            db,
            p.review_id,
            p.target,
            (article.article_id, target.char_start, target.char_end),
            action="move",
            source=SOURCE,
            who=None,
        )
        occupied.add(p.target)
        moved.add(p.review_id)
        received.append(p.target)
        was = old.get(p.review_id)
        if (was.version != claim_version(target)) if was else (judged[p.review_id] != target.claim_text):
            changed.append(p.target)
            verdict = next(r.verdict for r in homeless if r.claim_id == p.review_id)
            append_log(db, p.target, verdict, verdict, action="claim_changed", source=SOURCE, who=None)
    orphaned = []
    for review in homeless:
        was = old.get(review.claim_id)
        if was is None or review.claim_id in moved:
            continue  # moved, or already an orphan before this extraction
        same_text = was.article_id == article.article_id
        db.execute(  # keep where it was last seen; a span only while the text is the same
            "UPDATE reviews SET article_id = ?, char_start = ?, char_end = ? WHERE claim_id = ?",
            (
                article.article_id,
                was.start if same_text else None,
                was.end if same_text else None,
                was.claim_id,
            ),
        )
        append_log(db, was.claim_id, review.verdict, review.verdict, action="orphan", source=SOURCE, who=None)
        orphaned.append(was.claim_id)
    return Followed(tuple(sorted(received)), tuple(sorted(changed)), tuple(sorted(orphaned)))
