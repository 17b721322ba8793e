"""Names of other calendars' feasts: every name reaches a feast, and no name takes over an existing holiday."""

from __future__ import annotations

from timeline.temporal.easter_names import EASTER, LENT
from timeline.temporal.feast_names import EN_FEASTS, ZH_FEASTS
from timeline.temporal.hebrew import HEBREW_FEASTS
from timeline.temporal.hijri import HIJRI_FEASTS
from timeline.temporal.hindu import HINDU_FEASTS
from timeline.temporal.holidays import HIJRI, LUNAR, SOLAR


def test_every_name_reaches_a_feast():
    for name, feast in {**ZH_FEASTS, **EN_FEASTS}.items():
        assert feast in HEBREW_FEASTS or feast in HINDU_FEASTS, name


def test_chinese_names_are_read_with_either_jie():
    for name in ZH_FEASTS:
        if name.endswith("节"):
            assert name[:-1] + "節" in ZH_FEASTS
        if name.endswith("節"):
            assert name[:-1] + "节" in ZH_FEASTS


def test_no_name_takes_over_another_holiday():
    taken = {*SOLAR, *LUNAR, *EASTER, *LENT, *HIJRI}
    assert not taken & set(ZH_FEASTS)
    assert not set(HIJRI_FEASTS) & set(EN_FEASTS)


def test_curly_apostrophes_are_read():
    assert EN_FEASTS["tisha b’av"] == EN_FEASTS["tisha b'av"] == "tisha bav"
