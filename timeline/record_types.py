"""The words and ids of the records (DESIGN §3): languages, precisions, qualifiers, event and entity
types, review verdicts, and the stable article and claim ids. `timeline.models` re-exports them."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Annotated, Literal

from pydantic import Field

Lang = Literal["zh", "zh-Hant", "en"]
MentionType = Literal["DATE", "TIME", "DURATION", "SET"]
Precision = Literal[
    "decade",
    "year",
    "half",
    "quarter",
    "season",
    "month",
    "tenday",
    "week",
    "day",
    "hour",
    "minute",
    "second",
]
Qualifier = Literal[
    "none",
    "approximate",
    "early",
    "mid",
    "late",
    "since",
    "until",
    "as_of",
    "before",
    "after",
    "recent",
    "planned",
]
Anchor = Literal["absolute", "publication", "narrative", "none"]
EventType = Literal[
    "founding",
    "agreement",
    "appointment",
    "incident",
    "statistic",
    "project",
    "policy",
    "plan",
    "training",
    "service",
    "meeting",
    "other",
]
EntityType = Literal["PERSON", "ORG", "PLACE"]
Approx = Literal["about", "more_than", "less_than"]
ReviewStatus = Literal["unreviewed", "verified", "disputed", "false", "unverifiable"]

PRECISION_RANK: dict[str, int] = {p: i for i, p in enumerate(Precision.__args__)}  # type: ignore[attr-defined]
"""Coarse to fine: decade 0 … second 11. Sorting puts coarser claims first on the same day."""

ArticleId = Annotated[str, Field(pattern=r"^art-[0-9a-f]{12}$", examples=["art-3f9a2c1b7e4d"])]
ClaimId = Annotated[str, Field(pattern=r"^clm-[0-9a-f]{12}$", examples=["clm-3f9a2c1b7e4d"])]
Offset = Annotated[int, Field(ge=0)]


def utc_representable(instant: datetime) -> bool:
    """True when `instant` (timezone-aware) is a UTC instant Python can hold (9999-12-31T23:59-12:00 is not)."""
    try:
        instant.astimezone(UTC)
    except OverflowError:
        return False
    return True


def text_sha256(text: str) -> str:
    """Return the hex SHA-256 of `text` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_id_for(text: str) -> str:
    """Return the stable article id for an article body: `art-` + 12 hex of its hash."""
    return "art-" + text_sha256(text)[:12]


def claim_id_for(article_id: str, char_start: int, char_end: int) -> str:
    """Return the stable claim id for a span of an article."""
    digest = hashlib.sha256(f"{article_id}:{char_start}:{char_end}".encode()).hexdigest()
    return "clm-" + digest[:12]
