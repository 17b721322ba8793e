"""Property tests: arbitrary bytes and text never crash ingest or tag(), and offsets stay inside the text."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import InputError
from timeline.ingest import article_from_text, read_articles
from timeline.pipeline import extract_article
from timeline.temporal import tag

SETTINGS = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
NEWSY = st.text(
    alphabet=st.sampled_from(
        list("0123456789年月日号前后今去明上下周季度初底中旬至到—-/:：，。 \nFebMayJunesth,.")
    ),
    max_size=80,
)
TEXT = st.one_of(st.text(max_size=300), NEWSY, st.builds(lambda a, b: a + b, NEWSY, st.text(max_size=40)))


@SETTINGS
@given(
    data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json", ".csv", ".md"])
)
def test_arbitrary_bytes_never_crash_ingest(tmp_path, data, suffix):
    path = tmp_path / f"input{suffix}"
    path.write_bytes(data)
    for result in read_articles(path):
        if isinstance(result, InputError):
            assert str(result).startswith(str(path)) and "\n" not in str(result)
            continue
        claims = extract_article(result).claims
        for claim in claims:
            assert 0 <= claim.char_start < claim.char_end <= len(result.text)
            assert result.text[claim.char_start : claim.char_end] == claim.claim_text


@SETTINGS
@given(text=TEXT, lang=st.sampled_from(["zh", "zh-Hant", "en"]))
def test_tag_offsets_stay_inside_the_text(text, lang):
    for mention in tag(text, reference=datetime(2024, 4, 24), lang=lang):
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text


@SETTINGS
@given(text=TEXT)
def test_article_text_is_what_offsets_refer_to(text):
    try:
        article = article_from_text(text)
    except InputError as exc:
        assert str(exc).startswith("<text>: ") and "\n" not in str(exc)
        return
    for claim in extract_article(article).claims:
        assert article.text[claim.char_start : claim.char_end] == claim.claim_text


TAGS = st.sampled_from(["div", "p", "span", "article", "section", "table", "td", "li", "script", "h1", "a"])
HTML = st.recursive(
    TEXT,
    lambda inner: st.builds(
        lambda tag, body: f"<{tag}>{body}</{tag}>", TAGS, st.lists(inner, max_size=4).map("".join)
    ),
    max_leaves=20,
)


@pytest.mark.filterwarnings("ignore::timeline.errors.InputWarning")  # a warning is output, not a crash
@SETTINGS
@given(body=HTML, cut=st.integers(min_value=0, max_value=400))
def test_arbitrary_html_never_crashes_and_offsets_hold(tmp_path, body, cut):
    path = tmp_path / "page.html"
    page = f"<html><head><title>t</title></head><body>{body}</body></html>"
    path.write_text(page[: len(page) - cut % max(len(page), 1)], encoding="utf-8")  # truncated pages too
    for result in read_articles(path):
        if isinstance(result, InputError):
            assert str(result).startswith(str(path)) and "\n" not in str(result)
            continue
        for claim in extract_article(result).claims:
            assert result.text[claim.char_start : claim.char_end] == claim.claim_text
