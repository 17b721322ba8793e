"""The input side of the CLI: stdin, --glob, manifests, records; and HTML vs text on the real corpus."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.ingest import read_article

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
ZH = "---\npublished: 2024-04-24\n---\n2016年，市里成立了反诈中心。\n\n2017年9月，两地签署合作协议。\n"
EN = "The shelter opened in 2016.\n\nIn September 2017 the two cities signed a deal on training.\n"


def invoke(*args: str, stdin: bytes | None = None):
    """Run the CLI in-process."""
    return CliRunner().invoke(cli, list(args), input=stdin)


def sources(db: Path) -> list[str | None]:
    """The source paths of the stored articles, sorted."""
    with sqlite3.connect(db) as con:
        return sorted((s for (s,) in con.execute("SELECT source_path FROM articles")), key=str)


def test_stdin_dash(tmp_path):
    db = tmp_path / "t.db"
    result = invoke("extract", "-", "--published", "2024-04-24", "--db", str(db), stdin=EN.encode("utf-16"))
    assert result.exit_code == 0, result.stderr
    assert "<stdin>: " in result.stderr
    assert sources(db) == [None]


def test_tag_reads_stdin():
    result = invoke("tag", "-", "--reference", "2024-04-24", stdin="2017年9月签订协议。".encode("utf-16"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["value"] == "2017-09"


def test_glob_selects_files_in_folders(tmp_path):
    folder = tmp_path / "in"
    (folder / "deep").mkdir(parents=True)
    (folder / "a.txt").write_text(ZH, encoding="utf-8")
    (folder / "deep" / "b.md").write_text(EN, encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    db = tmp_path / "t.db"
    result = invoke("extract", str(folder), "--glob", "*.md", "--db", str(db))
    assert result.exit_code == 0, result.stderr
    assert sources(db) == [str(folder / "deep" / "b.md")]
    result = invoke("extract", str(folder), "--db", str(db))
    assert "note: " in result.stderr and "notes.docx" in result.stderr
    result = invoke("extract", str(folder), "--glob", "*.pdf", "--db", str(db))
    assert result.exit_code == 1
    assert "no files matching '*.pdf' in this folder" in result.stderr


def test_manifest_through_the_cli(tmp_path):
    (tmp_path / "a.txt").write_text(EN, encoding="utf-8")
    (tmp_path / "list.csv").write_text(
        "path,url,published,outlet,lang\na.txt,https://e.org/a,2024-04-24,Example Times,en\nb.txt,,,,\n",
        encoding="utf-8",
    )
    db = tmp_path / "t.db"
    result = invoke(
        "export",
        "--format",
        "jsonl",
        "--out",
        str(tmp_path / "o.jsonl"),
        str(tmp_path / "list.csv"),
        "--db",
        str(db),
    )
    assert result.exit_code == 1
    assert f"error: {tmp_path / 'list.csv'} row 3: {tmp_path / 'b.txt'}: no such file" in result.stderr
    rows = [json.loads(line) for line in (tmp_path / "o.jsonl").read_text(encoding="utf-8").splitlines()]
    assert rows and {r["source_url"] for r in rows} == {"https://e.org/a"}
    assert {r["source_outlet"] for r in rows} == {"Example Times"}


def test_html_saved_as_txt_is_read_as_html(tmp_path):
    path = tmp_path / "page.txt"
    paragraphs = "".join(f"<p>{p} {p}</p>" for p in EN.split("\n\n"))
    path.write_text(
        f"<!DOCTYPE html><html><head><title>Shelter</title></head><body><article>{paragraphs}</article></body></html>"
    )
    article = read_article(path)
    assert "<p>" not in article.text and "opened in 2016" in article.text


def _tokens(text: str) -> Counter[str]:
    return Counter(
        re.findall(r"\w", text) if re.search(r"[\u4e00-\u9fff]", text) else re.findall(r"\w+", text.lower())
    )


@pytest.mark.skipif(not (CORPUS / "html").is_dir(), reason="../shared/corpus is absent (evaluation data)")
@pytest.mark.parametrize(
    "name", sorted(p.stem for p in (CORPUS / "news").glob("*.txt")) if CORPUS.is_dir() else []
)
def test_html_page_and_text_body_give_largely_the_same_text(name):
    html = read_article(CORPUS / "html" / f"{name}.html")
    text = read_article(CORPUS / "news" / f"{name}.txt")
    want, got = _tokens(text.text), _tokens(html.text)
    recall = sum((want & got).values()) / sum(want.values())
    precision = sum((want & got).values()) / sum(got.values())
    # every word of the body is kept; a page may add a little (a related-links list on one layout)
    assert recall >= 0.95 and precision >= 0.6, (recall, precision)
    assert html.lang == text.lang
    assert abs((html.published_at - text.published_at).total_seconds()) < 60  # the same instant


def test_stored_text_is_what_claim_offsets_refer_to(tmp_path):
    paragraphs = "".join(
        f"<p>{p}</p>"
        for p in (
            "The county opened its first flood shelter in 2016, officials said on Tuesday.",
            "In September 2017 the two cities signed a framework agreement on training staff.",
            "As of March 28, 2024, reported fraud cases had fallen from 4.1% to 0.33%, the police said.",
            "A second shelter is planned for 2026 on the northern edge of the county, near the river.",
        )
    )
    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><title>Shelters</title><meta property="article:published_time" '
        f'content="2024-04-24T09:00:00Z"></head><body><article>{paragraphs}</article></body></html>',
        encoding="utf-8",
    )
    db = tmp_path / "t.db"
    assert invoke("extract", str(page), "--db", str(db)).exit_code == 0
    from timeline.store import Store

    with Store(db) as store:
        (article,) = store.articles()
        claims = store.claims()
    assert article.text == read_article(page).text
    assert claims
    for claim in claims:
        assert article.text[claim.char_start : claim.char_end] == claim.claim_text


def test_each_claim_names_the_file_its_article_came_from(tmp_path):
    (tmp_path / "zh.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    out, db = tmp_path / "o.jsonl", tmp_path / "t.db"
    assert invoke("extract", str(tmp_path), "--db", str(db), "--published", "2024-04-24").exit_code == 0
    assert invoke("export", "--format", "jsonl", "--out", str(out), "--db", str(db)).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    by_file = {(r["source_path"], r["lang"]) for r in rows}
    assert by_file == {(str(tmp_path / "zh.txt"), "zh"), (str(tmp_path / "en.txt"), "en")}


def test_a_file_with_a_few_replacement_characters_is_read_with_a_one_line_warning(tmp_path):
    body = "".join(
        f"{2000 + n}年，这座港口的第{n}期工程开工，码头岸线延长了{n * 10}米。\n\n" for n in range(1, 13)
    )
    path = tmp_path / "slip.txt"
    path.write_text(body.replace("2004年", "\ufffd\ufffd2004年", 1), encoding="utf-8")
    result = invoke("tag", str(path), "--reference", "2024-04-24")
    assert result.exit_code == 0, result.stderr
    warned = [line for line in result.stderr.splitlines() if "U+FFFD" in line]
    assert len(warned) == 1 and warned[0].startswith(f"warning: {path}: 2 replacement character(s)")
    assert "at character" in warned[0] and "Traceback" not in result.stderr
    assert any(json.loads(line)["text"] == "2004年" for line in result.stdout.splitlines())


def test_names_that_are_not_utf8_or_too_long_never_stop_the_batch(tmp_path):
    """A file name in Latin-1 (from an old zip) is read and shown as `caf\\xe9.txt`; a name longer than
    the file system allows is one error line; the other inputs are still read."""
    import os

    from timeline.store import Store

    folder = tmp_path / "in"
    folder.mkdir()
    body = "---\npublished: 2024-04-24\n---\n2016年，市里成立了救助站。\n"
    (folder / "good.txt").write_text(body.replace("2016", "2017"), encoding="utf-8")
    try:
        Path(os.fsdecode(os.fsencode(folder) + b"/caf\xe9.txt")).write_bytes(body.encode("utf-8"))
    except (OSError, UnicodeError):
        pytest.skip("this file system only takes UTF-8 names")
    db = tmp_path / "w.db"
    long_name = str(tmp_path / ("a" * 300 + ".txt"))
    result = CliRunner().invoke(cli, ["extract", str(folder), long_name, "--db", str(db)])
    assert result.exit_code == 1
    assert f"{folder}/caf\\xe9.txt: 1 claim(s)" in result.stderr.splitlines()
    assert f"error: {long_name}: the name is too long for the file system" in result.stderr
    with Store(db) as store:
        assert sorted(Path(a.source_path).name for a in store.articles()) == ["caf\\xe9.txt", "good.txt"]
