"""Paragraphs, sentences and clause pieces keep exact offsets (zh and en)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import segment
from timeline.segment import MAX_SENTENCE, Piece, Span, built, paragraphs, pieces, sentences


def test_zh_sentences_keep_offsets():
    text = "  2019年，新馆开工。“工程很顺利。”馆长说。\n\n次年竣工！"
    spans = sentences(text, "zh")
    assert [s.text for s in spans] == ["2019年，新馆开工。", "“工程很顺利。”", "馆长说。", "次年竣工！"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_en_sentences_skip_abbreviations_and_decimals():
    text = "Acme Co. said yields hit 1.75% on Monday. Mr. Lee agreed. Sales rose in Oct. 2023, it said."
    spans = sentences(text, "en")
    assert [s.text for s in spans] == [
        "Acme Co. said yields hit 1.75% on Monday.",
        "Mr. Lee agreed.",
        "Sales rose in Oct. 2023, it said.",
    ]


def test_paragraphs_are_trimmed_lines():
    text = "第一段。\n\n   第二段。  \n"
    assert [(p.start, p.text) for p in paragraphs(text)] == [(0, "第一段。"), (9, "第二段。")]


def test_zh_pieces_split_at_clause_punctuation_and_record_the_opener():
    text = "2021年，该站建成；同年，开始运行：每日接待1,200人，效果好。"
    sent = sentences(text, "zh")[0]
    got = [(p.text, p.opener) for p in pieces(text, sent, "zh")]
    assert got == [
        ("2021年", ""),
        ("该站建成", "，"),
        ("同年", "；"),
        ("开始运行", "，"),
        ("每日接待1,200人", "："),  # a thousands separator is not a clause break
        ("效果好", "，"),
    ]
    assert all(text[p.start : p.end] == p.text for p in got_pieces(text))


def got_pieces(text: str):
    return [p for s in sentences(text, "zh") for p in pieces(text, s, "zh")]


def test_times_are_not_split_at_their_colon():
    text = "会议于9:30开始，持续两小时。"
    assert [p.text for p in got_pieces(text)] == ["会议于9:30开始", "持续两小时"]


def test_a_single_letter_before_a_sentence_opener_ends_the_sentence():
    got = [s.text for s in sentences("Lyon topped Group B. The next day, Porto lost.", "en")]
    assert got == ["Lyon topped Group B.", "The next day, Porto lost."]


def test_a_decade_ends_a_sentence_though_its_s_is_one_letter():
    got = [
        s.text
        for s in sentences(
            "The probe may fly in the late 2030s. Engineers hope so. Prices fell in the 1980s.", "en"
        )
    ]
    assert got == ["The probe may fly in the late 2030s.", "Engineers hope so.", "Prices fell in the 1980s."]


def test_initials_and_titles_still_do_not_end_a_sentence():
    got = [s.text for s in sentences("We met A. B. Carter and Dr. The Reverend Lee on Monday.", "en")]
    assert len(got) == 1


_MARKS = ["1", "12", ",", ":", "，", "；", ";", "：", "a", " ", ".", "!", "?", "\n", "”", ")", "A", "B", "字"]


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(_MARKS), max_size=40).map("".join))
def test_the_break_patterns_find_what_their_plain_forms_find(text):
    plain_zh = re.compile(r"[，；;：]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d):|:(?!\d)")
    plain_en = re.compile(r"[.!?]+[\"”’)]*(?=\s+[\"“‘(]?[A-Z0-9])|\n")
    for fast, plain in ((segment._ZH_PIECE_BREAK, plain_zh), (segment._EN_BOUNDARY, plain_en)):
        assert [(m.span(), m.group()) for m in fast.finditer(text)] == [
            (m.span(), m.group()) for m in plain.finditer(text)
        ]
    word = re.search(r"([A-Za-z.]+)\Z", text)  # the text before a stop never ends in a line break
    assert segment._last_word(text, 0, len(text)) == (word.group(1) if word else "")


def test_zh_lines_that_end_in_a_comma_go_on_in_the_next_line():
    text = "下周二，\n老城区将停水，\n影响约两万户。\n请提前储水\n通知如下。"
    lines = segment.story_lines(text, "zh")
    assert [p.text for p in lines] == ["下周二，\n老城区将停水，\n影响约两万户。", "请提前储水", "通知如下。"]
    assert [s.text for s in sentences(lines[0].text, "zh")] == [lines[0].text]
    assert segment.story_lines("One,\ntwo.", "en") == paragraphs("One,\ntwo.")


def test_a_date_alone_on_a_wechat_line_dates_the_clause_on_the_next():
    from timeline import extract

    text = "5月20日至31日，\n江北大桥北行方向，\n将封闭施工。\n请市民绕行。"
    got = [(c.date_edtf, c.claim_text) for c in extract(text, published="2019-05-17", lang="zh")]
    assert got == [("2019-05-20/2019-05-31", "5月20日至31日，\n江北大桥北行方向，\n将封闭施工")]


def test_a_report_before_a_closing_question_is_kept_as_a_statement():
    from timeline import extract

    text = "近日，一段视频在网上流传，画面里的老桥被拆除，有网友惋惜，也有人质疑，难道不能修缮吗？今年，新桥能否通车？"
    got = [(c.date_text, c.claim_text) for c in extract(text, published="2021-03-05", lang="zh")]
    assert got == [("近日", "近日，一段视频在网上流传，画面里的老桥被拆除，有网友惋惜，也有人质疑")]
    assert segment.statement_before_question("今年能否通车？") == 0


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_run_without_sentence_stops_is_cut_at_spaces_into_bounded_sentences(lang: str) -> None:
    text = "intro " + " ".join(f"item{i}" for i in range(2500)) + " 2023年3月 tail"
    found = sentences(text, lang)
    assert all(len(s.text) <= MAX_SENTENCE for s in found)
    assert all(text[s.start : s.end] == s.text for s in found)
    assert "".join(s.text for s in found).replace(" ", "") == text.replace(" ", "")
    assert all(text[s.end] == " " for s in found[:-1])  # cut at a space, never inside a word


def test_a_stop_glued_to_the_next_sentence_still_ends_one():
    text = "The museum reopened on Friday.Visitors queued for hours. See www.Example.org for times."
    assert [s.text for s in sentences(text, "en")] == [
        "The museum reopened on Friday.",
        "Visitors queued for hours.",
        "See www.Example.org for times.",
    ]


def test_built_makes_the_same_spans_and_pieces_as_their_constructors():
    span, piece = built(Span, (3, 7, "2024")), built(Piece, (0, 2, "据悉", "，"))
    assert type(span) is Span and span == Span(3, 7, "2024") and span.text == "2024"
    assert type(piece) is Piece and piece == Piece(0, 2, "据悉", "，") and piece.opener == "，"
