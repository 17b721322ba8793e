"""`timeline export --format all`: the summary names the files written, each of which exists."""

from __future__ import annotations

import json

from click.testing import CliRunner

from timeline.cli import cli

ARTICLE = "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工，总投资约42亿元。\n"


def test_export_all_names_every_file_it_wrote(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", "--format", "all", "--db", "w.db", "bridge.txt", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""  # --quiet: errors only
    loud = CliRunner().invoke(cli, ["export", "--format", "all", "--db", "w.db", "--out", "out"])
    summary = loud.stderr.splitlines()[-1]
    assert summary.startswith("wrote 1 claim(s) to out/: timeline.parquet, timeline.csv, ")
    names = summary.split(": ", 1)[1].split(", ")
    assert len(names) == 12
    assert all((tmp_path / "out" / name).is_file() for name in names)


OTHER = "---\npublished: 2025-06-11\n---\n2020年5月，江心隧道通车，日均车流量约3万辆。\n"


def test_export_with_paths_writes_only_the_articles_named(tmp_path, monkeypatch):
    """`timeline export --format jsonl story.txt` gives that story's claims, not the whole workspace."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "tunnel.txt").write_text(OTHER, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0
    one = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", "w.db", "tunnel.txt"])
    assert one.exit_code == 0, one.output
    rows = (tmp_path / "exports" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(r)["source_path"] for r in rows] == ["tunnel.txt"]
    assert "note: only the articles named were exported (1 of the 2 claim(s) in w.db); " in one.stderr
    every = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--db", "w.db", "-q"])
    assert every.exit_code == 0, every.output
    rows = (tmp_path / "exports" / "timeline.jsonl").read_text(encoding="utf-8").splitlines()
    assert sorted(json.loads(r)["source_path"] for r in rows) == ["bridge.txt", "tunnel.txt"]


def test_export_of_paths_that_all_fail_keeps_the_previous_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert CliRunner().invoke(cli, ["export", "--format", "csv", "--db", "w.db", "bridge.txt"]).exit_code == 0
    before = (tmp_path / "exports" / "timeline.csv").read_bytes()
    failed = CliRunner().invoke(cli, ["export", "--format", "csv", "--db", "w.db", "empty.txt"])
    assert failed.exit_code == 1
    assert failed.stderr.splitlines()[-1].startswith(
        "no article was read, so nothing was exported; 1 input(s)"
    )
    assert (tmp_path / "exports" / "timeline.csv").read_bytes() == before


def test_out_dash_streams_text_formats_to_standard_output(tmp_path, monkeypatch):
    """`timeline export --format jsonl --out - | jq`: the file's bytes on stdout, no file named `-`."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0
    streamed = CliRunner().invoke(cli, ["export", "--format", "jsonl", "--out", "-", "--db", "w.db"])
    assert streamed.exit_code == 0, streamed.output
    assert [json.loads(line)["date_edtf"] for line in streamed.stdout.splitlines()] == ["2019-03"]
    assert streamed.stderr == "wrote 1 claim(s) to <stdout>\n"
    assert not (tmp_path / "-").exists()
    filed = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", "c.csv", "--db", "w.db"])
    assert filed.exit_code == 0
    as_csv = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", "-", "--db", "w.db"])
    assert as_csv.stdout_bytes == (tmp_path / "c.csv").read_bytes()


def test_out_dash_refuses_binary_formats_and_a_missing_format(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0
    for args, message in (
        ([], "Error: --out - writes to standard output: pass --format (csv, json, jsonl, "),
        (["--format", "parquet"], "Error: --format parquet writes files, not standard output: give --out "),
        (["--format", "all"], "Error: --format all writes files, not standard output: "),
    ):
        result = CliRunner().invoke(cli, ["export", "--out", "-", "--db", "w.db", *args])
        assert result.exit_code == 2
        assert result.stderr.splitlines()[-1].startswith(message)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bridge.txt", "w.db"]


def test_ctrl_c_during_export_all_names_the_files_already_new(tmp_path, monkeypatch):
    from timeline import export as exporting
    from timeline.cli import INTERRUPTED

    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt

    monkeypatch.setitem(exporting.WRITERS, "json", interrupted)
    result = CliRunner().invoke(cli, ["export", "--format", "all", "--db", "w.db", "--out", "out"])
    assert result.exit_code == INTERRUPTED
    assert result.stderr.splitlines() == [
        "interrupted: wrote timeline.parquet, timeline.csv in out/; the other files there are from the "
        "previous export; run the same command again to finish"
    ]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["timeline.csv", "timeline.parquet"]


def test_a_full_disk_during_export_all_says_which_files_are_new(tmp_path, monkeypatch):
    from timeline import export as exporting
    from timeline.errors import ExportError

    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0

    def full(_timeline, path, **_options):
        raise ExportError(
            f"{path}: the disk is full (No space left on device); free some space, or choose another --out"
        )

    monkeypatch.setitem(exporting.WRITERS, "json", full)
    result = CliRunner().invoke(cli, ["export", "--format", "all", "--db", "w.db", "--out", "out"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        "Error: out/timeline.json: the disk is full (No space left on device); free some space, or choose "
        "another --out (timeline.parquet, timeline.csv in out/ are new; the other files there are from the "
        "previous export, or absent)"
    )


def test_an_unknown_out_suffix_suggests_the_nearest_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0
    result = CliRunner().invoke(cli, ["export", "--out", "claims.xls", "--db", "w.db"])
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Error: --out claims.xls: cannot tell the format from '.xls' (did you mean .xlsx?); pass --format "
        "or end the name with one of .csv, .html, .json, .jsonl, .jsonld, .parquet, .sqlite, .xlsx"
    )
    plain = CliRunner().invoke(cli, ["export", "--out", "claims.txt", "--db", "w.db"])
    assert "cannot tell the format from '.txt'; pass --format" in plain.stderr
