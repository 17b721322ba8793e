"""Claim building: clause splits, inheritance, evaluation, statements, plans, ids (own examples)."""

from __future__ import annotations

from datetime import date

import pytest

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


def test_a_since_phrase_without_zi_that_opens_its_clause_dates_the_clause_since_the_event():
    text = "这条地铁线路去年6月开通以来，累计运送乘客超过800万人次。"
    claims = by_text(extract(text, published=PUB, lang="zh"))
    event = claims["这条地铁线路去年6月开通"]
    assert (event.date_edtf, event.date_qualifier) == ("2023-06", "none")
    whole = claims["这条地铁线路去年6月开通以来，累计运送乘客超过800万人次"]
    assert (whole.date_edtf, whole.date_qualifier, whole.date_end) == ("2023-06/..", "since", None)


def test_a_bare_since_phrase_describing_a_noun_leaves_its_date_alone():
    text = "景区增派了人手，以应对去年6月新线开通以来最大的一次客流。"
    claims = extract(text, published=PUB, lang="zh")
    assert [c.date_qualifier for c in claims] == ["none"]


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


def test_dispatch_datelines_do_not_date_claims():
    text = "本报讯 新华社上海3月2日电 3月1日，市政府印发了新的停车收费办法。"
    claims = extract(text, published=date(2024, 3, 2), lang="zh")
    assert [c.date_text for c in claims] == ["3月1日"]


def test_a_site_news_stamp_before_a_space_is_a_dateline_but_one_before_a_comma_dates_its_news():
    stamp = "某科技网5月8日消息 据外媒报道，5月7日，一家老牌相机厂商宣布停产胶片相机。"
    claims = extract(stamp, published=date(2024, 5, 8), lang="zh")
    assert [c.date_text for c in claims] == ["5月7日"]
    news = "某财经网讯 5月8日消息，沪深两市成交额突破一万亿元。"
    claims = extract(news, published=date(2024, 5, 8), lang="zh")
    assert [c.date_text for c in claims] == ["5月8日"]


def test_a_comparison_base_is_not_the_claims_date():
    en = extract("Exports rose 4 percent from 2019, the ministry said.", published=PUB, lang="en")
    assert en == []
    zh = extract("2023年，全市旅客量较2019年增长12%。", published=PUB, lang="zh")
    assert [c.date_text for c in zh] == ["2023年"]


def test_a_since_phrase_inside_a_noun_phrase_only_dates_its_own_event():
    text = "铁路部门加开了列车，以满足自3月1日新线开通以来首个假期的客流需求。"
    claims = extract(text, published=PUB, lang="zh")
    assert [(c.claim_text, c.date_qualifier) for c in claims] == [("自3月1日新线开通", "none")]


def test_traditional_chinese_reads_through_the_same_word_lists():
    text = "2019年3月，市政府與捷運公司簽訂合作協議；2020年底，延伸線工程正式動工。「今年將完成兩座車站。」市交通局局長陳志明說。"
    claims = by_text(extract(text, published=date(2023, 11, 15), lang="zh-Hant"))
    assert claims["2019年3月，市政府與捷運公司簽訂合作協議"].event_type == "agreement"
    assert claims["2020年底，延伸線工程正式動工"].date_label == "2020年底"
    plan = claims["「今年將完成兩座車站。」"]
    assert (plan.event_type, plan.speaker, plan.speaker_role) == ("plan", "陳志明", "市交通局局長")
    assert plan.date_label == "2023年（計劃）"
    assert [(q.text, q.value) for q in plan.quantities] == [("兩座", 2)]


def test_inherited_rows_are_plain_facts_not_duties_or_praise():
    text = (
        "2021年以来，该站组织30名志愿者清理河道，负责全区环境监测工作，"
        "大力实施护河工程，为生态保护作出了重要贡献。"
    )
    got = [c.claim_text for c in sorted(extract(text, published=PUB, lang="zh"), key=lambda c: c.char_start)]
    assert got == ["2021年以来，该站组织30名志愿者清理河道，负责全区环境监测工作"]


def test_questions_and_bare_date_lines_are_no_claims():
    assert extract("2024年，市场会回暖吗？", published=PUB, lang="zh") == []
    assert extract("- 2024年03月07日\n", published=PUB, lang="zh") == []


def test_a_planned_month_and_day_is_the_coming_one():
    claims = extract("而5月20日，该馆还将举办开馆仪式。", published=date(2024, 4, 24), lang="zh")
    assert [(c.date_edtf, c.date_qualifier, c.event_type) for c in claims] == [
        ("2024-05-20", "planned", "plan")
    ]
    past = extract("3月20日，该馆举办了开馆仪式。", published=date(2024, 4, 24), lang="zh")
    assert [c.date_edtf for c in past] == ["2024-03-20"]


def test_attributive_years_and_named_days_do_not_date_english_claims():
    text = (
        "Investigators reopened a 2012 fraud case. Stores opened early for Black Friday deals. "
        "The plant closed in 2012, the company said."
    )
    claims = extract(text, published=date(2019, 11, 29), lang="en")
    assert [(c.claim_text, c.date_edtf) for c in claims] == [
        ("The plant closed in 2012, the company said", "2012")
    ]


def test_a_bare_present_needs_an_event_to_be_a_claim():
    assert extract("现在，事情已经过去了，大家都很平静。", published=PUB, lang="zh") == []
    claims = extract("如今，社区已建成3个便民服务站。", published=PUB, lang="zh")
    assert [c.date_qualifier for c in claims] == ["as_of"]


def test_page_metadata_lines_are_no_claims():
    text = "发布时间: 2024-04-24 09:21:00 来源: 本地日报\n\n2023年，新馆开工。\n\nPublished: 2024-04-24 10:00"
    assert [c.claim_text for c in extract(text, published=PUB, lang="zh")] == ["2023年，新馆开工"]


def test_relative_clause_and_statement_dates_give_way_to_the_main_date():
    text = "The mayor, who took office in 2016, said on Tuesday that the city signed a deal in 2018."
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    assert [(c.claim_text, c.date_text) for c in by_text(claims).values()] == [
        (text.rstrip("."), "2018"),
        ("who took office in 2016", "2016"),  # the relative clause states a dated fact of its own
    ]


def test_a_relative_clause_with_its_own_date_and_past_verb_is_a_claim_of_its_own():
    text = (
        "The chain is now closing stores, among them Gearly, which it bought for $90 million in 2016. "
        "The hostages — who had been held since 2015 — were freed on Tuesday."
    )
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    rows = [(c.claim_text, c.date_edtf) for c in by_text(claims).values()]
    assert ("which it bought for $90 million in 2016", "2016") in rows
    later = extract(
        "She joined the board on Monday after the firm was sold in 2015.",
        published=date(2019, 11, 20),
        lang="en",
    )
    assert sorted((c.claim_text, c.date_edtf) for c in later) == [
        ("She joined the board on Monday after the firm was sold in 2015", "2019-11-18"),
        ("after the firm was sold in 2015", "2015"),
    ]
    assert all(not t.startswith("who had been held") for t, _ in rows)  # a period is no separate fact


def test_a_statement_date_stays_when_only_a_vague_date_follows():
    text = "The county zoo announced this week that a lost tortoise was recently found in a garden."
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    assert [(c.date_text, c.date_edtf) for c in claims] == [("this week", "2019-W47")]


def test_a_present_tense_schedule_weekday_lies_ahead():
    text = "The boat show opens to the public on Friday. The retailer reports earnings Thursday."
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    assert [(str(c.date_start), c.date_qualifier) for c in by_text(claims).values()] == [
        ("2019-11-22", "planned"),
        ("2019-11-21", "planned"),
    ]


def test_today_dates_a_report_whose_content_is_the_plan():
    text = (
        "The paper's report today claims that the actor will be back on the show. "
        "The council will vote on the budget today."
    )
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    assert [c.date_qualifier for c in by_text(claims).values()] == ["none", "planned"]


def test_a_planned_season_without_a_year_is_the_coming_one():
    text = "The hybrid goes on sale in the summer. The old model sold well in the spring."
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    assert [(c.date_edtf, c.date_qualifier) for c in by_text(claims).values()] == [
        ("2020-22", "planned"),
        ("2019-21", "none"),
    ]


def test_a_later_plan_word_does_not_move_an_earlier_weekday():
    text = "Rain fell on Tuesday and more was expected Wednesday."
    claims = extract(text, published=date(2019, 11, 20), lang="en")
    rows = [(c.claim_text, str(c.date_start), c.date_qualifier) for c in claims]
    assert rows == [
        ("Rain fell on Tuesday", "2019-11-19", "none"),
        ("more was expected Wednesday", "2019-11-20", "planned"),
    ]
    later = extract("Officials will testify Thursday.", published=date(2019, 11, 20), lang="en")
    assert [str(c.date_start) for c in later] == ["2019-11-21"]


def test_a_past_date_in_a_clause_that_mentions_a_plan_stays_past():
    claims = extract("3月5日，该公司发布公告，将于明年上市。", published=PUB, lang="zh")
    assert [c.date_edtf for c in claims] == ["2024-03-05"]


def test_photo_credits_source_notes_and_share_lines_are_no_claims():
    text = (
        "3月5日，新桥正式通车。\n\n"
        "3月5日，车辆驶过新桥。 本报记者 李文 摄\n\n"
        "（资料来源：市交通局、本报综合）\n\n"
        "All times local. Share this article\n"
    )
    claims = extract(text, published=date(2024, 3, 6), lang="zh")
    assert [c.claim_text for c in claims] == ["3月5日，新桥正式通车"]


def test_the_dispatch_line_is_cut_from_the_claim_quote():
    zh = extract(
        "东方网3月4日讯（记者王平） 3月3日，市图书馆新馆开放。", published=date(2024, 3, 4), lang="zh"
    )
    assert [c.claim_text for c in zh] == ["3月3日，市图书馆新馆开放"]
    en = extract(
        "PORTLAND, Ore. (AP) — The city council approved the budget on Monday.",
        published=date(2024, 3, 6),
        lang="en",
    )
    assert [c.claim_text for c in en] == ["The city council approved the budget on Monday"]


def test_a_paragraph_repeated_as_a_recap_gives_one_claim():
    para = "截至6月30日，全区新建充电桩1200个。"
    claims = extract(f"{para}\n\n其他内容。\n\n{para}", published=date(2024, 7, 2), lang="zh")
    assert len(claims) == 1 and claims[0].char_start == 0


def test_a_clock_time_line_alone_is_no_claim():
    text = "The Latest (all times local):\n\n9:30 a.m.\n\nCrews reopened the bridge Tuesday morning.\n"
    claims = extract(text, published=date(2024, 3, 6), lang="en")
    assert [c.date_text for c in claims] == ["Tuesday morning"]


def test_clock_times_under_every_day_repeat_and_date_nothing():
    text = "对方要求她每天上午8时至9时关机，22时必须回电。"
    assert extract(text, published=PUB, lang="zh") == []


def test_words_that_only_look_like_times_date_nothing():
    assert extract("该公司在第一时间作出回应。", published=PUB, lang="zh") == []
    assert extract("他说，最困难的日子已经过去。", published=PUB, lang="zh") == []


def test_a_bare_clock_time_stays_in_the_clause_of_its_day():
    text = "15日，山区降温明显，傍晚18时气温仅2℃。"
    claims = extract(text, published=date(2024, 1, 16), lang="zh")
    assert [(c.claim_text, c.date_edtf) for c in claims] == [(text.rstrip("。"), "2024-01-15")]


def test_a_new_subject_with_its_own_date_after_a_comma_is_a_new_claim():
    text = "10日，暴雨持续北移，省水利厅10日发布洪水黄色预警。"
    claims = extract(text, published=date(2024, 7, 11), lang="zh")
    assert [c.claim_text for c in claims] == ["10日，暴雨持续北移", "省水利厅10日发布洪水黄色预警"]


def test_the_starting_value_of_a_change_is_a_comparison_base():
    zh = extract("本市气温将由昨天的18℃降到今天的6℃。", published=PUB, lang="zh")
    assert "昨天" not in [c.date_text for c in zh]
    en = extract("The share was 9.5 percent, up from 8.1 percent in May.", published=PUB, lang="en")
    assert en == []


def test_a_relative_date_glossed_in_brackets_takes_the_gloss():
    text = "报道称，从今天（3月1日）起，景区实行预约入园。"
    claims = extract(text, published=date(2024, 3, 3), lang="zh")
    assert [(c.date_edtf, c.date_qualifier) for c in claims] == [
        ("2024-03-01/..", "since")
    ]  # 起: from then on


def test_a_remembered_time_inside_a_quote_dates_nothing():
    text = "2024年5月，记者再次来到村里。“当时家里只有一间土房。”村民说。"
    claims = extract(text, published=PUB, lang="zh")
    assert [c.date_text for c in claims] == ["2024年5月"]


def test_a_clause_with_its_own_past_frame_does_not_inherit():
    text = "3月1日，体育馆重新开放：疫情期间，这里曾被改作临时医院。"
    claims = extract(text, published=date(2024, 3, 2), lang="zh")
    assert [c.claim_text for c in claims] == ["3月1日，体育馆重新开放"]


def test_a_start_counted_from_the_story_is_not_lent_to_later_sentences():
    text = "警方次日立案，并于立案后第二天开始抓捕嫌疑人。据悉，嫌疑人为团伙提供设备。"
    claims = extract(text, published=date(2024, 3, 2), lang="zh")
    assert all("据悉" not in c.claim_text for c in claims)


def test_adjective_planned_and_past_dates_are_not_plans():
    one = extract("The utility ran three planned outages in October.", published=PUB, lang="en")
    assert [c.date_qualifier for c in one] == ["none"]
    two = extract(
        "The bank's rate cut last month should keep loans cheap.", published=date(2019, 11, 20), lang="en"
    )
    assert [c.date_qualifier for c in two] == ["none"]
    days = extract("接到报案后第二天，警方即立案侦查。", published=date(2024, 3, 2), lang="zh")
    assert all(c.date_qualifier != "planned" for c in days)


def test_a_bare_day_just_after_publication_is_this_months():
    text = "预计26日白天，北部山区将有小雪。"
    claims = extract(text, published=date(2019, 11, 25), lang="zh")
    assert [(c.date_edtf, c.date_qualifier) for c in claims] == [("2019-11-26", "planned")]


def test_a_bare_date_piece_opens_the_statement_that_follows():
    text = "6月2日，当时值班的护士长刘芳回忆，病人是傍晚送来的。"
    claims = extract(text, published=date(2024, 6, 5), lang="zh")
    statement = [c for c in claims if c.event_type == "other" and c.speaker == "刘芳"]
    assert [(c.claim_text, c.date_edtf) for c in statement] == [
        ("6月2日，当时值班的护士长刘芳回忆，病人是傍晚送来的", "2024-06-02")
    ]  # the statement holds what was said (claims/said.py); its date is the saying's


def test_section_titles_are_no_claims_but_dated_list_lines_are():
    text = "南方本周迎来降雨 北方气温回升\n\n本周南方多地将有中到大雨。\n\n2021年 研究所成立\n"
    claims = extract(text, published=PUB, lang="zh")
    assert sorted(c.claim_text for c in claims) == ["2021年 研究所成立", "本周南方多地将有中到大雨"]


def test_a_counted_day_that_lands_after_publication_dates_nothing():
    text = "近日，警方接到报警。接到报案后第二天，警方即立案侦查。"
    claims = extract(text, published=date(2024, 3, 2), lang="zh")
    assert "第二天" not in [c.date_text for c in claims]
    plan = extract("会议结束后第二天，代表团将举行记者会。", published=date(2024, 3, 2), lang="zh")
    assert [c.date_qualifier for c in plan] == ["planned"]


def test_en_a_comma_piece_telling_the_next_dated_event_is_its_own_claim():
    text = "The bakery opened in 2011, followed by a second shop in 2015. It closed on Monday, after a fire."
    got = [
        (c.claim_text, c.date_edtf)
        for c in sorted(extract(text, published=PUB, lang="en"), key=lambda c: c.char_start)
    ]
    assert got == [
        ("The bakery opened in 2011", "2011"),
        ("followed by a second shop in 2015", "2015"),
        ("It closed on Monday, after a fire", "2024-04-22"),
    ]


def test_en_a_date_in_a_participle_aside_does_not_date_the_clause():
    text = "The museum, opened in 1975, announced on Tuesday that it would close for repairs."
    rows = by_text(extract(text, published=PUB, lang="en"))
    assert rows[text.rstrip(".")].date_text == "Tuesday"
    assert rows["opened in 1975"].date_text == "1975"  # the aside is a dated fact of its own


def test_a_page_stamp_heading_a_paragraph_dates_nothing():
    text = (
        "新线路开通\n"
        "2021-03-02 10:15:09 【文/本网特约作者 李四】 3月1日，该市启用了新的地铁线路。\n"
        "2021-03-02 10:15来源：本网 作者：张三\n"
        "2021-03-02 10:15 市政府召开发布会。"
    )
    claims = extract(text, published=date(2021, 3, 2), lang="zh")
    assert [(c.date_text, c.claim_text) for c in claims] == [
        ("3月1日", "3月1日，该市启用了新的地铁线路"),
        ("2021-03-02 10:15", "2021-03-02 10:15 市政府召开发布会"),
    ]


@pytest.mark.parametrize(
    ("text", "planned"),
    [
        ("The agency will show the rover that it unveiled in March.", False),
        ("The city will keep the depot after the council vote last month.", False),
        ("The museum will be closed, the minister announced Tuesday.", False),
        ("The board will discuss the March 3 report.", True),
    ],
)
def test_a_plan_word_does_not_reach_a_date_already_done(text, planned):
    claims = extract(text, published=date(2024, 4, 24), lang="en")
    assert [c.date_qualifier == "planned" for c in claims] == [planned]


def test_a_year_ago_base_that_a_figure_changed_from_is_not_the_claims_date():
    story = "1-9月，全市工业投资完成75.2亿元，同比增长8.4%。其中技改投资完成31.6亿元，投资结构由去年同期的2.4:61.3:36.3调整为2.0:59.8:38.2。"
    claims = extract(story, published=date(2023, 10, 20), lang="zh")
    assert [c.date_edtf for c in claims] == ["2023-01/2023-09", "2023-01/2023-09"]


@pytest.mark.parametrize(
    ("story", "year"),
    [
        ("2022年，全省软件收入增长18%。其中，嵌入式软件增速最高，达到24.5%。", "2022"),
        ("Researchers surveyed 3,000 farms in 2021. Of these, 40 percent grew soy.", "2021"),
    ],
)
def test_a_breakdown_sentence_keeps_the_previous_sentences_date(story, year):
    claims = sorted(extract(story, published=PUB), key=lambda c: c.char_start)
    assert [c.date_edtf for c in claims] == [year, year]
    assert claims[1].claim_text.startswith(("其中", "Of these"))


def test_a_date_in_a_dash_relative_clause_does_not_date_the_main_event():
    text = "Two sailors — who had been detained since 2018 — were freed Monday after talks."
    claims = extract(text, published=date(2024, 4, 24), lang="en")
    assert [(c.date_text, c.date_edtf) for c in claims] == [("Monday", "2024-04-22")]


@pytest.mark.parametrize(
    "text",
    ["各地要根据当前防疫形势和要求，细化防控措施。", "外长表示，将把免签停留从目前6个月延长至12个月。"],
)
def test_the_present_as_a_frame_or_a_starting_figure_dates_nothing(text):
    claims = extract(text, published=PUB, lang="zh")
    assert [c.date_text for c in claims if c.date_text in ("当前", "目前")] == []


def test_a_reported_question_is_a_dated_event_but_a_rhetorical_one_is_not():
    story = "2021年6月3日，在当年的发布会上，被问到为什么投资这件事？2022年，公司会不会上市？"
    claims = extract(story, published=PUB, lang="zh")
    assert [c.date_edtf for c in claims] == ["2021-06-03"]


def test_a_year_inside_a_works_title_dates_nothing():
    story = "某机构发布的《2023年中国无人机行业发展报告》显示，2023年全国无人机注册量达到126万架。"
    claims = extract(story, published=PUB, lang="zh")
    assert [(c.date_text, c.claim_text[:6]) for c in claims] == [("2023年", "2023年全")]


def test_a_day_word_in_a_quote_spoken_on_a_narrated_day_is_a_claim_of_that_day():
    story = "她在疫情中当了志愿者。\n2月19日，工厂复工，她接到了主管的电话：\n“明天来上班，你被提拔为车间主任。”\n"
    claims = sorted(extract(story, published=date(2024, 3, 9), lang="zh"), key=lambda c: c.char_start)
    assert [(c.date_text, c.date_edtf) for c in claims] == [("2月19日", "2024-02-19"), ("明天", "2024-02-20")]


def test_a_subject_dated_with_yu_after_a_comma_is_a_clause_of_its_own():
    text = "2019年3月，甲市将电动自行车纳入上牌管理，而乙市于2019年9月1日将其列入限行名单。"
    got = [(c.date_edtf, c.claim_text) for c in extract(text, published="2020-01-02", lang="zh")]
    assert got == [
        ("2019-03", "2019年3月，甲市将电动自行车纳入上牌管理"),
        ("2019-09-01", "而乙市于2019年9月1日将其列入限行名单"),
    ]
    told = "2019年7月，一名男子来电，称查到她于2009年在外地办了一张信用卡。"
    assert [c.date_edtf for c in extract(told, published="2020-01-02", lang="zh")] == ["2019-07"]


def test_a_plan_word_in_an_aside_does_not_plan_the_main_clauses_date():
    text = (
        "The airline, which is expected to cut routes next year, confirmed on Monday that its chief had quit."
    )
    [claim] = [c for c in extract(text, published=date(2024, 4, 24), lang="en") if c.date_text == "Monday"]
    assert (claim.date_edtf, claim.date_qualifier) == ("2024-04-22", "none")


def test_a_call_to_read_listen_or_look_elsewhere_is_no_claim():
    text = (
        "You can view our March 2023 roundup here.\nListen to the show live at 8:15 on weekdays.\n"
        "Read on for the picks we liked this year.\nYou can find the March 2023 report on the city's site."
    )
    claims = extract(text, published=PUB, lang="en")
    assert [c.claim_text for c in claims] == ["You can find the March 2023 report on the city's site"]


def test_a_by_deadline_is_on_or_before_its_day_and_an_until_bound_stays_one():
    from timeline.pipeline import extract

    pub = date(2024, 4, 24)
    [claim] = extract("Crews expect to restore power by Friday evening.", published=pub, lang="en")
    assert (claim.date_edtf, claim.date_qualifier) == ("../2024-04-26", "before")
    [claim] = extract("The trail stays closed until next year.", published=pub, lang="en")
    assert (claim.date_edtf, claim.date_qualifier) == ("../2025", "until")
