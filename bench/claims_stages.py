"""Where build_claims spends its time, in CPU milliseconds per pass (not cProfile's weighting).

Usage: PYTHONPATH=$PWD python bench/claims_stages.py [--passes N]

Tags the seed and ../shared/corpus/news/*.txt once, then runs build_claims over all of them N times
with the stage's main steps wrapped in timers (nested steps are counted in their callers too, so
the figures overlap; the wrappers add about a microsecond per call). Use it to pick what to speed
up, and bench/bench_claims.py to measure the result.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from claims_replay import STEPS
from seed_fields import SEED, SHARED

import timeline.claims.builder as builder
from timeline.ingest import read_article
from timeline.pipeline import _local_day
from timeline.temporal import tag


def _timed(func: Callable[..., Any], name: str, spent: Counter[str]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return func(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - began

    return wrapper


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=20)
    args = parser.parse_args()
    paths = [SEED, *sorted((SHARED / "corpus" / "news").glob("*.txt"))]
    if not SEED.exists():
        print(f"error: {SEED} not found (the shared evaluation data is missing)", file=sys.stderr)
        return 1
    articles = [read_article(p) for p in paths]
    tagged = [(a, tag(a.text, reference=_local_day(a.published_at), lang=a.lang)) for a in articles]
    for article, mentions in tagged:  # warm up: word lists compile on first use
        builder.build_claims(article, mentions, extractor_version="bench")
    spent: Counter[str] = Counter()
    for module, names in STEPS.items():
        for name in names:
            setattr(module, name, _timed(getattr(module, name), name, spent))
    began = time.process_time()
    for _ in range(args.passes):
        for article, mentions in tagged:
            builder.build_claims(article, mentions, extractor_version="bench")
    total = time.process_time() - began
    print(f"build_claims (with timers)  {total / args.passes * 1000:7.2f} ms per pass")
    for name, seconds in spent.most_common():
        print(f"  {name:25s} {seconds / args.passes * 1000:7.2f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
