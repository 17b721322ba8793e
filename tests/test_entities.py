"""Entities by suffix and gazetteer: organisations, places and people, zh and en."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.claims import entities
from timeline.claims.entities import extract_entities


def named(text: str, lang: str = "zh", people=()):
    return {(e.text, e.type) for e in extract_entities(text, lang, people)}


def test_chinese_organisations_by_suffix():
    got = named("杭州市公安局西湖分局与浙江大学签订协议，由市人民医院提供支持。")
    assert {("杭州市公安局西湖分局", "ORG"), ("浙江大学", "ORG"), ("市人民医院", "ORG")} <= got
    assert ("李某", "PERSON") in named("李某（化名）报警后，民警赶到。")


def test_chinese_places_from_the_gazetteer_and_suffixes():
    got = named("救援队从成都出发，赶到阿坝州的一个村子和幸福社区。")
    assert ("成都", "PLACE") in got
    assert ("幸福社区", "PLACE") in got


def test_chinese_people_after_a_role_word_and_known_speakers():
    got = named("副局长赵一鸣在会上讲话，随后民警孙悦到场。", people=["周强"])
    assert {("赵一鸣", "PERSON"), ("孙悦", "PERSON")} <= got
    assert ("周强", "PERSON") in named("周强带队检查。", people=["周强"])


def test_counted_and_bare_words_are_not_organisations():
    got = named("她分别到两家银行查账，又去了医院。")
    assert not any(kind == "ORG" for _, kind in got)


def test_english_entities():
    got = named(
        "Fire Chief Sam Lee said the Oakland Fire Department and PG&E crews worked in California.", "en"
    )
    assert {("Sam Lee", "PERSON"), ("PG&E", "ORG"), ("California", "PLACE")} <= got
    assert any(kind == "ORG" and "Fire Department" in text for text, kind in got)


def test_english_names_after_a_lowercase_role_and_organisations_without_lead_words():
    text = "Former Transport Commission official Maria Lopez told Interim City Police Chief Dan Reed and the CEO."
    got = [(e.text, e.type) for e in extract_entities(text, "en")]
    assert ("Maria Lopez", "PERSON") in got and ("Dan Reed", "PERSON") in got
    assert ("Transport Commission", "ORG") in got and ("City Police", "ORG") in got
    assert all(kind != "ORG" or not name.startswith(("Former", "Interim", "CEO")) for name, kind in got)


def test_zh_counted_or_generic_organisations_and_verbs_after_reporter_are_dropped():
    text = "记者了解到，他在不同银行开了账户，又到哪家医院检查，后经市人民医院确诊。"
    got = [(e.text, e.type) for e in extract_entities(text, "zh")]
    assert got == [("市人民医院", "ORG")]


_EN_BITS = [
    "US",
    "U.S.",
    "USA",
    "EU",
    "China",
    "Calif.",
    "California",
    "AT&T",
    "NYPD",
    "A",
    "AB",
    "=",
    "x",
    " ",
    ".",
    "-",
]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(_EN_BITS), max_size=20).map("".join))
def test_word_start_patterns_match_what_their_plain_forms_match(text):
    places = "|".join(re.escape(p) for p in entities._EN_PLACES)
    plain_place = re.compile(rf"\b(?:{places})(?![\w])")
    plain_acronym = re.compile(
        r"(?<![=\w])(?<![A-Z]\s)(?:[A-Z]{1,5}&[A-Z]{1,5}|[A-Z]{2,6})\b(?!\s+[A-Z]{2,})"
    )
    for fast, plain in ((entities._EN_PLACE, plain_place), (entities._EN_ACRONYM, plain_acronym)):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    if entities._EN_ORG.search(text):
        assert entities._EN_ORG_WORD.search(text)


def test_org_suffix_tree_prefers_what_the_word_list_did():
    words = [
        *entities._ZH_ORG_WORDS,
        *(f + b for f in entities._ZH_ORG_FIELDS for b in entities._ZH_ORG_BODIES),
    ]
    assert not [(a, b) for i, a in enumerate(words) for b in words[i + 1 :] if b != a and b.startswith(a)]
    assert [e.text for e in extract_entities("该市气象台发布预警", "zh")] == ["市气象台"]


def test_a_chinese_organisation_starts_after_a_time_word_or_a_leading_verb():
    got = named("五年前带领星河集团在港上市的陈某，去年加入远航公司。")
    assert {("星河集团", "ORG"), ("远航公司", "ORG")} <= got
    assert not [t for t, kind in got if kind == "ORG" and ("前" in t or "加入" in t)]


def test_localities_are_only_sought_where_their_closing_words_stand():
    # _collect_localities returns at once without 村 or 社区: every _ZH_LOCALITY_END match is one of them
    assert set(entities._ZH_LOCALITY_END.pattern.split("|")) == {"社区", "村"}
    assert ("桑珠村", "PLACE") in [(e.text, e.type) for e in extract_entities("来到桑珠村", "zh")]
