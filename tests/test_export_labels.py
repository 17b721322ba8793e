"""Display dates and spans: honest labels from resolved values, in the claim's language."""

from __future__ import annotations

from datetime import date

import pytest
from export_samples import claims

from timeline.export.labels import display_date, format_date, safe_url, span, unit_end


@pytest.mark.parametrize(
    ("index", "kind", "label"),
    [
        (0, "point", "2016年"),
        (1, "point", "2017年9月"),
        (2, "point", "约2023年2月16日1时"),
        (3, "range", "2024年第一季度"),
        (4, "open", "2021年以来"),
        (5, "vague", "近年来（截至2024年4月24日）"),
        (6, "undated", "未注明日期"),
        (7, "range", "2019 – April 24, 2020"),
        (8, "point", "March 3, 2024"),
        (9, "range", "the 2010s"),
        (10, "point", "截至2023年10月31日"),
    ],
)
def test_display_date_and_span_follow_the_resolved_values(index, kind, label):
    claim = claims()[index]
    assert span(claim).kind == kind
    assert display_date(claim) == label


@pytest.mark.parametrize(
    ("start", "precision", "end"),
    [
        (date(2024, 1, 1), "year", date(2024, 12, 31)),
        (date(2024, 2, 1), "month", date(2024, 2, 29)),
        (date(2024, 4, 1), "quarter", date(2024, 6, 30)),
        (date(2024, 7, 1), "half", date(2024, 12, 31)),
        (date(2024, 2, 21), "tenday", date(2024, 2, 29)),
        (date(2024, 2, 11), "tenday", date(2024, 2, 20)),
        (date(2010, 1, 1), "decade", date(2019, 12, 31)),
        (date(2024, 3, 11), "week", date(2024, 3, 17)),
        (date(2024, 3, 11), "day", date(2024, 3, 11)),
    ],
)
def test_unit_end_is_the_last_day_of_the_unit(start, precision, end):
    assert unit_end(start, precision) == end


@pytest.mark.parametrize(
    ("precision", "lang", "text"),
    [
        ("month", "en", "September 2017"),
        ("half", "zh", "2017年下半年"),
        ("season", "en", "autumn 2017"),
        ("tenday", "zh", "2017年9月上旬"),
        ("week", "zh-Hant", "2017年9月1日當週"),
    ],
)
def test_format_date_in_each_language(precision, lang, text):
    assert format_date(date(2017, 9, 1), precision, lang) == text


def test_safe_url_only_links_http():
    assert safe_url("https://example.org/a?b=1") == "https://example.org/a?b=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url('https://x.org/"onmouseover=') is None
    assert safe_url(None) is None


def test_headline_says_when_it_is_cut():
    from timeline.export.labels import headline

    claim = claims()[8]
    assert headline(claim) == "=1+2 typed into the ledger"  # its own headline, not a cut
    cut = claim.model_copy(update={"headline": "=1+2 was typed into the"})
    assert headline(cut) == "=1+2 was typed into the…"
    assert headline(claim.model_copy(update={"headline": ""}), limit=20) == "=1+2 was typed into…"
