"""Ingest: input forms, metadata precedence, default titles, languages (inputs built in each test)."""

from __future__ import annotations

import gzip
import io
import json
import sys
from datetime import datetime

import pytest

from timeline.errors import InputError
from timeline.ingest import (
    Overrides,
    article_from_html,
    article_from_text,
    detect_lang,
    iter_files,
    parse_published,
    read_article,
    read_articles,
)
from timeline.ingest.article import default_title

ZH = (
    "市反诈中心成立于2016年。\n\n"
    "2017年9月，两地公安机关签署了合作框架协议，约定共同培养技术人才。\n\n"
    "截至2024年3月28日，全市电信诈骗发案率由4.1%降到0.33%。\n"
)
ZH_MORE = (
    "\n为了让群众少受骗，民警每周走进社区和学校，讲解常见的诈骗手法，并在街道张贴提示海报。\n\n"
    "中心还与多家银行建立了快速止付机制，一旦发现可疑转账，可以在几分钟内冻结资金。\n\n"
    "负责人表示，下一步将继续扩充技术队伍，把防范宣传延伸到每一个村。\n"
)
EN = (
    "The county opened its first flood shelter in 2016.\n\n"
    "In September 2017 the two cities signed a framework agreement on training.\n\n"
    "As of March 28, 2024, reported fraud cases had fallen from 4.1% to 0.33%.\n"
)
PAGE = """<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}">
<title>{title} - Example News</title>
<link rel="canonical" href="https://news.example.org/2024/04/story.html">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-04-24T09:21:00+08:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Copyright Example News. All rights reserved.</footer></body></html>"""


def page(text: str, title: str, *, lang: str = "zh", charset: str = "utf-8") -> str:
    """An HTML page whose article body holds the paragraphs of `text` (then a related-links box)."""
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    paragraphs += '<aside class="related"><ul><li><a href="/x">Related story</a></li></ul></aside>'
    return PAGE.format(lang=lang, charset=charset, title=title, paragraphs=paragraphs)


def test_front_matter_wins_over_guesses(tmp_path):
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: 反诈中心的八年\npublished: 2024-04-24 09:21\noutlet: 示例日报\n"
        "url: https://example.org/a\nlang: zh-CN\n---\n" + ZH,
        encoding="utf-8",
    )
    article = read_article(path)
    assert article.title == "反诈中心的八年"
    assert article.outlet == "示例日报"
    assert article.url == "https://example.org/a"
    assert article.lang == "zh"
    assert article.published_at.isoformat() == "2024-04-24T09:21:00+08:00"
    assert article.text == ZH
    assert article.encoding == "utf-8"


def test_overrides_win_over_front_matter(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("---\ntitle: 旧标题\npublished: 2020-01-01\n---\n" + ZH, encoding="utf-8")
    article = read_article(path, title="新标题", published=datetime(2024, 4, 24), outlet="报社")
    assert (article.title, article.outlet) == ("新标题", "报社")
    assert article.published_at.isoformat() == "2024-04-24T00:00:00+08:00"


def test_news_header_lines_give_date_and_outlet():
    text = "示例网\n首页\n\n反诈中心八年守护一方平安\n\n发布时间: 2024-04-24 09:21:00 来源: 示例日报\n\n" + ZH
    article = article_from_text(text)
    assert article.published_at.isoformat() == "2024-04-24T09:21:00+08:00"
    assert article.outlet == "示例日报"
    assert article.title == "反诈中心八年守护一方平安"


def test_english_header_lines():
    text = "Flood shelters, eight years on\nBy Jane Roe\nPublished: 2024-04-24 09:21\n\n" + EN
    article = article_from_text(text)
    assert article.lang == "en"
    assert article.published_at.isoformat() == "2024-04-24T09:21:00+00:00"
    assert article.title == "Flood shelters, eight years on"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("example.cn\nhome\n\n市公安局与对口城市深化合作\n\n" + ZH, "市公安局与对口城市深化合作"),
        ("https://example.org/news\n首页 > 新闻 > 本地\n\n防汛物资全部到位\n\n" + ZH, "防汛物资全部到位"),
        (
            "News\nHome\n\nCity council approves new shelter plan\n\n" + EN,
            "City council approves new shelter plan",
        ),
        ("——副标题在前\n\n" + ZH, "市反诈中心成立于2016年。"),
    ],
)
def test_default_title_skips_site_boilerplate(text, title):
    assert default_title(text) == title


def test_default_title_of_a_text_that_starts_with_a_paragraph():
    paragraph = "WASHINGTON — Mr. Lee said the county opened its first flood shelter in 2016. " * 3
    assert (
        default_title(paragraph)
        == "WASHINGTON — Mr. Lee said the county opened its first flood shelter in 2016."
    )
    assert default_title(ZH.replace("。\n\n", "。")) == "市反诈中心成立于2016年。"


def test_default_title_falls_back_and_is_bounded():
    assert default_title("ok\n") == "ok"
    assert default_title("") is None
    assert len(default_title("很" * 500)) == 120


@pytest.mark.parametrize(
    ("text", "lang"), [(ZH, "zh"), ("這個國家的經濟發展很快。來自臺灣的報導說。", "zh-Hant"), (EN, "en")]
)
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


PORTUGUESE = (
    "A prefeitura abriu o primeiro abrigo da cidade em 2016, e os moradores dizem que não foi suficiente para todos. "
    * 6
)
GERMAN = (
    "Die Stadt hat im Jahr 2016 das erste Hochwasserheim eröffnet, und die Bewohner sagen, dass es nicht reicht. "
    * 6
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("東京で二〇一六年に最初の避難所が開かれました。住民はまだ足りないと話しています。", "Japanese"),
        ("시는 2016년에 첫 대피소를 열었다. 주민들은 아직 부족하다고 말한다.", "Korean"),
        ("Город открыл первое убежище в 2016 году. Жители говорят, что этого мало.", "Cyrillic"),
        (PORTUGUESE, "other than Chinese or English"),
        (GERMAN, "other than Chinese or English"),
    ],
)
def test_other_languages_are_refused_unless_lang_is_given(text, name):
    with pytest.raises(InputError, match=f"a.txt: the text looks like .*{name}.*pass --lang"):
        article_from_text(text, source_path="a.txt")
    assert article_from_text(text, source_path="a.txt", overrides=Overrides(lang="en")).lang == "en"


def test_english_lists_and_short_texts_stay_english():
    scores = "Lincoln 54, Central 48. Viera 61, Rockledge 40. Palm Bay 38, Melbourne 35. " * 8
    assert detect_lang(scores) == "en"
    assert detect_lang("Nunca mais.") == "en"  # too short to tell: no refusal


def test_unsupported_language_is_refused():
    with pytest.raises(InputError, match="unsupported language 'fr'"):
        article_from_text("---\nlang: fr\n---\nBonjour.\n", source_path="a.md")


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-04-24", "2024-04-24T00:00:00+08:00"),
        ("2024年4月24日 9:21", "2024-04-24T09:21:00+08:00"),
        ("2024/4/24 09:21:05", "2024-04-24T09:21:05+08:00"),
        ("2019-11-20T05:52-05:00", "2019-11-20T05:52:00-05:00"),
        ("20 November 2019", "2019-11-20T00:00:00+08:00"),
    ],
)
def test_parse_published(value, iso):
    assert parse_published(value, "zh", "x").isoformat() == iso


@pytest.mark.parametrize("value", ["2024-02-30", "2023年2月29日", "2024-13-01", "soon"])
def test_parse_published_refuses_impossible_dates(value):
    with pytest.raises(InputError, match=r"x: .* is not a real publication date"):
        parse_published(value, "zh", "x")


def test_html_page_gives_body_and_metadata():
    article = article_from_html(page(ZH + ZH_MORE, "反诈中心的八年"), source_path="p.html")
    assert article.title == "反诈中心的八年"
    assert article.url == "https://news.example.org/2024/04/story.html"
    assert article.outlet == "Example News"
    assert article.published_at.date().isoformat() == "2024-04-24"
    assert "2017年9月，两地公安机关签署了合作框架协议" in article.text
    assert "Copyright" not in article.text and "World" not in article.text and "Related" not in article.text


def test_html_and_text_of_one_article_give_the_same_body():
    html_article = article_from_html(page(EN, "Shelters", lang="en"), source_path="p.html")
    text_article = article_from_text(EN)
    assert " ".join(text_article.text.split()) in " ".join(html_article.text.split())


def test_jsonl_records_with_metadata_and_a_bad_line(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ZH, "title": "一", "published": "2024-04-24", "url": "https://e.org/1"}),
        "",
        json.dumps({"headline": "two", "body": EN, "language": "en"}),
        "{broken",
        json.dumps({"title": "no body"}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    results = list(read_articles(path))
    assert [type(r).__name__ for r in results] == ["Article", "Article", "InputError", "InputError"]
    first, second, broken, missing = results
    assert (first.title, first.url, first.source_path) == ("一", "https://e.org/1", f"{path}#1")
    assert first.published_at.isoformat() == "2024-04-24T00:00:00+08:00"
    assert (second.title, second.lang, second.text) == ("two", "en", EN)
    assert str(broken).startswith(f"{path} line 4: not valid JSON")
    assert (
        str(missing) == f"{path} line 5: no 'text' (or 'html') string field; add the article body as 'text'"
    )


def test_json_document_one_record_or_a_list(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"text": EN, "title": "Shelters"}), encoding="utf-8")
    assert read_article(one).title == "Shelters"
    many = tmp_path / "many.json"
    many.write_text(json.dumps([{"text": EN}, {"html": page(ZH, "网页")}]), encoding="utf-8")
    results = list(read_articles(many))
    assert [r.lang for r in results] == ["en", "zh"]
    assert results[1].title == "网页"


def test_manifest_csv_gives_per_row_metadata(tmp_path):
    (tmp_path / "a.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "b.html").write_text(page(EN, "Shelters", lang="en"), encoding="utf-8")
    manifest = tmp_path / "list.csv"
    manifest.write_text(
        "path,url,published,outlet,lang\n"
        "a.txt,https://e.org/a,2024-04-24 09:21,示例日报,zh\n"
        "b.html,,2024-05-01,,en\n"
        "missing.txt,,,,\n"
        "a.txt,,2024-02-30,,\n",
        encoding="utf-8",
    )
    results = list(read_articles(manifest))
    a, b, missing, impossible = results
    assert (a.url, a.outlet, a.published_at.isoformat()) == (
        "https://e.org/a",
        "示例日报",
        "2024-04-24T09:21:00+08:00",
    )
    assert b.published_at.date().isoformat() == "2024-05-01"
    assert b.title == "Shelters"
    assert str(missing).startswith(f"{manifest} row 4: {tmp_path / 'missing.txt'}: no such file") or (
        "disappeared" in str(missing) or "no such file" in str(missing)
    )
    assert str(impossible).startswith(f"{manifest} row 5: ")
    assert "is not a real publication date" in str(impossible)


def test_manifest_needs_a_path_column(tmp_path):
    manifest = tmp_path / "list.csv"
    manifest.write_text("file,url\na.txt,x\n", encoding="utf-8")
    (result,) = read_articles(manifest)
    assert "needs a header row with a 'path' column" in str(result)


def test_gzip_is_transparent(tmp_path):
    path = tmp_path / "story.html.gz"
    path.write_bytes(gzip.compress(page(ZH, "压缩网页").encode("utf-8")))
    article = read_article(path)
    assert article.title == "压缩网页"
    assert "合作框架协议" in article.text


def test_stdin_text_and_html(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ZH.encode("gb18030"))))
    article = read_article("-", published=datetime(2024, 4, 24))
    assert article.text == ZH and article.source_path is None
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(page(EN, "Piped", lang="en").encode())))
    assert read_article("-").title == "Piped"


def test_folders_recursive_sorted_and_glob(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "deep").mkdir()
    for name in ("a.txt", "b/c.md", "b/deep/d.html", "b/deep/e.jsonl.gz", "notes.docx", "z.htm"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    skipped: list = []
    found = [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path], skipped=skipped)]
    assert found == ["a.txt", "b/c.md", "b/deep/d.html", "b/deep/e.jsonl.gz", "z.htm"]
    assert [p.name for p in skipped] == ["notes.docx"]
    html = [p.name for p in iter_files([tmp_path], glob="*.htm*")]
    assert html == ["d.html", "z.htm"]


def test_overrides_is_frozen():
    with pytest.raises(AttributeError):
        Overrides().lang = "en"  # type: ignore[misc]


def test_no_network_access_during_extraction(tmp_path, monkeypatch):
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("network access during extraction")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    url_only = tmp_path / "link.html"
    url_only.write_text("https://news.example.org/2024/04/story.html", encoding="utf-8")
    results = list(read_articles(url_only))  # a page that is only a link is not fetched
    assert len(results) == 1
    assert read_article_ok(tmp_path).url == "https://news.example.org/2024/04/story.html"


def read_article_ok(tmp_path):
    """A normal page, read with the network blocked."""
    path = tmp_path / "page.html"
    path.write_text(page(ZH + ZH_MORE, "反诈中心的八年"), encoding="utf-8")
    return read_article(path)


def test_front_matter_cut_off_before_its_closing_line_is_refused():
    from timeline.errors import InputError
    from timeline.ingest import article_from_text

    with pytest.raises(InputError, match="front matter is not closed"):
        article_from_text("---\ntitle: 市里新闻\npublished: 2019-09-11\n", source_path="cut.txt")


def test_utf16_without_bom_names_the_encoding_to_pass(tmp_path):
    from timeline.errors import InputError
    from timeline.ingest import read_article

    path = tmp_path / "word-export.txt"
    path.write_bytes(
        "On Feb. 16, 2023, the council approved the plan for the new library.".encode("utf-16-le")
    )
    with pytest.raises(InputError, match="--encoding utf-16-le"):
        read_article(path)
    assert "council" in read_article(path, encoding="utf-16-le").text


def test_a_lone_surrogate_is_refused_with_its_offset():
    """A str no file decodes to (a bad join of `surrogateescape` text) is refused, not a UnicodeEncodeError."""
    with pytest.raises(InputError, match=r"<text>: character 5 is a lone surrogate \(U\+D800\)"):
        article_from_text("2017年\ud800 9月签署协议", overrides=Overrides(lang="zh"))


@pytest.mark.parametrize("published", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00"])
def test_a_publication_instant_past_the_calendar_is_refused(published):
    """Such an instant has no UTC form: every export would fail on it, so the article is refused up front."""
    text = f"---\npublished: {published}\n---\nThe shelter opened in 2016.\n"
    with pytest.raises(InputError, match=r"story\.md: the publication date .* is out of range"):
        article_from_text(text, source_path="story.md")
    assert article_from_text(
        text, source_path="story.md", overrides=Overrides(published=datetime(2024, 4, 24))
    )


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2024-04-24", "2024-04-24T00:00:00+00:00"),  # an English article: UTC, as in front matter
        (datetime(2024, 4, 24).date(), "2024-04-24T00:00:00+00:00"),
        ("2024-04-24T23:00-05:00", "2024-04-24T23:00:00-05:00"),  # a written zone is kept
    ],
)
def test_read_article_takes_a_publication_date_as_extract_does(tmp_path, published, expected):
    """`read_article(path, published=...)` takes text or a date like `extract`, not only a datetime."""
    path = tmp_path / "story.txt"
    path.write_text("The shelter opened in 2016, and yesterday it closed.\n", encoding="utf-8")
    assert read_article(path, published=published).published_at.isoformat() == expected


def test_read_article_of_a_missing_file_says_no_such_file(tmp_path):
    with pytest.raises(InputError, match=r"nope\.txt: no such file or folder; check the path"):
        read_article(tmp_path / "nope.txt")


def test_json_nested_too_deep_or_with_a_huge_number_is_one_error_per_record(tmp_path):
    """json.loads raises RecursionError / ValueError (not JSONDecodeError) there: the run went down."""
    lines = tmp_path / "feed.jsonl"
    deep = '{"text": "2016年成立。", "x": ' + "[" * 50_000 + "]" * 50_000 + "}"
    lines.write_text(deep + '\n{"text": "2017年，市里成立了救助站。"}\n', encoding="utf-8")
    results = list(read_articles(lines, Overrides(published=datetime(2024, 4, 24))))
    assert (
        str(results[0])
        == f"{lines} line 1: JSON nested too deep to read (thousands of brackets); fix that line"
    )
    assert results[1].text == "2017年，市里成立了救助站。"
    number = tmp_path / "dump.json"
    number.write_text('{"text": "2016年成立。", "n": ' + "9" * 10_000 + "}", encoding="utf-8")
    (error,) = read_articles(number)
    assert str(error) == f"{number}: a JSON number too long to read (over 4,300 digits); fix the file"
