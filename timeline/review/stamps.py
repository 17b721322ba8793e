"""Version stamps that travel with every sheet row, so an import can tell stale rows apart."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any, NamedTuple

from timeline.models import Claim, ReviewStatus


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


VERSIONED = ("claim_text", "date_edtf", "date_start", "date_end", "date_qualifier")
"""What a verdict was given on: the quote and its date. A change to any of them makes rows stale."""


def claim_version_of(fields: Mapping[str, Any]) -> str:
    """Stamp of a claim given as a JSON-like mapping (a stored row or `model_dump(mode="json")`)."""
    return "c-" + _digest([str(fields.get(key) or "") for key in VERSIONED])


def claim_version(claim: Claim) -> str:
    """Stamp of what a reviewer judged; it changes when re-extraction changes the quote or its date."""
    return claim_version_of(claim.model_dump(mode="json", include=set(VERSIONED)))


def review_version(verdict: Verdict) -> str:
    """Stamp of a verdict's content; it changes whenever anyone changes the review."""
    return "r-" + _digest(
        [verdict.status, verdict.note or "", verdict.evidence or "", verdict.reviewer or ""]
    )
