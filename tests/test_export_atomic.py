"""Atomic writes: a failed write names the file and the fix, keeps the old file, leaves no temp files."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.errors import ExportError
from timeline.export import atomic, to_sqlite
from timeline.models import Timeline

ARTICLE = "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工，总投资约42亿元。\n"


def _full(*_args: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_disk_is_one_line_and_keeps_the_previous_file(tmp_path):
    target = tmp_path / "claims.csv"
    target.write_bytes(b"old")
    with pytest.raises(ExportError) as caught:
        atomic.write_with(target, _full)
    assert str(caught.value) == (
        f"{target}: the disk is full (No space left on device); free some space, or choose another --out"
    )
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.csv"]


def test_other_write_errors_say_the_previous_file_is_unchanged(tmp_path):
    def broken(_tmp: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    with pytest.raises(ExportError, match=r"could not write the file \(Input/output error\); the previous"):
        atomic.write_with(tmp_path / "t.json", broken)


def test_a_full_disk_during_export_is_an_error_line_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "bridge.txt").write_text(ARTICLE, encoding="utf-8")
    assert CliRunner().invoke(cli, ["extract", "bridge.txt", "--db", "w.db", "-q"]).exit_code == 0
    monkeypatch.setattr(atomic.os, "fsync", _full)
    result = CliRunner().invoke(cli, ["export", "--format", "csv", "--db", "w.db", "--out", "c.csv"])
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: c.csv: the disk is full (No space left on device); free some space, or choose another --out\n"
    )
    assert not list(tmp_path.glob(".c.csv.*"))


def test_sqlite_reports_a_full_disk_in_its_words_and_leaves_no_journal(tmp_path, monkeypatch):
    def full(_timeline: object, _tmp: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(to_sqlite, "fill_database", full)
    with pytest.raises(ExportError, match=r"database or disk is full\); free some space, or choose another"):
        to_sqlite.write(Timeline(claims=[]), tmp_path / "t.sqlite")
    assert list(tmp_path.iterdir()) == []


def _left(folder: Path, name: str, age: float) -> Path:
    path = folder / name
    path.write_bytes(b"half")
    stamp = path.stat().st_mtime - age
    os.utime(path, (stamp, stamp))
    return path


def test_temp_files_of_a_killed_export_are_removed_by_the_next_one(tmp_path):
    dead = 2**22 + 12345  # above Linux's largest process id: no such process
    target = tmp_path / "timeline.sqlite"
    killed = _left(tmp_path, f".timeline.sqlite.{dead}.k3x9.tmp", atomic.STALE_SECONDS + 5)
    journal = _left(tmp_path, f".timeline.sqlite.{dead}.k3x9.tmp-journal", atomic.STALE_SECONDS + 5)
    recent = _left(tmp_path, f".timeline.sqlite.{dead}.r2d2.tmp", 1)  # may be a slow writer elsewhere
    running = _left(tmp_path, f".timeline.sqlite.{os.getpid()}.z1.tmp", atomic.STALE_SECONDS + 5)
    foreign = _left(tmp_path, ".timeline.sqlite.notours.tmp", atomic.STALE_SECONDS + 5)
    other = _left(tmp_path, f".timeline.csv.{dead}.k3x9.tmp", atomic.STALE_SECONDS + 5)
    atomic.write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert not killed.exists() and not journal.exists()
    assert recent.exists() and running.exists() and foreign.exists() and other.exists()


def test_a_name_with_glob_characters_only_clears_its_own_leftovers(tmp_path):
    dead = 2**22 + 12345
    target = tmp_path / "claims[1].csv"
    own = _left(tmp_path, f".claims[1].csv.{dead}.ab.tmp", atomic.STALE_SECONDS + 5)
    other = _left(tmp_path, f".claims1.csv.{dead}.ab.tmp", atomic.STALE_SECONDS + 5)
    atomic.write_bytes(target, b"x")
    assert not own.exists() and other.exists()


def test_a_device_or_pipe_as_out_is_refused_not_replaced_by_a_file(tmp_path):
    """A rename over `/dev/null` or a named pipe would leave a plain file in its place: refused, one line."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(
        ExportError, match=r"pipe: a device or pipe, not a file to replace; choose another --out"
    ):
        atomic.write_with(pipe, lambda tmp: Path(tmp).write_bytes(b"new"))
    assert pipe.is_fifo()  # (not tried on /dev/null: a regression would replace it on the test machine)


def test_an_out_path_that_is_a_link_keeps_the_link_and_replaces_its_target(tmp_path):
    target, link = tmp_path / "real.csv", tmp_path / "latest.csv"
    target.write_bytes(b"old")
    link.symlink_to(target)
    atomic.write_with(link, lambda tmp: Path(tmp).write_bytes(b"new"))
    assert link.is_symlink() and link.read_bytes() == b"new" and target.read_bytes() == b"new"
