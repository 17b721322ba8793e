"""One clause + its date → a Claim's fields (type, planned, speaker, entities, headline, label)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from timeline.claims.entities import extract_entities
from timeline.claims.events import classify
from timeline.claims.headline import date_label, headline
from timeline.claims.planning import as_day, coming_day_of_month, forward_planned, is_planned, plan_governs
from timeline.claims.speakers import Attribution
from timeline.models import Article, Entity, Quantity, TimeMention, claim_id_for

CONTEXT_CHARS = 30
EntityOrQuantity = TypeVar("EntityOrQuantity", Entity, Quantity)
_RATE_UNITS = frozenset({"percent", "permille", "percentage points"})
_RATE_WORD = re.compile(r"[\u4e00-\u9fff]率(?:为|达|是|从|由|提高|下降|降|升)|\brate (?:rose|fell|was)\b")


def _names_rate(body: str) -> bool:
    """'失业率为4%', 'the rate rose': the clause states a rate (every such phrase holds 率 or 'rate ')."""
    return ("率" in body or "rate " in body) and _RATE_WORD.search(body) is not None


STATEMENT_GAP = 40
"""How far after a clause its speaker may start and still be the clause's own statement (punctuation only)."""


class SpeakerIndex:
    """Attributions sorted for lookup by span, so each clause looks only at the speakers near it."""

    def __init__(self, speakers: Sequence[Attribution]) -> None:
        self._speakers = list(speakers)
        order = sorted(range(len(self._speakers)), key=lambda i: _lead(self._speakers[i]))
        self._by_lead = order
        self._leads = [_lead(self._speakers[i]) for i in order]
        self._longest = max((a.end - _lead(a) for a in self._speakers), default=0)
        self._by_start = sorted(range(len(self._speakers)), key=lambda i: self._speakers[i].start)
        self._starts = [self._speakers[i].start for i in self._by_start]

    def __bool__(self) -> bool:
        """Whether the article has any attribution at all (most clauses then need no lookup)."""
        return bool(self._speakers)

    def overlapping(self, start: int, end: int) -> list[Attribution]:
        """The attributions that may share text with [start, end), in their original order."""
        lo = bisect.bisect_left(self._leads, start - self._longest)
        hi = bisect.bisect_left(self._leads, end)
        hits = sorted(i for i in self._by_lead[lo:hi] if self._speakers[i].end > start)
        return [self._speakers[i] for i in hits]

    def starting_near(self, at: int, gap: int) -> list[Attribution]:
        """The attributions that start within `gap` characters from `at`, in their original order."""
        lo = bisect.bisect_left(self._starts, at)
        hi = bisect.bisect_right(self._starts, at + gap)
        return [self._speakers[i] for i in sorted(self._by_start[lo:hi])]


def _lead(a: Attribution) -> int:
    """Where an attribution's claim on the text can begin: its cue when that leads, else its span."""
    return min(a.start, a.cue) if a.cue >= 0 else a.start


@dataclass(frozen=True, slots=True)
class Context:
    """What every claim of one article shares. `text` is the analysed text (simplified Chinese,
    same length and offsets as `article.text`); quotes are always sliced from `article.text`."""

    article: Article
    text: str
    reference: date | None
    version: str
    speakers: Sequence[Attribution]
    people_pattern: re.Pattern[str] | None
    speaker_index: SpeakerIndex

    def as_written(self, found: str, near: int) -> str:
        """The article's own spelling of `found`, a string of the analysed text near offset `near`."""
        if self.text is self.article.text or not found:
            return found
        at = self.text.find(found, max(0, near))
        if at < 0:
            at = self.text.rfind(found, 0, near + len(found))
        return self.article.text[at : at + len(found)] if at >= 0 else found


def claim_fields(
    ctx: Context,
    start: int,
    end: int,
    mention: TimeMention,
    quantities: list[Quantity],
    inherited: bool,
    *,
    type_from: int | None = None,
    plan_until: int | None = None,
) -> dict[str, object]:
    """Build the claim for `article.text[start:end]` dated by `mention` (plan words read before `plan_until`)."""
    article, text, lang, reference = ctx.article, ctx.text, ctx.article.lang, ctx.reference
    source = article.text
    body = text[start:end]
    at = max(0, mention.start - start)
    # 'The firm, which will cut jobs, said Monday …': an aside not holding the date plans nothing (blanked)
    said = body if plan_until is None else text[start:plan_until]  # a statement's words, not what it reports
    plan_body = (
        _EN_ASIDE.sub(lambda a: a[0] if a.start() <= at < a.end() else " " * len(a[0]), said)
        if "," in said
        else said
    )
    planned = is_planned(plan_body, mention, at, reference, lang)
    mention = coming_day_of_month(mention, reference)
    if planned and plan_governs(plan_body, mention.start - start, lang):
        mention = forward_planned(mention, reference)
    qualifier = "planned" if planned and mention.qualifier == "none" else mention.qualifier
    entities = extract_entities(body, lang, ctx.people_pattern)
    typed_body = text[type_from:end] if type_from is not None else body
    if lang == "en" and "," in typed_body:
        typed_body = _EN_ASIDE.sub(",", typed_body)
    for entity in entities:
        if entity.type == "ORG":
            typed_body = typed_body.replace(entity.text, "某机构" if lang != "en" else "ORG")
    rate = (bool(quantities) and any(q.unit in _RATE_UNITS for q in quantities)) or _names_rate(typed_body)
    typed = classify(typed_body, lang, planned=planned, quantities=len(quantities), rate=rate)
    event_type, event_rule = typed if plan_until is None else ("other", "statement date")  # dates the saying
    index = ctx.speaker_index  # (an article with no attribution at all needs no lookup)
    who = _speaker_for(start, end, index.overlapping(start, end)) if index else None
    said_end = end if plan_until is None else plan_until  # where the statement's own words end
    if index and (who is None or plan_until is not None):
        near = index.starting_near(said_end, STATEMENT_GAP)
        stated = next((a for a in near if a.speaker in body and _is_statement(text, said_end, a)), None)
        who = stated or who
        if stated is not None:
            event_type, event_rule = "other", "statement date"
            qualifier = mention.qualifier  # the statement was made; what it forecasts is another claim
    if qualifier == "until" and mention.text[:3].lower() == "by ":
        qualifier = "before"  # 'should ease by Thursday': a deadline, on or before (EDTF ../day), not a bound
    sort = _sort_date(mention, reference)
    shown = None if inherited else mention
    quote = source[start:end]
    return {
        "claim_id": claim_id_for(article.article_id, start, end),
        "article_id": article.article_id,
        "claim_text": quote,
        "char_start": start,
        "char_end": end,
        "quote_prefix": source[max(0, start - CONTEXT_CHARS) : start],
        "quote_suffix": source[end : end + CONTEXT_CHARS],
        "lang": article.lang,
        "date_text": source[shown.start : shown.end] if shown else None,  # verbatim, even where a
        # claims-stage mention was read on the simplified copy of a zh-Hant article
        "date_char_start": shown.start if shown else None,
        "date_char_end": shown.end if shown else None,
        "date_edtf": mention.value,
        "date_start": mention.date_start,
        "date_end": mention.date_end,
        "date_precision": mention.precision,
        "date_qualifier": qualifier,
        "date_anchor": "narrative" if inherited else mention.anchor,
        "timex_value": mention.timex3,
        "timex_mod": mention.timex3_mod,
        "date_rule": ("inherited: " if inherited else "") + (mention.rule or ""),
        "date_sort": sort,
        "date_year": sort.year if sort else None,
        "date_label": date_label(mention, lang, qualifier),
        "anchor_date": reference,
        "event_type": event_type,
        "event_rule": event_rule,
        "headline": headline(quote, lang),
        "speaker": ctx.as_written(who.speaker, who.start - 40) if who else None,
        "speaker_role": ctx.as_written(who.role, who.start - 60) if who and who.role else None,
        "entities": entities if text is source else [_respelled(ctx, e, start) for e in entities],
        "quantities": quantities if text is source else [_respelled(ctx, q, start) for q in quantities],
        "confidence": _confidence(mention, inherited),
        "extractor_version": ctx.version,
        "source_title": article.title,
        "source_outlet": article.outlet,
        "source_url": article.url,
        "source_path": article.source_path,
        "source_published_at": article.published_at,
    }


def _respelled(ctx: Context, item: EntityOrQuantity, near: int) -> EntityOrQuantity:
    """The same entity or figure with its text as the article writes it."""
    written = ctx.as_written(item.text, near)
    return item if written == item.text else item.model_copy(update={"text": written})


def _speaker_for(start: int, end: int, speakers: Sequence[Attribution]) -> Attribution | None:
    """The attribution whose reported span holds most of the clause."""
    best, best_share = None, 0.5
    for a in speakers:
        first = a.cue if start <= a.cue < a.start else a.start  # 据X报道，…: the cue is the clause's lead
        share = (min(end, a.end) - max(start, first)) / (end - start)
        if share > best_share or (best is not None and share == best_share and a.start > best.start):
            best, best_share = a, share
    return best


def _is_statement(text: str, end: int, who: Attribution) -> bool:
    """'9月9日，唐欣告诉记者，…': the clause names the speaker and what they said starts right after it."""
    return who.start >= end and not text[end : who.start].strip(' ，,：:“"\n')


_EN_ASIDE = re.compile(
    r",\s+(?:who|which|whose|founded|established|built|opened|launched|created|formed|elected|appointed|born)\b"
    r"[^,]*,"
)
"""'The firm, which opened in 2001, closed …': the aside's verb does not type the claim."""


_ANCHOR_CONFIDENCE = {"absolute": 0.9, "publication": 0.8, "narrative": 0.7}


def _confidence(mention: TimeMention, inherited: bool) -> float:
    if inherited:
        return 0.6
    if mention.qualifier in ("recent", "after", "before"):
        return 0.6
    return _ANCHOR_CONFIDENCE.get(mention.anchor, 0.4)


def _sort_date(mention: TimeMention | None, reference: date | None) -> date | None:
    if mention is None:
        return reference
    for value in (mention.date_start, mention.date_end):
        if value is not None:
            return as_day(value)
    return reference
