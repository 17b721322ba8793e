"""The command line through click's CliRunner: exit codes, messages, outputs."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from timeline.cli import cli

EXAMPLES = ROOT / "examples"


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DB", raising=False)
    runner = CliRunner()

    def invoke(*args: str, stdin: str | None = None):
        return runner.invoke(cli, list(args), input=stdin, catch_exceptions=False)

    return invoke


def test_export_parquet_from_examples_writes_default_file(run, tmp_path):
    result = run("export", "--format", "parquet", str(EXAMPLES))
    assert result.exit_code == 0, result.output
    frame = pd.read_parquet(tmp_path / "exports" / "timeline.parquet")
    assert len(frame) >= 10
    assert set(frame["lang"]) == {"zh", "zh-Hant", "en"}
    assert frame["date_start"].dropna().map(type).eq(type(pd.Timestamp(0).date())).all()


def test_extract_then_export_every_core_format(run, tmp_path):
    assert run("extract", str(EXAMPLES / "zh_lhasa_police_aid.txt"), "--db", "w.db").exit_code == 0
    for fmt in ("csv", "json", "jsonl", "parquet"):
        result = run("export", "--format", fmt, "--db", "w.db", "--out", f"out.{fmt}")
        assert result.exit_code == 0, result.output
        assert (tmp_path / f"out.{fmt}").stat().st_size > 0
    claims = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    assert any(c["date_edtf"] == "2017-09" for c in claims)


def test_db_from_environment(run, tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_DB", str(tmp_path / "env.db"))
    assert run("extract", str(EXAMPLES / "en_city_library.txt")).exit_code == 0
    assert (tmp_path / "env.db").exists()


def test_bad_inputs_are_reported_and_the_batch_goes_on(run, tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    result = run("extract", "missing.txt", "empty.txt", "image.txt", str(EXAMPLES / "en_city_library.txt"))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert any("missing.txt" in e and "no such file" in e for e in errors)
    assert any("empty.txt" in e and "empty" in e for e in errors)
    assert any("image.txt" in e and "binary" in e for e in errors)
    assert "Traceback" not in result.output
    assert "1 article(s)" in result.output


def test_unreadable_published_date_is_a_one_line_usage_error(run, tmp_path):
    result = run("extract", str(EXAMPLES / "en_city_library.txt"), "--published", "next tuesday-ish")
    assert result.exit_code == 2
    assert "--published" in result.output and "2024-04-24" in result.output
    assert "Traceback" not in result.output


def test_usage_error_exits_2(run):
    assert run("export", "--format", "docx").exit_code == 2


def test_tag_reads_stdin_and_prints_jsonl(run):
    result = run(
        "tag", "--reference", "2024-04-24", "--lang", "zh", stdin="2017年9月签订协议，如今已满六年。"
    )
    assert result.exit_code == 0, result.output
    mentions = [json.loads(line) for line in result.output.splitlines()]
    assert [m["value"] for m in mentions][:2] == ["2017-09", "2024-04-24"]
    assert mentions[0]["rule"]


def test_tag_takes_published_like_extract(run):
    result = run("tag", "--published", "2024-04-24", "--lang", "zh", stdin="昨天签约。")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.splitlines()[0])["value"] == "2024-04-23"


def test_tag_table_format(run):
    result = run("tag", "--reference", "2024-04-24", "--format", "table", stdin="截至3月28日，数据如下。")
    assert result.exit_code == 0
    assert "2024-03-28" in result.output and "as_of" in result.output


def test_show_lists_the_timeline(run):
    run("extract", str(EXAMPLES / "zh_lhasa_police_aid.txt"))
    result = run("show", "--limit", "3")
    assert result.exit_code == 0
    assert "2016" in result.output.splitlines()[1]


def test_schema_writes_three_files(run, tmp_path):
    result = run("schema", "--out-dir", "s")
    assert result.exit_code == 0
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == [
        "article.schema.json",
        "claim.schema.json",
        "timeline.schema.json",
    ]


@pytest.mark.parametrize("command", ["extract", "export", "tag", "show", "schema"])
def test_every_command_has_help(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_reading_commands_refuse_a_missing_workspace(run, tmp_path):
    for args in (("show",), ("export", "--format", "csv"), ("review", "log"), ("conflicts",)):
        result = run(*args, "--db", "typo.db")
        assert result.exit_code == 1, args
        assert "no workspace here" in result.output and "timeline extract" in result.output
    assert not (tmp_path / "typo.db").exists()


def test_export_takes_the_format_from_the_out_suffix(run, tmp_path):
    run("extract", str(EXAMPLES / "en_city_library.txt"))
    assert run("export", "--out", "claims.csv").exit_code == 0
    assert (tmp_path / "claims.csv").read_bytes().startswith(b"\xef\xbb\xbfclaim_id")
    assert run("export", "--out", "claims.jsonl").exit_code == 0
    assert (tmp_path / "claims.jsonl").read_text(encoding="utf-8").startswith("{")
    unknown = run("export", "--out", "claims.docx")
    assert unknown.exit_code == 2 and "pass --format" in unknown.output


def test_negative_limit_is_a_usage_error(run):
    assert run("show", "--limit", "-5").exit_code == 2


def test_bad_option_values_are_usage_errors(run, tmp_path):
    article = str(EXAMPLES / "en_city_library.txt")
    published = run("extract", article, "--published", "2019-02-30")
    assert published.exit_code == 2 and "--published" in published.output
    reference = run("tag", article, "--reference", "bogus")
    assert reference.exit_code == 2 and "--reference" in reference.output
    (tmp_path / "foo.csv").write_text("x", encoding="utf-8")
    assert run("export", "--format", "all", "--out", "foo.csv", article).exit_code == 2


def test_tag_names_a_missing_file_and_takes_an_encoding(run, tmp_path):
    missing = run("tag", "nope.txt")
    assert missing.exit_code == 1 and "nope.txt: no such file" in missing.output
    (tmp_path / "gbk.txt").write_bytes("2016年，研究所在拉萨成立，此后不断发展壮大。".encode("gbk"))
    result = run("tag", "gbk.txt", "--encoding", "gbk", "--reference", "2024-04-24")
    assert result.exit_code == 0 and '"value":"2016"' in result.output
