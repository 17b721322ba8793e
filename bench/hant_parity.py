"""Traditional-Chinese parity: the same article in traditional characters must give the same dates.

Every Chinese text of ../shared (the seed, the zh texts of corpus/news, the zh-html pages) is read
as the CLI reads it, converted with OpenCC (`s2twp`: Taiwan characters and phrases; `s2hk`: Hong
Kong characters) and extracted again with the same publication date. The claims of both versions
are compared as (date text, EDTF date, precision, qualifier) in article order; the tagged mentions
as (text, type, value). A difference is a traditional form we read otherwise (or a phrase OpenCC
rewrote): `--list` prints each one.

Usage (from the worktree root):
  PYTHONPATH=$PWD /work/venv-deps/bin/python bench/hant_parity.py [--list] [--config s2twp|s2hk]
Needs the `opencc` package (skipped, and said so, without it).
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from timeline.errors import InputError
from timeline.ingest import Overrides, article_from_text, read_article
from timeline.models import Article
from timeline.pipeline import extract_article
from timeline.temporal import tag

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def sources() -> list[Path]:
    """The Chinese texts and pages of ../shared, in a stable order."""
    corpus = SHARED / "corpus"
    return [
        SHARED / "seed" / "seed.txt",
        *sorted((corpus / "news").glob("zh_*.txt")),
        *sorted((corpus / "html").glob("zh_*.html")),
        *sorted((corpus / "zh-html").glob("*.html")),
    ]


def claim_keys(article: Article) -> list[tuple[str, ...]]:
    """What a claim says about time, in article order."""
    claims = sorted(
        extract_article(article).claims, key=lambda c: (c.char_start, c.char_end)
    )  # ids differ by script
    return [(c.date_text or "", c.date_edtf or "", c.date_precision or "", c.date_qualifier) for c in claims]


def mention_keys(article: Article) -> list[tuple[str, ...]]:
    """What the tagger found, in text order."""
    reference = article.published_at.replace(tzinfo=None) if article.published_at else None
    return [
        (m.type, m.value or "", m.precision or "")
        for m in tag(article.text, reference=reference, lang=article.lang)
    ]


def differences(a: list[tuple[str, ...]], b: list[tuple[str, ...]], key_len: int) -> list[str]:
    """Lines naming what differs between two keyed sequences (the texts themselves may differ)."""
    left = [k[-key_len:] for k in a]
    right = [k[-key_len:] for k in b]
    out = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        if op != "equal":
            out.append(f"  {op}: {a[i1:i2]} -> {b[j1:j2]}")
    return out


def main() -> int:
    """Print the parity figures (and each difference with --list)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print every difference")
    ap.add_argument("--config", default="s2twp", choices=("s2twp", "s2hk", "s2t"))
    args = ap.parse_args()
    try:
        import opencc  # type: ignore[import-not-found]
    except ImportError:
        print("opencc is not installed: nothing measured (pip install opencc)", file=sys.stderr)
        return 0
    if not (SHARED / "seed").exists():
        print(f"{SHARED}: not found; this benchmark needs ../shared", file=sys.stderr)
        return 2
    convert = opencc.OpenCC(
        f"{args.config}.json" if not args.config.endswith(".json") else args.config
    ).convert
    totals = {"articles": 0, "claims": 0, "claims_same": 0, "mentions": 0, "mentions_same": 0}
    for path in sources():
        try:
            simple = read_article(path)
        except InputError as err:
            print(f"skipped: {err}", file=sys.stderr)
            continue
        if simple.lang != "zh":
            continue
        title = convert(simple.title) if simple.title else None
        hant = article_from_text(
            convert(simple.text), overrides=Overrides(published=simple.published_at, title=title)
        )
        totals["articles"] += 1
        for name, keyer, width in (("claims", claim_keys, 3), ("mentions", mention_keys, 3)):
            a, b = keyer(simple), keyer(hant)
            same = sum(
                block.size
                for block in difflib.SequenceMatcher(
                    None, [k[-width:] for k in a], [k[-width:] for k in b], autojunk=False
                ).get_matching_blocks()
            )
            totals[name] += len(a)
            totals[f"{name}_same"] += same
            if args.list and (same != len(a) or len(a) != len(b)):
                print(f"{path.name} ({name}, {hant.lang}):")
                print("\n".join(differences(a, b, width)))
    for name in ("claims", "mentions"):
        share = totals[f"{name}_same"] / totals[name] if totals[name] else 1.0
        print(f"{name}: {totals[f'{name}_same']} of {totals[name]} the same in {args.config} ({share:.3f})")
    print(f"articles: {totals['articles']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
