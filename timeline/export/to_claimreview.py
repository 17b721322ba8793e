"""schema.org JSON-LD: a `Claim` for every claim, a `ClaimReview` only for claims a reviewer rated.

Each `Claim` has its text, author (the speaker), `datePublished` (when it was made: the
article's date, else the anchor date), its `appearance` in the source `NewsArticle`, its
language and `temporalCoverage` (the date it is *about*, when that is plain ISO 8601). A
`ClaimReview` with a `reviewRating.alternateName` is added only when `review_status` is not
`unreviewed`: we extract claims, people rate them (research/ecosystem.md §3.1, Recommendation 16).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from timeline.export.atomic import write_bytes
from timeline.export.labels import REVIEW_TITLES, headline, safe_url
from timeline.models import Claim, Timeline, sort_key

SUFFIX = ".claimreview.jsonld"
_ISO = r"\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2}(?::\d{2})?)?)?)?)?"
_COVERAGE = re.compile(rf"^(?:{_ISO}|{_ISO}/{_ISO}|{_ISO}/\.\.|\.\./{_ISO})$")
_AUTHOR_TYPES = {"PERSON": "Person", "ORG": "Organization"}


def temporal_coverage(edtf: str | None) -> str | None:
    """The EDTF value when schema.org's ISO 8601 reading of it is the same (no `~`, `?`, `X`)."""
    return edtf if edtf and _COVERAGE.match(edtf) else None


def _author(claim: Claim) -> dict[str, Any] | None:
    if not claim.speaker:
        return None
    kinds = {e.type for e in claim.entities if e.text == claim.speaker}
    person: dict[str, Any] = {"name": claim.speaker}
    for kind in ("PERSON", "ORG"):
        if kind in kinds:
            person = {"@type": _AUTHOR_TYPES[kind], **person}
            break
    if claim.speaker_role:
        person["jobTitle"] = claim.speaker_role
    return person


def _appearance(claim: Claim) -> dict[str, Any]:
    article: dict[str, Any] = {"@type": "NewsArticle"}
    url = safe_url(claim.source_url)
    if url:
        article["url"] = url
    if claim.source_title:
        article["headline"] = claim.source_title
    if claim.source_outlet:
        article["publisher"] = {"@type": "Organization", "name": claim.source_outlet}
    if claim.source_published_at is not None:
        article["datePublished"] = claim.source_published_at.isoformat()
    return article


def claim_node(claim: Claim) -> dict[str, Any]:
    """A schema.org `Claim`."""
    node: dict[str, Any] = {
        "@type": "Claim",
        "@id": f"#{claim.claim_id}",
        "identifier": claim.claim_id,
        "name": headline(claim),
        "text": claim.claim_text,
        "inLanguage": claim.lang,
    }
    author = _author(claim)
    if author:
        node["author"] = author
    made = claim.source_published_at.date() if claim.source_published_at is not None else claim.anchor_date
    if made is not None:
        node["datePublished"] = made.isoformat()
    node["appearance"] = _appearance(claim)
    coverage = temporal_coverage(claim.date_edtf)
    if coverage:
        node["temporalCoverage"] = coverage
    return node


def review_node(claim: Claim) -> dict[str, Any]:
    """A schema.org `ClaimReview` of a rated claim."""
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": REVIEW_TITLES[claim.review_status][0]}
    if claim.review_note:
        rating["ratingExplanation"] = claim.review_note
    node: dict[str, Any] = {
        "@type": "ClaimReview",
        "@id": f"#review-{claim.claim_id}",
        "claimReviewed": claim.claim_text,
        "itemReviewed": {"@id": f"#{claim.claim_id}"},
        "reviewRating": rating,
    }
    if claim.reviewer:
        node["author"] = {"@type": "Person", "name": claim.reviewer}
    if claim.reviewed_at is not None:
        node["datePublished"] = claim.reviewed_at.date().isoformat()
    evidence = safe_url(claim.evidence_url)
    if evidence:
        node["citation"] = evidence
    return node


def document(timeline: Timeline) -> dict[str, Any]:
    """The JSON-LD document: `@context` schema.org and a `@graph` of Claims and ClaimReviews."""
    graph: list[dict[str, Any]] = []
    for claim in sorted(timeline.claims, key=sort_key):
        graph.append(claim_node(claim))
        if claim.review_status != "unreviewed":
            graph.append(review_node(claim))
    return {"@context": "https://schema.org", "@graph": graph}


def write(timeline: Timeline, path: Path) -> Path:
    """Write the JSON-LD file."""
    text = json.dumps(document(timeline), ensure_ascii=False, indent=2)
    return write_bytes(path, (text + "\n").encode("utf-8"))
