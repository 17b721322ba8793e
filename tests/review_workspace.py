"""A small hand-written workspace for the review tests: two articles, seven claims, one review."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from tests.conftest import make_claim
from timeline.models import Article, Claim, Quantity, Review
from timeline.store import Store

CN = timezone(timedelta(hours=8))

ZH_TEXT = (
    "2015年，新图书馆在河东区开工建设。2018年5月，图书馆正式开放，首批藏书120万册。"
    "去年，馆方又新增了两个分馆。=今年起，借阅证全部改为电子证。"
)
EN_TEXT = (
    "The river bridge opened to traffic in March 2019. About 40,000 cars crossed it in the first week. "
    "In 2021 the city added a cycle lane to the bridge."
)


def zh_article(text: str = ZH_TEXT) -> Article:
    """The Chinese sample article, published 2024-04-24 +08:00."""
    return Article.build(
        text,
        title="图书馆十年",
        outlet="河东晚报",
        url="https://example.org/library",
        lang="zh",
        published_at=datetime(2024, 4, 24, 9, 0, tzinfo=CN),
        source_path="library.txt",
    )


def en_article() -> Article:
    """The English sample article."""
    return Article.build(
        EN_TEXT,
        title="Five years of the bridge",
        outlet="River Times",
        url="https://example.org/bridge",
        lang="en",
        published_at=datetime(2024, 5, 2, 8, 0, tzinfo=UTC),
        source_path="bridge.txt",
    )


def sentence_claims(article: Article, sentences: list[str]) -> list[Claim]:
    """One claim per given sentence (dated by the year it names, else undated)."""
    claims = []
    for quote in sentences:
        year = next((int(w[:4]) for w in quote.replace("年", " ").split() if w[:4].isdigit()), None)
        extra = {"date_start": date(year, 1, 1), "date_sort": date(year, 1, 1)} if year else {}
        claims.append(make_claim(article, quote, **extra))
    return claims


ZH_SENTENCES = [
    "2015年，新图书馆在河东区开工建设。",
    "2018年5月，图书馆正式开放，首批藏书120万册。",
    "去年，馆方又新增了两个分馆。",
    "=今年起，借阅证全部改为电子证。",
]
EN_SENTENCES = [
    "The river bridge opened to traffic in March 2019.",
    "About 40,000 cars crossed it in the first week.",
    "In 2021 the city added a cycle lane to the bridge.",
]


def zh_claims(article: Article) -> list[Claim]:
    """The Chinese article's sentence claims, the second with its figure."""
    claims = sentence_claims(article, ZH_SENTENCES)
    claims[1] = claims[1].model_copy(
        update={"quantities": [Quantity(text="120万册", value=1_200_000, unit="册")]}
    )
    return claims


def build_workspace(path: Path) -> Path:
    """Write the sample workspace to `path`, with one claim already verified by bob."""
    with Store(path) as store:
        zh = zh_article()
        zh_claims_ = zh_claims(zh)
        store.save(zh, zh_claims_)
        en = en_article()
        store.save(en, sentence_claims(en, EN_SENTENCES))
        store.set_review(
            Review(
                claim_id=zh_claims_[0].claim_id,
                review_status="verified",
                reviewer="bob",
                review_note="档案可查",
            )
        )
    return path
