"""What each step of build_claims costs on its own, in CPU milliseconds per pass, without timers.

Usage: PYTHONPATH=$PWD python bench/claims_replay.py [--passes N]

Tags the seed and ../shared/corpus/news/*.txt once and runs build_claims over them while recording
every call of its main steps (arguments included). Each step is then replayed alone from those
arguments, N times, and the fastest pass is printed. Unlike bench/claims_stages.py no wrapper runs
inside the timed code, so small, often-called steps are not overstated; the steps run hot in the
processor's caches, though, so their sum is some 15% below the whole stage. Use it to choose what to
speed up and bench/bench_claims.py (claims against tag() in the same run) to measure the result.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from seed_fields import SEED, SHARED

import timeline.claims.builder as builder
import timeline.claims.clauses as clauses
import timeline.claims.record as record
from timeline.ingest import read_article
from timeline.pipeline import _local_day
from timeline.temporal import tag

STEPS: dict[ModuleType, tuple[str, ...]] = {
    builder: (
        "to_simplified",
        "story_lines",
        "story_paragraphs",
        "split_clauses",
        "choose",
        "extract_quantities",
        "attributions",
        "statements",
        "named_pronouns",
        "people_in",
        "claim_fields",
    ),
    clauses: ("is_dating", "sentences", "sentence_clauses"),
    record: ("extract_entities", "classify", "is_planned", "headline", "date_label", "claim_id_for"),
}


def _fastest(run: Callable[[], object], passes: int) -> float:
    """The fastest of `passes` runs, in CPU milliseconds."""
    best = float("inf")
    for _ in range(passes):
        began = time.process_time()
        run()
        best = min(best, time.process_time() - began)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passes", type=int, default=30)
    args = parser.parse_args()
    if not SEED.exists():
        print(f"error: {SEED} not found (the shared evaluation data is missing)", file=sys.stderr)
        return 1
    articles = [read_article(p) for p in [SEED, *sorted((SHARED / "corpus" / "news").glob("*.txt"))]]
    tagged = [(a, tag(a.text, reference=_local_day(a.published_at), lang=a.lang)) for a in articles]

    def whole() -> None:
        for article, mentions in tagged:
            builder.build_claims(article, mentions, extractor_version="bench")

    whole()  # warm up: word lists compile on first use
    calls: dict[str, tuple[Callable[..., Any], list[tuple[tuple[Any, ...], dict[str, Any]]]]] = {}
    for module, names in STEPS.items():
        for name in names:
            step, recorded = getattr(module, name), []
            calls[name] = (step, recorded)

            def recording(
                *a: Any, _step: Callable[..., Any] = step, _to: list[Any] = recorded, **k: Any
            ) -> Any:
                _to.append((a, k))
                return _step(*a, **k)

            setattr(module, name, recording)
    try:
        whole()
    finally:
        for module, names in STEPS.items():
            for name in names:
                setattr(module, name, calls[name][0])
    print(f"build_claims                {_fastest(whole, args.passes):7.2f} ms per pass")
    for name, (step, recorded) in calls.items():
        spent = _fastest(
            lambda step=step, recorded=recorded: [step(*a, **k) for a, k in recorded], args.passes
        )
        print(f"  {name:25s} {spent:7.2f} ms  ({len(recorded)} calls)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
