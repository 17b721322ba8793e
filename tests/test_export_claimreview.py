"""schema.org JSON-LD: a Claim per claim, a ClaimReview only for rated claims."""

from __future__ import annotations

import json

from export_samples import assert_golden, empty_timeline, sample_timeline

from timeline.export import to_claimreview


def _graph(tmp_path, timeline=None):
    path = to_claimreview.write(timeline or sample_timeline(), tmp_path / "t.jsonld")
    doc = json.loads(path.read_text("utf-8"))
    assert doc["@context"] == "https://schema.org"
    return path, doc["@graph"]


def test_matches_golden_file(tmp_path):
    path, _ = _graph(tmp_path)
    assert_golden(path, "timeline.claimreview.jsonld")


def test_reviews_only_for_rated_claims(tmp_path):
    _, graph = _graph(tmp_path)
    claims = [n for n in graph if n["@type"] == "Claim"]
    reviews = [n for n in graph if n["@type"] == "ClaimReview"]
    assert len(claims) == 11
    rated = {c.claim_id for c in sample_timeline().claims if c.review_status != "unreviewed"}
    assert {r["itemReviewed"]["@id"].lstrip("#") for r in reviews} == rated
    verdicts = {r["reviewRating"]["alternateName"] for r in reviews}
    assert verdicts == {"Verified", "False", "Disputed"}
    assert all("javascript:" not in json.dumps(r) for r in reviews)


def test_claim_fields(tmp_path):
    _, graph = _graph(tmp_path)
    by_id = {n["identifier"]: n for n in graph if n["@type"] == "Claim"}
    sample = {c.date_edtf: c for c in sample_timeline().claims}
    month = by_id[sample["2017-09"].claim_id]
    assert month["temporalCoverage"] == "2017-09"
    assert month["datePublished"] == "2024-04-24"
    assert month["appearance"]["@type"] == "NewsArticle"
    assert month["appearance"]["publisher"]["name"] == "测试日报"
    assert "temporalCoverage" not in by_id[sample["201X"].claim_id]  # EDTF-only forms are left out
    assert by_id[sample["2021/.."].claim_id]["temporalCoverage"] == "2021/.."
    assert by_id[sample["2023-10-31"].claim_id]["author"] == {
        "@type": "Organization",
        "name": "工程處",
        "jobTitle": "發言人",
    }
    assert "url" not in by_id[sample["2024-03-03"].claim_id]["appearance"]  # javascript: URL dropped


def test_zero_claims(tmp_path):
    _, graph = _graph(tmp_path, empty_timeline())
    assert graph == []
