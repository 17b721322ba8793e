"""Prove a change keeps the output byte-identical: snapshot it once, then compare after every change.

Usage (from the worktree root):
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/check_identical.py save /tmp/identical-base
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/check_identical.py check /tmp/identical-base

What is snapshotted (all from ../shared; nothing is copied into the project):
- `timeline tag` JSON lines for the seed and every ../shared/corpus/news text (the article's own
  date as reference), and the same with --timeml and with --prefer future;
- `timeline export --format jsonl` after extracting the seed, the news texts and the HTML pages
  of ../shared/corpus (html/, zh-html/, en-html/);
- tag() over every text of ../shared/benchmarks/*.jsonl with its own reference time.
`check` exits 1 and names each file that differs (with the first differing line).
`save --no-windows` snapshots the same with the shared scan's windows switched off (every rule
searched over the whole text): checking against it proves the windows change no output.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from click.testing import CliRunner

from timeline.cli import cli
from timeline.temporal import scan, tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seed" / "seed.txt"
NEWS = SHARED / "corpus" / "news"
HTML_DIRS = [SHARED / "corpus" / d for d in ("html", "zh-html", "en-html")]
BENCH = SHARED / "benchmarks"


def _run(args: list[str], *, may_fail: bool = False) -> str:
    """Run the CLI in this process and return its output (stderr too when `may_fail`)."""
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    if result.exit_code != 0 and not may_fail:
        raise SystemExit(f"timeline {args[0]} failed: {result.output[:2000]}")
    return result.output if may_fail else result.stdout


def snapshot() -> dict[str, str]:
    """Every output under test, by a stable name."""
    out: dict[str, str] = {}
    texts = [SEED, *sorted(NEWS.glob("*.txt"))]
    for path in texts:
        out[f"tag/{path.stem}.jsonl"] = _run(["tag", str(path)])
        out[f"tag-timeml/{path.stem}.jsonl"] = _run(["tag", "--timeml", str(path)])
        out[f"tag-future/{path.stem}.jsonl"] = _run(["tag", "--prefer", "future", str(path)])
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "claims.jsonl"
        db = Path(tmp) / "t.db"
        pages = [str(p) for d in HTML_DIRS for p in sorted(d.glob("*.html"))]
        args = ["export", "--format", "jsonl", "--out", str(target), "--db", str(db), "-q"]
        # some pages are refused on purpose (garbled, other languages): their errors are compared too
        log = _run([*args, *map(str, texts), *pages], may_fail=True)
        out["export/claims.jsonl"] = target.read_text(encoding="utf-8")
        out["export/messages.txt"] = log.replace(tmp, "TMP")
    for bench in sorted(BENCH.glob("*.jsonl")):
        lines = []
        for row in (
            json.loads(line) for line in bench.read_text(encoding="utf-8").splitlines() if line.strip()
        ):
            ref = row.get("ref_time") or row.get("time_base") or row.get("dct")
            reference = datetime.fromisoformat(ref).replace(tzinfo=None) if ref else None
            lang = "en" if row.get("lang") == "en" else "zh"
            for prefer in ("past", "future"):
                found = tag(row["text"], reference=reference, lang=lang, prefer=prefer)
                lines.append(json.dumps([m.model_dump(mode="json") for m in found], ensure_ascii=False))
        out[f"bench/{bench.name}"] = "\n".join(lines) + "\n"
    return out


def _whole_text_finditer(
    self: scan.SharedScan, pattern: re.Pattern[str], search: re.Pattern[str] | None = None
) -> Iterator[re.Match[str]]:
    """`SharedScan.finditer` with no windows, no fast start and no prefix search."""
    return pattern.finditer(self.text)


def main() -> int:
    """Save a snapshot or check the current output against one."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("action", choices=("save", "check"))
    ap.add_argument("folder", type=Path)
    ap.add_argument("--no-windows", action="store_true", help="search every rule over the whole text")
    args = ap.parse_args()
    if args.no_windows:  # every pattern the shared scan serves is searched over the whole text
        scan.SharedScan.finditer = _whole_text_finditer  # type: ignore[method-assign]
    if not SEED.exists():
        print(f"{SEED}: not found; the check needs ../shared (seed, corpus, benchmarks)", file=sys.stderr)
        return 2
    now = snapshot()
    if args.action == "save":
        for name, text in now.items():
            path = args.folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        print(f"saved {len(now)} outputs to {args.folder}")
        return 0
    differ = 0
    for name, text in now.items():
        path = args.folder / name
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old == text:
            continue
        differ += 1
        if old is None:
            print(f"{name}: not in the snapshot")
            continue
        for i, (a, b) in enumerate(zip(old.splitlines(), text.splitlines(), strict=False)):
            if a != b:
                print(f"{name}: line {i + 1} differs\n  was: {a[:300]}\n  now: {b[:300]}")
                break
        else:
            print(f"{name}: {len(old.splitlines())} lines before, {len(text.splitlines())} now")
    print(f"{len(now) - differ} of {len(now)} outputs identical")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
