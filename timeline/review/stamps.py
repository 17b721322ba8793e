"""Version stamps that travel with every sheet row, so an import can tell stale rows apart."""

from __future__ import annotations

import hashlib
import json
from typing import NamedTuple

from timeline.models import ReviewStatus


class Verdict(NamedTuple):
    """The editable part of a review: what a fact-checker decides."""

    status: ReviewStatus = "unreviewed"
    note: str | None = None
    evidence: str | None = None
    reviewer: str | None = None


NO_VERDICT = Verdict()
"""What a claim without any review holds."""


def _digest(payload: object) -> str:
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def claim_version(claim_text: str) -> str:
    """Stamp of the quote a reviewer judged; it changes when re-extraction changes the claim text."""
    return "c-" + _digest(claim_text)


def review_version(verdict: Verdict) -> str:
    """Stamp of a verdict's content; it changes whenever anyone changes the review."""
    return "r-" + _digest(
        [verdict.status, verdict.note or "", verdict.evidence or "", verdict.reviewer or ""]
    )
