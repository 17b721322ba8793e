"""A pronoun in the speaker's place stands for the speaker last named (timeline/claims/pronouns.py)."""

from __future__ import annotations

from datetime import date

from timeline.pipeline import extract

PUB = date(2024, 6, 5)


def speakers_of(text: str) -> list[tuple[str, str | None]]:
    claims = sorted(extract(text, published=PUB, lang="zh"), key=lambda c: c.char_start)
    return [(c.date_text or "", c.speaker) for c in claims]


def test_ta_and_qi_take_the_speaker_named_before():
    text = (
        "5月6日，市水务局局长周涛告诉记者，全市防汛物资已经备齐。"
        "他还表示，今年全市将新建3座泵站。其同时透露，去年共投入资金2亿元。"
    )
    assert speakers_of(text) == [("5月6日", "周涛"), ("今年", "周涛"), ("去年", "周涛")]


def test_a_bare_pronoun_before_shuo_is_read_too():
    text = "记者问起原因时，店主刘明说，房租涨了一倍。被问到何时重开，他说，下月初再做打算。"
    assert speakers_of(text)[-1] == ("下月初", "店主刘明")


def test_a_pronoun_with_no_speaker_before_it_names_no_one():
    assert speakers_of("他表示，去年产量翻了一番。") == [("去年", None)]


def test_a_source_named_by_ju_is_not_what_a_pronoun_stands_for():
    text = "据市统计局介绍，去年降雨量偏多两成。她说，今年汛期可能提前。"
    assert speakers_of(text) == [("去年", "市统计局"), ("今年", None)]
