"""A dated attribution and the undated words it reports make one claim (timeline/claims/said.py)."""

from __future__ import annotations

from datetime import date

from timeline.pipeline import extract

PUB = date(2024, 6, 5)


def in_order(text: str):
    return sorted(extract(text, published=PUB, lang="zh"), key=lambda c: c.char_start)


def test_a_dated_statement_holds_what_was_said():
    claims = in_order("3月8日，区教育局通报称，一所民办幼儿园被责令停止招生。")
    assert [(c.claim_text, c.date_edtf, c.event_type, c.speaker) for c in claims] == [
        ("3月8日，区教育局通报称，一所民办幼儿园被责令停止招生", "2024-03-08", "other", "区教育局")
    ]


def test_the_words_said_make_no_second_row():
    claims = in_order("5月20日，物业公司回应称，小区停水是因为主管道破裂，维修工人已连夜抢修。")
    assert len(claims) == 1
    assert claims[0].claim_text.endswith("维修工人已连夜抢修")


def test_a_plan_in_what_was_said_does_not_make_the_statement_planned():
    claims = in_order("5月6日，市长李华表示，市里将再建两座体育馆。")
    assert [(c.date_edtf, c.date_qualifier, c.speaker) for c in claims] == [("2024-05-06", "none", "李华")]


def test_a_semicolon_or_another_speaker_ends_the_statement():
    claims = in_order("4月2日，县气象台表示，全县降雨偏少；县水利局局长王强指出，多座水库水位偏低。")
    assert claims[0].claim_text == "4月2日，县气象台表示，全县降雨偏少"


def test_a_reported_clause_with_its_own_date_stays_its_own_claim():
    claims = in_order("6月1日，公司发言人表示，新工厂去年已投产。")
    assert [(c.claim_text, c.date_edtf) for c in claims] == [
        ("6月1日，公司发言人表示", "2024-06-01"),
        ("新工厂去年已投产", "2023"),
    ]


def test_a_vaguely_dated_attribution_frames_the_dated_clause_it_introduces():
    claims = in_order("区卫健委此前通报称，患儿于5月3日转入省儿童医院治疗。")
    assert [(c.claim_text, c.date_edtf, c.speaker) for c in claims] == [
        ("区卫健委此前通报称，患儿于5月3日转入省儿童医院治疗", "2024-05-03", "区卫健委")
    ]


def test_a_report_finding_frames_the_dated_clause_it_introduces():
    claims = in_order("市统计局日前公布的数据显示，一季度全市地区生产总值同比增长5.1%。")
    assert [(c.claim_text, c.date_edtf) for c in claims] == [
        ("市统计局日前公布的数据显示，一季度全市地区生产总值同比增长5.1%", "2024-01/2024-03")
    ]


def test_an_attribution_with_its_own_date_stays_a_claim_of_that_day():
    claims = in_order("6月2日，区卫健委通报称，患儿于5月3日转入省儿童医院治疗。")
    assert [c.date_edtf for c in claims] == ["2024-06-02", "2024-05-03"]


def test_a_source_named_up_front_frames_what_follows():
    claims = in_order("据区教育局日前通报，针对此事，全区开展了校园消防安全检查。")
    assert [c.claim_text for c in claims] == ["据区教育局日前通报，针对此事，全区开展了校园消防安全检查"]
