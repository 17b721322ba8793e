"""Joining a sentence's pieces into clauses (timeline/claims/clause_join.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.claims import clause_join
from timeline.claims.clause_join import ATTRIBUTION_END, Clause
from timeline.claims.lexicon_match import openings
from timeline.models import TimeMention


@pytest.mark.parametrize(
    ("piece", "ends"),
    [("唐欣介绍，", True), ("he said", True), ("the unsaid", False), ("they told reporters", True)],
)
def test_an_attribution_end_is_found_at_a_word_start(piece, ends):
    assert (ATTRIBUTION_END.search(piece) is not None) is ends
    plain = re.compile(ATTRIBUTION_END.pattern.replace("s(?<!\\w.)", "\\bs").replace("t(?<!\\w.)", "\\bt"))
    assert (plain.search(piece) is not None) is ends


def test_a_dash_before_an_earlier_event_with_its_own_date_starts_a_clause():
    from datetime import date

    from timeline.pipeline import extract

    text = "A second tremor shook the valley on Sunday — after a stronger one hit the coast last week."
    got = sorted((c.date_text, c.claim_text) for c in extract(text, published=date(2024, 4, 24), lang="en"))
    assert got == [
        ("Sunday", "A second tremor shook the valley on Sunday"),
        ("last week", "after a stronger one hit the coast last week"),
    ]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Output hit a record in June and the ministry plans to double it by 2030.", ["June", "by 2030"]),
        (
            "The agency aims to map the reef by 2026 and to restore half of it by 2035.",
            ["by 2026", "by 2035"],
        ),
        ("Prices rose from March to June and to new highs in July.", ["from March to June"]),
    ],
)
def test_a_coordinated_plan_or_aim_with_its_own_date_is_a_claim_of_its_own(text, dates):
    from datetime import date

    from timeline.pipeline import extract

    got = sorted(extract(text, published=date(2024, 4, 24), lang="en"), key=lambda c: c.char_start)
    assert [c.date_text for c in got] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "厂方透露，首批新车将于今年10月交付，搭载第二代电池的车型预计将于2025年上半年上市。",
            ["今年10月", "2025年上半年"],
        ),
        (
            "这批住宅的竣工时间集中在2021年至2022年，购房合同的签订时间则集中于2019年至2020年。",
            ["2021年至2022年", "2019年至2020年"],
        ),
        ("该线路于2012年停运，另一条支线也在2016年拆除。", ["2012年", "2016年"]),
    ],
)
def test_a_comma_piece_whose_subject_is_tied_to_its_own_date_is_a_clause_of_its_own(text, dates):
    from datetime import date

    from timeline.pipeline import extract

    claims = sorted(extract(text, published=date(2024, 4, 24), lang="zh"), key=lambda c: c.char_start)
    assert [c.date_text for c in claims] == dates


def test_the_adverbial_pretest_holds_every_opening_of_the_adverbial_pattern():
    words = re.match(r"\^\(\?:([^)]*)\)", clause_join._ADVERBIAL.pattern)
    assert words is not None
    assert {word[0] for word in words.group(1).split("|")} == set(clause_join._ADVERBIAL_FIRST)


def test_chinese_connectives_have_no_case_so_the_piece_is_not_lowered():
    for lang in ("zh", "zh-Hant"):
        assert all(word.lower() == word == word.upper() for word in openings("CONNECTIVES", lang))


_DATE_BITS = ["2019年", "9月", "5日", "，", "说", "新馆", " ", "。", "：", "a", "1", "\u3000"]


@settings(max_examples=300, deadline=None)
@given(
    bits=st.lists(st.sampled_from(_DATE_BITS), min_size=1, max_size=12),
    cut=st.integers(min_value=1, max_value=12),
    dated=st.sets(st.integers(min_value=0, max_value=11), max_size=4),
)
def test_a_clause_that_once_held_more_than_its_dates_still_does_when_grown_and_trimmed(bits, cut, dated):
    # sentence_clauses skips _only_dates for such clauses: the grown clause (more pieces, more
    # mentions, end trimmed of stops) keeps every word character the shorter one had
    text = "".join(bits)
    offsets = [sum(len(b) for b in bits[:i]) for i in range(len(bits) + 1)]
    cut = min(cut, len(bits))
    mentions = [
        TimeMention(text=bits[i], start=offsets[i], end=offsets[i + 1], date_start=date(2019, 1, 1))
        for i in sorted(dated)
        if i < len(bits) and bits[i] in ("2019年", "9月", "5日")
    ]
    short = Clause(0, offsets[cut], 0, 0, [m for m in mentions if m.start < offsets[cut]])
    grown = Clause(0, len(text), 0, 0, list(mentions))
    grown.end = clause_join._trim_end(text, grown.start, grown.end)
    if grown.end > grown.start and not clause_join._only_dates(text, short):
        assert not clause_join._only_dates(text, grown)


def test_a_date_told_in_local_time_opens_the_clause_that_follows():
    from datetime import date

    from timeline.pipeline import extract

    text = "当地时间5月3日晚，2024年欧洲歌唱大赛在瑞典马尔默落幕。"
    claims = extract(text, published=date(2024, 5, 6), lang="zh")
    assert [(c.claim_text, c.date_edtf) for c in claims] == [
        ("当地时间5月3日晚，2024年欧洲歌唱大赛在瑞典马尔默落幕", "2024-05-03")
    ]


def test_a_forecast_or_plan_after_a_done_fact_is_a_claim_of_its_own():
    from timeline.pipeline import extract

    pub = date(2022, 6, 8)
    text = "市气象台8日发布暴雨橙色预警，预计8日夜间到9日白天，全市将有大暴雨。"
    warning, forecast = extract(text, published=pub)
    assert (warning.claim_text, warning.date_qualifier) == ("市气象台8日发布暴雨橙色预警", "none")
    assert (forecast.date_edtf, forecast.date_qualifier) == ("2022-06-08/2022-06-09", "planned")
    started, finish = extract("该桥于2021年5月开工，计划于2023年底建成通车。", published=pub)
    assert (started.date_edtf, started.date_qualifier) == ("2021-05", "none")
    assert (finish.date_edtf, finish.date_qualifier) == ("2023", "late")
    # a bare date before the plan word is no fact of its own: one claim
    (only,) = extract("截至2021年底，预计2022年将完成全部工程。", published=pub)
    assert only.date_qualifier == "as_of"


def test_a_forecast_with_its_own_date_is_a_clause_of_its_own():
    from datetime import date

    from timeline.pipeline import extract

    text = "县气象台3日发布暴雨黄色预警，预计3日夜间至4日白天，全县将有大到暴雨。"
    claims = sorted(extract(text, published=date(2024, 6, 3), lang="zh"), key=lambda c: c.char_start)
    assert [(c.claim_text, c.date_qualifier) for c in claims] == [
        ("县气象台3日发布暴雨黄色预警", "none"),
        ("预计3日夜间至4日白天，全县将有大到暴雨", "planned"),
    ]


def test_a_forecast_after_an_undated_condition_keeps_the_condition():
    from datetime import date

    from timeline.pipeline import extract

    text = "在设备调试完成后，预计于今年10月具备试运行条件。"
    claims = extract(text, published=date(2024, 6, 3), lang="zh")
    assert [c.claim_text for c in claims] == ["在设备调试完成后，预计于今年10月具备试运行条件"]


def test_a_quotation_that_words_the_same_fact_stays_in_its_clause():
    from datetime import date

    from timeline.pipeline import extract

    text = "3月2日，两家公司协商一致，“按照各自责任分担维修费用”。"
    claims = extract(text, published=date(2024, 3, 5), lang="zh")
    assert [c.claim_text for c in claims] == ["3月2日，两家公司协商一致，“按照各自责任分担维修费用”"]


def test_a_quotation_after_an_attribution_is_still_what_was_said():
    from datetime import date

    from timeline.pipeline import extract

    text = "3月2日，区长表示，“全区将新建5所学校”。"
    claims = extract(text, published=date(2024, 3, 5), lang="zh")
    assert [(c.claim_text, c.speaker) for c in claims] == [("3月2日，区长表示，“全区将新建5所学校”", "区长")]


def test_names_listed_with_bracketed_years_give_one_claim_per_year():
    from timeline import extract

    text = "该奖历届得主有：周明远(2016年)、钱立新（2017年），孙海燕、吴志刚、郑晓兰(2018年)。"
    claims = extract(text, published="2023-05-10", lang="zh")
    assert [(c.date_edtf, c.claim_text) for c in claims] == [
        ("2016", "周明远(2016年)"),
        ("2017", "钱立新（2017年）"),
        ("2018", "孙海燕、吴志刚、郑晓兰(2018年)"),
    ]
    # a bracketed year that no other dated item follows stays in its clause
    [one] = extract("他曾在上海(2019年)和北京工作过。", published="2023-05-10", lang="zh")
    assert one.claim_text == "他曾在上海(2019年)和北京工作过"


@pytest.mark.parametrize(
    ("text", "claims"),
    [
        (
            "The ferry line will suspend crossings on Friday as the harbour faces a storm surge that has "
            "built since Monday.",
            [
                ("Friday", "The ferry line will suspend crossings on Friday"),
                ("since Monday", "the harbour faces a storm surge that has built since Monday"),
            ],
        ),
        (
            "Ticket sales dipped on Tuesday while the organisers said attendance had doubled in 2019.",
            [
                ("Tuesday", "Ticket sales dipped on Tuesday"),
                ("2019", "the organisers said attendance had doubled in 2019"),
            ],
        ),
        # 'as' without a subject and a verb of its own is no second fact
        (
            "She joined the orchestra in 2015 as the leader of its string section until 2020.",
            [("2015", "She joined the orchestra in 2015 as the leader of its string section until 2020")],
        ),
    ],
)
def test_as_or_while_with_a_subject_verb_and_date_after_a_date_opens_a_second_claim(text, claims):
    from timeline.pipeline import extract

    got = sorted((c.date_text, c.claim_text) for c in extract(text, published=date(2024, 4, 24), lang="en"))
    assert got == sorted(claims)
