"""The export registry: every format by name, `all` into one folder, atomic writes, CLI wiring."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from export_samples import empty_timeline, sample_timeline

from timeline import export
from timeline.cli import cli
from timeline.errors import ExportError
from timeline.export.browser import find_chromium
from timeline.export.dictionary import known_names, words
from timeline.export.table import COLUMNS
from timeline.ingest import iter_files, read_article
from timeline.models import ArticleSummary, Timeline
from timeline.pipeline import extract_article


def test_every_format_has_a_suffix_and_a_warning_hook_is_optional():
    assert set(export.SUFFIXES) == set(export.WRITERS)
    assert set(export.WARNINGS) <= set(export.WRITERS)
    assert len(set(export.SUFFIXES.values())) == len(export.SUFFIXES)
    assert export.FORMATS[-1] == "all"


@pytest.mark.parametrize("fmt", ["parquet", "csv", "json", "jsonl"])
def test_the_first_four_formats_still_write_by_name(tmp_path, fmt):
    path = export.write(sample_timeline(), tmp_path / f"t{export.SUFFIXES[fmt]}", fmt)
    assert path.stat().st_size > 0


@pytest.mark.parametrize("timeline", [sample_timeline(), empty_timeline()], ids=["sample", "empty"])
def test_all_writes_every_format_into_one_folder(tmp_path, timeline):
    folder = export.write(timeline, tmp_path / "exports", "all")
    written = {p.name for p in folder.iterdir()}
    assert {f"timeline{suffix}" for suffix in export.SUFFIXES.values()} <= written
    assert "timeline.metadata.json" in written  # Datasette's, beside the database
    assert not [n for n in written if n.endswith(".tmp")]


def test_all_refuses_a_file(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(ExportError, match="needs a folder"):
        export.write(sample_timeline(), tmp_path / "file", "all")


def test_unknown_format_names_the_choices(tmp_path):
    with pytest.raises(ExportError, match="timelinejs"):
        export.write(sample_timeline(), tmp_path / "x", "pdf")


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "t.xlsx"
    target.write_bytes(b"old")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("timeline.export.to_xlsx._claims_sheet", broken)
    with pytest.raises(RuntimeError):
        export.write(sample_timeline(), target, "xlsx")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]


def test_dictionary_words_match_the_columns():
    assert known_names() <= set(COLUMNS)
    assert all(words(name).title_en and words(name).title_zh for name in COLUMNS)


def test_cli_export_all_and_warnings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-04-24\nlang: zh\n---\n2017年9月，两市签署合作协议。\n", "utf-8")
    result = CliRunner().invoke(cli, ["export", "--format", "all", "--db", "w.db", str(article)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "exports" / "timeline.timelinejs.json").exists()
    doc = json.loads((tmp_path / "exports" / "timeline.vis.json").read_text("utf-8"))
    assert doc["items"] and doc["items"][0]["start"] == "2017-09-01T00:00:00"


def test_cli_refuses_screenshot_for_other_formats_and_the_workspace_as_out(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["export", "--format", "csv", "--screenshot", "--db", "w.db"])
    assert result.exit_code == 2 and "--screenshot works with" in result.output
    result = runner.invoke(cli, ["export", "--format", "sqlite", "--out", "w.db", "--db", "w.db"])
    assert result.exit_code == 2 and "workspace itself" in result.output


@pytest.mark.skipif(find_chromium() is None, reason="no Chromium on this machine (apt-get install chromium)")
def test_cli_html_screenshot(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("---\npublished: 2024-04-24\nlang: zh\n---\n2016年，研究所成立。\n", "utf-8")
    result = CliRunner().invoke(
        cli, ["export", "--format", "html", "--screenshot", "--db", "w.db", str(article)]
    )
    assert result.exit_code == 0, result.output
    png = tmp_path / "exports" / "timeline.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_all_formats_are_byte_identical_for_the_same_input(tmp_path):
    first = export.write(sample_timeline(), tmp_path / "one", "all")
    second = export.write(sample_timeline(), tmp_path / "two", "all")
    names = sorted(p.name for p in first.iterdir())
    assert names == sorted(p.name for p in second.iterdir())
    different = [n for n in names if (first / n).read_bytes() != (second / n).read_bytes()]
    assert different == []


def test_pipeline_output_on_the_examples_exports_validly(tmp_path):
    """Real extractor output (whatever the grammars give today) goes through every format."""
    examples = Path(__file__).resolve().parents[1] / "examples"
    articles = [read_article(path) for path in iter_files([str(examples)])]
    claims = [claim for article in articles for claim in extract_article(article).claims]
    summaries = [
        ArticleSummary.model_validate(a.model_dump(include=set(ArticleSummary.model_fields)))
        for a in articles
    ]
    timeline = Timeline(generator="timeline test", articles=summaries, claims=claims)
    folder = export.write(timeline, tmp_path / "exports", "all")
    assert claims, "the examples should give claims"
    vis = json.loads((folder / "timeline.vis.json").read_text("utf-8"))
    tljs = json.loads((folder / "timeline.timelinejs.json").read_text("utf-8"))
    dated = sum(c.date_sort is not None for c in claims)
    assert len(vis["items"]) == len(tljs["events"]) == dated
    with sqlite3.connect(folder / "timeline.sqlite") as db:
        assert db.execute("SELECT count(*) FROM claims").fetchone()[0] == len(claims)
    html = (folder / "timeline.html").read_text("utf-8")
    assert html.count('class="claim kind-') == len(claims)
    frictionless = Path(sys.executable).with_name("frictionless")
    if frictionless.exists():
        result = subprocess.run(
            [str(frictionless), "validate", "--json", str(folder / "timeline.datapackage.json")],
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert json.loads(result.stdout)["valid"], result.stdout[-2000:]
