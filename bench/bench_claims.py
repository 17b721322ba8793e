"""Benchmark the claims stage: seed scores and the time of building claims against tagging.

Usage: PYTHONPATH=$PWD python bench/bench_claims.py [--repeat N]

1. Extracts ../shared/seed/seed.txt, writes the claims as JSON lines, runs
   ../shared/tools/score_claims.py on them and the companion check (bench/seed_fields.py).
2. Over the seed and ../shared/corpus/news/*.txt, times tag() and build_claims() in the same
   run and prints their ratio (claims must not cost more than tagging).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from seed_fields import GOLD, SCORER, SEED, SHARED, compare, scorer

from timeline.claims import build_claims
from timeline.ingest import read_article
from timeline.pipeline import _local_day, extract_article
from timeline.temporal import tag
from timeline.version import EXTRACTOR_VERSION


def seed_scores() -> dict:
    """score_claims.py figures and the companion check on the seed."""
    claims = [c.model_dump(mode="json") for c in extract_article(read_article(SEED)).claims]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "claims.jsonl"
        path.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in claims), encoding="utf-8")
        out = subprocess.run(
            [sys.executable, str(SCORER), str(GOLD), str(SEED), str(path), "--json"],
            capture_output=True,
            text=True,
            check=True,
        )
    scores = json.loads(out.stdout)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    fields = compare(gold, scorer().body_of(SEED), claims)
    fields.pop("rows")
    return {"score_claims": scores, "companion": fields}


def timing(repeat: int) -> dict:
    """Seconds spent in tag() and in build_claims() over the seed and the news corpus.

    Both are timed in the same loop, article by article; each figure is the fastest of `repeat`
    passes, in CPU time of this process (the least disturbed by other work on the machine)."""
    paths = [SEED, *sorted((SHARED / "corpus" / "news").glob("*.txt"))]
    articles = [read_article(p) for p in paths]
    tag_runs, claim_runs = [], []
    n_claims = 0
    for _ in range(repeat):
        tag_s = claims_s = 0.0
        n_claims = 0
        for article in articles:
            t0 = time.process_time()
            mentions = tag(article.text, reference=_local_day(article.published_at), lang=article.lang)
            t1 = time.process_time()
            claims = build_claims(article, mentions, extractor_version=EXTRACTOR_VERSION)
            t2 = time.process_time()
            tag_s += t1 - t0
            claims_s += t2 - t1
            n_claims += len(claims)
        tag_runs.append(tag_s)
        claim_runs.append(claims_s)
    best_tag, best_claims = min(tag_runs), min(claim_runs)
    return {
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "claims": n_claims,
        "passes": repeat,
        "tag_seconds_best": round(best_tag, 4),
        "build_claims_seconds_best": round(best_claims, 4),
        "claims_over_tag_ratio": round(best_claims / best_tag, 3) if best_tag else None,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args()
    if not SEED.exists():
        print(f"{SEED}: not found; the benchmark needs ../shared (seed and corpus)")
        return 1
    print(json.dumps({"seed": seed_scores(), "speed": timing(args.repeat)}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
