"""Datelines and publication-time labels are tagged with rule names the claims stage can tell apart."""

from __future__ import annotations

from datetime import datetime

from timeline.temporal import tag
from timeline.temporal.zh_dateline import HEADER_RULE_NAME, RULE_NAME

PUBLISHED = datetime(2024, 3, 1, 8, 0)


def tagged(text: str) -> list[tuple[str, str | None, str]]:
    """(text, value, rule) of every mention."""
    return [(m.text, m.value, m.rule) for m in tag(text, reference=PUBLISHED, lang="zh")]


def test_agency_and_portal_datelines_are_marked():
    assert tagged("新华社上海2月28日电（记者 李某）市里发布新规。")[0] == ("2月28日", "2024-02-28", RULE_NAME)
    assert tagged("某某网2月27日讯 江边的灯会开幕。")[0] == ("2月27日", "2024-02-27", RULE_NAME)
    assert "dateline" in RULE_NAME


def test_a_date_before_a_word_starting_with_dian_inside_a_sentence_is_no_dateline():
    found = tagged("他说，2月5日电话通知了家属。")
    assert found[0][:2] == ("2月5日", "2024-02-05")
    assert found[0][2] != RULE_NAME


def test_the_publication_time_label_is_marked():
    found = tagged("发布时间：2024-02-29 18:05:00 来源：某日报")
    assert found == [("2024-02-29 18:05:00", "2024-02-29T18:05:00", HEADER_RULE_NAME)]
    written = tagged("发布时间: 2024年02月29日 18:05")
    assert written[0][2] == HEADER_RULE_NAME and written[0][1] == "2024-02-29T18:05"


def test_other_labels_keep_the_ordinary_rule():
    assert tagged("开放时间：2024-03-05")[0][2] != HEADER_RULE_NAME
