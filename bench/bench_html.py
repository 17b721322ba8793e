"""HTML ingest quality on the shared corpus (rerun: `PYTHONPATH=$PWD python bench/bench_html.py`).

1. The 11 pages of corpus/html vs their plain-text bodies in corpus/news: the share of the text's
   claims (same clause text, same date) that the HTML page also gives, through the current
   `timeline.pipeline.extract_article`.
2. corpus/zh-html (62) and corpus/en-html (181): the share of pages with a title, a publication
   date and a body; for English the mean token F1 of the extracted body vs ground-truth.json.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest import read_article
from timeline.pipeline import extract_article

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
_TOKEN = re.compile(r"\w+", re.U)


def claim_keys(path: Path, **overrides: object) -> set[tuple[str, str | None]]:
    """(normalised clause, date) of every claim of an article file."""
    article = read_article(path, **overrides)
    return {(_squash(c.claim_text), c.date_edtf) for c in extract_article(article).claims}


def html_vs_text(corpus: Path) -> list[tuple[str, int, int, int]]:
    """Per article: (name, claims of the text body, of those given by the HTML page with its own
    metadata, and with the text's publication instant)."""
    rows = []
    for text_path in sorted((corpus / "news").glob("*.txt")):
        text_article = read_article(text_path)
        text_keys = claim_keys(text_path)
        page = corpus / "html" / (text_path.stem + ".html")
        own = claim_keys(page)
        # the same publication instant for both, so relative dates anchor alike
        same = claim_keys(page, published=text_article.published_at)
        rows.append((text_path.stem, len(text_keys), len(text_keys & own), len(text_keys & same)))
    return rows


def page_fields(folder: Path, **overrides: object) -> dict[str, object]:
    """Share of pages with title, date and body; per-page bodies for F1."""
    counts: Counter[str] = Counter()
    bodies: dict[str, str] = {}
    urls: dict[str, str] = {}
    failures: list[str] = []
    pages = sorted(folder.glob("*.html"))
    for path in pages:
        try:
            article = read_article(path, **overrides)
        except InputError as exc:
            failures.append(str(exc))
            continue
        counts["body"] += bool(article.text.strip())
        counts["title"] += bool(article.title)
        counts["date"] += article.published_at is not None
        bodies[path.stem] = article.text
        urls[path.stem] = article.url or ""
    return {"pages": len(pages), "counts": counts, "bodies": bodies, "urls": urls, "failures": failures}


def token_f1(got: str, want: str) -> float:
    """Bag-of-tokens F1 (lower-cased word tokens), the measure of article-extraction-benchmark."""
    a, b = Counter(_TOKEN.findall(got.lower())), Counter(_TOKEN.findall(want.lower()))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _bare_url(url: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", url.strip()).split("#")[0].split("?")[0].rstrip("/").lower()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def main() -> int:
    """Print the figures; exit 2 when the shared corpus is absent."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not (args.corpus / "html").is_dir():
        print(f"no corpus at {args.corpus}; pass --corpus ../shared/corpus", file=sys.stderr)
        return 2
    started = time.perf_counter()
    rows = html_vs_text(args.corpus)
    print("1. HTML page vs plain-text body: claims (same clause, same date); page's own date | text's date")
    for name, total, own, same in rows:
        print(f"   {name:32} {own:3}/{total:3} | {same:3}/{total:3}")
    total = sum(r[1] for r in rows)
    for label, column in (("page's own metadata", 2), ("text's publication date", 3)):
        kept = sum(r[column] for r in rows)
        mean = statistics.mean(r[column] / r[1] if r[1] else 1.0 for r in rows)
        print(
            f"   with the {label}: overall {kept}/{total} = {kept / max(total, 1):.1%}, per-article mean {mean:.1%}"
        )
    truth = json.loads((args.corpus / "en-html" / "ground-truth.json").read_text(encoding="utf-8"))
    for label, folder, overrides in (
        ("zh-html", args.corpus / "zh-html", {}),
        ("en-html", args.corpus / "en-html", {}),
        ("en-html read with --lang en", args.corpus / "en-html", {"lang": "en"}),
    ):
        result = page_fields(folder, **overrides)
        pages, counts = result["pages"], result["counts"]
        shares = ", ".join(f"{k} {counts[k] / pages:.1%}" for k in ("title", "date", "body"))
        print(f"2. {label}: {pages} pages: {shares}; {len(result['failures'])} refused")
        reasons = Counter(re.sub(r"^.*?\.html: ", "", m).split(";")[0] for m in result["failures"])
        for reason, count in reasons.most_common():
            print(f"   refused {count}: {reason}")
        if label.startswith("en-html"):
            scores = [
                token_f1(result["bodies"].get(key, ""), item["articleBody"]) for key, item in truth.items()
            ]
            same_url = sum(
                _bare_url(result["urls"].get(key, "")) == _bare_url(item["url"])
                for key, item in truth.items()
            )
            print(
                f"   canonical URL equal to the ground truth's: {same_url}/{len(truth)} = {same_url / len(truth):.1%}"
            )
            print(
                f"   body token F1 vs ground truth (a refused page scores 0): mean {statistics.mean(scores):.3f}, "
                f"median {statistics.median(scores):.3f} over {len(scores)} pages"
            )
    print(f"({time.perf_counter() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
