"""A small hand-built timeline for the exporter tests: every precision, qualifier and review case.

The articles are written for these tests (no corpus sentences). Claims are built by hand with
real offsets into their article, so the golden files do not churn when the grammars improve.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from tests.conftest import make_claim
from timeline.models import Article, ArticleSummary, Claim, Entity, Quantity, Timeline

CST = timezone(timedelta(hours=8))

ZH_TEXT = (
    "示例市图书馆于2016年成立。"
    "2017年9月，两市签署合作协议。"
    "2023年2月16日凌晨1时许，馆内发生停电。"
    "2024年第一季度，借阅量同比增长6.9%。"
    "自2021年以来，图书馆持续开展流动服务。"
    "近年来，馆藏数字化进展明显。"
    "<script>alert(1)</script>据称系统曾被篡改。"
)
EN_TEXT = (
    "The museum closed from 2019 to April 24, 2020 for repairs. "
    "=1+2 was typed into the ledger on March 3, 2024, the auditor said. "
    "-5% growth was reported in the 2010s. "
    "Officials met at some point to discuss the plan."
)
HANT_TEXT = "截至10月31日，工程經費已支出約120億元。"


def _article(text: str, **fields: Any) -> Article:
    return Article.build(text, **fields)


def _claim(article: Article, quote: str, **fields: Any) -> Claim:
    """`conftest.make_claim` with the context, provenance and derived date fields an export shows."""
    start = article.text.index(quote)
    end = start + len(quote)
    anchor = article.published_at.date() if article.published_at else None
    base: dict[str, Any] = {
        "quote_prefix": article.text[max(0, start - 10) : start],
        "quote_suffix": article.text[end : end + 10],
        "extractor_version": "timeline test",
        "source_outlet": article.outlet,
        "source_url": article.url,
        "source_path": article.source_path,
        "anchor_date": anchor,
        "confidence": 0.9,
    }
    date_text = fields.get("date_text")
    if date_text and date_text in quote:
        base["date_char_start"] = start + quote.index(date_text)
        base["date_char_end"] = base["date_char_start"] + len(date_text)
    sort = fields.get("date_start") or fields.get("date_end") or anchor
    if isinstance(sort, datetime):
        sort = sort.date()
    base["date_sort"] = sort
    base["date_year"] = sort.year if sort else None
    return make_claim(article, quote, **{**base, **fields})


def articles() -> tuple[Article, Article, Article]:
    """The three test articles: Chinese, English and Traditional Chinese."""
    zh = _article(
        ZH_TEXT,
        title="示例市图书馆的十年（测试稿）",
        outlet="测试日报",
        url="https://example.org/zh/library",
        published_at=datetime(2024, 4, 24, 9, 21, tzinfo=CST),
        lang="zh",
    )
    en = _article(
        EN_TEXT,
        title='Museum "reopens" <b>soon</b> (test)',
        outlet="Test Gazette",
        url="javascript:alert(1)",
        published_at=datetime(2024, 3, 12, 13, 30, tzinfo=UTC),
        lang="en",
    )
    hant = _article(
        HANT_TEXT,
        title="捷運工程進度（測試稿）",
        outlet="測試晚報",
        url="https://example.org/zh-hant/metro",
        published_at=datetime(2023, 11, 15, 10, 0, tzinfo=CST),
        lang="zh-Hant",
    )
    return zh, en, hant


def claims() -> list[Claim]:
    """One claim per case the exporters must render honestly."""
    zh, en, hant = articles()
    return [
        _claim(
            zh,
            "示例市图书馆于2016年成立。",
            date_text="2016年",
            date_edtf="2016",
            date_start=date(2016, 1, 1),
            date_end=date(2016, 12, 31),
            date_precision="year",
            date_label="2016年",
            event_type="founding",
            headline="示例市图书馆成立",
            entities=[Entity(text="示例市图书馆", type="ORG")],
        ),
        _claim(
            zh,
            "2017年9月，两市签署合作协议。",
            date_text="2017年9月",
            date_edtf="2017-09",
            date_start=date(2017, 9, 1),
            date_end=date(2017, 9, 30),
            date_precision="month",
            date_label="2017年9月",
            event_type="agreement",
            headline="两市签署合作协议",
            review_status="verified",
            review_note="协议文本已在市政府网站公开。",
            evidence_url="https://example.org/evidence/agreement",
            reviewer="王编辑",
            reviewed_at=datetime(2024, 5, 2, 3, 0, tzinfo=UTC),
        ),
        _claim(
            zh,
            "2023年2月16日凌晨1时许，馆内发生停电。",
            date_text="2023年2月16日凌晨1时许",
            date_edtf="2023-02-16T01",
            date_start=datetime(2023, 2, 16, 1, 0),
            date_end=date(2023, 2, 16),
            date_precision="hour",
            date_qualifier="approximate",
            date_label="2023年2月16日凌晨1时许",
            event_type="incident",
            headline="馆内发生停电",
        ),
        _claim(
            zh,
            "2024年第一季度，借阅量同比增长6.9%。",
            date_text="2024年第一季度",
            date_edtf="2024-01/2024-03",
            date_start=date(2024, 1, 1),
            date_end=date(2024, 3, 31),
            date_precision="quarter",
            timex_value="2024-Q1",
            date_label="2024年第一季度",
            event_type="statistic",
            headline="借阅量同比增长6.9%",
            quantities=[Quantity(text="6.9%", value=6.9, unit="percent")],
        ),
        _claim(
            zh,
            "自2021年以来，图书馆持续开展流动服务。",
            date_text="自2021年以来",
            date_edtf="2021/..",
            date_start=date(2021, 1, 1),
            date_precision="year",
            date_qualifier="since",
            date_label="自2021年以来",
            event_type="service",
            headline="图书馆持续开展流动服务",
        ),
        _claim(
            zh,
            "近年来，馆藏数字化进展明显。",
            date_text="近年来",
            date_edtf="../2024-04-24",
            date_end=date(2024, 4, 24),
            date_precision="year",
            date_qualifier="recent",
            date_anchor="publication",
            date_label="近年来",
            event_type="project",
            headline="馆藏数字化进展明显",
        ),
        _claim(
            zh,
            "<script>alert(1)</script>据称系统曾被篡改。",
            event_type="incident",
            date_anchor="none",
            anchor_date=None,
            date_sort=None,
            date_year=None,
            headline="<script>alert(1)</script>",
            review_status="false",
            review_note='无证据 <img src=x onerror="alert(2)">',
            reviewer="李核查",
            evidence_url="javascript:alert(3)",
            reviewed_at=datetime(2024, 5, 3, 8, 0, 0, 250000, tzinfo=UTC),
        ),
        _claim(
            en,
            "The museum closed from 2019 to April 24, 2020 for repairs.",
            date_text="from 2019 to April 24, 2020",
            date_edtf="2019/2020-04-24",
            date_start=date(2019, 1, 1),
            date_end=date(2020, 4, 24),
            date_precision="year",
            date_label="from 2019 to April 24, 2020",
            event_type="project",
            headline="The museum closed for repairs",
        ),
        _claim(
            en,
            "=1+2 was typed into the ledger on March 3, 2024, the auditor said.",
            date_text="March 3, 2024",
            date_edtf="2024-03-03",
            date_start=date(2024, 3, 3),
            date_end=date(2024, 3, 3),
            date_precision="day",
            date_label="March 3, 2024",
            event_type="other",
            headline="=1+2 typed into the ledger",
            speaker="the auditor",
            review_status="disputed",
        ),
        _claim(
            en,
            "-5% growth was reported in the 2010s.",
            date_text="the 2010s",
            date_edtf="201X",
            date_start=date(2010, 1, 1),
            date_end=date(2019, 12, 31),
            date_precision="decade",
            date_label="the 2010s",
            event_type="statistic",
            headline="-5% growth",
        ),
        _claim(
            hant,
            "截至10月31日，工程經費已支出約120億元。",
            date_text="截至10月31日",
            date_edtf="2023-10-31",
            date_start=date(2023, 10, 31),
            date_end=date(2023, 10, 31),
            date_precision="day",
            date_qualifier="as_of",
            date_anchor="publication",
            date_label="截至10月31日",
            event_type="statistic",
            headline="工程經費已支出約120億元",
            speaker="工程處",
            speaker_role="發言人",
            entities=[Entity(text="工程處", type="ORG")],
        ),
    ]


def sample_timeline() -> Timeline:
    """The hand-built timeline, as the store would hand it to an exporter."""
    summaries = [ArticleSummary(**a.model_dump(include=set(ArticleSummary.model_fields))) for a in articles()]
    return Timeline(generator="timeline test", articles=summaries, claims=claims())


def empty_timeline() -> Timeline:
    """No articles, no claims: every exporter must still write a valid file."""
    return Timeline(generator="timeline test")


GOLDEN = Path(__file__).parent / "golden"
UPDATE_GOLDEN = os.environ.get("TIMELINE_UPDATE_GOLDEN") == "1"
"""Set TIMELINE_UPDATE_GOLDEN=1 to rewrite the golden files on purpose (then review the diff)."""


def assert_golden(written: Path, name: str) -> None:
    """The written file must equal tests/golden/<name> byte for byte."""
    golden = GOLDEN / name
    data = written.read_bytes()
    if UPDATE_GOLDEN or not golden.exists():
        if not UPDATE_GOLDEN:
            raise AssertionError(f"{golden} is missing; run with TIMELINE_UPDATE_GOLDEN=1 to create it")
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_bytes(data)
    assert data == golden.read_bytes(), (
        f"{written} differs from {golden}; if on purpose, TIMELINE_UPDATE_GOLDEN=1"
    )
