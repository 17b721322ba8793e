"""Profile the claims stage: where build_claims spends its time over the seed and the news corpus.

Usage: PYTHONPATH=$PWD python bench/profile_claims.py [--passes N] [--top N] [--sort cumulative|tottime]

Tags every text once, then runs build_claims over all of them N times under cProfile and prints
the top functions of the stage (timeline.claims, timeline.segment, pydantic validation). cProfile
weighs many small calls more than the clock does: read the shares, and measure speed with
bench/bench_claims.py (claims time against tag() time in the same run).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
from pathlib import Path

from seed_fields import SEED, SHARED

from timeline.claims import build_claims
from timeline.ingest import read_article
from timeline.pipeline import _local_day
from timeline.temporal import tag
from timeline.version import EXTRACTOR_VERSION


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--passes", type=int, default=30)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--sort", choices=("cumulative", "tottime"), default="cumulative")
    args = ap.parse_args()
    if not SEED.exists():
        print(f"{SEED}: not found; the profile needs ../shared (seed and corpus)")
        return 1
    articles = [read_article(p) for p in [SEED, *sorted((SHARED / "corpus" / "news").glob("*.txt"))]]
    tagged = [(a, tag(a.text, reference=_local_day(a.published_at), lang=a.lang)) for a in articles]
    for article, mentions in tagged:  # warm up: compiled patterns and caches
        build_claims(article, mentions, extractor_version=EXTRACTOR_VERSION)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(args.passes):
        for article, mentions in tagged:
            build_claims(article, mentions, extractor_version=EXTRACTOR_VERSION)
    profile.disable()
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).sort_stats(args.sort)
    stats.print_stats(r"timeline[/\\](claims|segment)|validate_python", args.top)
    print(out.getvalue().replace(f"{Path(__file__).resolve().parents[1]}{os.sep}", ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
