"""`timeline export --format all`: the summary names the files written, each of which exists."""

from __future__ import annotations

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
