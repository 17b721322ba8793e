"""Linearity on pathological text: time for 4n characters over time for n, per hostile unit and language.

Run: PYTHONPATH=$PWD python bench/bench_hostile.py [tag|extract] [n]   (default: tag 10000)
Each unit (a digit, 年, "and and ", a zero-width space, a full-width digit, an emoji, ...) is repeated
to n and to 4n characters; the best of two process-time runs is kept. A linear stage shows ratios
near 4; a quadratic one near 16. Prints the ratio of every unit and the largest.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from datetime import datetime

from timeline import extract
from timeline.errors import InputError
from timeline.temporal import tag

REFERENCE = datetime(2024, 4, 24, 9, 21)
UNITS = [
    *(
        "1",
        "年",
        "月",
        "日",
        "年月日",
        "2024年",
        "9月1日至",
        "下午3点",
        "上上上",
        "第",
        "初",
        "周",
        "十",
        "〇",
        "，",
        "。",
    ),
    *("and ", "and and ", "the ", "May ", "1 ", "1/", "1-", "1:", "1.", "Monday ", "ago ", "January 1, "),
    *(
        "of the ",
        "1st ",
        "the next day ",
        "years ago ",
        "at 3 p.m. ",
        "in 2016 ",
        "Q1 ",
        "mid-",
        "since ",
        "(",
    ),
    *("In 2016 the shelter opened.\n", "2016年，救助站成立。\n"),
    *("\u200b", "\u00ad", "\u200f", "\u202e", "２", "Ｓｅｐｔ. ", "٢", "🎉", "e\u0301", "\n"),
]


def best_seconds(run: Callable[[], object]) -> float:
    """The quicker of two runs, in process time."""
    best = float("inf")
    for _ in range(2):
        started = time.process_time()
        with contextlib.suppress(InputError):  # a text of only newlines is no article
            run()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    stage = sys.argv[1] if len(sys.argv) > 1 else "tag"
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    worst = 0.0
    print(f"{stage}: seconds for n={n} and 4n characters, and their ratio (linear ~4, quadratic ~16)")
    for unit in UNITS:
        for lang in ("zh", "en"):
            small, large = unit * (n // len(unit)), unit * (4 * n // len(unit))
            if stage == "tag":
                times = [
                    best_seconds(lambda t=t, lang=lang: tag(t, reference=REFERENCE, lang=lang))
                    for t in (small, large)
                ]
            else:
                times = [
                    best_seconds(lambda t=t, lang=lang: extract(t, published=REFERENCE, lang=lang))
                    for t in (small, large)
                ]
            ratio = times[1] / max(times[0], 1e-6)
            if times[1] > 0.05:  # ratios of tiny times are noise
                worst = max(worst, ratio)
            print(f"{unit!r:16} {lang} {times[0]:8.3f} {times[1]:8.3f} {ratio:6.1f}")
    print(f"largest ratio (4n taking over 0.05 s): {worst:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
