"""Claims of a whole article: since-phrases and their clauses (timeline/claims/builder.py)."""

from __future__ import annotations


def test_cong_a_time_jiu_tells_what_has_gone_on_since_then():
    from timeline import extract

    got = extract("市里从去年就在筹划这条地铁线，自今年3月就已完成勘测。", published="2023-05-10", lang="zh")
    assert [(c.date_edtf, c.date_qualifier) for c in got] == [("2022/..", "since"), ("2023-03/..", "since")]
    # without 就 the span is a plain date or range
    [plain] = extract("从去年到今年，产量翻了一番。", published="2023-05-10", lang="zh")
    assert plain.date_qualifier == "none"
