"""Article + time mentions → Claim records: clauses, dates, event type, figures, speaker, entities."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta

from timeline.claims.clauses import Clause, has_fact_verb, split_clauses
from timeline.claims.entities import extract_entities
from timeline.claims.events import classify, planned_marker
from timeline.claims.headline import date_label, headline
from timeline.claims.inherit import choose
from timeline.claims.quantities import extract_quantities
from timeline.claims.speakers import Attribution, attributions
from timeline.models import Article, Claim, Quantity, TimeMention, claim_id_for
from timeline.segment import paragraphs

CONTEXT_CHARS = 30
_SINCE_END = re.compile(r"以来|来")
_RATE_UNITS = frozenset({"percent", "permille", "percentage points"})
_RATE_WORD = re.compile(r"[\u4e00-\u9fff]率(?:为|达|是|从|由|提高|下降|降|升)|\brate (?:rose|fell|was)\b")


def build_claims(article: Article, mentions: Sequence[TimeMention], *, extractor_version: str) -> list[Claim]:
    """Return one claim per dated fact of `article` (clause level), in text order."""
    text, lang = article.text, article.lang
    reference = article.published_at.date() if article.published_at else None
    clauses = split_clauses(text, lang, mentions)
    blocked = [(m.start, m.end) for m in mentions if m.type in ("DATE", "TIME", "SET")]
    figures = {id(c): extract_quantities(text, c.start, c.end, lang, blocked) for c in clauses}
    chosen = choose(text, lang, clauses, [bool(figures[id(c)]) for c in clauses])
    speakers = [a for p in paragraphs(text) for a in attributions(text, p.start, p.end, lang)]
    people = sorted({a.speaker for a in speakers}, key=len, reverse=True)
    claims: list[Claim] = []
    for dated in chosen:
        clause = dated.clause
        nested = _since_event(text, clause, dated.mention) if not dated.inherited else None
        if nested is not None:
            start, end = nested
            claims.append(
                _claim(
                    article,
                    start,
                    end,
                    dated.mention,
                    False,
                    reference,
                    extractor_version,
                    extract_quantities(text, start, end, lang, blocked),
                    speakers,
                    people,
                )
            )
            main = dated.mention.model_copy(update=_since_update(dated.mention))
            claims.append(
                _claim(
                    article,
                    clause.start,
                    clause.end,
                    main,
                    False,
                    reference,
                    extractor_version,
                    figures[id(clause)],
                    speakers,
                    people,
                    type_from=end,
                )
            )
            continue
        claims.append(
            _claim(
                article,
                clause.start,
                clause.end,
                dated.mention,
                dated.inherited,
                reference,
                extractor_version,
                figures[id(clause)],
                speakers,
                people,
            )
        )
    return claims


def _since_event(text: str, clause: Clause, mention: TimeMention) -> tuple[int, int] | None:
    """'自2017年9月三地签订协议以来，…': the span of the event the since-phrase names, if any."""
    if not clause.mentions or mention is not clause.mentions[0]:
        return None
    lead = text[max(clause.start, mention.start - 2) : mention.start]
    if "自" not in lead and "从" not in lead:
        return None
    closing = _SINCE_END.search(text, mention.end, clause.end)
    if closing is None:
        return None
    between = text[mention.end : closing.start()]
    if len(between) < 4 or not has_fact_verb(between, "zh") or re.search(r"[，,；;。]", between):
        return None
    return mention.start - (len(lead) - max(lead.rfind("自"), lead.rfind("从"))), closing.start()


def _since_update(mention: TimeMention) -> dict[str, object]:
    return {
        "qualifier": "since",
        "date_end": None,
        "value": f"{mention.value}/.." if mention.value else None,
        "timex3_mod": "ON_OR_AFTER",
    }


def _speaker_for(start: int, end: int, speakers: Sequence[Attribution]) -> Attribution | None:
    """The attribution whose reported span holds most of the clause."""
    best, best_share = None, 0.5
    for a in speakers:
        share = (min(end, a.end) - max(start, a.start)) / (end - start)
        if share > best_share:
            best, best_share = a, share
    return best


def _claim(
    article: Article,
    start: int,
    end: int,
    mention: TimeMention,
    inherited: bool,
    reference: date | None,
    version: str,
    quantities: list[Quantity],
    speakers: Sequence[Attribution],
    people: Sequence[str],
    *,
    type_from: int | None = None,
) -> Claim:
    text, lang = article.text, article.lang
    body = text[start:end]
    planned = _is_planned(body, mention, reference, lang)
    if planned:
        mention = _forward_weekday(mention, reference)
    qualifier = "planned" if planned and mention.qualifier == "none" else mention.qualifier
    entities = extract_entities(body, lang, people)
    typed_body = text[type_from:end] if type_from is not None else body
    for entity in entities:
        if entity.type == "ORG":
            typed_body = typed_body.replace(entity.text, "某机构" if lang != "en" else "ORG")
    rate = any(q.unit in _RATE_UNITS for q in quantities) or bool(_RATE_WORD.search(typed_body))
    event_type, event_rule = classify(
        typed_body, lang, planned=planned, quantities=len(quantities), rate=rate
    )
    who = _speaker_for(start, end, speakers)
    own_attribution = next(
        (a for a in speakers if a.speaker in body and _is_statement(body, a, mention)), None
    )
    if who is None and own_attribution is not None:
        who = own_attribution
        event_type, event_rule = "other", "statement date"
    sort = _sort_date(mention, reference)
    shown = None if inherited else mention
    return Claim(
        claim_id=claim_id_for(article.article_id, start, end),
        article_id=article.article_id,
        claim_text=body,
        char_start=start,
        char_end=end,
        quote_prefix=text[max(0, start - CONTEXT_CHARS) : start],
        quote_suffix=text[end : end + CONTEXT_CHARS],
        lang=article.lang,
        date_text=shown.text if shown else None,
        date_char_start=shown.start if shown else None,
        date_char_end=shown.end if shown else None,
        date_edtf=mention.value,
        date_start=mention.date_start,
        date_end=mention.date_end,
        date_precision=mention.precision,
        date_qualifier=qualifier,
        date_anchor="narrative" if inherited else mention.anchor,
        timex_value=mention.timex3,
        timex_mod=mention.timex3_mod,
        date_rule=("inherited: " if inherited else "") + (mention.rule or ""),
        date_sort=sort,
        date_year=sort.year if sort else None,
        date_label=date_label(mention.model_copy(update={"qualifier": qualifier}), lang),
        anchor_date=reference,
        event_type=event_type,
        event_rule=event_rule,
        headline=headline(body, lang),
        speaker=who.speaker if who else None,
        speaker_role=who.role if who else None,
        entities=entities,
        quantities=quantities,
        confidence=_confidence(mention, inherited),
        extractor_version=version,
        source_title=article.title,
        source_outlet=article.outlet,
        source_url=article.url,
        source_published_at=article.published_at,
    )


def _is_statement(body: str, who: Attribution, mention: TimeMention) -> bool:
    """'9月9日，唐欣告诉记者': the clause is only the date of a statement."""
    rest = body.replace(mention.text, "").replace(who.speaker, "").replace(who.role or "", "")
    rest = re.sub(r"[\s，,。：:“”\"]|告诉记者|对记者说|表示|介绍|说|称|said|told reporters|told|on", "", rest)
    return len(rest) <= 2


def _is_planned(body: str, mention: TimeMention, reference: date | None, lang: str) -> bool:
    if mention.qualifier == "planned" or planned_marker(body, lang):
        return True
    start = _day(mention.date_start)
    return reference is not None and start is not None and start > reference


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


def _confidence(mention: TimeMention, inherited: bool) -> float:
    if inherited:
        return 0.6
    if mention.qualifier in ("recent", "after", "before"):
        return 0.6
    return {"absolute": 0.9, "publication": 0.8, "narrative": 0.7}.get(mention.anchor, 0.4)


def _day(value: date | datetime | None) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _sort_date(mention: TimeMention | None, reference: date | None) -> date | None:
    if mention is None:
        return reference
    for value in (mention.date_start, mention.date_end):
        if value is not None:
            return _day(value)
    return reference
