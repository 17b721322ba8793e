"""`timeline conflicts` on real pages (rerun: `PYTHONPATH=$PWD python bench/bench_conflicts.py`).

1. Extracts corpus/news and corpus/zh-html (plus corpus/en-html with --all), then counts the
   conflict groups `find_conflicts` reports at several --min-similarity values: the real corpus
   holds unrelated articles (and the same 11 stories as text and as HTML), so every group is
   worth a look and none should come from bylines, "now" or other numbered things.
2. Similarity speed: all pairs of a sample of masked claim texts scored by rapidfuzz (the
   dependency) and by the standard library's difflib.SequenceMatcher, as a ratio in the same run.
"""

from __future__ import annotations

import argparse
import difflib
import sys
import time
from pathlib import Path

from rapidfuzz import fuzz, process

from timeline.errors import InputError
from timeline.ingest import iter_files, read_article
from timeline.pipeline import extract_article
from timeline.review.conflicts import find_conflicts, masked_text

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def corpus_claims(folders: list[str]) -> list:
    """Every claim of the corpus folders' articles."""
    claims = []
    for path in iter_files([str(CORPUS / f) for f in folders]):
        try:
            article = read_article(path)
        except InputError:
            continue
        claims += extract_article(article).claims
    return claims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="Also the 181 English pages (slower).")
    parser.add_argument("--sample", type=int, default=400, help="Claims in the speed comparison.")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"{CORPUS} is absent: the shared corpus lives beside the project folder")
        return 1
    folders = ["news", "zh-html"] + (["en-html"] if args.all else [])
    claims = corpus_claims(folders)
    print(f"corpus {'+'.join(folders)}: {len(claims)} claims")
    for threshold in (60, 70, 75, 80, 90):
        rows = find_conflicts(claims, min_similarity=threshold)
        groups = len({r["conflict_group"] for r in rows})
        print(f"  min_similarity {threshold}: {groups} conflict group(s), {len(rows)} claim(s)")
    texts = [masked_text(c) for c in claims[: args.sample]]
    started = time.perf_counter()
    process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, workers=1)
    fast = time.perf_counter() - started
    started = time.perf_counter()
    for a in texts:
        ordered_a = " ".join(sorted(a.split()))
        for b in texts:
            difflib.SequenceMatcher(None, ordered_a, " ".join(sorted(b.split()))).ratio()
    slow = time.perf_counter() - started
    print(
        f"all pairs of {len(texts)} texts: rapidfuzz {fast:.3f}s, difflib {slow:.3f}s, ratio {slow / fast:.0f}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
