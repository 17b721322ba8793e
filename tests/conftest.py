"""Shared fixtures: a small hand-built timeline and the path of ../shared."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from timeline.models import Article, ArticleSummary, Claim, Entity, Quantity, Timeline, claim_id_for

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CN = timezone(timedelta(hours=8))

ARTICLE_TEXT = "2016年，研究所成立。=1+2 这是公式。截至3月28日，被骗率降到0.33%。"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared evaluation data lives beside the project folder")
    return path


def make_article(text: str = ARTICLE_TEXT) -> Article:
    """A small Chinese article published 2024-04-24 09:21 +08:00."""
    return Article.build(
        text,
        title="示例",
        outlet="示例报",
        url="https://example.org/a",
        lang="zh",
        published_at=datetime(2024, 4, 24, 9, 21, tzinfo=CN),
        source_path="a.txt",
    )


def make_claim(article: Article, quote: str, **fields: object) -> Claim:
    """A claim over the first occurrence of `quote` in the article."""
    start = article.text.index(quote)
    end = start + len(quote)
    base: dict[str, object] = {
        "claim_id": claim_id_for(article.article_id, start, end),
        "article_id": article.article_id,
        "claim_text": quote,
        "char_start": start,
        "char_end": end,
        "lang": article.lang,
        "source_title": article.title,
        "source_published_at": article.published_at,
        "anchor_date": date(2024, 4, 24),
    }
    base.update(fields)
    return Claim(**base)  # type: ignore[arg-type]


@pytest.fixture
def article() -> Article:
    return make_article()


@pytest.fixture
def timeline_doc(article: Article) -> Timeline:
    """Three claims covering a year, a formula-looking quote and an as-of day with figures."""
    claims = [
        make_claim(
            article,
            "2016年，研究所成立。",
            date_text="2016年",
            date_edtf="2016",
            date_start=date(2016, 1, 1),
            date_end=date(2016, 12, 31),
            date_precision="year",
            date_sort=date(2016, 1, 1),
            date_year=2016,
            event_type="founding",
            entities=[Entity(text="研究所", type="ORG")],
        ),
        make_claim(article, "=1+2 这是公式。", date_sort=date(2024, 4, 24), date_year=2024),
        make_claim(
            article,
            "截至3月28日，被骗率降到0.33%。",
            date_text="截至3月28日",
            date_edtf="2024-03-28",
            date_start=date(2024, 3, 28),
            date_end=date(2024, 3, 28),
            date_precision="day",
            date_qualifier="as_of",
            date_anchor="publication",
            date_sort=date(2024, 3, 28),
            date_year=2024,
            event_type="statistic",
            quantities=[Quantity(text="0.33%", value=0.33, unit="percent")],
        ),
    ]
    summary = ArticleSummary.model_validate(article.model_dump(exclude={"retrieved_at", "encoding"}))
    return Timeline(generator="timeline test", articles=[summary], claims=claims)
