"""One clause + its date → a Claim's fields (type, planned, speaker, entities, headline, label)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TypeVar

from timeline.claims.entities import extract_entities
from timeline.claims.events import classify, planned_marker, planned_marker_end, told_before_plan
from timeline.claims.headline import date_label, headline
from timeline.claims.inherit import COUNTED_FROM_EVENT
from timeline.claims.speakers import Attribution
from timeline.models import Article, Entity, Quantity, TimeMention, claim_id_for
from timeline.temporal.en_common import TENSE_WORDS

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
    planned = _is_planned(plan_body, mention, at, reference, lang)
    mention = _coming_day_of_month(mention, reference)
    if planned and _plan_governs(plan_body, mention.start - start, lang):
        mention = _forward_season(
            _forward_partial_date(_forward_weekday(mention, reference), reference), reference
        )
    qualifier = "planned" if planned and mention.qualifier == "none" else mention.qualifier
    if qualifier == "until" and mention.text[:3].lower() == "by ":
        qualifier = "before"  # 'should ease by Thursday': a deadline, on or before (EDTF ../day), not a bound
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


def _plan_governs(body: str, at: int, lang: str) -> bool:
    """Whether the plan word governs the date: in English it comes first ('will testify Thursday',
    not 'rain fell on Tuesday and more was expected Wednesday'); Chinese puts the time first."""
    if lang != "en":
        return True
    marker = planned_marker(body[:at], lang)
    return marker is not None


def _is_planned(body: str, mention: TimeMention, at: int, reference: date | None, lang: str) -> bool:
    """A plan word in the clause, or an explicit date after publication. In English a plan word that
    only follows a date already past ('cut rates last month should keep …') plans something else."""
    if mention.qualifier == "planned":
        return True
    marker = planned_marker(body, lang)
    if marker and lang == "en":
        end = _day(mention.date_end) or _day(mention.date_start)
        if reference is not None and end is not None and end < reference:
            return _plan_reaches_past_date(body, mention, at)
        looks_back = _EN_PAST_SPAN.search(mention.text) is not None
        if (looks_back or (end is not None and end == reference)) and told_before_plan(
            body, mention.text, at, looks_back
        ):
            return False  # 'which became final Tuesday, will create …', 'Earlier this year, she told …'
        if (
            end == reference
            and planned_marker_end(body[:at], lang) is None
            and _REPORTED_THAT.match(body, at + len(mention.text))
        ):
            return False  # 'The paper's report today claims that he will return': today dates the report
    if marker:
        return True
    if reference is None or COUNTED_FROM_EVENT.search(mention.text):
        return False
    start = _day(mention.date_start)
    return start is not None and start > reference


_REPORTED_THAT = re.compile(
    r"\W*(?:[\w’'-]+\s+){0,3}?(?:claims?|claimed|said|says|reports?|reported|told\s+\w+|tells\s+\w+|announced|"
    r"argues|argued|writes|wrote|suggests|suggested)\s+that\b"
)
_EN_PAST_SPAN = re.compile(r"(?i)^(?:last|yesterday|earlier|this past)\b|\bago$")


def _plan_reaches_past_date(body: str, mention: TimeMention, at: int) -> bool:
    """'will testify about the Oct. 15 call' may plan; 'will offer the lander it unveiled in May',
    'will keep the base after the announcement last month' do not: a past verb between the plan
    word and the date, or a date that itself looks back, belongs to something already done."""
    plan_end = planned_marker_end(body[:at], "en")
    if plan_end is None or _EN_PAST_SPAN.search(mention.text):
        return False
    between = body[plan_end:at]
    return not any(t.group("past") for t in TENSE_WORDS.finditer(between))


_EN_ASIDE = re.compile(
    r",\s+(?:who|which|whose|founded|established|built|opened|launched|created|formed|elected|appointed|born)\b"
    r"[^,]*,"
)
"""'The firm, which opened in 2001, closed …': the aside's verb does not type the claim."""


def _forward_weekday(mention: TimeMention, reference: date | None) -> TimeMention:
    """'will testify Thursday': a bare weekday in a plan is the coming one, not the last one."""
    start = _day(mention.date_start)
    if reference is None or start is None or start >= reference or "weekday" not in mention.rule.lower():
        return mention
    if (reference - start).days >= 7:
        return mention
    ahead = start + timedelta(days=7)
    return mention.model_copy(
        update={
            "date_start": ahead,
            "date_end": ahead,
            "value": ahead.isoformat(),
            "timex3": ahead.isoformat(),
            "rule": f"{mention.rule}; claims: planned, so the coming weekday",
        }
    )


def _forward_partial_date(mention: TimeMention, reference: date | None) -> TimeMention:
    """'而9月19日，华为还将展示…' in an article of 2019-09-11: a plan's month and day without a year
    are the coming ones; resolving them into last year (the news default for the past) is wrong."""
    start, end = _day(mention.date_start), _day(mention.date_end)
    if (
        reference is None
        or start is None
        or start >= reference
        or mention.anchor not in ("publication", "narrative")
    ):
        return mention
    if re.search(r"年|\d{4}|'\d{2}", mention.text) or mention.precision not in ("month", "tenday", "day"):
        return mention
    try:
        ahead, ahead_end = start.replace(year=start.year + 1), end.replace(year=end.year + 1) if end else None
    except ValueError:  # 29 February
        return mention
    if start.year >= reference.year or ahead <= reference or (ahead - reference).days > 366:
        return mention  # only undo the news default that moved a later month-day back a year
    return _a_year_on(mention, start.year, ahead, ahead_end, "date")


def _forward_season(mention: TimeMention, reference: date | None) -> TimeMention:
    """'goes on sale in the summer' in a story of November: a plan's season without a year is the
    coming one, not the one already over."""
    start, end = _day(mention.date_start), _day(mention.date_end)
    if (
        reference is None
        or start is None
        or end is None
        or end >= reference
        or mention.precision != "season"
        or mention.anchor not in ("publication", "narrative")
        or re.search(r"\d{4}", mention.text)
        or (reference - end).days > 366
    ):
        return mention
    try:
        ahead, ahead_end = start.replace(year=start.year + 1), end.replace(year=end.year + 1)
    except ValueError:  # a winter ending on 29 February
        return mention
    return _a_year_on(mention, start.year, ahead, ahead_end, "season")


def _a_year_on(
    mention: TimeMention, year: int, ahead: date, ahead_end: date | None, what: str
) -> TimeMention:
    """`mention` of `year` moved a year on to `ahead`..`ahead_end`, its value and TIMEX3 rewritten."""
    shift = str(year), str(ahead.year)
    return mention.model_copy(
        update={
            "date_start": ahead,
            "date_end": ahead_end,
            "value": mention.value.replace(*shift, 1) if mention.value else None,
            "timex3": mention.timex3.replace(*shift, 1) if mention.timex3 else None,
            "rule": f"{mention.rule}; claims: planned, so the coming {what}",
        }
    )


_BARE_DAY = re.compile(r"^\d{1,2}日(?!.*[月年])")
BARE_DAY_AHEAD = 3
"""A bare '26日' in a story of the 25th names a day of this month within this many days ahead (a
forecast), never the 26th of last month: a past month's day is written with its month."""


def _coming_day_of_month(mention: TimeMention, reference: date | None) -> TimeMention:
    """Move a bare day-of-month (26日, 26日08时至27日08时) that was resolved into last month to this
    month when it falls within `BARE_DAY_AHEAD` days after publication."""
    if reference is None or not _BARE_DAY.match(mention.text):
        return mention
    start, end = _day(mention.date_start), _day(mention.date_end)
    if start is None or start >= reference:
        return mention
    try:
        ahead = start.replace(year=reference.year, month=reference.month)
    except ValueError:
        return mention
    if not 0 < (ahead - reference).days <= BARE_DAY_AHEAD:
        return mention
    months = (ahead.year - start.year) * 12 + ahead.month - start.month
    if months != 1:
        return mention
    old, new = start.strftime("%Y-%m"), ahead.strftime("%Y-%m")
    update: dict[str, object] = {"date_start": _shift_month(mention.date_start, ahead)}
    if end is not None and end.strftime("%Y-%m") == old:
        update["date_end"] = _shift_month(mention.date_end, ahead)
    for key in ("value", "timex3"):
        current = getattr(mention, key)
        update[key] = current.replace(old, new) if current else current
    update["rule"] = f"{mention.rule}; claims: a bare day just after publication is this month's"
    return mention.model_copy(update=update)


def _shift_month(value: date | datetime | None, ahead: date) -> date | datetime | None:
    if value is None:
        return None
    try:
        return value.replace(year=ahead.year, month=ahead.month)
    except ValueError:  # the 31st of a shorter month
        return value


_ANCHOR_CONFIDENCE = {"absolute": 0.9, "publication": 0.8, "narrative": 0.7}


def _confidence(mention: TimeMention, inherited: bool) -> float:
    if inherited:
        return 0.6
    if mention.qualifier in ("recent", "after", "before"):
        return 0.6
    return _ANCHOR_CONFIDENCE.get(mention.anchor, 0.4)


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _sort_date(mention: TimeMention | None, reference: date | None) -> date | None:
    if mention is None:
        return reference
    for value in (mention.date_start, mention.date_end):
        if value is not None:
            return _day(value)
    return reference
