"""Score dated claims on real articles of ../shared/corpus against our own offset-only gold.

Usage: PYTHONPATH=$PWD python bench/corpus_claims.py [-v] [--json]

The gold (bench/corpus_gold/*.json) was written by reading each article, not our output: one
entry per dated fact at clause level, as character offsets into the body `read_article` gives
(no article text is stored; `body_sha1` says when the body drifted), with the fact's date as
EDTF, its grain and qualifier. `optional` entries are defensible either way (a year naming an
event, a vague "recently"): a claim on one is neither counted right nor wrong.

Matching follows ../shared/tools/score_claims.py: a claim and a gold entry match when their
spans overlap by at least half of the shorter, one to one, greedy by overlap (required
entries before optional ones). A matched claim's
date is right when its start, cut to the gold grain, equals the gold start (for a gold open at
the start, "../2019-11-21" for "by Thursday", when the claim's end is the gold end). Reported: claim
precision/recall/F1, dated-claim F1 (a match counts only with the right date), and how often
the qualifier agrees.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from timeline.ingest import read_article
from timeline.pipeline import extract_article

HERE = Path(__file__).resolve().parent
GOLD_DIR = HERE / "corpus_gold"
CORPUS = HERE.parent.parent / "shared" / "corpus"
GRAIN_LEN = {"year": 4, "month": 7, "week": 8, "day": 10, "hour": 13, "minute": 16}
VAGUE = {"recent", "before", "approximate"}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Shared length over the shorter span's length."""
    inter = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return inter / shorter if inter > 0 and shorter > 0 else 0.0


def claim_start(claim) -> str:
    """The claim's date start as written in EDTF (week dates kept as 2019-W46)."""
    edtf = claim.date_edtf or ""
    head = edtf.split("/")[0].rstrip("~?%")
    return head


def date_right(gold: dict, claim) -> bool:
    """The claim's start, cut to the gold grain, equals the gold start."""
    start, _, end = gold["edtf"].partition("/")
    if not start or start.startswith(".."):
        if not end:
            return claim.date_qualifier in VAGUE
        edtf = claim.date_edtf or ""
        n = GRAIN_LEN.get(gold["granularity"], len(end))
        return edtf.startswith("..") and edtf.partition("/")[2][:n] == end[:n]
    got = claim_start(claim)
    if not got or got.startswith(".."):
        return False
    n = GRAIN_LEN.get(gold["granularity"], len(start))
    if "W" in start:
        return got == start
    return got[:n] == start[:n]


def score_article(gold: dict) -> dict:
    """Counts for one article: matches, right dates, qualifier agreement, and the misses."""
    article = read_article(CORPUS / gold["article"])
    body_sha = hashlib.sha1(article.text.encode("utf-8")).hexdigest()
    if body_sha != gold["body_sha1"]:
        sys.exit(
            f"{gold['article']}: the body read differs from the one annotated; re-check the gold offsets"
        )
    claims = extract_article(article).claims
    pairs = sorted(
        (
            (not g.get("optional"), share, ci, gi)
            for ci, c in enumerate(claims)
            for gi, g in enumerate(gold["claims"])
            if (share := overlap((c.char_start, c.char_end), tuple(g["span"]))) >= 0.5
        ),
        reverse=True,
    )
    by_claim: dict[int, int] = {}
    by_gold: dict[int, int] = {}
    for _, _, ci, gi in pairs:  # required entries first, then the optional ones
        if ci not in by_claim and gi not in by_gold:
            by_claim[ci] = gi
            by_gold[gi] = ci
    required = [gi for gi, g in enumerate(gold["claims"]) if not g.get("optional")]
    matched = [gi for gi in required if gi in by_gold]
    right = [gi for gi in matched if date_right(gold["claims"][gi], claims[by_gold[gi]])]
    same_qualifier = [
        gi for gi in matched if claims[by_gold[gi]].date_qualifier == gold["claims"][gi]["qualifier"]
    ]
    extra = [ci for ci in range(len(claims)) if ci not in by_claim]
    text = article.text
    misses = [
        f"missed  {gold['claims'][gi]['edtf']:<24} {text[slice(*gold['claims'][gi]['span'])][:90]!r}"
        for gi in required
        if gi not in by_gold
    ]
    misses += [
        f"date    {claims[by_gold[gi]].date_edtf} ≠ {gold['claims'][gi]['edtf']:<12} {claims[by_gold[gi]].claim_text[:80]!r}"
        for gi in matched
        if gi not in right
    ]
    misses += [f"extra   {claims[ci].date_edtf:<24} {claims[ci].claim_text[:90]!r}" for ci in extra]
    return {
        "article": gold["article"],
        "gold": len(required),
        "predicted": len(claims)
        - sum(1 for ci, gi in by_claim.items() if gold["claims"][gi].get("optional")),
        "matched": len(matched),
        "date_right": len(right),
        "qualifier_same": len(same_qualifier),
        "misses": misses,
    }


def f1(p: float, r: float) -> float:
    """Harmonic mean of precision and recall."""
    return 2 * p * r / (p + r) if p + r else 0.0


def totals(rows: list[dict]) -> dict:
    """Pooled figures over every article."""
    gold = sum(r["gold"] for r in rows)
    pred = sum(r["predicted"] for r in rows)
    matched = sum(r["matched"] for r in rows)
    right = sum(r["date_right"] for r in rows)
    p, r = matched / pred if pred else 0.0, matched / gold if gold else 0.0
    dp, dr = right / pred if pred else 0.0, right / gold if gold else 0.0
    return {
        "articles": len(rows),
        "gold": gold,
        "predicted": pred,
        "claim_precision": round(p, 3),
        "claim_recall": round(r, 3),
        "claim_f1": round(f1(p, r), 3),
        "dated_claim_f1": round(f1(dp, dr), 3),
        "qualifier_agreement": round(sum(x["qualifier_same"] for x in rows) / matched, 3) if matched else 0.0,
    }


def score_corpus() -> dict[str, dict]:
    """Pooled figures for every gold article, and for the English and Chinese ones apart."""
    if not CORPUS.is_dir():
        raise FileNotFoundError(f"{CORPUS}: not found; put the shared evaluation data beside the project")
    rows = [score_article(json.loads(p.read_text(encoding="utf-8"))) for p in sorted(GOLD_DIR.glob("*.json"))]
    out = {
        lang: totals([r for r in rows if Path(r["article"]).name.startswith(lang)]) for lang in ("en", "zh")
    }
    out["all"] = totals(rows)
    out["rows"] = rows  # type: ignore[assignment]
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="list every miss, wrong date and extra claim"
    )
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    args = parser.parse_args()
    try:
        scores = score_corpus()
    except (FileNotFoundError, ValueError) as err:
        sys.exit(str(err))
    rows = scores.pop("rows")
    if args.json:
        print(json.dumps(scores))
        return
    for key in ("en", "zh", "all"):
        print(f"{key}: {scores[key]}")
    if args.verbose:
        for r in rows:
            print(
                f"\n{r['article']}: gold {r['gold']}, predicted {r['predicted']}, matched {r['matched']}, date right {r['date_right']}"
            )
            print("\n".join("  " + m for m in r["misses"]))


if __name__ == "__main__":
    main()
