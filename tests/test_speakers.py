"""Speakers: attribution verbs and quotes, with the role kept apart from the name."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.claims import speakers, speakers_en
from timeline.claims.speakers import attributions, split_role
from timeline.pipeline import extract

PUB = date(2024, 4, 24)


def found(text: str, lang: str = "zh"):
    return [(a.speaker, a.role, text[a.start : a.end]) for a in attributions(text, 0, len(text), lang)]


@pytest.mark.parametrize(
    ("who", "lang", "name", "role"),
    [
        ("市消防支队副支队长李明", "zh", "李明", "市消防支队副支队长"),
        ("区疾控中心主任王芳", "zh", "王芳", "区疾控中心主任"),
        ("县公安局刑警大队张警官", "zh", "张警官", "县公安局刑警大队"),
        ("Interim Transit Police Chief Dana Ortiz", "en", "Dana Ortiz", "Interim Transit Police Chief"),
        ("Maria Gomez", "en", "Maria Gomez", None),
    ],
)
def test_role_is_kept_apart_from_the_name(who, lang, name, role):
    assert split_role(who, lang) == (name, role)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("一家环保组织5日发布一份报告称，该河段水质去年持续恶化。", "一家环保组织"),
        ("县应急管理局发布通报称，暴雨造成两座桥梁受损。", "县应急管理局"),
        ("该上市公司昨晚发布公告称，董事长已辞职。", "该上市公司"),
    ],
)
def test_the_document_a_body_put_out_is_not_part_of_its_name(text, speaker):
    assert [name for name, _, _ in found(text)] == [speaker]


def test_quote_before_the_speaker():
    text = "“今年我们要新建三座站点。”市交通局局长刘洋说。"
    assert found(text) == [("刘洋", "市交通局局长", "“今年我们要新建三座站点。”")]


def test_quote_after_the_speaker():
    text = "刘洋介绍：“站点去年已经完工。”"
    assert found(text) == [("刘洋", None, "“站点去年已经完工。”")]


def test_indirect_speech_runs_to_the_end_of_the_sentence():
    text = "3月5日，社区主任陈静告诉记者，去年社区新增了两处充电桩。"
    assert found(text) == [("陈静", "社区主任", "去年社区新增了两处充电桩。")]


def test_indirect_object_and_alias_are_trimmed():
    text = "学生小林（化名）向本报记者表示，事发时老师不在教室。"
    assert found(text)[0][:2] == ("小林", "学生")


def test_according_to():
    text = "据市统计局介绍，一季度全市生产总值增长5%。"
    assert found(text)[0][0] == "市统计局"


def test_reporters_narration_has_no_speaker():
    assert found("2020年，这座桥正式通车，每天车流量超过两万辆。") == []


def test_pronouns_are_not_speakers():
    assert found("He said the plan would work.", "en") == []


def test_dates_are_not_speakers():
    assert [g[0] for g in found("Officials said Monday the bridge had reopened.", "en")] == ["officials"]


def test_a_body_after_when_is_an_event_told_not_a_source():
    assert found("The road reopened Monday after police said it was safe.", "en") == []


def test_a_quote_with_its_speaker_and_a_participle_tail_is_one_statement():
    text = "“The money was frozen in 2019,” Ortiz testified, referring to the state's relief fund."
    claims = extract(text, published=date(2024, 7, 2), lang="en")
    assert [(c.date_text, c.speaker) for c in claims] == [("2019", "Ortiz")]


def test_an_abbreviated_month_does_not_end_the_attributed_sentence():
    text = "The Transit Authority said in an Oct. 2 memo that fares would rise."
    claims = extract(text, published=date(2024, 11, 2), lang="en")
    assert [(c.date_text, c.speaker) for c in claims] == [("Oct. 2", "Transit Authority")]


def test_a_name_inside_a_when_clause_is_no_source():
    text = "She described a March 3 meeting when Baker told the visitors to wait."
    claims = extract(text, published=date(2024, 7, 2), lang="en")
    assert [c.speaker for c in claims] == [None]


def test_adding_hands_the_second_quote_to_the_same_speaker():
    text = "“Sales were weak,” analyst Mia Chen said, adding, “2023 was the low point.”"
    claims = extract(text, published=date(2024, 7, 2), lang="en")
    assert [(c.date_text, c.speaker) for c in claims] == [("2023", "Mia Chen")]


def test_zh_speakers_addressee_and_time_words_are_left_out():
    text = "“王科长”向李女士强调，她必须在3月5日前转账。"
    assert [c.speaker for c in extract(text, published=PUB, lang="zh")] == ["王科长"]
    bank = extract("世界银行周二预测，今年全球经济增速将达2.6%。", published=PUB, lang="zh")
    assert {c.speaker for c in bank} == {"世界银行"}


def test_zh_non_speakers_are_not_speakers():
    text = "对于游客来说，5月1日起景区免费开放。温馨提示：本周全市气温偏低。"
    assert {c.speaker for c in extract(text, published=PUB, lang="zh")} == {None}


def test_zh_according_to_a_source_with_a_date_or_a_published_report():
    one = extract("据本地电视台3月2日报道，该桥3月1日通车。", published=PUB, lang="zh")
    assert {c.speaker for c in one} == {"本地电视台"}
    two = extract(
        "根据统计局2023年5月发布的报告显示，截至当时，全市企业已达573家。", published=PUB, lang="zh"
    )
    assert {c.speaker for c in two} == {"统计局"}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("6月2日李明威胁称，将停止供货。", ["李明"]),
        ("3日下午，市交通局局长王磊表示，新线路将于年底开通。", ["王磊"]),
        ("其还称明年的价格会下降。", []),
        ("9月3日，市场讯息称，两家公司将合并。", []),
    ],
)
def test_zh_a_leading_date_and_a_manner_verb_are_not_the_name(text, speaker):
    assert [g[0] for g in found(text)] == speaker


_SPEECH_BITS = [
    "说",
    "来说",
    "而说",
    "据",
    "根据",
    "某市统计局",
    "2023年",
    "发布的",
    "报告",
    "显示",
    "介绍",
    "，",
    "said",
    "says",
    "Xsaid",
    "added",
    "told reporters",
    "according to",
    "” wrote",
    "a statement from",
    " ",
    "the ",
    "Mayor Jane Doe",
    ", a lawyer",
    ".",
]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(_SPEECH_BITS), max_size=16).map("".join))
def test_speech_patterns_match_what_their_plain_forms_match(text):
    plain = {
        "_ZH_VERB": re.compile(speakers._ZH_VERBS.replace("说(?<![来而]说)", "(?<![来而])说")),
        "_EN_INVERTED": re.compile(
            speakers_en._EN_INVERTED.pattern.replace(
                r"(?:s(?<!\w.)(?:aid|ays)|t(?<!\w.)old reporters|a(?<!\w.)dded|w(?<=[”\"] w)rote)",
                r"(?:\b(?:said|says|told reporters|added)|(?<=[”\"] )wrote)",
            )
        ),
        "_EN_ACCORDING": re.compile(
            speakers_en._EN_ACCORDING.pattern.replace(
                r"(?:a(?<!\w.)(?:ccording to| statement from)|s(?<!\w.)tatement by)",
                r"\b(?:according to|a statement from|statement by)",
            )
        ),
    }
    for name, slow in plain.items():
        fast = getattr(speakers_en if name.startswith("_EN") else speakers, name)
        assert fast.pattern != slow.pattern
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
            (m.span(), m.groupdict()) for m in slow.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(
        st.sampled_from(
            [
                "王",
                "主任",
                "激动地",
                "地",
                "《",
                "》",
                "（",
                ")",
                "·",
                "A",
                "7",
                "，",
                "“",
                "”",
                "\n",
                " ",
                "é",
            ]
        ),
        max_size=24,
    ).map("".join),
    lo=st.integers(0, 6),
)
def test_zh_speaker_search_from_its_run_finds_what_the_whole_window_finds(text, lo):
    for hi in range(lo, len(text) + 1):
        plain = speakers._ZH_WHO_BACK.search(text, lo, hi)
        fast = speakers._zh_who_back(text, lo, hi)
        assert (fast and (fast.span(), fast.groupdict())) == (plain and (plain.span(), plain.groupdict()))


def test_a_published_report_names_its_source():
    found = attributions("根据某市统计局2023年发布的报告显示，全市人口增加。", 0, 22, "zh")
    assert [(a.speaker, a.source) for a in found] == [("某市统计局", True)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("物业公司方面于12日对外回应称，将尽快维修电梯。", ["物业公司方面"]),
        ("某国驻华使馆发言人5日回应称，此事纯属内政。", ["某国驻华使馆发言人"]),
        ("部长8日在接受电台(Radio One)采访时表示，谈判将继续。", []),
    ],
)
def test_zh_a_date_preposition_or_interview_frame_is_not_the_name(text, speaker):
    assert [g[0] for g in found(text)] == speaker


def test_zh_according_to_a_source_just_now():
    text = "据港媒刚刚消息，该男子今日上午刑满出狱。"
    assert [g[0] for g in found(text)] == ["港媒"]


def test_a_recent_word_and_a_publishing_verb_are_not_part_of_the_speaker():
    claims = extract("某国电视台网站不久前刊文称，该市已有三座新公园开放。", published=PUB, lang="zh")
    assert [(c.date_text, c.speaker) for c in claims][:1] == [("不久前", "某国电视台网站")]


def test_the_time_of_the_saying_is_not_part_of_the_speaker():
    text = "電力公司董事長晚間受訪時說，上（3）月售電量成長3.2%。行政院發言人林小真今（24）日指出，新費率下月上路。"
    got = {c.speaker: c.speaker_role for c in extract(text, published=PUB, lang="zh-Hant")}
    assert got == {"電力公司董事長": None, "林小真": "行政院發言人"}


def test_a_name_that_runs_into_the_next_sentences_pronoun_is_no_speaker():
    text = "The envoy met the visiting Foreign Minister Ana Petrova. She said the talks went well."
    assert found(text, "en") == []
    [claim] = extract(
        "On Monday the envoy met Foreign Minister Ana Petrova. She said it went well.",
        published=PUB,
        lang="en",
    )
    assert claim.speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("此前曾有商家称，退货须在七天内办理。", "商家"),
        ("日前有居民反映，小区路灯已坏了半个月。", None),  # 反映 is no attribution verb here
        ("曾有快递员透露，每天要送两百多件包裹。", "快递员"),
    ],
)
def test_the_time_of_a_saying_and_there_was_are_not_the_speaker(text, speaker):
    assert [name for name, _, _ in found(text)][:1] == ([speaker] if speaker else [])


_ROLE_PIECES = [
    "the ",
    "company ",
    "chief ",
    "executive ",
    "co",
    "director ",
    "spokesman",
    " ",
    "\n",
    "said ",
    "X. ",
]


@settings(max_examples=300, deadline=None)
@given(text=st.lists(st.sampled_from(_ROLE_PIECES), max_size=14).map("".join))
def test_the_role_word_test_finds_what_the_pattern_finds(text):
    # _lower_role runs the pattern only on windows ending in a role word and a space: the same result
    for end in range(len(text) + 1):
        start = max(0, end - 60)
        got = speakers_en._lower_role(text, start, end)
        want = speakers_en._EN_LOWER_ROLE.search(text, start, end)
        assert (got and got.span(1)) == (want and want.span(1))


def test_a_place_before_told_is_not_the_speaker():
    text = "Two doctors at a hospital in the UK told the story of a patient who fell ill in March 2021."
    claims = extract(text, published=date(2024, 4, 24), lang="en")
    assert [c.speaker for c in claims] == [None]


_TRAILING_BITS = [
    "向",
    "记者",
    "此前",
    "于",
    "也",
    "9月",
    "5日",
    "发布",
    "了",
    "一份",
    "报告",
    "今",
    "（28）",
    "日",
    "王",
    "局长",
    "\n",
    "a",
    "1",
]


@settings(max_examples=400, deadline=None)
@given(who=st.lists(st.sampled_from(_TRAILING_BITS), max_size=14).map("".join))
def test_the_trailing_words_are_cut_as_the_whole_pattern_cuts_them(who):
    # _without_trailing searches only the end of the text, where every match must start
    assert speakers._without_trailing(who) == speakers._ZH_TRAILING.sub("", who)


@settings(max_examples=300, deadline=None)
@given(who=st.text(alphabet="王局长a1（）·\n日月2化名", max_size=12))
def test_the_speaker_pretests_pass_whatever_their_patterns_would_change(who):
    if speakers._ZH_LEAD_DATE.sub("", who) != who:
        assert who[:1].isdecimal()
    if speakers._ZH_PSEUDONYM.sub("", who) != who:
        assert "化名" in who
    assert (speakers._TWO_HAN.search(who) is not None) is (sum("\u4e00" <= ch <= "\u9fff" for ch in who) >= 2)


def test_what_one_says_ends_where_the_next_speaker_is_named():
    text = "港府早前表示，新例将于7月1日起实施；劳工处昨日指出，上月失业率为2.9%。"
    assert found(text) == [("港府", None, "新例将于7月1日起实施；"), ("劳工处", None, "上月失业率为2.9%。")]
    claims = sorted(extract(text, published=date(2024, 6, 5), lang="zh"), key=lambda c: c.char_start)
    assert [(c.date_text, c.speaker) for c in claims] == [
        ("7月1日起", "港府"),  # 早前表示 only frames it (said.frames)
        ("昨日", "劳工处"),
        ("上月", "劳工处"),
    ]
