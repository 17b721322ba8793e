"""One article → validated claims: tag → resolve → claims → validate. Pure: no I/O, no clock."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from pydantic import ValidationError

from timeline.claims import build_claims
from timeline.ingest import Overrides, article_from_text, given_published
from timeline.models import Article, Claim, sort_key
from timeline.temporal import present_as_day, tag
from timeline.version import EXTRACTOR_VERSION


@dataclass(frozen=True, slots=True)
class Extraction:
    """What extracting one article gave: its valid claims, the rejected ones and warnings.

    Warnings and rejections do not name the article; the caller knows what to call it (a path, `<stdin>`).
    """

    article: Article
    claims: list[Claim]
    rejected: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def extract_article(article: Article) -> Extraction:
    """Tag, anchor, build and validate the claims of one article, in timeline order."""
    reference = _local_day(article.published_at)
    # 现在 may resolve to the publication instant; a claim dated "now" keeps the publication day
    mentions = [present_as_day(m) for m in tag(article.text, reference=reference, lang=article.lang)]
    claims = build_claims(article, mentions, extractor_version=EXTRACTOR_VERSION)
    valid, rejected = validate(claims, article)
    warnings = []
    if reference is None and any(m.anchor == "none" and m.type in ("DATE", "TIME") for m in mentions):
        warnings.append(
            "no publication date, so relative dates (今年, yesterday) stay unanchored; "
            "pass --published or add 'published:' front matter"
        )
    return Extraction(article, sorted(valid, key=sort_key), rejected, warnings)


def extract(
    text_or_article: str | Article, *, published: datetime | date | str | None = None, lang: str | None = None
) -> list[Claim]:
    """Extract the dated claims of an article (or of raw text with optional metadata).

    >>> [c.date_edtf for c in extract("2016年，研究所成立。", published=date(2024, 4, 24))]
    ['2016']
    """
    if isinstance(text_or_article, Article):
        article = text_or_article
    else:
        if not isinstance(text_or_article, str):
            raise TypeError(
                f"extract() takes the article's text or an Article, not {type(text_or_article).__name__}"
            )
        when = given_published(published)
        article = article_from_text(text_or_article, overrides=Overrides(published=when, lang=lang))
    return extract_article(article).claims


def validate(claims: list[Claim], article: Article) -> tuple[list[Claim], list[str]]:
    """Re-validate each claim against its article text (quote, offsets); drop duplicate ids.

    Returns the valid claims and one reason per rejected claim (from pydantic's error).
    """
    seen: set[str] = set()
    valid: list[Claim] = []
    rejected: list[str] = []
    for claim in claims:
        if claim.claim_id in seen:
            continue
        try:
            Claim.model_validate(claim.model_dump(), context={"article_text": article.text})
        except ValidationError as exc:
            first = exc.errors()[0]
            rejected.append(f"{claim.claim_id} at {claim.char_start}: {first['msg']}")
            continue
        seen.add(claim.claim_id)
        valid.append(claim)
    return valid, rejected


def _local_day(published: datetime | None) -> datetime | None:
    """The publication instant as local wall time (the zone the article was written in)."""
    return published.replace(tzinfo=None) if published is not None else None
