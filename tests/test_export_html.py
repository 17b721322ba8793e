"""The HTML timeline page: self-contained, sorted, honest spans, filters, escaped text."""

from __future__ import annotations

import re

from export_samples import assert_golden, empty_timeline, sample_timeline

from timeline.export import to_html
from timeline.models import sort_key


def _page(tmp_path, timeline=None):
    return to_html.write(timeline or sample_timeline(), tmp_path / "t.html").read_text("utf-8")


def test_matches_golden_file(tmp_path):
    assert_golden(to_html.write(sample_timeline(), tmp_path / "t.html"), "timeline.html")


def test_every_claim_once_in_timeline_order(tmp_path):
    html = _page(tmp_path)
    timeline = sample_timeline()
    ids = re.findall(r'data-claim-id="(clm-[0-9a-f]{12})"', html)
    dated = sorted((c for c in timeline.claims if c.date_sort is not None), key=sort_key)
    undated = [c for c in timeline.claims if c.date_sort is None]
    assert ids == [c.claim_id for c in dated + undated]


def test_no_network_and_nothing_unescaped(tmp_path):
    html = _page(tmp_path)
    assert not re.search(r'(?:src|href)="(?!https?://example\.org/|data:|#)', html)
    assert "<script>alert" not in html and "<b>soon" not in html and 'onerror="alert' not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "javascript:" not in html
    assert "default-src 'none'" in html and "script-src 'sha256-" in html
    assert html.count("<script>") == 1


def test_precision_is_shown_honestly(tmp_path):
    html = _page(tmp_path)
    assert 'class="claim kind-period"' in html  # a year or a month is drawn over its whole span
    assert 'class="claim kind-point"' in html  # a day is a dot
    assert 'class="claim kind-open"' in html and 'class="claim kind-vague"' in html
    assert "近年来（截至2024年4月24日）" in html
    assert "Undated / 未注明日期" in html


def test_filters_offer_event_article_and_review(tmp_path):
    html = _page(tmp_path)
    for name in ("event", "article", "review"):
        assert f'data-filter="{name}"' in html
    assert 'value="verified"' in html and 'value="statistic"' in html
    assert "示例市图书馆的十年（测试稿） (7)" in html


def test_zero_claims_still_a_page(tmp_path):
    html = _page(tmp_path, empty_timeline())
    assert "No dated claims" in html and html.rstrip().endswith("</html>")


def test_same_input_same_bytes(tmp_path):
    a = to_html.write(sample_timeline(), tmp_path / "a.html").read_bytes()
    assert a == to_html.write(sample_timeline(), tmp_path / "b.html").read_bytes()


def test_short_spans_get_month_ticks():
    from datetime import date

    from timeline.export.to_html import Axis

    claims = [c for c in sample_timeline().claims if c.date_edtf in ("2024-03-03", "2024-01/2024-03")]
    ticks = Axis(claims).ticks()
    assert [label for _, label in ticks] == ["2024-01", "2024-02", "2024-03", "2024-04"]  # 04: the axis end
    assert ticks[0][0] == 0.0
    assert Axis([]).first == date(2000, 1, 1)
