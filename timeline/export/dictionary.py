"""The data dictionary: English and Chinese titles and a description for each canonical column.

Columns themselves come from `table.COLUMNS` (the fields of `Claim`); this only adds words for
people (the XLSX `fields` sheet, `datapackage.json`, Datasette's `metadata.json`).
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.export.table import COLUMNS
from timeline.models import Claim

_WORDS: dict[str, tuple[str, str, str]] = {
    "claim_id": (
        "Claim ID",
        "声明编号",
        "Stable id: clm- + 12 hex of the article id and the quote's offsets.",
    ),
    "article_id": ("Article ID", "文章编号", "art- + 12 hex of the article text's SHA-256."),
    "claim_text": ("Claim (verbatim)", "声明原文", "The clause or sentence, verbatim from the article."),
    "char_start": (
        "Quote start",
        "引文起点",
        "Code-point offset of the quote in the article text (0-based).",
    ),
    "char_end": ("Quote end", "引文终点", "Code-point offset just after the quote (exclusive)."),
    "quote_prefix": ("Text before quote", "引文前文", "About 30 characters before the quote."),
    "quote_suffix": ("Text after quote", "引文后文", "About 30 characters after the quote."),
    "lang": ("Language", "语言", "zh, zh-Hant or en."),
    "date_text": ("Date as written", "原文日期", "The time expression as written; empty when inherited."),
    "date_char_start": ("Date start offset", "日期起点", "Offset of the time expression in the article."),
    "date_char_end": ("Date end offset", "日期终点", "Offset just after the time expression."),
    "date_edtf": (
        "Date (EDTF)",
        "日期（EDTF）",
        "EDTF level 0/1: 2016, 2017-09, 2023/.., 2020~. Do not sort by it.",
    ),
    "date_start": ("First day", "起始日", "First calendar day covered (inclusive)."),
    "date_end": ("Last day", "结束日", "Last calendar day covered (inclusive); empty when open-ended."),
    "date_precision": (
        "Date precision",
        "日期精度",
        "decade, year, half, quarter, season, month, tenday, week, day, hour, minute, second.",
    ),
    "date_qualifier": (
        "Date qualifier",
        "日期限定",
        "none, approximate, early, mid, late, since, until, as_of, before, after, recent, planned.",
    ),
    "date_anchor": (
        "Date anchor",
        "日期基准",
        "absolute, publication (今年), narrative (次日), none (unresolved).",
    ),
    "timex_value": ("TIMEX3 value", "TIMEX3值", "TimeML value: 2024-Q1, PAST_REF, …"),
    "timex_mod": ("TIMEX3 mod", "TIMEX3修饰", "TimeML mod: START, MID, END, APPROX, ON_OR_AFTER, …"),
    "date_rule": ("Date rule", "日期规则", "The grammar rule that found the date (for debugging)."),
    "date_sort": ("Sort date", "排序日期", "date_start, else date_end, else anchor_date."),
    "date_year": ("Year", "年份", "Year of date_sort, for filtering and facets."),
    "date_label": ("Date label", "日期标签", "Human-readable date."),
    "anchor_date": ("Anchor date", "参照日期", "The date relative expressions were resolved against."),
    "event_type": (
        "Event type",
        "事件类型",
        "founding, agreement, appointment, incident, statistic, project, policy, plan, training, service, meeting, other.",
    ),
    "event_rule": ("Event rule", "事件规则", "The rule that chose the event type."),
    "headline": ("Headline", "标题", "Short headline for timeline tools."),
    "speaker": (
        "Speaker",
        "发言者",
        "Who the article says made the claim; empty when the article says nobody.",
    ),
    "speaker_role": ("Speaker role", "发言者职务", "The speaker's role or title, as written."),
    "entities": ("Entities", "实体", "JSON list of {text, type: PERSON, ORG, PLACE}."),
    "quantities": ("Figures", "数字", "JSON list of {text, value, value_max, unit, approx}."),
    "confidence": ("Confidence", "置信度", "0 to 1: how sure the extractor is."),
    "extractor_version": (
        "Extractor version",
        "提取器版本",
        "The timeline version that extracted the claim.",
    ),
    "source_title": ("Source title", "来源标题", "Title of the article."),
    "source_outlet": ("Source outlet", "来源媒体", "Outlet that published the article."),
    "source_url": ("Source URL", "来源链接", "Address of the article."),
    "source_path": ("Source file", "来源文件", "The file the article was read from, as named to extract."),
    "source_published_at": ("Published (UTC)", "发布时间（UTC）", "When the article was published, in UTC."),
    "review_status": ("Review status", "核查状态", "unreviewed, verified, disputed, false, unverifiable."),
    "review_note": ("Review note", "核查备注", "The fact-checker's note."),
    "evidence_url": ("Evidence URL", "证据链接", "Link to the evidence for the review."),
    "reviewer": ("Reviewer", "核查人", "Who reviewed the claim."),
    "reviewed_at": ("Reviewed (UTC)", "核查时间（UTC）", "When the claim was reviewed, in UTC."),
}


@dataclass(frozen=True, slots=True)
class FieldWords:
    """Words for one column: English title, Chinese title, description."""

    name: str
    title_en: str
    title_zh: str
    description: str

    @property
    def title(self) -> str:
        """`English / 中文`."""
        return f"{self.title_en} / {self.title_zh}"


def words(name: str) -> FieldWords:
    """The titles and description of a column (a column added later falls back to its name)."""
    field = Claim.model_fields.get(name)
    model_description = field.description if field is not None else None
    en, zh, description = _WORDS.get(name, (name, name, ""))
    return FieldWords(name, en, zh, model_description or description)


def dictionary() -> list[FieldWords]:
    """Every canonical column with its words, in column order."""
    return [words(name) for name in COLUMNS]


def known_names() -> set[str]:
    """The columns this dictionary has words for (a test checks they all still exist)."""
    return set(_WORDS)
