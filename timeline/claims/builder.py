"""Article + time mentions → Claim records: clauses, dates, event type, figures, speaker, entities."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pydantic import TypeAdapter

from timeline.claims.clause_join import Clause
from timeline.claims.clauses import direct_quotes, split_clauses
from timeline.claims.entities import people_in, people_pattern
from timeline.claims.furniture import story_paragraphs
from timeline.claims.incident import from_incident, join_adjacent_days
from timeline.claims.inherit import choose
from timeline.claims.lexicon_match import has_fact_verb
from timeline.claims.pronouns import named_pronouns
from timeline.claims.quantities import Spans, extract_quantities
from timeline.claims.record import Context, SpeakerIndex, claim_fields
from timeline.claims.said import Statement, frames, statements
from timeline.claims.script import to_simplified
from timeline.claims.speakers import Attribution, attributions
from timeline.models import Article, Claim, Quantity, TimeMention
from timeline.segment import story_lines

_SINCE_END = re.compile(r"以来|来")
_SINCE_LEAD_MAX = 4
"""A since-phrase dates its whole clause only when it opens the clause (特别是自…以来，…)."""
_SINCE_BEFORE_COMMA = re.compile(r"以来(?=[，,])")
_SINCE_SUBJECT_MAX = 12
"""'拼多多全球购今年4月上线以来，…': at most this many characters of subject before a bare since-phrase."""
_CLAUSE_MARK = re.compile(r"[，,；;。]")


def build_claims(article: Article, mentions: Sequence[TimeMention], *, extractor_version: str) -> list[Claim]:
    """Return one claim per dated fact of `article` (clause level), in text order.

    Chinese text is read in simplified characters (same offsets), so traditional articles go
    through the same word lists; every quote is still sliced from the article as written.
    """
    lang = article.lang
    # to_simplified returns the article's own string when it has nothing to convert: then every
    # quote, name and figure is already spelled as the article writes it
    text = article.text if lang == "en" else to_simplified(article.text)
    title = article.title if lang == "en" or not article.title else to_simplified(article.title)
    paras = story_paragraphs(story_lines(text, lang), text, title)
    reference = article.published_at.date() if article.published_at else None
    if lang != "en":  # the stage reads every mention in the simplified copy (事發 → 事发)
        mentions = [
            m if text[m.start : m.end] == m.text else m.model_copy(update={"text": text[m.start : m.end]})
            for m in mentions
        ]
        mentions = join_adjacent_days(text, from_incident(text, mentions))
    quotes = direct_quotes(text)  # read once: clauses and choose both look for quoted speech
    clauses = split_clauses(text, lang, mentions, paras, quotes)
    blocked = Spans([(m.start, m.end) for m in mentions if m.type in ("DATE", "TIME", "SET")])
    figures: dict[int, list[Quantity]] = {}

    def figures_of(clause: Clause) -> list[Quantity]:
        if id(clause) not in figures:
            figures[id(clause)] = extract_quantities(text, clause.start, clause.end, lang, blocked)
        return figures[id(clause)]

    chosen = choose(text, lang, clauses, lambda c: bool(figures_of(c)), reference, quotes)
    statement_of: dict[int, Statement] = {}
    framed: dict[int, int] = {}
    if lang != "en":
        statement_of = statements(text, clauses, [d.clause for d in chosen if not d.inherited])
        said = [(s.said_from, s.clause.end) for s in statement_of.values()]
        chosen = [d for d in chosen if not any(a <= d.clause.start and d.clause.end <= b for a, b in said)]
        framed = frames(text, clauses, [d.clause for d in chosen if not d.inherited])
        chosen = [d for d in chosen if framed.get(id(d.clause)) != -1]
    wanted = {d.clause.paragraph for d in chosen}
    found = [
        (p_no, a)
        for p_no, p in enumerate(paras)
        if p_no in wanted
        for a in attributions(text, p.start, p.end, lang)
    ]
    speakers = named_pronouns(found, lambda a: _personal(a, lang)) if lang != "en" else [a for _, a in found]
    ctx = Context(
        article=article,
        text=text,
        reference=reference,
        version=extractor_version,
        speakers=speakers,
        speaker_index=SpeakerIndex(speakers),
        people_pattern=people_pattern(
            people_in(text, lang, (a.speaker for a in speakers if _personal(a, lang)))
        ),
    )
    claims: list[dict[str, object]] = []
    for dated in chosen:
        clause = dated.clause
        statement = statement_of.get(id(clause))
        if (
            statement is not None
        ):  # '9月19日，市场消息称，…': the date is the statement's, plans are what was said
            clause = statement.clause
        nested = None if dated.inherited else _since_event(text, clause, dated.mention)
        if nested is None:
            mention = dated.mention
            if not dated.inherited and _from_then_on(text, mention):
                mention = mention.model_copy(update=_since_update(mention))
            claims.append(
                claim_fields(
                    ctx,
                    framed.get(id(clause), clause.start),
                    clause.end,
                    mention,
                    figures_of(clause),
                    dated.inherited,
                    plan_until=statement.said_from if statement is not None else None,
                )
            )
            continue
        start, end = nested
        event_figures = extract_quantities(text, start, end, lang, blocked)
        claims.append(claim_fields(ctx, start, end, dated.mention, event_figures, False))
        if start - clause.start > _SINCE_LEAD_MAX:
            continue  # '…以满足自1月23日…以来首个长假的需求': the since-phrase only describes a noun
        since = dated.mention.model_copy(update=_since_update(dated.mention))
        claims.append(
            claim_fields(ctx, clause.start, clause.end, since, figures_of(clause), False, type_from=end)
        )
    return _CLAIMS.validate_python(_first_of_repeats(claims))


_CLAIMS = TypeAdapter(list[Claim])
"""Validates an article's claims in one call: the checks of Claim.model_validate, for the whole list."""


def _first_of_repeats(claims: list[dict[str, object]]) -> list[dict[str, object]]:
    """A paragraph the page repeats (a recap at the end) gives the same claim twice: keep the first."""
    seen: set[tuple[object, object, object]] = set()
    kept: list[dict[str, object]] = []
    for claim in claims:
        key = (claim["claim_text"], claim["date_edtf"], claim["date_qualifier"])
        if key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept


_ORG_LIKE = re.compile(
    r"(?:局|厅|所|院|委|会|部|台|网|报|社|中心|公司|集团|银行|机构|财经|新闻|媒体|消息|报告|数据|统计|人士|智库)$"
    r"|\.com\b|\b(?:Inc|Corp|Co|Office|Department|Commission|Agency|Council|Bureau|Ministry|Company|Bank|Group|"
    r"University|Association|Institute|Service|Services|Report|Survey|Police)\b"
)


def _personal(attribution: Attribution, lang: str) -> bool:
    """A speaker that names a person (not 禹州市教体局, not 'according to InfoNation')."""
    if attribution.source and (lang != "en" or attribution.role is None):
        return False
    return _ORG_LIKE.search(attribution.speaker) is None


def _since_event(text: str, clause: Clause, mention: TimeMention) -> tuple[int, int] | None:
    """'自2017年9月三地签订协议以来，…': the span of the event the since-phrase names, if any.
    Without 自/从 the phrase must open its clause and 以来 close it ('该平台今年4月上线以来，…')."""
    if not clause.mentions or mention is not clause.mentions[0]:
        return None
    lead = text[max(clause.start, mention.start - 2) : mention.start]
    if "自" in lead or "从" in lead:
        start = mention.start - (len(lead) - max(lead.rfind("自"), lead.rfind("从")))
        closing, shortest = _SINCE_END.search(text, mention.end, clause.end), 4
    else:
        subject = text[clause.start : mention.start]
        if len(subject) > _SINCE_SUBJECT_MAX or _CLAUSE_MARK.search(subject):
            return None
        start, closing, shortest = clause.start, _SINCE_BEFORE_COMMA.search(text, mention.end, clause.end), 2
    if closing is None:
        return None
    between = text[mention.end : closing.start()]
    if len(between) < shortest or not has_fact_verb(between, "zh") or _CLAUSE_MARK.search(between):
        return None
    return start, closing.start()


def _from_then_on(text: str, mention: TimeMention) -> bool:
    """'从春节就在筹备', '自去年就已着手': 从/自 + a time + 就 tells what has gone on since then."""
    return (
        mention.start > 0
        and text[mention.start - 1] in "从自"
        and text.startswith("就", mention.end)
        and mention.qualifier in ("none", "early", "mid", "late")
        and mention.date_start is not None
    )


def _since_update(mention: TimeMention) -> dict[str, object]:
    return {
        "qualifier": "since",
        "date_end": None,
        "value": f"{mention.value}/.." if mention.value else None,
        "timex3_mod": "ON_OR_AFTER",
    }
