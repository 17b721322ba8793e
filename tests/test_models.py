"""Records: frozen, no unknown fields, cross-field checks."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from pydantic import ValidationError

from tests.conftest import make_article, make_claim
from timeline.models import Article, Claim, Review, TimeMention, sort_key


def test_article_id_and_hash_derive_from_text():
    article = make_article("2016年，研究所成立。")
    assert article.article_id.startswith("art-") and len(article.article_id) == 16
    with pytest.raises(ValidationError, match="text_sha256"):
        Article(**{**article.model_dump(), "text": "另一篇"})


def test_article_needs_timezone_aware_publication():
    with pytest.raises(ValidationError, match="timezone-aware"):
        Article.build("正文", lang="zh", published_at=datetime(2024, 4, 24, 9, 21))


def test_records_are_frozen_and_forbid_extra_fields(article):
    claim = make_claim(article, "2016年，研究所成立。")
    with pytest.raises(ValidationError):
        claim.claim_text = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs"):
        Claim(**claim.model_dump(), colour="red")


def test_claim_quote_must_match_article_text(article):
    claim = make_claim(article, "2016年，研究所成立。")
    Claim.model_validate(claim.model_dump(), context={"article_text": article.text})
    bad = {**claim.model_dump(), "char_start": claim.char_start + 1, "char_end": claim.char_end + 1}
    with pytest.raises(ValidationError, match="does not match the article"):
        Claim.model_validate(bad, context={"article_text": article.text})


def test_date_end_before_start_is_rejected(article):
    with pytest.raises(ValidationError, match="before date_start"):
        make_claim(article, "2016年，研究所成立。", date_start=date(2016, 12, 31), date_end=date(2016, 1, 1))


def test_enums_are_checked(article):
    with pytest.raises(ValidationError):
        make_claim(article, "2016年，研究所成立。", date_precision="fortnight")
    with pytest.raises(ValidationError):
        make_claim(article, "2016年，研究所成立。", event_type="party")


def test_mention_offsets_must_fit_its_text():
    TimeMention(text="2016年", start=3, end=8, value="2016", precision="year")
    with pytest.raises(ValidationError, match="length"):
        TimeMention(text="2016年", start=3, end=9)
    with pytest.raises(ValidationError, match="after start"):
        TimeMention(text="", start=3, end=3)


def test_review_evidence_must_be_http_url():
    Review(claim_id="clm-0123456789ab", review_status="verified", evidence_url="https://example.org/x")
    with pytest.raises(ValidationError, match="http"):
        Review(claim_id="clm-0123456789ab", evidence_url="ftp://example.org/x")


def test_sort_puts_coarser_precision_first_on_the_same_day(article):
    year = make_claim(article, "2016年，研究所成立。", date_sort=date(2016, 1, 1), date_precision="year")
    day = make_claim(article, "=1+2 这是公式。", date_sort=date(2016, 1, 1), date_precision="day")
    undated = make_claim(article, "截至3月28日，被骗率降到0.33%。")
    assert sorted([undated, day, year], key=sort_key) == [year, day, undated]


def test_what_follows_an_event_sorts_after_it(article):
    event = make_claim(article, "=1+2 这是公式。", date_sort=date(2016, 1, 1), date_precision="day")
    later = make_claim(
        article,
        "2016年，研究所成立。",
        date_sort=date(2016, 1, 1),
        date_precision="day",
        date_qualifier="after",
    )
    assert sorted([later, event], key=sort_key) == [event, later]


def test_a_publication_instant_must_have_a_utc_form():
    """9999-12-31T23:59-12:00 is past year 9999 in UTC: refused, as exports convert every instant to UTC."""
    from datetime import timedelta, timezone

    article = make_article("2016年，研究所成立。")
    late = datetime(9999, 12, 31, 23, 59, tzinfo=timezone(timedelta(hours=-12)))
    with pytest.raises(ValidationError, match="out of range"):
        Article(**{**article.model_dump(), "published_at": late})
    Article(**{**article.model_dump(), "published_at": datetime(9999, 12, 31, 11, 59, tzinfo=late.tzinfo)})
