"""`timeline show`: each claim's source is shown, and `--article` narrows the table to one story."""

from __future__ import annotations

from click.testing import CliRunner

from timeline.cli import cli

BRIDGE = "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工，总投资约42亿元。\n"
TUNNEL = "---\npublished: 2025-06-11\n---\n2020年5月，江心隧道通车，日均车流量约3万辆。\n"


def _workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / "bridge.txt").write_text(BRIDGE, encoding="utf-8")
    (tmp_path / "desk" / "tunnel.txt").write_text(TUNNEL, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "desk", "--db", "w.db", "-q"]).exit_code == 0


def _sources(result) -> list[str]:
    header, *rows = result.stdout.splitlines()
    at = header.index("source")
    return [row[at:].split()[0] for row in rows]


def test_every_row_names_its_source_file(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["show", "--db", "w.db"])
    assert result.exit_code == 0, result.output
    assert _sources(result) == ["bridge.txt", "tunnel.txt"]


def test_article_takes_an_id_a_path_or_the_file_name_shown(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    for name in ("tunnel.txt", "desk/tunnel.txt", "./desk/tunnel.txt", str(tmp_path / "desk" / "tunnel.txt")):
        result = CliRunner().invoke(cli, ["show", "--db", "w.db", "--article", name])
        assert result.exit_code == 0, result.output
        assert _sources(result) == ["tunnel.txt"], name
        assert result.stderr == "1 of 1 claim(s)\n"


def test_an_unknown_article_is_one_line_with_the_fix(tmp_path, monkeypatch):
    _workspace(tmp_path, monkeypatch)
    result = CliRunner().invoke(cli, ["show", "--db", "w.db", "--article", "ferry.txt"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: --article ferry.txt: no article with this id, path or file name in w.db; "
        "the `source` column of `timeline show` lists them\n"
    )
