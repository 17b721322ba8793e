"""Numeric periods of CVs and web pages, and the numbers that only look like them (zh_numeric)."""

from __future__ import annotations

from datetime import date

from timeline.temporal import tag

REF = date(2024, 4, 24)


def _dates(text: str) -> dict[str, str | None]:
    return {m.text: m.value for m in tag(text, reference=REF, lang="zh") if m.type in ("DATE", "TIME")}


def test_a_cv_lists_its_periods():
    found = _dates("2015.09-至今 任职于某公司；2012.09-2015.06 就读于某大学。")
    assert found == {"2015.09-至今": "2015-09/..", "2012.09-2015.06": "2012-09/2015-06"}


def test_a_web_page_time_stamp_without_a_year():
    assert _dates("发布于 04-01 20:01，阅读 300") == {"04-01 20:01": "2024-04-01T20:01"}


def test_scores_codes_and_prices_stay_numbers():
    assert _dates("本场比分09-01，票价2019.12-2020.01元，编号09-01。") == {}
