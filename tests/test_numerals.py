"""Number words → int."""

from __future__ import annotations

import pytest

from timeline.temporal.numerals import digit_string, to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("17", 17),
        ("２０２４", 2024),
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("二十三", 23),
        ("三十一", 31),
        ("两", 2),
        ("兩", 2),
        ("一百零五", 105),
        ("一百一十一", 111),
        ("两千", 2000),
        ("三万五千", 35000),
        ("廿三", 23),
        ("零五", 5),
        ("二〇一七", 2017),
        ("一九九八", 1998),
        ("贰拾", 20),
    ],
)
def test_to_int(text, value):
    assert to_int(text) == value


@pytest.mark.parametrize("text", ["", "abc", "年", "十a"])
def test_to_int_refuses_non_numbers(text):
    assert to_int(text) is None


def test_digit_string_reads_digit_by_digit():
    assert digit_string("二〇二四") == "2024"
    assert digit_string("二零一六") == "2016"
    assert digit_string("２０１６") == "2016"
    assert digit_string("二十") is None
