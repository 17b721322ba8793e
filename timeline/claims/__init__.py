"""Sentences + time mentions → claims: one claim per dated statement."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from timeline.models import Article, Claim, TimeMention, claim_id_for
from timeline.segment import sentences

CONTEXT_CHARS = 30


def build_claims(article: Article, mentions: Sequence[TimeMention], *, extractor_version: str) -> list[Claim]:
    """Return one claim per sentence that holds a dated mention (first DATE/TIME mention wins)."""
    reference = article.published_at.date() if article.published_at else None
    dated = [m for m in mentions if m.type in ("DATE", "TIME") and (m.date_start or m.date_end)]
    claims: list[Claim] = []
    for sent in sentences(article.text, article.lang):
        inside = [m for m in dated if sent.start <= m.start and m.end <= sent.end]
        if not inside:
            continue
        claims.append(claim_from(article, sent.start, sent.end, inside[0], reference, extractor_version))
    return claims


def claim_from(
    article: Article, start: int, end: int, mention: TimeMention | None, reference: date | None, version: str
) -> Claim:
    """Build the claim record for `article.text[start:end]` dated by `mention`."""
    text = article.text
    sort = _sort_date(mention, reference)
    return Claim(
        claim_id=claim_id_for(article.article_id, start, end),
        article_id=article.article_id,
        claim_text=text[start:end],
        char_start=start,
        char_end=end,
        quote_prefix=text[max(0, start - CONTEXT_CHARS) : start],
        quote_suffix=text[end : end + CONTEXT_CHARS],
        lang=article.lang,
        date_text=mention.text if mention else None,
        date_char_start=mention.start if mention else None,
        date_char_end=mention.end if mention else None,
        date_edtf=mention.value if mention else None,
        date_start=mention.date_start if mention else None,
        date_end=mention.date_end if mention else None,
        date_precision=mention.precision if mention else None,
        date_qualifier=mention.qualifier if mention else "none",
        date_anchor=mention.anchor if mention else "none",
        timex_value=mention.timex3 if mention else None,
        timex_mod=mention.timex3_mod if mention else None,
        date_rule=mention.rule if mention else None,
        date_sort=sort,
        date_year=sort.year if sort else None,
        date_label=mention.text if mention else None,
        anchor_date=reference,
        headline=text[start:end][:30],
        extractor_version=version,
        source_title=article.title,
        source_outlet=article.outlet,
        source_url=article.url,
        source_published_at=article.published_at,
    )


def _sort_date(mention: TimeMention | None, reference: date | None) -> date | None:
    if mention is None:
        return reference
    for value in (mention.date_start, mention.date_end):
        if value is not None:
            return value.date() if isinstance(value, datetime) else value
    return reference
