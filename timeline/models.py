"""The records `timeline` reads and writes (DESIGN §3), as frozen pydantic models.

Every exporter and every schema in `schemas/` derives from these classes; nothing else
defines a column.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from timeline.record_types import (
    PRECISION_RANK,
    Anchor,
    Approx,
    ArticleId,
    ClaimId,
    EntityType,
    EventType,
    Lang,
    MentionType,
    Offset,
    Precision,
    Qualifier,
    ReviewStatus,
    article_id_for,
    claim_id_for,
    text_sha256,
    utc_representable,
)

__all__ = [
    "PRECISION_RANK",
    "SCHEMA_VERSION",
    "Anchor",
    "Approx",
    "Article",
    "ArticleId",
    "ArticleSummary",
    "Claim",
    "ClaimId",
    "Entity",
    "EntityType",
    "EventType",
    "Lang",
    "MentionType",
    "Offset",
    "Precision",
    "Qualifier",
    "Quantity",
    "Record",
    "Review",
    "ReviewStatus",
    "TimeMention",
    "Timeline",
    "article_id_for",
    "claim_id_for",
    "sort_key",
    "text_sha256",
    "utc_representable",
]
"""The records, and the words and ids they use (re-exported from `timeline.record_types`)."""

SCHEMA_VERSION = "1.0.0"


class Record(BaseModel):
    """Base of every record: frozen, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _check_range(start: date | None, end: date | None) -> None:
    if start is not None and end is not None and _day(end) < _day(start):
        raise ValueError(f"date_end {end} is before date_start {start}")


def _day(value: date) -> date:
    return value.date() if isinstance(value, datetime) else value


class Article(Record):
    """One source article: its verbatim text and what we know about where it came from."""

    article_id: ArticleId
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_at: datetime | None = Field(
        default=None, description="Publication instant, timezone-aware (Chinese outlets default to +08:00)."
    )
    lang: Lang
    source_path: str | None = None
    text: str = Field(description="The body exactly as decoded; every offset refers to it.")
    text_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    retrieved_at: datetime | None = None
    encoding: str | None = Field(default=None, description="The encoding the file was decoded from.")

    @classmethod
    def build(cls, text: str, **fields: Any) -> Article:
        """Create an article, deriving its id and hash from `text`."""
        return cls(article_id=article_id_for(text), text=text, text_sha256=text_sha256(text), **fields)

    @field_validator("published_at", "retrieved_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("must be timezone-aware (add +08:00 or Z)")
        if value is not None and not utc_representable(value):
            raise ValueError("is out of range: in UTC it falls before year 1 or after year 9999")
        return value

    @model_validator(mode="after")
    def _hash_matches(self) -> Article:
        digest = text_sha256(self.text)
        if digest != self.text_sha256:
            raise ValueError("text_sha256 does not match text")
        if self.article_id != "art-" + digest[:12]:
            raise ValueError("article_id does not match text")
        return self


class TimeMention(Record):
    """One temporal expression found in a text, resolved as far as the text allows."""

    text: str
    start: Offset
    end: Offset
    type: MentionType = "DATE"
    value: str | None = Field(
        default=None, description="EDTF level 0/1: 2016, 2017-09, 2023-02-16T01, 2023/.., 2020~"
    )
    timex3: str | None = Field(
        default=None, description="TimeML TIMEX3 value: 2024-Q1, PAST_REF, P3Y, XXXX-WXX-1"
    )
    timex3_mod: str | None = Field(
        default=None, description="TIMEX3 mod: START, MID, END, APPROX, ON_OR_AFTER, …"
    )
    date_start: datetime | date | None = Field(
        default=None,
        description="First day covered (a local date-time for hour/minute precision); an early/mid/late "
        "part covers its third of the unit (年底: September-December).",
    )
    date_end: date | None = Field(
        default=None, description="Last day covered, inclusive; empty when open or unknown."
    )
    precision: Precision | None = None
    qualifier: Qualifier = "none"
    anchor: Anchor = "absolute"
    rule: str = Field(default="", description="Name of the grammar rule that produced the mention.")

    @model_validator(mode="after")
    def _consistent(self) -> TimeMention:
        if self.end <= self.start:
            raise ValueError(f"end {self.end} must be after start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("text length does not match its offsets")
        _check_range(self.date_start, self.date_end)
        return self


class Quantity(Record):
    """A figure stated in a claim: 4.1% → value 4.1, unit percent."""

    text: str
    value: float
    value_max: float | None = Field(default=None, description="Upper bound when the figure is a range.")
    unit: str | None = None
    approx: Approx | None = None


class Entity(Record):
    """A person, organisation or place named in a claim."""

    text: str
    type: EntityType


class Claim(Record):
    """One dated statement of an article, with its verbatim quote, time and context."""

    claim_id: ClaimId = Field(
        description="Stable id of the claim: the same article span always gets the same id."
    )
    article_id: ArticleId = Field(description="Id of the source article (`art-` + 12 hex of its text hash).")
    claim_text: str = Field(
        description="The clause or sentence, verbatim from the article.", examples=["2016年，研究所成立"]
    )
    char_start: Offset = Field(
        description="Offset of the claim's first character in the article text (code points)."
    )
    char_end: Offset = Field(
        description="Offset just after the claim's last character; text[char_start:char_end] == claim_text."
    )
    quote_prefix: str = Field(default="", description="About 30 characters of article text before the claim.")
    quote_suffix: str = Field(default="", description="About 30 characters of article text after the claim.")
    lang: Lang = Field(description="Language of the article: zh, zh-Hant or en.")
    date_text: str | None = Field(
        default=None,
        description="The time expression as written; empty when the date is inherited.",
        examples=["2017年9月"],
    )
    date_char_start: Offset | None = Field(
        default=None, description="Offset of the time expression in the article."
    )
    date_char_end: Offset | None = Field(default=None, description="Offset just after the time expression.")
    date_edtf: str | None = Field(
        default=None,
        description="The date as EDTF level 0/1 (2016, 2017-09, 2023/.., 2020~).",
        examples=["2017-09"],
    )
    date_start: datetime | date | None = Field(
        default=None,
        description="First day covered, inclusive (a local date-time in JSON for hour/minute precision); empty when open.",
        examples=["2017-09-01"],
    )
    date_end: date | None = Field(
        default=None,
        description="Last day covered, inclusive; empty when open-ended (since) or unknown.",
        examples=["2017-09-30"],
    )
    date_precision: Precision | None = Field(
        default=None,
        description="Grain of the date: decade … year, half, quarter, month, tenday, week, day, hour, minute.",
    )
    date_qualifier: Qualifier = Field(
        default="none",
        description="none, approximate, early, mid, late, since, until, as_of, before, after, recent, planned.",
    )
    date_anchor: Anchor = Field(
        default="absolute",
        description="What the date was resolved from: absolute, publication, narrative or none.",
    )
    timex_value: str | None = Field(
        default=None, description="TimeML TIMEX3 value (2024-Q1, PAST_REF, 2024-02)."
    )
    timex_mod: str | None = Field(
        default=None, description="TimeML TIMEX3 mod (START, END, APPROX, ON_OR_AFTER)."
    )
    date_rule: str | None = Field(
        default=None, description="Name of the grammar rule that found the date (debugging)."
    )
    date_sort: date | None = Field(
        default=None, description="Sort key: date_start, else date_end, else anchor_date."
    )
    date_year: int | None = Field(
        default=None, description="Year of date_sort (for grouping and partitioning)."
    )
    date_label: str | None = Field(
        default=None,
        description="Human-readable date, e.g. 2017年9月 or early Feb 2024.",
        examples=["2017年9月"],
    )
    anchor_date: date | None = Field(
        default=None, description="The date relative expressions were resolved against (publication day)."
    )
    event_type: EventType = Field(
        default="other",
        description="founding, agreement, appointment, incident, statistic, project, policy, plan, training, service, meeting, other.",
    )
    event_rule: str | None = Field(
        default=None, description="The lexicon entry that chose event_type (debugging)."
    )
    headline: str = Field(
        default="", description="A short headline for timeline tools (about 30 characters / 12 words)."
    )
    speaker: str | None = Field(
        default=None, description="Who the article says made the claim; empty for the reporter's narration."
    )
    speaker_role: str | None = Field(
        default=None, description="The speaker's title or role, kept apart from the name."
    )
    entities: list[Entity] = Field(
        default_factory=list, description="People, organisations and places named in the claim."
    )
    quantities: list[Quantity] = Field(
        default_factory=list, description="Figures stated in the claim (value, unit, approx)."
    )
    confidence: float = Field(
        default=0.5, ge=0.0, le=1.0, description="How sure the extractor is of the claim and its date."
    )
    extractor_version: str = Field(default="", description="The timeline version that extracted the claim.")
    source_title: str | None = Field(default=None, description="Title of the source article.")
    source_outlet: str | None = Field(default=None, description="Outlet that published the source article.")
    source_url: str | None = Field(default=None, description="URL of the source article.")
    source_path: str | None = Field(
        default=None, description="The file the source article was read from, as it was named to `extract`."
    )
    source_published_at: datetime | None = Field(
        default=None, description="Publication instant of the source article."
    )
    review_status: ReviewStatus = Field(
        default="unreviewed",
        description="Fact-check verdict: unreviewed, verified, disputed, false, unverifiable.",
    )
    review_note: str | None = Field(default=None, description="The reviewer's note.")
    evidence_url: str | None = Field(default=None, description="Link to the evidence for the verdict.")
    reviewer: str | None = Field(default=None, description="Who reviewed the claim.")
    reviewed_at: datetime | None = Field(default=None, description="When the review was last changed.")

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Claim:
        if self.char_end <= self.char_start:
            raise ValueError(f"char_end {self.char_end} must be after char_start {self.char_start}")
        _check_range(self.date_start, self.date_end)
        text = (info.context or {}).get("article_text") if info.context else None
        if text is not None and text[self.char_start : self.char_end] != self.claim_text:
            raise ValueError(f"claim_text does not match the article at {self.char_start}..{self.char_end}")
        spans_date = self.date_char_start is not None and self.date_char_end is not None
        if (
            text is not None
            and spans_date
            and text[self.date_char_start : self.date_char_end] != self.date_text
        ):
            raise ValueError(f"date_text does not match the article at {self.date_char_start}")
        return self


class Review(Record):
    """A fact-checker's verdict on one claim. Kept even when its claim disappears."""

    claim_id: ClaimId
    review_status: ReviewStatus = "unreviewed"
    review_note: str | None = None
    evidence_url: str | None = None
    reviewer: str | None = None
    reviewed_at: datetime | None = None
    claim_text: str | None = Field(default=None, description="The quote the review was made on.")

    @field_validator("evidence_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        if value and not re.match(r"^https?://[^\s/$.?#][^\s]*$", value):
            raise ValueError("evidence_url must be an http(s) URL")
        return value


class ArticleSummary(Record):
    """An article as listed in a timeline document (its text included, so offsets can be checked)."""

    article_id: ArticleId
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published_at: datetime | None = None
    lang: Lang
    source_path: str | None = None
    text_sha256: str
    text: str


class Timeline(Record):
    """A whole export: schema version, articles and their claims, sorted."""

    schema_version: str = SCHEMA_VERSION
    generator: str = ""
    articles: list[ArticleSummary] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)


def sort_key(claim: Claim) -> tuple[date, int, bool, str, int, str]:
    """Timeline order (never the EDTF string): date_sort, then coarser precision first, then what
    happened "after" that date (随后, later) behind it, then text order within an article, then claim_id."""
    return (
        claim.date_sort or date.max,
        PRECISION_RANK.get(claim.date_precision or "", -1),
        claim.date_qualifier == "after",
        claim.article_id,
        claim.char_start,
        claim.claim_id,
    )
