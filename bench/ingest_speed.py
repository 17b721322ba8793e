"""HTML ingest speed as a ratio to one plain trafilatura extraction of the same pages, in the same run.

Rerun: `PYTHONPATH=$PWD python bench/ingest_speed.py [--rounds 3]`.

Each round reads every saved page of ../shared/corpus (html/, zh-html/, en-html/) twice, page by
page in turn (so that a busy machine slows both alike): `timeline.ingest.html.extract_html` (our
extraction: recall and precision passes, joined and narrowed bodies, the page date's checks) and
the peer, one `trafilatura.bare_extraction` with metadata and default options. The pages are
decoded once beforehand; a first untimed pass warms both up (htmldate's and dateparser's caches).
The figure is ours / peer, the median over rounds: the work ingest does on top of one extraction.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import statistics
import sys
import time
import warnings
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest.html import extract_html

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"


def pages(corpus: Path) -> list[tuple[str, str]]:
    """(name, text) of every saved page, decoded as UTF-8 (undecodable bytes replaced)."""
    found = []
    for folder in ("html", "zh-html", "en-html"):
        for path in sorted((corpus / folder).glob("*.html")):
            found.append((f"{folder}/{path.name}", path.read_bytes().decode("utf-8", "replace")))
    return found


def one_round(batch: list[tuple[str, str]]) -> tuple[float, float]:
    """Seconds (ours, peer) to extract every page, each page by both in turn."""
    import trafilatura

    ours = peer = 0.0
    for name, html in batch:
        started = time.perf_counter()
        with contextlib.suppress(InputError):
            extract_html(html, name)
        middle = time.perf_counter()
        trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
        ours, peer = ours + middle - started, peer + time.perf_counter() - middle
    return ours, peer


def main() -> int:
    """Print the ratio; exit 2 when the shared corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not (args.corpus / "html").is_dir():
        print(f"no corpus at {args.corpus}; pass --corpus ../shared/corpus", file=sys.stderr)
        return 2
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    batch = pages(args.corpus)
    one_round(batch)  # warm-up
    ratios = []
    for round_no in range(1, args.rounds + 1):
        a, b = one_round(batch)
        ratios.append(a / b)
        print(f"round {round_no}: ingest {a:.1f} s, trafilatura once {b:.1f} s, ratio {a / b:.2f}")
    print(
        f"{len(batch)} pages: ingest / one trafilatura extraction = {statistics.median(ratios):.2f} (median)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
