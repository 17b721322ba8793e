"""One article with no line breaks (a page saved as one line) against the same text in paragraphs.

Run: PYTHONPATH=$PWD python bench/bench_long_line.py
The text is our own synthetic news (dated sentences among undated ones). Three layouts of the same
characters are extracted (tagging plus claims): paragraphs, one line with full stops, and one line
with only commas (one sentence). Prints the best CPU time of three rounds for each and the ratio to
the paragraphs; a ratio near 1 means a long line costs no more than its paragraphs.
"""

from __future__ import annotations

import time

from timeline.ingest import article_from_text
from timeline.pipeline import extract_article

DATED = "2024年3月1日，某公司宣布新计划，投资约5亿元"
UNDATED = "随后多家单位参与其中并且不断推进相关工作"
FILLERS = 60
COPIES = 100


def layout(stop: str, between: str) -> str:
    """COPIES blocks of one dated and FILLERS undated sentences, ended by `stop`, joined by `between`."""
    block = stop.join([DATED] + [UNDATED] * FILLERS) + stop
    return "---\npublished: 2024-04-24\n---\n" + between.join([block] * COPIES)


def best_cpu(text: str, rounds: int = 3) -> float:
    article = article_from_text(text)
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        extract_article(article)
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    layouts = {
        "paragraphs": layout("。", "\n\n"),
        "one line, full stops": layout("。", ""),
        "one line, commas only": layout("，", ""),
    }
    extract_article(article_from_text(layouts["paragraphs"][:2000]))  # compile the grammars first
    base = None
    print(f"{'layout':<22} {'chars':>8} {'cpu s':>7} {'ratio':>6}")
    for name, text in layouts.items():
        seconds = best_cpu(text)
        base = base or seconds
        print(f"{name:<22} {len(text):>8} {seconds:>7.2f} {seconds / base:>6.2f}")


if __name__ == "__main__":
    main()
