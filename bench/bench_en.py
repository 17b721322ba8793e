"""English temporal benchmark: TempEval-3 F1 (timeml=True), Duckling-en accuracy, speed vs dateparser.

Run from the worktree root:
    PYTHONPATH=$PWD /work/venv-deps/bin/python bench/bench_en.py [--misses train|platinum|duckling] [--no-speed]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from en_scoring import Tally, load_jsonl, mention_spans, phrase_value, same_at_gold_precision, score_document

from timeline.temporal import tag

DUCKLING_REFERENCE = datetime(2013, 2, 12, 4, 30)
PASSES = 10
LEADING_PREPOSITION = re.compile(r"(?i)(?:in|on|at|for|during|of)\s+")
"""A Duckling phrase may start with a preposition the mention leaves out ("on 2/15" → "2/15")."""


def tempeval(name: str) -> Tally:
    """Score tag(..., timeml=True) over one TempEval-3 file."""
    tally = Tally()
    for doc in load_jsonl(name):
        mentions = tag(doc["text"], reference=date.fromisoformat(doc["dct"]), lang="en", timeml=True)
        score_document(tally, doc["timex"], mention_spans(mentions), doc["id"])
    return tally


def duckling() -> tuple[float, int, list[str]]:
    """Accuracy over Duckling's default English corpus (prefer future, reference 2013-02-12T04:30)."""
    rows = [r for r in load_jsonl("duckling-en.jsonl") if r["corpus"] == "default" and not r["latent"]]
    right, misses = 0, []
    for row in rows:
        text, want = row["text"], row["timex_value"]
        mentions = tag(text, reference=DUCKLING_REFERENCE, lang="en", prefer="future")
        lead = LEADING_PREPOSITION.match(text)
        first = lead.end() if lead else 0
        whole = [m for m in mentions if m.start in (0, first) and m.end == len(text)]
        got = phrase_value(whole[0]) if whole else None
        if same_at_gold_precision(got, want):
            right += 1
        else:
            misses.append(f"{text!r}\twant {want}\tgot {got}\t{[(m.text, m.value) for m in mentions]}")
    return right / len(rows), len(rows), misses


def speed(rounds: int = 5) -> tuple[float, float, float]:
    """Throughput (chars/s) of tag() and of dateparser's search_dates over the platinum texts, and their ratio.

    Both run in the same process, alternating, `rounds` times; the best round of each counts. Time is
    this process's CPU time (`time.process_time`), so other programs on a busy machine do not move
    the ratio; wall-clock time gives the same ratio on an idle machine.
    """
    from dateparser.search import search_dates

    docs = load_jsonl("tempeval3-platinum.jsonl")
    chars = sum(len(d["text"]) for d in docs)
    settings = {"RELATIVE_BASE": datetime(2013, 3, 1)}
    search_dates("warm up on 5 March 2013", languages=["en"], settings=settings)
    for d in docs:  # warm up our caches and lazy imports too
        tag(d["text"], reference=date.fromisoformat(d["dct"]), lang="en", timeml=True)
    ours_best = theirs_best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for _ in range(PASSES):  # a round about as long as search_dates' one
            for d in docs:
                tag(d["text"], reference=date.fromisoformat(d["dct"]), lang="en", timeml=True)
        ours_best = min(ours_best, (time.process_time() - t0) / PASSES)
        t0 = time.process_time()
        for d in docs:
            search_dates(d["text"], languages=["en"], settings=settings)
        theirs_best = min(theirs_best, time.process_time() - t0)
    ours, theirs = chars / ours_best, chars / theirs_best
    return ours, theirs, ours / theirs


BASELINE = Path(__file__).resolve().parent.parent / "tests" / "quality_baseline.json"


def write_baseline(scores: dict[str, float]) -> None:
    """Store `scores` under key "en" of the only-up baseline file, keeping the other languages' keys."""
    import json

    from timeline.export.atomic import write_bytes

    data = json.loads(BASELINE.read_text(encoding="utf-8")) if BASELINE.exists() else {}
    data["en"] = scores
    write_bytes(BASELINE, (json.dumps(data, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    print(f"wrote {BASELINE}")


def main() -> None:
    """Print every figure; optionally the misses of one set."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--misses", choices=["train", "platinum", "duckling"])
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--write-baseline",
        action="store_true",
        help='store the scores under "en" in tests/quality_baseline.json',
    )
    args = parser.parse_args()
    scores: dict[str, float] = {}
    for label, name in (("train", "tempeval3-train-tbaq.jsonl"), ("platinum", "tempeval3-platinum.jsonl")):
        tally = tempeval(name)
        s = tally.scores()
        scores.update({f"{label}_{k}": v for k, v in s.items()})
        print(
            f"{label}: strict {s['strict']:.3f} relaxed {s['relaxed']:.3f} value {s['value']:.3f} "
            f"(gold {tally.gold}, predicted {tally.predicted})"
        )
        if args.misses == label:
            print("\n".join(tally.misses))
    accuracy, n, misses = duckling()
    scores["duckling_accuracy"] = round(accuracy, 3)
    print(f"duckling-en: accuracy {accuracy:.3f} over {n} default phrases")
    if args.misses == "duckling":
        print("\n".join(misses))
    if args.write_baseline:
        write_baseline(scores)
    if not args.no_speed:
        ours, theirs, ratio = speed()
        print(f"speed: tag {ours / 1000:.0f} kB/s, search_dates {theirs / 1000:.1f} kB/s, ratio {ratio:.1f}x")


if __name__ == "__main__":
    main()
