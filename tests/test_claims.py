"""Claim building: clause splits, inheritance, evaluation, statements, plans, ids (own examples)."""

from __future__ import annotations

from datetime import date

from timeline.claims.headline import date_label, headline
from timeline.models import TimeMention
from timeline.pipeline import extract

PUB = date(2024, 4, 24)


def by_text(claims):
    return {c.claim_text: c for c in sorted(claims, key=lambda c: c.char_start)}


def test_two_dated_facts_in_one_sentence_give_two_claims():
    claims = extract("2019年，新馆破土动工；2021年5月，新馆建成开放。", published=PUB, lang="zh")
    got = [(c.claim_text, c.date_edtf) for c in sorted(claims, key=lambda c: c.char_start)]
    assert got == [("2019年，新馆破土动工", "2019"), ("2021年5月，新馆建成开放", "2021-05")]


def test_a_comma_starting_a_new_time_starts_a_new_claim():
    claims = extract("2010年成立时只有三名队员，到如今已有40多名队员。", published=PUB, lang="zh")
    assert any(c.claim_text.startswith("到如今") and c.date_qualifier == "as_of" for c in claims)


def test_undated_clauses_of_a_period_inherit_its_date():
    text = "2022年以来，该中心组织30名医生下乡义诊，组织12名护士赴京进修。同时，签订了两项合作协议。"
    claims = by_text(extract(text, published=PUB, lang="zh"))
    inherited = claims["组织12名护士赴京进修"]
    assert inherited.date_anchor == "narrative"
    assert inherited.date_text is None
    assert inherited.date_qualifier == "since"
    assert str(inherited.date_start) == "2022-01-01"
    assert inherited.event_type == "training"
    assert claims["同时，签订了两项合作协议"].event_type == "agreement"


def test_a_point_date_is_not_inherited_by_the_next_sentence():
    text = "2022年8月，当地暴发山洪。救援队随即组织群众转移。"
    claims = extract(text, published=PUB, lang="zh")
    assert [c.claim_text for c in claims] == ["2022年8月，当地暴发山洪"]


def test_evaluation_only_sentences_are_no_claim():
    text = "近年来，该局不断创新工作机制、提升服务质效，实现了高质量发展。"
    assert extract(text, published=PUB, lang="zh") == []


def test_attributive_present_is_not_a_claim_date():
    assert extract("针对当前的新型诈骗，警方加强了宣传。", published=PUB, lang="zh") == []


def test_a_since_phrase_naming_an_event_gives_the_event_its_own_claim():
    text = "自2018年3月两市签订合作协议以来，双方共同实施了多项交通工程。"
    claims = by_text(extract(text, published=PUB, lang="zh"))
    event = claims["自2018年3月两市签订合作协议"]
    assert (event.date_edtf, event.date_qualifier, event.event_type) == ("2018-03", "none", "agreement")
    whole = next(c for t, c in claims.items() if t.endswith("交通工程"))
    assert whole.date_qualifier == "since"
    assert whole.date_end is None
    assert whole.event_type == "project"


def test_statement_date_is_a_claim_of_type_other_with_its_speaker():
    text = "5月6日，市水务局局长周涛告诉记者，去年全市新建了3座污水处理厂。"
    claims = by_text(extract(text, published=PUB, lang="zh"))
    statement = claims["5月6日，市水务局局长周涛告诉记者"]
    assert (statement.event_type, statement.speaker, statement.speaker_role) == (
        "other",
        "周涛",
        "市水务局局长",
    )
    fact = claims["去年全市新建了3座污水处理厂"]
    assert fact.speaker == "周涛"
    assert fact.date_edtf == "2023"
    assert [(q.value, q.unit) for q in fact.quantities] == [(3, "座")]


def test_plans_get_the_planned_qualifier_and_type():
    claims = extract("“今年计划再建两座桥。”局长说。", published=PUB, lang="zh")
    assert [(c.date_qualifier, c.event_type) for c in claims] == [("planned", "plan")]
    en = extract("The city plans to open a branch in June 2025.", published=PUB, lang="en")
    assert [(c.date_qualifier, c.event_type) for c in en] == [("planned", "plan")]


def test_afterwards_follows_the_previous_claim_not_the_last_date_in_the_text():
    text = "今年3月，一名男子接到电话，对方称他在2015年办过信用卡。随后，警方立案侦查。"
    claims = by_text(extract(text, published=PUB, lang="zh"))
    later = claims["随后，警方立案侦查"]
    assert str(later.date_start) == "2024-03-01"
    assert later.date_qualifier == "after"


def test_english_claims_with_speakers_and_figures():
    text = (
        "The county opened a new shelter on Monday, Fire Chief Sam Lee said. "
        "About 300 residents used it in the first week."
    )
    claims = extract(text, published=PUB, lang="en")
    assert len(claims) == 1
    claim = claims[0]
    assert str(claim.date_start) == "2024-04-22"
    assert claim.speaker == "Sam Lee"
    assert claim.event_type == "founding"


def test_claim_ids_are_stable_and_quotes_match_the_text():
    text = "2016年，研究所成立。2017年9月，三地签订框架协议。"
    first = extract(text, published=PUB, lang="zh")
    second = extract(text, published=PUB, lang="zh")
    assert [c.claim_id for c in first] == [c.claim_id for c in second]
    assert all(text[c.char_start : c.char_end] == c.claim_text for c in first)


def test_headline_is_cut_at_a_clause_boundary():
    zh = "2023年，市政府投入专项资金，对老旧小区的供水管网、燃气管道和电梯设施进行了全面改造升级"
    assert headline(zh, "zh") == "2023年，市政府投入专项资金"
    en = "The council approved the budget on Tuesday, after a long debate about transit, parks and housing costs"
    assert headline(en, "en") == "The council approved the budget on Tuesday"
    assert len(headline("一" * 80, "zh")) <= 31


def test_date_labels_are_readable():
    month = TimeMention(
        text="2017年9月",
        start=0,
        end=7,
        value="2017-09",
        date_start=date(2017, 9, 1),
        date_end=date(2017, 9, 30),
        precision="month",
    )
    assert date_label(month, "zh") == "2017年9月"
    early = month.model_copy(update={"qualifier": "early"})
    assert date_label(early, "en") == "early Sep 2017"
    since = month.model_copy(update={"qualifier": "since", "precision": "year"})
    assert date_label(since, "en") == "since 2017"
    as_of = month.model_copy(
        update={"qualifier": "as_of", "precision": "day", "date_start": date(2024, 3, 28)}
    )
    assert date_label(as_of, "en") == "as of 2024-03-28"
