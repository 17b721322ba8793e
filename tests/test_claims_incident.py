"""Days counted from 'the incident' (事发当天/次日/第三天) and recalled times (own examples)."""

from __future__ import annotations

from datetime import date

from timeline.claims.incident import incident_day
from timeline.pipeline import extract

PUB = date(2021, 6, 10)


def dated(text):
    return {c.claim_text: c.date_edtf for c in extract(text, published=PUB, lang="zh")}


def test_days_counted_from_a_glossed_incident_take_its_date():
    text = (
        "邻居说，事发当天（5月3日），楼道里有烟味。\n"
        "6月1日，物业经理回忆说，事发当天傍晚，消防车赶到现场。事发次日，居民返回家中。\n"
        "物业承担了事发当天和次日的住宿费。纠纷在事发第三天升级。"
    )
    got = dated(text)
    assert got["事发当天（5月3日），楼道里有烟味"] == "2021-05-03"
    assert got["事发当天傍晚，消防车赶到现场"] == "2021-05-03"
    assert got["事发次日，居民返回家中"] == "2021-05-04"
    assert got["物业承担了事发当天和次日的住宿费"] == "2021-05-03/2021-05-04"
    assert got["纠纷在事发第三天升级"] == "2021-05-05"


def test_without_a_gloss_the_incident_days_are_left_to_the_tagger():
    assert incident_day("事发当天，楼道里有烟味。", []) is None


def test_a_recalled_then_after_a_statement_date_dates_nothing():
    text = "6月1日，医生李华回忆说，当时病人只是眼睛发红。"
    got = dated(text)
    assert list(got.values()) == ["2021-06-01"]


def test_two_consecutive_days_joined_by_and_date_a_clause_as_a_range():
    text = "2021年5月3日，仓库起火。工厂在当天与第二天都停了工。"
    got = dated(text)
    assert got["工厂在当天与第二天都停了工"] == "2021-05-03/2021-05-04"


def test_days_after_the_incident_count_from_its_date_not_from_a_later_mention_of_it():
    text = (
        "事发当天（5月3日），一名男孩从楼梯上摔下。\n"
        "5月20日，双方签订调解协议。签协议当晚，已经事发十多天，男孩仍然头疼。\n"
        "家长说，事发后十多天，对方曾来医院探望。"
    )
    got = dated(text)
    assert got["签协议当晚，已经事发十多天，男孩仍然头疼"] == "2021-05-20"
    assert got["事发后十多天，对方曾来医院探望"] == "2021-05-13~"


def test_then_and_later_after_a_today_only_a_speaker_said_date_nothing():
    text = (
        "2008年，老人在家中去世。\n"
        "他的儿子说：“我们今天再听这首歌，还能想起父亲。”\n"
        "儿子回忆起写歌的经过。当时村里刚通电，老人在小学教书。后来，县文化馆收藏了手稿。"
    )
    got = dated(text)
    assert "当时村里刚通电，老人在小学教书" not in got
    assert "后来，县文化馆收藏了手稿" not in got
    told = dated("今天上午，县里召开发布会。当时会场坐满了记者。随后，县长讲话。")
    assert told["当时会场坐满了记者"] == "2021-06-10"
    assert told["随后，县长讲话"] == "2021-06-10/.."
