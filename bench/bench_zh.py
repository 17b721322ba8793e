"""Chinese temporal benchmarks: quality on ../shared/benchmarks and speed against JioNLP.

Usage (from the worktree root):
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/bench_zh.py            # all, as a table
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/bench_zh.py --json     # machine-readable
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/bench_zh.py --only quality -v   # list misses

recognizers-zh: value F1 (documents), news default prefer="past". duckling-zh: accuracy with
prefer="future" and the reference 2013-02-12T04:30. jionlp-zh: accuracy over the cases with a
`timex_value`, with JioNLP's own convention prefer="current" (a yearless date in the reference's
year, a weekday in its week; its `ret_future` cases use prefer="future"), and a base JioNLP knows
only to the year or month (`{"year": 1837}`, `[2019, 6]`) passed as such ("1837", "2019-06"). speed: tag() over the seed article repeated as 200
documents against `jionlp.ner.extract_time` in the same run, best CPU time of 3 rounds each
(skipped, and said so, without jionlp installed). Throughput counts UTF-8 bytes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scoring import load_jsonl, phrase_correct, score_documents

from timeline.temporal import tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
BENCH = SHARED / "benchmarks"
DUCKLING_REFERENCE = datetime(2013, 2, 12, 4, 30)
SPEED_DOCS = 200


def recognizers(verbose: bool = False) -> dict[str, float | int]:
    """Value F1 (plus strict and relaxed) on recognizers-zh.jsonl."""
    docs = load_jsonl(BENCH / "recognizers-zh.jsonl")

    def tagger(doc: dict):  # type: ignore[no-untyped-def]
        found = tag(doc["text"], reference=datetime.fromisoformat(doc["ref_time"]), lang="zh")
        if verbose:
            golds = [(g["text"], g["value"]) for g in doc["timex"]]
            got = [(m.text, m.value, m.timex3) for m in found]
            print(f"RT {doc['text']!r} gold={golds} got={got}", file=sys.stderr)
        return found

    return score_documents(docs, tagger).as_dict()


def duckling(verbose: bool = False) -> dict[str, float | int]:
    """Whole-phrase accuracy on duckling-zh.jsonl (prefer future, Duckling's reference time)."""
    rows = [r for r in load_jsonl(BENCH / "duckling-zh.jsonl") if not r.get("latent")]
    return _phrases(rows, lambda r: (DUCKLING_REFERENCE, "future"), "DK", verbose)


def jionlp_phrases(verbose: bool = False) -> dict[str, float | int]:
    """Whole-phrase accuracy on jionlp-zh.jsonl, over the cases that have a `timex_value`."""
    rows = [r for r in load_jsonl(BENCH / "jionlp-zh.jsonl") if r.get("timex_value")]

    def context(r: dict) -> tuple[datetime | str | None, str]:
        return jionlp_reference(r), "future" if r.get("kwargs", {}).get("ret_future") else "current"

    return _phrases(rows, context, "JIO", verbose)


def jionlp_reference(row: dict) -> datetime | str | None:
    """A jionlp-zh row's time base: "YYYY" / "YYYY-MM" when JioNLP's test gives only those, else the instant."""
    raw = row.get("time_base_raw")
    if row.get("time_base_partial"):
        fields = list(raw.values()) if isinstance(raw, dict) else list(raw)
        if len(fields) == 1:
            return f"{fields[0]:04d}"
        if len(fields) == 2:
            return f"{fields[0]:04d}-{fields[1]:02d}"
    return datetime.fromisoformat(row["time_base"]) if row.get("time_base") else None


def _phrases(rows: list[dict], context, label: str, verbose: bool) -> dict[str, float | int]:  # type: ignore[no-untyped-def]
    right = 0
    for r in rows:
        reference, prefer = context(r)
        found = tag(r["text"], reference=reference, lang="zh", prefer=prefer)
        ok = phrase_correct(found, r.get("timex_value"), r["text"])
        right += ok
        if verbose and not ok:
            got = [(m.text, m.value) for m in found]
            print(f"{label} {r['text']!r} want={r.get('timex_value')} got={got}", file=sys.stderr)
    return {"items": len(rows), "accuracy": round(right / len(rows), 4)}


def speed() -> dict[str, float | str]:
    """Throughput of tag() and of jionlp.ner.extract_time over the seed article x 200."""
    text = (SHARED / "seed" / "seed.txt").read_text(encoding="utf-8")
    docs = [text] * SPEED_DOCS
    size_kb = sum(len(d.encode("utf-8")) for d in docs) / 1000
    reference = datetime(2024, 4, 24, 9, 21)
    tag(text, reference=reference, lang="zh")  # warm-up (regex compilation is at import)
    ours = size_kb / _best_cpu_seconds(lambda: [tag(d, reference=reference, lang="zh") for d in docs])
    out: dict[str, float | str] = {"timeline_kB_per_s": round(ours, 1)}
    try:
        with contextlib.redirect_stdout(sys.stderr):  # jionlp prints a banner on import
            import jionlp  # type: ignore[import-not-found]
    except ImportError:
        out["jionlp"] = "not installed: absolute throughput only"
        return out
    base = time.mktime(reference.timetuple())
    jionlp.ner.extract_time(text, time_base=base)  # warm-up: jionlp loads its dictionaries lazily
    theirs = size_kb / _best_cpu_seconds(lambda: [jionlp.ner.extract_time(d, time_base=base) for d in docs])
    out.update(jionlp_kB_per_s=round(theirs, 1), ratio=round(ours / theirs, 1))
    return out


def _best_cpu_seconds(run, rounds: int = 3) -> float:  # type: ignore[no-untyped-def]
    """Best process CPU time of `rounds` runs (CPU time, so other load on the machine matters less)."""
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def main() -> int:
    """Run the benchmarks and print a table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=("quality", "speed"), help="run one half only")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses on stderr")
    args = parser.parse_args()
    if not BENCH.is_dir():
        print(f"{BENCH} not found: the benchmarks live in ../shared", file=sys.stderr)
        return 2
    result: dict[str, object] = {}
    if args.only in (None, "quality"):
        result["recognizers-zh"] = recognizers(args.verbose)
        result["duckling-zh"] = duckling(args.verbose)
        result["jionlp-zh"] = jionlp_phrases(args.verbose)
    if args.only in (None, "speed"):
        result["speed"] = speed()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        for name, figures in result.items():
            print(f"{name:16s} " + "  ".join(f"{k}={v}" for k, v in figures.items()))  # type: ignore[union-attr]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
