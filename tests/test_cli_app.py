"""The click group of timeline/cli/app.py: Ctrl-C ends with one line, start-up stays light."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

import timeline.cli.extracting as extracting
from tests.conftest import ROOT
from timeline import export as exporting
from timeline.cli import INTERRUPTED, cli, main
from timeline.cli.app import LANGS
from timeline.store import Store

ZH = "2019年3月，江心大桥开工，总投资约42亿元。\n\n2021年底，主塔完成封顶。\n"
EN = "The ferry route first opened in 1998 and carried 2.3 million passengers in 2019.\n"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DB", raising=False)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a_bridge.txt").write_text(ZH, encoding="utf-8")
    (tmp_path / "in" / "b_ferry.txt").write_text(EN, encoding="utf-8")
    return tmp_path / "in"


def test_ctrl_c_during_extract_says_what_was_saved_and_a_rerun_finishes(folder, monkeypatch):
    original = extracting.extract_article
    calls = []

    def interrupt_second(article):
        calls.append(article.source_path)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return original(article)

    monkeypatch.setattr(extracting, "extract_article", interrupt_second)
    result = CliRunner().invoke(cli, ["extract", str(folder), "--db", "w.db"])
    assert result.exit_code == INTERRUPTED
    last = result.stderr.splitlines()[-1]
    assert last.startswith("interrupted: 1 article(s), ")
    assert last.endswith("claim(s) saved in w.db (each article whole); run the same command again to finish")
    assert "Traceback" not in result.output
    with Store("w.db", create=False) as store:
        assert [a.source_path for a in store.articles()] == [calls[0]]

    monkeypatch.setattr(extracting, "extract_article", original)
    again = CliRunner().invoke(cli, ["extract", str(folder), "--db", "w.db"])
    assert again.exit_code == 0, again.output
    with Store("w.db", create=False) as store:
        assert len(store.articles()) == 2


def test_ctrl_c_during_an_export_leaves_no_file(folder, monkeypatch):
    assert CliRunner().invoke(cli, ["extract", str(folder), "--db", "w.db", "-q"]).exit_code == 0

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(exporting, "write", interrupted)
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--out", "out.csv", "--db", "w.db"])
    assert result.exit_code == INTERRUPTED
    assert result.stderr.splitlines() == [
        "interrupted: nothing was written to out.csv; run the same command again to finish"
    ]
    assert not (folder.parent / "out.csv").exists()


def test_ctrl_c_while_the_command_starts_up_is_one_line(monkeypatch, capsys):
    class Interrupting:
        def find_spec(self, name, path=None, target=None):
            if name == "timeline.cli.commands":
                raise KeyboardInterrupt
            return None

    monkeypatch.delitem(sys.modules, "timeline.cli.commands")
    monkeypatch.setattr(sys, "meta_path", [Interrupting(), *sys.meta_path])
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == INTERRUPTED
    assert capsys.readouterr().err == "interrupted while starting up; nothing was read or written\n"


def test_help_and_reading_commands_start_without_compiling_the_grammars():
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from timeline.cli import cli\n"
        "for args in (['--help'], ['show', '--help'], ['export', '--help'], ['review', 'log', '--help']):\n"
        "    assert CliRunner().invoke(cli, args).exit_code == 0, args\n"
        "print(sorted(m for m in sys.modules if m.startswith(('timeline.temporal', 'timeline.pipeline'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"


def test_language_choices_are_the_grammars():
    from timeline.temporal import GRAMMARS

    assert list(LANGS.choices) == sorted(GRAMMARS)


def test_the_library_names_load_on_first_use():
    import timeline

    assert set(timeline.__all__) <= set(dir(timeline))
    for name in timeline.__all__:
        assert getattr(timeline, name) is not None
    with pytest.raises(AttributeError):
        timeline.no_such_name  # noqa: B018


def test_a_damaged_workspace_is_one_line_naming_it_and_the_rescue(tmp_path, monkeypatch):
    from tests.review_workspace import build_workspace

    monkeypatch.chdir(tmp_path)
    db = build_workspace(tmp_path / "w.db")
    data = bytearray(db.read_bytes())
    data[4096:] = bytes(range(256)) * ((len(data) - 4096) // 256) + b"\x00" * ((len(data) - 4096) % 256)
    db.write_bytes(bytes(data))  # every page after the first overwritten: a disk or copy gone bad
    for command in (["show"], ["export", "--format", "csv", "--out", "c.csv"], ["review", "export"]):
        result = CliRunner().invoke(cli, [*command, "--db", "w.db"])
        assert result.exit_code == 1, command
        (line,) = result.stderr.splitlines()
        assert line.startswith("Error: w.db: the workspace file is damaged (") and "Traceback" not in line
        assert line.endswith("sqlite3 w.db .recover | sqlite3 rescued.db, then pass --db rescued.db"), line


def test_file_names_with_line_breaks_and_escapes_stay_on_one_line(tmp_path, monkeypatch):
    """A name holding a newline, a terminal escape or a bidi override is shown escaped, never obeyed."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("TIMELINE_DB", raising=False)
    good, bad, spoof = "new\nline.txt", "evil\x1b[31m.txt", "gpj\u202e.txt"
    (tmp_path / good).write_text(ZH, encoding="utf-8")
    (tmp_path / bad).write_bytes(b"")
    (tmp_path / spoof).write_text(EN, encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", good, bad, spoof, "missing\r.txt", "--published", "2024-04-24"]
    )
    lines = result.stderr.splitlines()
    assert result.exit_code == 1
    assert "new\\nline.txt: 2 claim(s)" in lines
    assert "error: evil\\x1b[31m.txt: the file is empty; give an article with text" in lines
    assert any(line.startswith("gpj\\u202e.txt: ") for line in lines)
    assert "error: missing\\r.txt: no such file or folder; check the path" in lines
    assert len(lines) == 5 and not any(ch in result.stderr for ch in "\x1b\r\u202e")
