"""How tagging and claim building scale with article length (the seed article repeated k times).

Run: python bench/bench_scaling.py   (needs ../shared/seed/seed.txt)
Prints seconds per stage and the time per 100k characters; linear stages keep that figure flat.
"""

from __future__ import annotations

import sys
import time
from datetime import datetime
from pathlib import Path

from timeline.claims import build_claims
from timeline.ingest import article_from_text
from timeline.temporal import tag

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "seed.txt"


def main() -> int:
    if not SEED.exists():
        print(f"{SEED} is absent: this benchmark needs the shared seed article")
        return 1
    seed = SEED.read_text(encoding="utf-8")
    print(f"{'copies':>6} {'chars':>9} {'tag s':>7} {'claims s':>8} {'tag s/100k':>10} {'claims s/100k':>13}")
    for copies in (10, 40, 160):
        article = article_from_text(seed * copies)
        started = time.process_time()
        mentions = tag(article.text, reference=datetime(2024, 4, 24, 9, 21), lang=article.lang)
        tagged = time.process_time() - started
        started = time.process_time()
        build_claims(article, mentions, extractor_version="bench")
        built = time.process_time() - started
        per = 100_000 / len(article.text)
        print(
            f"{copies:>6} {len(article.text):>9} {tagged:>7.2f} {built:>8.2f} {tagged * per:>10.3f} {built * per:>13.3f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
