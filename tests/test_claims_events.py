"""Event types from the lexicon (kept as data), with the rule that fired."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.claims import events
from timeline.claims import events_lexicon as lex
from timeline.claims.events import classify, planned_marker, trigger
from timeline.models import EventType


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("凌晨在路口发生一起交通事故", "zh", "incident"),
        ("张华出任市卫生局局长", "zh", "appointment"),
        ("两校签署合作备忘录", "zh", "agreement"),
        ("新区图书馆挂牌成立", "zh", "founding"),
        ("全市安全生产会议在会展中心召开", "zh", "meeting"),
        ("组织新入职教师跟班培训", "zh", "training"),
        ("市政府印发垃圾分类管理办法", "zh", "policy"),
        ("跨江大桥改造工程完工", "zh", "project"),
        ("社区民警为老人上门办理证件", "zh", "service"),
        ("失业率下降到4.5%", "zh", "statistic"),
        ("A gunman killed two people outside the mall", "en", "incident"),
        ("The board appointed Lisa Chen as chief executive", "en", "appointment"),
        ("The two countries signed a trade agreement", "en", "agreement"),
        ("The museum was founded by local teachers", "en", "founding"),
        ("Lawmakers met in a closed-door hearing", "en", "meeting"),
        ("Nurses completed a training course", "en", "training"),
        ("The council approved a new parking ordinance", "en", "policy"),
        ("Construction of the bridge project resumed", "en", "project"),
        ("The utility restored power to customers", "en", "service"),
        ("Sales rose 4 percent", "en", "statistic"),
        ("天气晴朗，风景很美", "zh", "other"),
    ],
)
def test_event_types(text, lang, expected):
    event_type, rule = classify(text, lang, rate="%" in text or "percent" in text)
    assert event_type == expected, rule


def test_the_rule_names_the_word_that_fired():
    assert classify("两校签署合作备忘录", "zh") == ("agreement", "lexicon:agreement:签署")
    assert classify("明年将建成新馆", "zh", planned=True) == ("plan", "planned:将建成")


def test_specific_types_win_by_position_over_general_ones():
    assert trigger("民警学习案件侦查方法", "zh")[0] == "training"
    assert trigger("推进工程建设，期间发生事故", "zh")[0] == "incident"


@pytest.mark.parametrize(
    ("text", "lang", "planned"),
    [
        ("计划明年开工", "zh", True),
        ("预计下周降温", "zh", True),
        ("拟于5月召开", "zh", True),
        ("将于明年建成", "zh", True),
        ("他将资料交给了警方", "zh", False),
        ("《三年行动计划》已完成", "zh", False),
        ("全县完成年度计划的九成", "zh", False),
        ("工程已超计划完成投资", "zh", False),
        ("公司计划投资两亿元", "zh", True),
        ("The city plans to open a branch", "en", True),
        ("Officials said it will reopen", "en", True),
        ("Rain is expected Wednesday", "en", True),
        ("The store reopened Monday", "en", False),
    ],
)
def test_planned_markers(text, lang, planned):
    assert (planned_marker(text, lang) is not None) is planned


def test_the_lexicon_is_data_for_every_type_and_language():
    assert set(lex.TRIGGERS) == set(lex.ORDER)
    assert set(lex.ORDER) | {"plan", "other"} == set(EventType.__args__)  # every type of the model
    for kind in lex.ORDER:
        assert lex.TRIGGERS[kind]["zh"] and lex.TRIGGERS[kind]["en"], kind


def test_en_an_aside_about_the_subject_does_not_type_the_claim():
    from datetime import date

    from timeline.pipeline import extract

    claims = extract(
        "The bakery, which opened in 1990, was damaged in a fire on Friday.",
        published=date(2024, 4, 24),
        lang="en",
    )
    main = [c for c in claims if c.claim_text.startswith("The bakery")]
    assert [(c.date_text, c.event_type) for c in main] == [("Friday", "incident")]


_EN_PIECES = [
    " ",
    ", ",
    ".",
    "The ",
    "police ",
    "killed",
    "kills ",
    "signing",
    "signed an agreement",
    "named as the new chief",
    "sworn in ",
    "stepped down",
    "Fire",
    "fireworks",
    "wildfires",
    "rules",
    "10%",
    "percent",
    "launched",
    "inaugurated",
    "visit",
    "trained",
    "banned",
    "x",
    "will ",
    "plans to ",
    "expected to ",
    "were planned ",
    "Is Set To ",
    "arena",
    "said",
    "initially ",
    "first ",
    "announced",
    "held a meeting",
    "record",
    "historic",
]


def _english_word_lists() -> dict[str, list[str]]:
    """Every English word list of the lexicon, by name (trigger lists by type)."""
    lists = {f"TRIGGERS.{kind}": list(lex.TRIGGERS[kind]["en"]) for kind in lex.ORDER}
    for name in dir(lex):
        table = getattr(lex, name)
        if isinstance(table, dict) and isinstance(table.get("en"), (list, tuple)):
            lists[name] = list(table["en"])
    lists["all triggers"] = [w for kind in lex.ORDER for w in lex.TRIGGERS[kind]["en"]]
    return lists


def _without_openings(pattern: re.Pattern[str], words: list[str]) -> re.Pattern[str]:
    openings = events._openings(words)
    guard = f"(?={openings})" if openings is not None else ""
    return re.compile(pattern.pattern.replace(guard, "", 1) if guard else pattern.pattern, re.IGNORECASE)


def test_the_openings_guard_is_used_for_english_triggers():
    assert events._openings(_english_word_lists()["all triggers"]) is not None
    assert "(?=(?:" in events._triggers("en").pattern


@pytest.mark.parametrize("name", sorted(_english_word_lists()))
@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from(_EN_PIECES), max_size=30).map("".join))
def test_the_openings_guard_of_english_word_lists_changes_no_match(name, text):
    words = _english_word_lists()[name]
    guarded = events._triggers("en") if name == "all triggers" else events.word_pattern(words)
    plain = _without_openings(guarded, words)
    found = [(m.span(), m.lastgroup, m.group()) for m in guarded.finditer(text)]
    assert found == [(m.span(), m.lastgroup, m.group()) for m in plain.finditer(text)]


def test_a_leading_group_of_plain_words_gives_one_opening_each():
    assert events._literal_openings(list(re._parser.parse(r"\b(?:is|are) planned\b"))) == ["is", "are"]
    assert events._literal_openings(list(re._parser.parse(r"\bkill(?:ed)?\b"))) == ["kill"]
    assert events._literal_openings(list(re._parser.parse(r"[a-z]+ed\b"))) is None
    assert "(?=(?:" in events._compiled("planned", "en").pattern  # the plan words are guarded too


def test_chinese_plan_words_are_guarded_past_their_lookbehinds():
    assert events._first_char("(?<!年度)(?<!按)计划(?![》])") == "计"
    assert events._first_char("[一二]之初") is None
    assert events._compiled("planned", "zh").pattern.startswith("(?=[")
    assert planned_marker("公司计划明年扩建", "zh") == "计划"
    assert planned_marker("按计划完成", "zh") is None


_CASE_PIECES = [*_EN_PIECES, "K", "ſ", "ı", "İ", "É", "é", "ǅ", "_", "9", "%", "\n", "KILLED ", "Died.", "-"]
_ENGLISH_KINDS = ("triggers", "planned", "evaluation")


def test_english_word_lists_have_a_case_sensitive_twin():
    assert all(events._english(kind)[1] is not None for kind in _ENGLISH_KINDS)
    assert events.case_sensitive(re.compile(r"\bNASA\b", re.IGNORECASE)) is None
    assert events.case_sensitive(re.compile(r"[A-Z]\w+", re.IGNORECASE)) is None
    assert events.case_sensitive(re.compile(r"\bÉlysée\b", re.IGNORECASE)) is None
    assert events.lowered("İstanbul") is None and events.lowered("ſtorm") is None
    assert events.lowered("Storm Ida") == "storm ida"


@pytest.mark.parametrize("kind", _ENGLISH_KINDS)
@settings(max_examples=80, deadline=None)
@given(text=st.lists(st.sampled_from(_CASE_PIECES), max_size=30).map("".join))
def test_searching_lowered_text_finds_what_ignorecase_finds(kind, text):
    pattern, cased = events._english(kind)
    found = [(m.span(), m.lastgroup) for m in events._finditer(kind, text, "en")]
    assert found == [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
    low = events.lowered(text)
    if low is not None and cased is not None:  # the twin really ran: same answer on the lowered copy
        assert [m.span() for m in cased.finditer(low)] == [m.span() for m in pattern.finditer(text)]


def test_lowering_keeps_every_character_class_the_word_lists_use():
    """Every character that lowers to one character (and is not ſ or ı) keeps its \\w, \\s, \\d and
    newline class, and matches an ASCII letter under re.IGNORECASE only as its lower case does."""
    chars = "".join(c for c in map(chr, range(0x110000)) if len(c.lower()) == 1 and c not in "ſı")
    low = "".join(c.lower() for c in chars)
    for cls in (r"\w", r"\s", r"\d", r"\n", r"[a-z]"):
        flags = re.IGNORECASE if cls == r"[a-z]" else 0
        assert [m.start() for m in re.finditer(cls, chars, flags)] == [
            m.start() for m in re.finditer(cls, low)
        ]


@settings(max_examples=80, deadline=None)
@given(text=st.lists(st.sampled_from(_CASE_PIECES), max_size=30).map("".join))
def test_english_fact_verbs_are_found_in_the_lowered_copy_as_in_the_text(text):
    from timeline.claims import lexicon_match

    assert lexicon_match._cased("FACT_VERBS", "en") is not None
    expected = lexicon_match.table_pattern("FACT_VERBS", "en").search(text) is not None
    assert lexicon_match.has_word("FACT_VERBS", text, "en") is expected
    assert lexicon_match.has_fact_verb(text, "en") is expected


def test_the_noun_will_is_no_plan():
    assert planned_marker("The general on Tuesday vowed to bend the rebels to his will.", "en") is None
    assert planned_marker("She contested the will of her late aunt on Monday.", "en") is None
    assert planned_marker("The board will vote on Monday.", "en") == "will"


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="AaZz İıſK .,'-1", max_size=20))
def test_lowered_ascii_text_is_its_plain_lower_case(text):
    low = events.lowered(text)
    if text.isascii():
        assert low == text.lower()  # the ASCII shortcut: same length, no odd letters
    if low is not None:
        assert len(low) == len(text) and "ſ" not in low and "ı" not in low


@pytest.mark.parametrize(
    ("text", "expected", "rule"),
    [
        # a titled rule issued: policy, even when the title names an outbreak or an incident
        (
            "省卫健委印发《关于做好疫情期间医疗救治工作的通知》，要求各地落实",
            "policy",
            "issues a document:印发《…通知》",
        ),
        ("市政府发布《火灾事故隐患排查整治方案》", "policy", "issues a document:发布《…方案》"),
        # a titled report published: a statistic
        ("研究院发布的《2022年新能源汽车产业报告》显示", "statistic", "issues a document:发布《…报告》"),
        # figures or results published without a title: a statistic
        ("区卫健委公布了上半年居民体检结果", "statistic", "lexicon:statistic:公布了上半年居民体检结果"),
    ],
)
def test_issuing_a_document_or_publishing_figures_types_the_clause(text, expected, rule):
    assert classify(text, "zh") == (expected, rule)


def test_words_inside_a_title_do_not_type_the_clause():
    # 《…事故…》 names a film; the clause reports its screening, no incident
    assert classify("电影《海上事故》在影院首映", "zh")[0] != "incident"
    assert classify("电影在影院首映后发生踩踏事故", "zh")[0] == "incident"


def test_jiuhui_with_an_action_marks_a_plan():
    assert planned_marker("新版条例本月就会正式实施", "zh") == "就会正式"
    assert planned_marker("一下雨，这条路就会积水", "zh") is None  # a general truth, no plan


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("The takeover, which closed Wednesday, will give the buyer forty stations.", "none"),
        ("Earlier this year, the singer told a radio host the band will tour again.", "none"),
        ("In a letter read aloud Wednesday, the mayor warned the levee could fail.", "none"),
        ("The utility said Wednesday it will raise rates.", "planned"),  # 'said' may report the plan
        ("The council will vote Wednesday on the budget.", "planned"),
        ("Come May 2, buyers who preordered will get the charger free.", "planned"),
    ],
)
def test_a_date_told_in_the_past_is_not_planned_by_a_later_will(text, qualifier):
    from datetime import date

    from timeline.pipeline import extract

    [claim] = extract(text, published=date(2024, 4, 24), lang="en")  # a Wednesday
    assert claim.date_qualifier == qualifier


def test_yuqi_before_a_verb_is_a_forecast_but_as_a_noun_is_none():
    assert planned_marker("预期在年底前全部完工", "zh") == "预期在"
    assert planned_marker("三季度营收超出预期", "zh") is None


def test_jiang_before_calling_off_marks_a_plan_for_the_same_day():
    from timeline import extract

    text = "受暴雪影响，机场12日将取消三成进出港航班，部分高速也将暂停通行。"
    [claim] = extract(text, published="2023-03-12", lang="zh")
    assert (claim.date_edtf, claim.date_qualifier) == ("2023-03-12", "planned")
    assert planned_marker("他将取消的订单重新提交", "zh") is None  # 将 as 把 before a noun phrase
