"""Speakers: attribution verbs and quotes, with the role kept apart from the name."""

from __future__ import annotations

import pytest

from timeline.claims.speakers import attributions, split_role


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


def test_english_said_after_a_quote():
    text = "“We expect the line to reopen Friday,” said Tom Reyes, the agency's spokesman."
    got = found(text, "en")
    assert got[0][0] == "Tom Reyes"
    assert got[0][1] == "the agency's spokesman"
    assert got[0][2].startswith("“We expect")


def test_english_told_reporters_keeps_the_title_as_role():
    text = "Fire Chief Sam Lee told reporters the blaze started in a kitchen."
    assert found(text, "en")[0][:2] == ("Sam Lee", "Fire Chief")


def test_pronouns_are_not_speakers():
    assert found("He said the plan would work.", "en") == []
