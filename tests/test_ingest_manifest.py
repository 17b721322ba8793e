"""Manifest CSVs: one saved by Excel with `;` separators (as in many locales) reads like a comma one."""

from __future__ import annotations

from timeline.ingest import read_articles

STORY = "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工，总投资约42亿元。\n"


def test_a_semicolon_manifest_gives_the_same_articles(tmp_path):
    (tmp_path / "bridge.txt").write_text(STORY, encoding="utf-8")
    comma = tmp_path / "comma.csv"
    comma.write_text("path,url,outlet\nbridge.txt,https://example.org/a,示例日报\n", encoding="utf-8")
    semi = tmp_path / "semi.csv"
    semi.write_text('"path";url;outlet\r\nbridge.txt;https://example.org/a;示例日报\r\n', encoding="utf-8")
    (a,) = read_articles(comma)
    (b,) = read_articles(semi)
    assert (
        (b.url, b.outlet, b.text)
        == (a.url, a.outlet, a.text)
        == ("https://example.org/a", "示例日报", a.text)
    )


def test_a_comma_manifest_with_semicolons_in_a_cell_stays_comma_separated(tmp_path):
    (tmp_path / "bridge.txt").write_text(STORY, encoding="utf-8")
    manifest = tmp_path / "list.csv"
    manifest.write_text('path,outlet\nbridge.txt,"日报;晚报"\n', encoding="utf-8")
    (article,) = read_articles(manifest)
    assert article.outlet == "日报;晚报"


def test_a_cell_past_the_csv_limit_is_one_error_after_the_rows_before_it(tmp_path):
    """csv raises its own Error for a 200,000-character cell: it ended the run as an unexpected error."""
    (tmp_path / "a.txt").write_text(
        "---\npublished: 2024-04-24\n---\n2016年，市里成立了救助站。\n", encoding="utf-8"
    )
    manifest = tmp_path / "list.csv"
    manifest.write_text("path,title\na.txt,ok\na.txt," + "x" * 200_000 + "\n", encoding="utf-8")
    first, error = read_articles(manifest)
    assert first.title == "ok"
    assert str(error).startswith(f"{manifest}: not a readable CSV after the rows above (field larger than")
