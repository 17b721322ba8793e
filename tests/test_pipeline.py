"""The pipeline end to end: the seed article's six headline facts land with exact values."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import shared_path
from timeline import extract, read_article

# (date_text, date_edtf, precision, qualifier) of the seed's headline facts (issue 2, item 6)
HEADLINE_FACTS = [
    ("2016年", "2016", "year", "none"),
    ("2017年9月", "2017-09", "month", "none"),
    ("2022年7月", "2022-07", "month", "none"),
    ("2023年2月16日凌晨1时许", "2023-02-16T01", "hour", "approximate"),
    ("2023年", "2023", "year", "none"),
    ("截至3月28日", "2024-03-28", "day", "as_of"),
]


@pytest.fixture(scope="module")
def seed_claims():
    article = read_article(shared_path("seed", "seed.txt"))
    assert article.published_at is not None and article.published_at.date() == date(2024, 4, 24)
    return extract(article)


@pytest.mark.parametrize(("text", "edtf", "precision", "qualifier"), HEADLINE_FACTS)
def test_seed_headline_fact(seed_claims, text, edtf, precision, qualifier):
    matching = [c for c in seed_claims if c.date_text == text and c.date_edtf == edtf]
    assert matching, f"no claim dated {text} = {edtf}"
    assert matching[0].date_precision == precision
    assert matching[0].date_qualifier == qualifier


def test_seed_fraud_figures_are_dated_as_of_march_28(seed_claims):
    claim = next(c for c in seed_claims if c.date_text == "截至3月28日")
    assert "4.1%" in claim.claim_text and "0.33%" in claim.claim_text
    assert claim.date_start == date(2024, 3, 28)


def test_extract_raw_text_with_published_string():
    claims = extract("2016年，研究所成立。", published="2024-04-24", lang="zh")
    assert [(c.date_edtf, c.date_start, c.date_end) for c in claims] == [
        ("2016", date(2016, 1, 1), date(2016, 12, 31))
    ]


def test_claims_are_stable_across_runs():
    text = "2017年9月，两地签署协议。2023年以来，项目持续推进。"
    first = [c.claim_id for c in extract(text, published="2024-04-24")]
    assert first == [c.claim_id for c in extract(text, published="2024-04-24")]
    assert len(first) == 2


@pytest.mark.parametrize("now", ["现在", "此刻", "目前"])
def test_a_claim_dated_now_keeps_the_publication_day(now):
    # tag() reads 现在 as the reference instant when the reference has a clock; a claim never does
    claims = extract(f"{now}，该站点已有五百名志愿者注册。", published="2024-04-24T09:21:00+08:00", lang="zh")
    assert [(c.date_text, c.date_edtf, c.date_precision, c.date_start, c.date_qualifier) for c in claims] == [
        (now, "2024-04-24", "day", date(2024, 4, 24), "as_of")
    ]


def test_extract_keeps_a_written_zone_and_names_wrong_types():
    """A publication time with its zone stays in it (yesterday counts from that day there)."""
    from timeline.errors import InputError

    claims = extract("In 2016 it opened. Yesterday it closed.", published="2024-04-24T23:00-05:00", lang="en")
    assert [c.date_edtf for c in claims] == ["2016", "2024-04-23"]
    with pytest.raises(TypeError, match="published must be a datetime, a date or text"):
        extract("2016年成立。", published=20240424)
    with pytest.raises(TypeError, match="takes the article's text or an Article, not NoneType"):
        extract(None)  # type: ignore[arg-type]
    with pytest.raises(InputError, match=r"'2024-02-30' is not a real publication date"):
        extract("2016年成立。", published="2024-02-30")
