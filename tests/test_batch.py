"""Extracting inputs in worker processes (`--jobs`) gives the same outcomes, in the same order, as one."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.conftest import ROOT
from timeline import batch
from timeline.cli import INTERRUPTED, cli
from timeline.errors import InputWarning
from timeline.ingest import Overrides
from timeline.pipeline import extract_article

ARTICLES = {
    "a_bridge.txt": "---\npublished: 2025-06-10\n---\n2019年3月，江心大桥开工，总投资约42亿元。2021年5月，大桥通车。\n",
    "b_ferry.md": "---\npublished: 2024-06-03\n---\nThe ferry line opened in May 2018. Fares rose by 10% in 2022.\n",
    "c_empty.txt": "",
    "d_feed.jsonl": '{"text": "2020年起，渡口改为全天运营。", "published": "2024-01-05"}\n{"title": "no text"}\n',
    "e_school.txt": "---\npublished: 2024-09-05\n---\n实验小学新校区今年9月1日启用，2022年10月立项。\n",
    # a character the file lost before it was saved: read, with a warning naming it
    "f_lost.txt": "---\npublished: 2024-09-05\n---\n2023年3月，新馆\ufffd工，总投资约2亿元。去年12月竣工。\n",
}


def _folder(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


def _summary(outcomes):
    return [
        (o.name, o.error, [c.claim_id for c in o.extraction.claims] if o.extraction else None)
        for o in outcomes
    ]


def test_outcomes_come_in_input_order_with_one_line_errors(tmp_path):
    paths = _folder(tmp_path)
    with pytest.warns(InputWarning, match=r"f_lost\.txt: 1 replacement character"):
        alone = _summary(batch.run(paths, Overrides(), extract_article, jobs=1))
    assert [name.rsplit("/", 1)[-1] for name, _, _ in alone] == [
        "a_bridge.txt",
        "b_ferry.md",
        "c_empty.txt",
        "d_feed.jsonl#1",
        "d_feed.jsonl",
        "e_school.txt",
        "f_lost.txt",
    ]
    assert alone[2][1].endswith("c_empty.txt: the file is empty; give an article with text")
    # with workers: test_extract_with_jobs_fills_the_same_workspace (one pool start for the suite)


def test_jobs_zero_means_one_worker_per_cpu():
    assert batch.worker_count(0) >= 1 and batch.worker_count(3) == 3


def test_extract_with_jobs_fills_the_same_workspace(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _folder(tmp_path)
    one = CliRunner().invoke(cli, ["extract", "desk", "--db", "one.db"])
    two = CliRunner().invoke(cli, ["extract", "desk", "--db", "two.db", "--jobs", "2"])
    assert one.exit_code == two.exit_code == 1  # the empty file and the record without text
    assert two.stderr.replace("two.db", "one.db") == one.stderr
    assert "warning: desk/f_lost.txt: 1 replacement character(s) (U+FFFD)" in two.stderr  # a worker's
    exports = [
        CliRunner().invoke(cli, ["export", "--db", db, "--format", "jsonl", "--out", "-"]).stdout
        for db in ("one.db", "two.db")
    ]
    assert exports[0] == exports[1] and exports[0].count("\n") == 9


def _children(pid: int) -> list[tuple[int, bytes]]:
    """The (pid, command line) of the processes whose parent is `pid` (Linux /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append((int(stat.parent.name), (stat.parent / "cmdline").read_bytes()))
        except (OSError, IndexError, ValueError):
            continue
    return found


@pytest.mark.parametrize("whole_group", [True, False], ids=["ctrl-c", "parent-only"])
def test_ctrl_c_while_the_fork_server_loads_prints_one_line(tmp_path, whole_group):
    """Ctrl-C reaches every process of the group; the fork server loading the grammars must stay quiet,
    and fork no worker for a pool that is gone."""
    if "forkserver" not in multiprocessing.get_all_start_methods() or not Path("/proc/self/stat").exists():
        pytest.skip("needs the forkserver start method and /proc (Linux)")
    folder = Path(_folder(tmp_path)[0]).parent
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "timeline",
            "extract",
            str(folder),
            "-j",
            "2",
            "-q",
            "--db",
            str(tmp_path / "w.db"),
        ],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    deadline = time.monotonic() + 60
    while not any(b"forkserver" in line for _, line in _children(proc.pid)):
        assert proc.poll() is None and time.monotonic() < deadline, "the fork server never started"
        time.sleep(0.01)
    time.sleep(0.5)  # the server now imports the grammars (seconds): the window this test is about
    if whole_group:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    time.sleep(0.5)  # a worker forked late would print after the parent ended
    assert proc.returncode == INTERRUPTED, err
    assert err.startswith("interrupted") and "Traceback" not in err, err
