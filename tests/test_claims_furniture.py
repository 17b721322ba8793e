"""Page furniture is no claim: sign-offs and what follows, teasers, repeated titles, idioms (own examples)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from timeline.claims.furniture import _CAPTION_LAST, is_caption, story_paragraphs
from timeline.ingest import Overrides, article_from_text
from timeline.pipeline import extract, extract_article
from timeline.segment import paragraphs

PUB = date(2024, 4, 24)


def texts(claims):
    return [c.claim_text for c in sorted(claims, key=lambda c: c.char_start)]


def test_nothing_after_the_editor_line_is_part_of_the_story():
    text = (
        "3月2日，某区图书馆新馆正式开放，首日接待读者两千人次。\n"
        "馆方表示，4月起将延长周末开放时间。\n"
        "责任编辑：周明\n"
        "某市消防：3月5日凌晨，一仓库起火，无人员伤亡。\n"
    )
    got = texts(extract(text, published=PUB, lang="zh"))
    assert any(t.startswith("3月2日") for t in got)
    assert not any("仓库" in t for t in got)


def test_an_english_reporting_line_ends_the_story():
    text = (
        "The council approved the budget on Monday.\n"
        "Work on the bridge starts in June, officials said.\n"
        "Reporting by Ann Lee; Editing by Tom Ward\n"
        "Related: Storm closes schools on Friday\n"
    )
    got = texts(extract(text, published=PUB, lang="en"))
    assert got and not any("Storm" in t for t in got)


def test_a_writers_bio_with_a_follow_line_ends_the_story():
    text = (
        "The probe reached orbit on Monday after a seven-month cruise from the launch pad in Florida.\n"
        "Engineers will test its camera and its two spectrometers in June, the agency said in a statement.\n"
        "Ann Lee's novel about the first lunar base (Harbor Books, 2017) is out now. Follow her on Twitter @annlee.\n"
    )
    got = texts(extract(text, published=PUB, lang="en"))
    assert len(got) == 2 and not any("novel" in t for t in got)


def test_an_editor_line_at_the_top_does_not_hide_the_story():
    text = "编辑：周明\n" + "2月1日，新桥通车，全长800米。\n" * 3
    assert len(story_paragraphs(paragraphs(text), text, None)) == 4


def test_a_teaser_cut_off_by_a_single_ellipsis_is_skipped():
    text = "5月3日，新校区奠基。\n另一则：5月4日晚，有十余名游客因暴雨被困山…\n"
    got = texts(extract(text, published=PUB, lang="zh"))
    assert got == ["5月3日，新校区奠基"]


def test_a_writers_own_double_ellipsis_is_kept():
    text = "标题行\n5月3日，他站在台上，久久没有说话……\n"
    assert texts(extract(text, published=PUB, lang="zh")) == ["5月3日，他站在台上，久久没有说话"]


def test_a_line_that_repeats_the_title_is_no_claim():
    text = "1-3月全区工业产值稳步增长\n1-3月全区工业产值稳步增长\n1-3月，全区规模以上工业产值完成80亿元。\n"
    got = texts(extract(text, published=PUB, lang="zh"))
    assert got == ["1-3月，全区规模以上工业产值完成80亿元"]


def test_a_traditional_line_that_repeats_the_pages_title_is_no_claim():
    title = "1-3月全區工業產值穩步增長"
    text = "1-3月，全區規模以上工業產值完成80億元。\n（區統計局）\n1-3月全區工業產值穩步增長\n"
    published = datetime(PUB.year, PUB.month, PUB.day)
    article = article_from_text(text, overrides=Overrides(published=published, title=title))
    got = [c.claim_text for c in extract_article(article).claims]
    assert got == ["1-3月，全區規模以上工業產值完成80億元"]


def test_a_correspondents_photo_credit_ends_a_caption():
    text = "10月4日，旅客登上开往襄阳的专列。\n5月3日，新站开通运营。 通讯员王小明 摄\n"
    got = texts(extract(text, published=PUB, lang="zh"))
    assert got == ["10月4日，旅客登上开往襄阳的专列"]
    taiwan = "5月3日，新站開通營運。 通訊員王小明 攝\n"
    assert extract(taiwan, published=PUB, lang="zh-Hant") == []


def test_a_graphic_caption_is_no_claim():
    text = "Prices rose 2% in March.\n(Graphic: Oil prices in 2023 - link)\n"
    assert texts(extract(text, published=PUB, lang="en")) == ["Prices rose 2% in March"]


def test_idioms_with_time_words_date_nothing():
    text = "Every now and again the signal drops. If this is the future of travel, riders will adapt."
    assert extract(text, published=PUB, lang="en") == []


def test_a_game_clock_is_not_a_time_of_day():
    text = "The Hawks won 3-1 on Tuesday. Lund scored 12:05 into the second period."
    got = [(c.claim_text, c.date_edtf) for c in extract(text, published=PUB, lang="en")]
    assert got == [("The Hawks won 3-1 on Tuesday", "2024-04-23")]


def test_a_game_quarter_is_not_a_fiscal_quarter():
    text = "The Owls led 10-3 at halftime and scored 21 points in the third quarter on Saturday."
    got = [c.date_text for c in extract(text, published=PUB, lang="en")]
    assert got == ["Saturday"]


def test_a_company_quarter_still_dates_its_claim():
    text = "Acme reported third-quarter profit of $2 billion, up 3 percent."
    assert [c.date_precision for c in extract(text, published=PUB, lang="en")] == ["quarter"]


def test_how_long_something_takes_is_no_date():
    text = "The new charger fills the battery in under twenty minutes."
    assert extract(text, published=PUB, lang="en") == []


def test_an_open_future_word_alone_dates_nothing():
    text = "3月1日，新公园开放。今后，园区将继续增加绿地。"
    assert [c.date_text for c in extract(text, published=PUB, lang="zh")] == ["3月1日"]


def test_a_roundup_item_heading_after_a_source_tag_is_no_claim():
    text = (
        "【某某财经网】1-3月全省新增专项债券500亿 发行进度同比加快\n"
        "1-3月，全省新增专项债券500亿元，发行进度比去年同期加快两成。\n"
    )
    got = texts(extract(text, published=PUB, lang="zh"))
    assert got == ["1-3月，全省新增专项债券500亿元，发行进度比去年同期加快两成"]


def test_correction_and_update_notes_are_no_claims():
    text = (
        "The library reopened on Monday after a flood.\n"
        "Correction, April 23, 2024: An earlier version misspelled the mayor's name.\n"
        "This story was updated at 4:10 p.m. to add a statement.\n"
    )
    assert texts(extract(text, published=PUB, lang="en")) == ["The library reopened on Monday after a flood"]


def test_contributor_and_originally_published_lines_end_the_story():
    text = (
        "The plant closed on Monday, the company said.\n"
        "Workers were told on Friday.\n"
        "Sam Diaz contributed reporting.\n"
        "Read next: the port reopened on Tuesday.\n"
    )
    got = texts(extract(text, published=PUB, lang="en"))
    assert got == ["The plant closed on Monday, the company said", "Workers were told on Friday"]


def test_a_sentence_that_merely_starts_with_a_note_word_stays():
    text = "Correction officers walked out on Monday. Update the app by Friday, the bank said."
    got = texts(extract(text, published=PUB, lang="en"))
    assert got[0] == "Correction officers walked out on Monday"


def test_a_dispatch_tag_without_a_date_is_not_part_of_the_claim():
    text = "某某网-客户端讯 5月6日，市急救中心接到一名游客求助。"
    assert texts(extract(text, published=PUB, lang="zh")) == ["5月6日，市急救中心接到一名游客求助"]


@pytest.mark.parametrize(
    "line",
    [
        "市民在广场赏灯。记者 张三 摄",
        "新馆外景 通讯员供图",
        "A crowd gathers. (AP Photo/Jane Doe)",
        "Jane Doe contributed to this report.",
    ],
)
def test_captions_and_credits_end_on_a_character_the_pretest_knows(line):
    assert is_caption(line)
    assert line[-1:] in _CAPTION_LAST


def test_an_english_stamp_line_with_a_byline_is_no_claim():
    text = (
        "April 23, 2024 - 16:05 BST\n"
        "9:40 AM PDT 4/23/2024 by Jane Roe\n"
        "The city council approved the new budget on Tuesday after a long debate.\n"
    )
    got = extract(text, published=PUB, lang="en")
    assert texts(got) == ["The city council approved the new budget on Tuesday after a long debate"]


def test_a_call_to_sign_up_is_no_claim():
    text = (
        "The museum reopened on Monday after repairs. "
        "Sign up for our weekend letter today to hear about new shows.\n"
    )
    got = extract(text, published=PUB, lang="en")
    assert [c.date_text for c in got] == ["Monday"]
