"""Where the Chinese grammar spends its time on the seed: per rule, searching and building.

Usage (from the worktree root):
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/profile_zh_rules.py [--top 12] [--rounds 200]

Prints, in CPU microseconds per seed document (best of 5 batches after a warm-up, so the one-off
regex compilation is not counted): the whole of tag(), engine.candidates(), the shared prefix
scan (`prefixscan.PrefixIndex.starts`), then each rule's search (through the shared scan, as
engine.candidates runs it) and each rule's builds of its matches. A guide for speed work, not a
result: speed is reported as a ratio in bench_zh.py.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline.temporal import engine, tag, zh
from timeline.temporal.scan import SharedScan

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "seed.txt"


def _best_us(run: Callable[[], object], rounds: int) -> float:
    """Best CPU time of one call of `run`, in microseconds, over 5 batches of `rounds` calls (CPU
    time: the machine is shared, and waiting for a core is not the grammar's cost)."""
    run()
    best = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for _ in range(rounds):
            run()
        best = min(best, (time.process_time() - t0) / rounds)
    return best * 1e6


def _matches(rule: engine.Rule, text: str, shared: SharedScan) -> list[re.Match[str]]:
    """The non-empty matches of one rule, searched as engine.candidates searches them."""
    pattern = rule.pattern
    if isinstance(pattern, re.Pattern):
        found = shared.finditer(pattern, engine.scanner(pattern))
    elif getattr(pattern, "takes_shared_scan", False):
        found = pattern.finditer(text, shared)  # type: ignore[call-arg]
    else:
        found = pattern.finditer(text)
    return [m for m in found if m.end() > m.start()]


def main() -> int:
    """Print the per-rule table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=12, help="rules shown in each list")
    parser.add_argument("--rounds", type=int, default=200, help="calls per timed batch")
    args = parser.parse_args()
    if not SEED.exists():
        print(f"error: {SEED} not found; run from a worktree next to ../shared", file=sys.stderr)
        return 1
    text = SEED.read_text(encoding="utf-8")
    rules = zh.RULES
    index = engine._prefix_index(rules)
    n = args.rounds
    print(f"tag()               {_best_us(lambda: tag(text, reference='2024-04-24', lang='zh'), n):8.1f} us")
    print(f"engine.candidates() {_best_us(lambda: engine.candidates(text, rules), n):8.1f} us")
    print(f"prefix scan         {_best_us(lambda: index.starts(text), n):8.1f} us")

    def searched(rule: engine.Rule) -> Callable[[], object]:
        def run() -> object:
            shared = SharedScan(text, index)
            shared.openings = index.starts(text)  # the prefix scan is timed on its own above
            return _matches(rule, text, shared)

        return run

    shared = SharedScan(text, index)
    found = {rule.name: _matches(rule, text, shared) for rule in rules}
    scan_cost = _best_us(lambda: SharedScan(text, index).__setattr__("openings", index.starts(text)), n)
    search = {rule.name: max(0.0, _best_us(searched(rule), n) - scan_cost) for rule in rules}
    build = {
        rule.name: _best_us(lambda rule=rule: [rule.build(m, text) for m in found[rule.name]], n)
        for rule in rules
    }
    for title, table in (("search", search), ("build", build)):
        print(f"\n{title} (us per document, total {sum(table.values()):.1f}; matches in brackets)")
        for name, cost in sorted(table.items(), key=lambda item: -item[1])[: args.top]:
            print(f"  {cost:8.1f}  [{len(found[name]):3d}]  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
