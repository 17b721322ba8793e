"""`timeline extract --jobs N` against one process on the same folder, in the same run.

Run: python bench/bench_jobs.py [FOLDER] [--jobs N]   (default: every page and text of ../shared/corpus)
Prints the wall time and the main process's peak memory of each run (workers are children of a
fork server, so their CPU time is not counted here), and checks
that both workspaces export byte-identical JSON lines. The wall-time ratio only means something on
a machine with N free cores: on a busy one, workers wait for the CPU like everything else.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], capture_output=True); "
    "r = resource.getrusage(resource.RUSAGE_CHILDREN); print(r.ru_maxrss)"
)
"""Run in a fresh process, so that the peak memory is this command's alone."""


def _run(args: list[str], env: dict[str, str]) -> tuple[float, int]:
    """Wall seconds and peak RSS (MB) of one `timeline` command's main process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, sys.executable, "-m", "timeline", *args],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - started
    return wall, int(done.stdout) // 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    if not Path(options.folder).is_dir():
        print(f"{options.folder} is absent: name a folder of articles")
        return 1
    root = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=root + os.pathsep + os.environ.get("PYTHONPATH", ""))
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for jobs in (1, options.jobs):
            db = str(Path(tmp) / f"j{jobs}.db")
            wall, rss = _run(["extract", options.folder, "--db", db, "-q", "--jobs", str(jobs)], env)
            out = Path(tmp) / f"j{jobs}.jsonl"
            _run(["export", "--db", db, "--format", "jsonl", "--out", str(out), "-q"], env)
            results[jobs] = out.read_bytes()
            print(f"--jobs {jobs}: wall {wall:6.1f} s, peak RSS of the main process {rss} MB")
        same = results[1] == results[options.jobs]
        claims = results[1].count(b"\n")
        print(f"exports identical: {same} ({claims} claims)")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
