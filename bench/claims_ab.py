"""A/B of the claims stage's steps: a git revision against the worktree, replayed in turns.

Usage (from the worktree root):
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/claims_ab.py [--ref HEAD] [--rounds 3] [--passes 20]

The revision is unpacked into a temporary directory (`git archive`, nothing checked out here) and
bench/claims_replay.py runs there and here by turns, `--rounds` times each, so a machine loaded by
other work slows both sides alike. Printed per step: the median of each side in CPU milliseconds
per pass and the change. Replayed steps run hot in the processor's caches, so a step's gain is
seen more clearly than in bench/bench_claims.py; the claims/tag ratio is still measured there.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _replay(tree: Path, passes: int) -> dict[str, float]:
    """Milliseconds per pass of every line bench/claims_replay.py prints, run inside `tree`."""
    out = subprocess.run(
        [sys.executable, str(tree / "bench" / "claims_replay.py"), "--passes", str(passes)],
        cwd=tree,
        env={**os.environ, "PYTHONPATH": str(tree)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    times: dict[str, float] = {}
    for line in out.splitlines():
        name, _, rest = line.strip().partition(" ")
        times[name] = float(rest.split()[0])
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="HEAD", help="the git revision to compare with (default HEAD)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--passes", type=int, default=20)
    args = parser.parse_args()
    if not (SHARED / "seed" / "seed.txt").exists():
        print(f"error: {SHARED} not found (the shared evaluation data is missing)", file=sys.stderr)
        return 1
    archive = subprocess.run(["git", "archive", args.ref], cwd=ROOT, capture_output=True, check=False)
    if archive.returncode != 0:
        print(f"error: git archive {args.ref}: {archive.stderr.decode().strip()}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / "base"
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(base, filter="data")
        (Path(tmp) / "shared").symlink_to(SHARED)  # the replay finds ../shared from its tree
        runs: dict[str, list[dict[str, float]]] = {"base": [], "here": []}
        for _ in range(args.rounds):
            runs["base"].append(_replay(base, args.passes))
            runs["here"].append(_replay(ROOT, args.passes))
    print(f"{'step':27s} {args.ref[:10]:>10s} {'worktree':>10s} {'change':>8s}  (median ms per pass)")
    for name in runs["here"][0]:
        was = statistics.median(r.get(name, 0.0) for r in runs["base"])  # 0: a step the revision lacks
        now = statistics.median(r[name] for r in runs["here"])
        print(f"{name:27s} {was:10.2f} {now:10.2f} {now - was:+8.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
